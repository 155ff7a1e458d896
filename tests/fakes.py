"""Stand-in encoders for tests where the model is not what is tested (the fast tier).

The rule is checkable by hand: every word adds a fixed vector hashed from the word, so the
cosine of two texts grows with the words they share, and a text with no word in common
with the question scores about 0. They meet the Encoder and MultilingualEncoder interfaces
the index and the bot use; nothing of ours is mocked.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

DIM = 256


def _word_vector(word: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(word.encode("utf-8")).digest()[:8], "little")
    return np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)


def hashed(texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            out[i] += _word_vector(word)
        norm = np.linalg.norm(out[i])
        if norm:
            out[i] /= norm
    return out


class HashingEncoder:
    """MiniLM's interface: `encode(texts)` -> unit rows."""

    name = f"hashing-{DIM} (tests)"
    dim = DIM

    def encode(self, texts: list[str], *, batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
        return hashed(texts)


class HashingMultilingual:
    """multilingual-e5's interface: passages and queries encoded alike."""

    name = f"hashing-multilingual-{DIM} (tests)"
    dim = DIM

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return hashed(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return hashed(texts)
