"""Vector stores: the nearest rows to a unit query vector, behind one small interface.

`VectorStore` is all retrieval needs of a vector space: `search` and `cosines`, rows
numbered as passages.jsonl. FAISS is the embedded default; the index kind follows the
collection size (exact below FLAT_LIMIT, an approximate graph above; see docs/scaling.md
for the measurements that set it). `index.milvus.MilvusStore` is the same interface on
a Milvus server or a milvus-lite file.

The graph holds 8-bit codes: a cosine read from them is off by ~3e-4, more than the gap
between neighbours 10 and 11 of a large collection, and the graph walk misses some
neighbours. So an HNSW store also keeps every vector exactly, float16, in a file beside the
graph (`dense.f16.npy`), read by row (`index.mapped.DiskMatrix`): a search walks the graph
for `GRAPH_CANDIDATES` candidates (ordered by their 8-bit cosines), re-scores the best
`RESCORE_CANDIDATES` of them with their exact cosines read from that file, and returns the
best of those.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from index.mapped import DiskMatrix, write_npy

# Below this many passages an exact scan answers in a few ms; above, an HNSW graph.
# Measured by `helpdesk bench` (docs/scaling.md): one exact scan of one space took 6.5 ms at
# 10k, 40 ms at 100k and 147 ms at 1M on the shared 2-core machine; HNSW answers in a few ms.
FLAT_LIMIT = 200_000
HNSW_M = 32  # neighbours per node: recall against memory (8 bytes per link per passage)
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 768  # the graph's breadth when a search asks for fewer candidates than this
# Per search: candidates asked of the graph (it walks at least this breadth), and how many of
# them, best 8-bit cosine first, are re-scored with exact vectors. Chosen on the bench
# (`helpdesk bench`, docs/scaling.md): the cheapest pair whose recall@10 against an exact scan
# stays >= 0.95 at a million passages, on questions other than the 200 the bench reports.
# Measured at 1M (200 tuning questions): true top-10 among the graph's candidates 0.885 at
# 768, 0.945 at 2000, 0.967 at 3000, 0.977 at 4000; all of those are within the 100 best by
# 8-bit cosine, and the 8-bit order alone gives 0.961 at 4000 where exact re-scoring gives 0.977.
# 3000 (recall 0.967) rather than 4000 (0.977): ~10 ms less a space, for the hybrid p95 (issue 13).
GRAPH_CANDIDATES = 3000
RESCORE_CANDIDATES = 500
EXACT_SUFFIX = ".f16.npy"  # dense.faiss -> dense.f16.npy

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


def exact_path(path: Path) -> Path:
    """Where the exact vectors of the HNSW index at `path` are kept."""
    return path.with_name(path.name.removesuffix(".faiss") + EXACT_SUFFIX)


class FaissStore:
    """A FAISS index of one vector space, exact or HNSW; both answer through the same calls.

    `exact`: the space's vectors by row, for re-scoring graph candidates (HNSW only): the
    float32 array a build has in memory, or the float16 file beside a loaded index.
    """

    def __init__(
        self, index: faiss.Index, exact: DiskMatrix | np.ndarray | None = None, *,
        candidates: int = GRAPH_CANDIDATES, rescore: int = RESCORE_CANDIDATES,
    ) -> None:
        self.index = index
        self.exact = exact
        self.candidates = candidates
        self.rescore = rescore

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
        return cls(index, vectors if index_type == HNSW else None)

    @classmethod
    def load(cls, path: Path, *, candidates: int = GRAPH_CANDIDATES, rescore: int = RESCORE_CANDIDATES) -> FaissStore:
        """The index at `path`; an HNSW index with its exact vectors (`exact_path`), read by row from the file."""
        index = faiss.read_index(str(path))
        exact = None
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = max(index.hnsw.efSearch, HNSW_EF_SEARCH)
            exact = DiskMatrix(exact_path(path), willneed=True)  # read ahead into the page cache, not the RSS
            if exact.shape != (index.ntotal, index.d):
                raise ValueError(f"{exact.path} holds {exact.shape} vectors, {path} {(index.ntotal, index.d)}")
        return cls(index, exact, candidates=candidates, rescore=rescore)

    def save(self, path: Path) -> list[Path]:
        """Write the index (and an HNSW index's exact vectors, float16); the files written."""
        faiss.write_index(self.index, str(path))
        if self.exact is None:
            return [path]
        out = write_npy(exact_path(path), (len(self.exact), self.index.d), np.float16)
        for start in range(0, len(self.exact), 65_536):  # a block at a time: no float16 copy of the whole
            out[start : start + 65_536] = self._rows(np.arange(start, min(start + 65_536, len(self.exact))))
        out.flush()
        del out
        return [path, exact_path(path)]

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, self.ntotal)
        if k <= 0:
            return []
        query = query.reshape(1, -1).astype(np.float32)
        if self.exact is None:
            scores, rows = self.index.search(query, k)
            return [(int(r), float(s)) for r, s in zip(rows[0], scores[0]) if r >= 0]
        # The walk's breadth is efSearch, whatever the count asked (faiss 1.15 returns k rows from a walk of
        # efSearch, so asking for 4000 rows at efSearch 768 finds no more neighbours): set it per search.
        breadth = min(max(k, self.candidates), self.ntotal)
        params = faiss.SearchParametersHNSW()
        params.efSearch = breadth
        _, found = self.index.search(query, min(max(k, self.rescore), breadth), params=params)
        rows = found[0][found[0] >= 0]  # best 8-bit cosine first
        scores = self.exact.dot(rows, query[0]) if isinstance(self.exact, DiskMatrix) else self._rows(rows) @ query[0]
        top = np.argpartition(-scores, k - 1)[:k] if len(rows) > k else np.arange(len(rows))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(rows[i]), float(scores[i])) for i in top]

    def cosines(self, query: np.ndarray, rows: list[int]) -> list[float]:
        if not rows:
            return []
        if self.exact is not None:
            vectors = self._rows(np.asarray(rows, dtype=np.int64))
        else:
            vectors = np.vstack([self.index.reconstruct(int(r)) for r in rows])
        return [float(x) for x in vectors @ query.astype(np.float32)]

    def _rows(self, rows: np.ndarray) -> np.ndarray:
        """Exact vectors of the given rows, float32."""
        if isinstance(self.exact, DiskMatrix):
            return self.exact.take(rows)
        return np.asarray(self.exact[rows], dtype=np.float32)
