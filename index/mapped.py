"""Large .npy matrices read by row from a read-only memory map that this process keeps small.

A memory-mapped page a process has touched counts in its resident set until it lets go of
it, so a server that reads a few thousand random rows of a 0.8 GB matrix per question ends
up with the whole matrix in its RSS after some hours, though it only ever needs a few MB.
`MappedMatrix` counts the bytes it has read and, past `RELEASE_BYTES`, tells the kernel
(madvise MADV_DONTNEED) that the process no longer needs the mapped pages: they leave the
process's RSS but stay in the kernel's page cache, so the next read of them is a minor fault,
not a disk read. At open it asks the kernel to read the file ahead
(MADV_WILLNEED), which fills the page cache without adding to the RSS.
"""

from __future__ import annotations

import mmap
import os
import threading
from pathlib import Path

import numpy as np

# Bytes of rows read between two releases: the most of a matrix this process holds mapped.
# 64 MB is ~10 questions' worth of re-scoring 4k candidates in two spaces (4 KB pages).
RELEASE_BYTES = 64 * 2**20
# Linux's fault-around: a read fault maps up to 64 KB of already cached pages around the page it
# needs (measured here: 1000 random reads of a mapped file added 94-100 MB of RssFile, with or
# without MADV_RANDOM), so a scattered row costs 64 KB of RSS, not 4.
WINDOW = 64 * 1024
CHUNK = 256  # rows converted to float32 at a time in `dot`


def write_npy(path: Path, shape: tuple[int, ...], dtype: np.dtype | type) -> np.memmap:
    """A .npy file of this shape, open for writing by slices (the caller fills it, then deletes the map)."""
    return np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)


def mapped_array(path: Path) -> np.ndarray:
    """A .npy file memory-mapped read-only, as a plain ndarray over the map: indexing an np.memmap
    builds a new memmap object each time (2 us against 0.17 us a row here; its __array_finalize__
    was 2-3% of a loaded server's samples, from the reader's sentence lookups)."""
    return np.load(path, mmap_mode="r").view(np.ndarray)


class MappedMatrix:
    """A 2-d .npy file, memory-mapped read-only; `take(rows)` copies rows out as float32."""

    def __init__(self, path: Path, *, willneed: bool = False) -> None:
        with path.open("rb") as fh:
            version = np.lib.format.read_magic(fh)
            read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, fortran, dtype = read_header(fh)
            offset = fh.tell()
            if fortran or len(shape) != 2:
                raise ValueError(f"{path} is not a C-ordered 2-d array")
            size = os.fstat(fh.fileno()).st_size
            # mmap of a zero-length file fails: an empty matrix needs no map
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else None
        self.path = path
        self.shape = (int(shape[0]), int(shape[1]))
        self.dtype = np.dtype(dtype)
        self._row_bytes = self.shape[1] * self.dtype.itemsize
        self.array = (
            np.frombuffer(self._map, dtype=self.dtype, count=self.shape[0] * self.shape[1], offset=offset).reshape(self.shape)
            if self._map is not None else np.zeros(self.shape, dtype=self.dtype)
        )
        self._read = 0
        self._lock = threading.Lock()
        if willneed and self._map is not None:
            self._map.madvise(mmap.MADV_WILLNEED)

    def __len__(self) -> int:
        return self.shape[0]

    def take(self, rows: np.ndarray | list[int]) -> np.ndarray:
        """The given rows as a float32 array, in the order asked."""
        ordered, order = self._gather(rows)
        out = np.empty((len(order), self.shape[1]), dtype=np.float32)
        out[order] = ordered
        return out

    def dot(self, rows: np.ndarray | list[int], query: np.ndarray) -> np.ndarray:
        """Inner product of each given row with `query` (float32), in the order asked.

        Rows are converted to float32 a few hundred at a time: converting 4k float16 rows at
        once runs out of cache and costs several times the read (measured: docs/scaling.md).
        """
        ordered, order = self._gather(rows)
        query = np.asarray(query, dtype=np.float32).reshape(-1)
        scores = np.empty(len(order), dtype=np.float32)
        for start in range(0, len(order), CHUNK):
            scores[order[start : start + CHUNK]] = ordered[start : start + CHUNK].astype(np.float32) @ query
        return scores

    def _gather(self, rows: np.ndarray | list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The rows read in file order (fewer page jumps), and where each belongs in the order asked."""
        rows = np.asarray(rows, dtype=np.int64).reshape(-1)
        order = np.argsort(rows, kind="stable")
        ordered = rows[order]
        block = np.take(self.array, ordered, axis=0)  # np.take: several times faster than fancy indexing here
        # the kernel maps the cached pages around a faulting one too (fault-around, 64 KB; MADV_RANDOM does
        # not stop it): count the 64 KB windows these rows lie in, what the read added to the RSS at most
        first, last = ordered * self._row_bytes // WINDOW, ((ordered + 1) * self._row_bytes - 1) // WINDOW
        self._count(len(np.unique(np.concatenate([first, last]))) * WINDOW)
        return block, order

    def _count(self, read: int) -> None:
        with self._lock:
            self._read += read
            if self._read < RELEASE_BYTES or self._map is None:
                return
            self._read = 0
        self.release()

    def release(self) -> None:
        """Drop this process's mapped pages (they stay in the page cache): RSS falls, data does not move."""
        if self._map is not None:
            self._map.madvise(mmap.MADV_DONTNEED)
