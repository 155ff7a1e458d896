"""Vector stores: the nearest rows to a unit query vector, behind one small interface.

`VectorStore` is all retrieval needs of a vector space: `search` and `cosines`, rows
numbered as passages.jsonl. FAISS is the embedded default; the index kind follows the
collection size (exact below FLAT_LIMIT, an approximate graph above; see docs/scaling.md
for the measurements that set it). `index.milvus.MilvusStore` is the same interface on
a Milvus server or a milvus-lite file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

# Below this many passages an exact scan answers in a few ms; above, an HNSW graph.
# Measured by `helpdesk bench` (docs/scaling.md): one exact scan of one space took 6.5 ms at
# 10k, 40 ms at 100k and 147 ms at 1M on the shared 2-core machine; HNSW answers in a few ms.
FLAT_LIMIT = 200_000
HNSW_M = 32  # neighbours per node: recall against memory (8 bytes per link per passage)
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 768  # candidates read per query; bench recall@10 vs exact at 1M: 0.867 (docs/scaling.md)

FLAT = "flat-ip"  # exact inner product over float32 unit vectors
HNSW = "hnsw-sq8-ip"  # HNSW graph over 8-bit scalar-quantised vectors, inner product
INDEX_TYPES = (FLAT, HNSW)


class VectorStore(Protocol):
    """One vector space of an index; row i is passage i."""

    @property
    def ntotal(self) -> int: ...

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest rows to one unit vector: (row, inner product), best first."""
        ...

    def cosines(self, query: np.ndarray, rows: list[int]) -> list[float]:
        """Inner product of the query with the given rows."""
        ...


def index_type_for(passages: int) -> str:
    """The FAISS index kind a collection of this size gets."""
    return FLAT if passages < FLAT_LIMIT else HNSW


class FaissStore:
    """A FAISS index of one vector space, exact or HNSW; both answer through the same calls."""

    def __init__(self, index: faiss.Index) -> None:
        self.index = index

    @classmethod
    def build(cls, vectors: np.ndarray, index_type: str) -> FaissStore:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if index_type == FLAT:
            index = faiss.IndexFlatIP(dim)
        elif index_type == HNSW:
            index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
            index.train(vectors[:: max(1, len(vectors) // 100_000)])
        else:
            raise ValueError(f"unknown index type {index_type!r}; known: {', '.join(INDEX_TYPES)}")
        index.add(vectors)
        return cls(index)

    @classmethod
    def load(cls, path: Path) -> FaissStore:
        index = faiss.read_index(str(path))
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = max(index.hnsw.efSearch, HNSW_EF_SEARCH)
        return cls(index)

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, self.ntotal)
        if k <= 0:
            return []
        scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), k)
        return [(int(r), float(s)) for r, s in zip(rows[0], scores[0]) if r >= 0]

    def cosines(self, query: np.ndarray, rows: list[int]) -> list[float]:
        if not rows:
            return []
        vectors = np.vstack([self.index.reconstruct(int(r)) for r in rows])
        return [float(x) for x in vectors @ query.astype(np.float32)]
