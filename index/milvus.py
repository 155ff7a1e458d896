"""The vector store on Milvus: the same `search`/`cosines` as FAISS, for collections past one machine.

A URI ending in `.db` is a milvus-lite file (embedded, for tests and a laptop); an
`http://host:19530` URI is a Milvus server or cluster. Each build writes new collections
named after the build and the manifest names them, so the atomic swap of the index folder
also swaps which collections answer; the previous build's collections are dropped after.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import numpy as np

from index.vectors import FLAT, index_type_for
from ingest.errors import HelpdeskError

logger = logging.getLogger(__name__)

BATCH = 2000  # rows per insert call: keeps each gRPC message well under its size limit


class MilvusStore:
    """One vector space in one Milvus collection; primary key `id` = passage row."""

    def __init__(self, client, collection: str) -> None:  # client: pymilvus.MilvusClient
        self.client = client
        self.collection = collection
        self._ntotal = int(client.get_collection_stats(collection)["row_count"])

    @staticmethod
    def connect(uri: str):
        """A client for the URI; a clear error when nothing answers there."""
        from pymilvus import MilvusClient

        try:
            return MilvusClient(uri)
        except Exception as exc:  # pymilvus raises its own and grpc's errors: all mean "cannot reach"
            raise HelpdeskError(f"cannot open Milvus at {uri}: {exc}") from exc

    @classmethod
    def build(cls, client, collection: str, vectors: np.ndarray) -> MilvusStore:
        """Create `collection` holding `vectors` (row i has primary key i), indexed for inner product."""
        from pymilvus import DataType

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=int(vectors.shape[1]))
        params = client.prepare_index_params()
        kind = "FLAT" if index_type_for(len(vectors)) == FLAT else "HNSW"
        extra = {} if kind == "FLAT" else {"params": {"M": 32, "efConstruction": 80}}
        params.add_index(field_name="vector", index_type=kind, metric_type="IP", **extra)
        client.create_collection(collection, schema=schema, index_params=params)
        for start in range(0, len(vectors), BATCH):
            block = vectors[start : start + BATCH]
            client.insert(collection, [{"id": start + i, "vector": v.tolist()} for i, v in enumerate(block)])
        client.flush(collection)
        client.load_collection(collection)
        return cls(client, collection)

    @property
    def ntotal(self) -> int:
        return self._ntotal

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        k = min(k, self._ntotal)
        if k <= 0:
            return []
        found = self.client.search(
            self.collection,
            data=[query.astype(np.float32).tolist()],
            limit=k,
            anns_field="vector",
            search_params={"metric_type": "IP", "params": {"ef": max(k, 256)}},
        )
        return [(int(hit["id"]), float(hit["distance"])) for hit in found[0]]

    def cosines(self, query: np.ndarray, rows: list[int]) -> list[float]:
        if not rows:
            return []
        got = {int(r["id"]): r["vector"] for r in self.client.get(self.collection, ids=[int(r) for r in rows])}
        vectors = np.asarray([got[int(r)] for r in rows], dtype=np.float32)
        return [float(x) for x in vectors @ query.astype(np.float32)]


def collection_name(live: Path, stamp: str, space: str) -> str:
    """Milvus names allow letters, digits and underscores only."""
    return re.sub(r"\W", "_", f"helpdesk_{live.name}_{stamp}_{space}")


def default_uri(live: Path) -> str:
    """A milvus-lite file beside the index, when no server URI is given."""
    return str(live.parent / f"{live.name}.milvus.db")


def drop(uri: str, collections: list[str]) -> None:
    """Drop a replaced build's collections; a failure only leaves them to be dropped by hand."""
    try:
        client = MilvusStore.connect(uri)
        for name in collections:
            if client.has_collection(name):
                client.drop_collection(name)
    except Exception as exc:  # the new index is live already: an old collection left over is not an error
        logger.warning("could not drop old Milvus collections %s at %s: %s", collections, uri, exc)
