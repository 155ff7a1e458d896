"""Passages read from disk by row: passages.jsonl and the byte offset of each of its lines.

A million `Passage` objects held in a list cost ~3 GB of RAM (the text, the tuples, the
dict of each JSON line while it is parsed) though a question reads a few dozen of them.
`PassageRows` is the sequence retrieval indexes instead: `rows[i]` reads line i with one
`pread` at its offset and decodes it into the same frozen `Passage` ingest made; the last
few thousand rows read are kept decoded (an LRU), because one question reads each of its
candidates several times. Iterating streams the file: a scan of every passage (a look-up,
a filter) costs time, not memory.

On disk: `passages.jsonl` (one JSON object per line, row order) and `passages.offsets.npy`
(int64, rows + 1: where each line starts, and the file's size), memory-mapped.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import overload

import numpy as np

from index.documents import DocumentTable
from index.documents import write as write_documents
from index.mapped import mapped_array
from ingest.passage import Passage

PASSAGES = "passages.jsonl"
OFFSETS = "passages.offsets.npy"
READ_BYTES = 1 << 20  # a scan reads the file in blocks of about this size
CACHED_ROWS = 4096  # decoded rows kept: a question reads ~100 candidates in each of three rankings


def passage_to_json(passage: Passage) -> str:
    return json.dumps(asdict(passage), ensure_ascii=False)


def passage_from_json(line: str | bytes) -> Passage:
    data = json.loads(line)
    data["headings"] = tuple(data["headings"])
    data["mentions"] = tuple(data["mentions"])
    data["notes"] = tuple(data.get("notes", ()))
    if data.get("period") is not None:
        data["period"] = tuple(data["period"])
    return Passage(**data)


def write_passages(folder: Path, passages: Sequence[Passage]) -> int:
    """Write passages.jsonl and its offsets, and the documents' table (index.documents); the rows written."""
    offsets = [0]
    with (folder / PASSAGES).open("wb") as fh:
        for passage in passages:
            line = (passage_to_json(passage) + "\n").encode("utf-8")
            fh.write(line)
            offsets.append(offsets[-1] + len(line))
    np.save(folder / OFFSETS, np.asarray(offsets, dtype=np.int64))
    write_documents(folder, passages)
    return len(offsets) - 1


class PassageRows(Sequence[Passage]):
    """The passages of an index, row i decoded from disk when asked for.

    The file stays open for the life of the object, so a helpdesk still answering from an
    index that a new build has just replaced reads its own rows, not the new ones.

    Example:
        >>> rows = PassageRows.open(Path("var/index"))
        >>> len(rows), rows[0].label()
        (143, 'WT/MIN(24)/9, p. 1')
    """

    def __init__(
        self, path: Path, offsets: np.ndarray, documents: DocumentTable | None = None, *, cached: int = CACHED_ROWS
    ) -> None:
        self.path = path
        self.documents = documents  # what ingest wrote of the documents: listing them reads no row
        self._offsets = offsets
        self._fd = os.open(path, os.O_RDONLY)
        self._row = functools.lru_cache(maxsize=cached)(self._read)

    @classmethod
    def open(cls, folder: Path, *, cached: int = CACHED_ROWS) -> PassageRows:
        folder = folder.resolve()  # the build the live link points at now, not whatever it points at later
        return cls(folder / PASSAGES, mapped_array(folder / OFFSETS), DocumentTable.load(folder), cached=cached)

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            os.close(fd)
            self._fd = None

    def __len__(self) -> int:
        return len(self._offsets) - 1

    @property
    def decoded(self) -> int:
        """How many rows have been read and decoded by index so far (iteration not counted)."""
        return self._row.cache_info().misses

    @overload
    def __getitem__(self, row: int) -> Passage: ...

    @overload
    def __getitem__(self, row: slice) -> list[Passage]: ...

    def __getitem__(self, row: int | slice) -> Passage | list[Passage]:
        if isinstance(row, slice):
            return [self._row(i) for i in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(f"row {row} of an index of {len(self)} passages")
        return self._row(row)

    def _read(self, row: int) -> Passage:
        start, end = int(self._offsets[row]), int(self._offsets[row + 1])
        return passage_from_json(os.pread(self._fd, end - start, start))

    def __iter__(self) -> Iterator[Passage]:
        """Every passage in row order, streamed from the open file a block at a time (the LRU is left
        to questions; reading through the descriptor keeps working after a swap removed the folder)."""
        n, row = len(self), 0
        while row < n:
            start = int(self._offsets[row])
            last = int(np.searchsorted(self._offsets, start + READ_BYTES, side="right")) - 1
            last = min(max(last, row + 1), n)
            block = os.pread(self._fd, int(self._offsets[last]) - start, start)
            for line in block.split(b"\n")[: last - row]:
                yield passage_from_json(line)
            row = last

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same passages in the same order (a list read by ingest, say)."""
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # equal to lists, so unhashable like them

    def __repr__(self) -> str:
        return f"PassageRows({str(self.path)!r}, {len(self)} rows)"
