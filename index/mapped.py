"""Large .npy files on disk: small arrays memory-mapped, large matrices read by row.

A memory-mapped page a process has touched counts in its resident set until it lets go of
it. Mapping a million-row matrix and reading a few hundred random rows a question used to
cost 64 KB of RSS a row (the kernel's fault-around); on this kernel (6.18) a fault maps about
1 MB (large folios, as far as can be told): 500 random rows of a 768 MB matrix added 528 MB of
RssFile, and a 1M-passage server peaked at 3.47 GB. So `DiskMatrix` reads
its rows with positional reads (pread) into memory of its own: nothing of the file is ever
mapped, the kernel's page cache keeps the hot rows, and the RSS holds only the rows copied.
Small arrays (row offsets, symbol maps, sentence spans) stay memory-mapped (`mapped_array`).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

CHUNK = 256  # rows converted to float32 at a time in `dot`


def write_npy(path: Path, shape: tuple[int, ...], dtype: np.dtype | type) -> np.memmap:
    """A .npy file of this shape, open for writing by slices (the caller fills it, then deletes the map)."""
    return np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)


def mapped_array(path: Path) -> np.ndarray:
    """A .npy file memory-mapped read-only, as a plain ndarray over the map: indexing an np.memmap
    builds a new memmap object each time (2 us against 0.17 us a row here; its __array_finalize__
    was 2-3% of a loaded server's samples, from the reader's sentence lookups)."""
    return np.load(path, mmap_mode="r").view(np.ndarray)


class DiskMatrix:
    """A 2-d .npy file read by row; `take(rows)` copies rows out as float32."""

    def __init__(self, path: Path, *, willneed: bool = False) -> None:
        """`willneed`: ask the kernel to read the whole file into its page cache now (not into this
        process), so the first questions do not wait on the disk."""
        self.path = path
        self._file = path.open("rb")  # kept open for pread; it closes when the matrix is let go
        fh = self._file
        version = np.lib.format.read_magic(fh)
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(fh)
        if fortran or len(shape) != 2:
            fh.close()
            raise ValueError(f"{path} is not a C-ordered 2-d array")
        self._offset = fh.tell()
        self.shape = (int(shape[0]), int(shape[1]))
        self.dtype = np.dtype(dtype)
        self._row_bytes = self.shape[1] * self.dtype.itemsize
        if willneed and hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_WILLNEED)

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
        """The rows read in file order, one pread per run of consecutive rows, and where each belongs
        in the order asked. Scratch timings on the 1M index: 500 scattered rows of 768 bytes 0.8-2.9 ms
        (as much of the file as the page cache holds), against 3.2-3.6 ms for the memory-mapped class this
        replaced, which dropped its pages every 64 MB, and 0.1-0.2 ms from a map that keeps them (~1 MB of
        RSS a row). Three rows (a reader's look-up): 25 us, against 28 us."""
        rows = np.asarray(rows, dtype=np.int64).reshape(-1)
        order = np.argsort(rows, kind="stable")
        ordered = rows[order].tolist()
        if ordered and (ordered[0] < 0 or ordered[-1] >= self.shape[0]):
            raise IndexError(f"{self.path}: rows outside 0..{self.shape[0] - 1}")
        unique = list(dict.fromkeys(ordered))  # a row asked twice is read once
        runs: list[list[int]] = []  # [first row, count] of each run of consecutive rows
        for row in unique:
            if runs and row == runs[-1][0] + runs[-1][1]:
                runs[-1][1] += 1
            else:
                runs.append([row, 1])
        parts = [self._pread(first, count) for first, count in runs]
        block = np.frombuffer(b"".join(parts), dtype=self.dtype).reshape(-1, self.shape[1])
        place = {row: i for i, row in enumerate(unique)}
        return block[[place[row] for row in ordered]], order

    def _pread(self, row: int, count: int) -> bytes:
        """`count` rows from `row` on, as bytes: one positional read."""
        want = count * self._row_bytes
        data = os.pread(self._file.fileno(), want, self._offset + row * self._row_bytes)
        if len(data) != want:
            raise OSError(f"{self.path}: short read at row {row} (the file was cut short?)")
        return data
