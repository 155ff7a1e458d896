"""The embedding cache: vectors kept by passage text hash and model, beside the index.

Encoding is nearly all of an ingest's time. A re-ingest after one document changed finds
every other passage's vectors here and encodes only the new ones. Vectors are written in
parts as they are made, each part by an atomic rename, so an interrupted ingest resumes
where it stopped; a finished build compacts the parts to what the index holds.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
from tqdm import tqdm

logger = logging.getLogger(__name__)

PART_PASSAGES = 2048  # passages encoded between two writes: what an interrupt can lose
KEY_BYTES = 16  # a text's key: its blake2b digest


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=KEY_BYTES).digest()


def cache_dir(index_dir: str | Path) -> Path:
    """Beside the live index, out of the swapped folder: it outlives every build."""
    live = Path(index_dir)
    return live.parent / f".{live.name}.cache"


class EmbeddingCache:
    """text hash -> vector for one model, read from and appended to a folder of .npz parts."""

    def __init__(self, root: Path, model: str) -> None:
        slug = re.sub(r"[^A-Za-z0-9.]+", "-", model).strip("-")
        self.folder = root / slug
        self.vectors: dict[bytes, np.ndarray] = {}
        for part in sorted(self.folder.glob("part-*.npz")) if self.folder.is_dir() else ():
            try:
                with np.load(part) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError) as exc:  # a part cut short: its vectors are re-made
                logger.warning("ignoring unreadable cache part %s: %s", part, exc)
                continue
            raw = keys.tobytes()  # each key whole: an S16 element drops its trailing zero bytes
            self.vectors.update(zip((raw[i : i + KEY_BYTES] for i in range(0, len(raw), KEY_BYTES)), vectors))

    def embed(
        self,
        texts: list[str],
        encode: Callable[[list[str]], np.ndarray],
        *,
        dim: int,
        desc: str = "embedding",
        show_progress: bool = False,
    ) -> tuple[np.ndarray, int]:
        """Vectors for `texts`, encoding only those not cached; and how many were encoded."""
        keys = [text_key(t) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self.vectors))
        text_of = dict(zip(keys, texts))
        bar = tqdm(total=len(missing), desc=desc, unit="passage", delay=1.0, disable=not show_progress)
        with bar:
            for start in range(0, len(missing), PART_PASSAGES):
                batch = missing[start : start + PART_PASSAGES]
                vectors = np.asarray(encode([text_of[k] for k in batch]), dtype=np.float32)
                self._write_part(batch, vectors)
                self.vectors.update(zip(batch, vectors))
                bar.update(len(batch))
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for i, k in enumerate(keys):
            out[i] = self.vectors[k]
        return out, len(missing)

    def _write_part(self, keys: list[bytes], vectors: np.ndarray) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        number = 1 + max((int(p.stem.split("-")[1]) for p in self.folder.glob("part-*.npz")), default=0)
        path = self.folder / f"part-{number:06d}.npz"
        tmp = self.folder / f".part-{number:06d}-{os.getpid()}.tmp.npz"
        np.savez(tmp, keys=np.frombuffer(b"".join(keys), dtype=f"S{KEY_BYTES}"), vectors=vectors)
        os.replace(tmp, path)
        return path

    def compact(self, texts: list[str]) -> None:
        """Keep only these texts' vectors, in one part: the cache does not grow without bound."""
        keys = list(dict.fromkeys(text_key(t) for t in texts if text_key(t) in self.vectors))
        old = sorted(self.folder.glob("part-*.npz")) if self.folder.is_dir() else []
        if len(old) <= 1 and len(keys) == len(self.vectors):
            return
        dim = next(iter(self.vectors.values())).shape[0] if self.vectors else 0
        vectors = np.vstack([self.vectors[k] for k in keys]) if keys else np.zeros((0, dim), np.float32)
        kept = self._write_part(keys, vectors)
        for part in old:
            part.unlink(missing_ok=True)
        for tmp in self.folder.glob(".part-*.tmp.npz"):
            tmp.unlink(missing_ok=True)
        self.vectors = {k: self.vectors[k] for k in keys}
        logger.info("embedding cache compacted to %d vectors in %s", len(keys), kept.name)
