"""Index: embed passages, store them with FAISS, load and verify them."""

from index.embed import MODEL_NAME, Encoder, load_encoder
from index.manifest import Manifest
from index.store import DenseIndex, build_index, is_current, load_index

__all__ = ["MODEL_NAME", "DenseIndex", "Encoder", "Manifest", "build_index", "is_current", "load_encoder", "load_index"]
