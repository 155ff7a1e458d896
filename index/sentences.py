"""Every passage's sentences with their vectors, made at ingest, so answering encodes no sentence.

On disk: `sentences.npy` (row, start, end per sentence, passages in row order),
`sentences.first.npy` (int64, rows + 1: each row's first sentence, so loading needs no
search over every sentence), `sentence_vectors.npy` (MiniLM) and `sentence_vectors_e5.npy`
(multilingual-e5), float16 to halve the bytes (cosines differ from float32 by under 1e-3).

At ~4 sentences a passage the vectors are the largest part of an index: 4M x 384 x 2 B =
3 GB a space at a million passages. Nothing reads them whole: they are read by row
(`index.mapped.DiskMatrix`, positional reads that map nothing into the process), and a
build without the embedding cache writes them a block at a time.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.mapped import DiskMatrix, mapped_array, write_npy
from ingest.chunk import split_sentences
from ingest.passage import Passage

SPANS = "sentences.npy"
FIRST = "sentences.first.npy"
VECTORS = "sentence_vectors.npy"
VECTORS_E5 = "sentence_vectors_e5.npy"


def sentence_spans(passages: list[Passage]) -> np.ndarray:
    """(row, start, end) of each sentence of each passage, int32, in row order."""
    flat = array("i")  # 12 bytes a sentence while it grows, not three Python ints in a tuple
    for row, p in enumerate(passages):
        for s in split_sentences(p.text):
            flat.extend((row, s.start, s.end))
    return np.frombuffer(flat, dtype=np.int32).reshape(-1, 3).copy()


def sentence_texts(passages: list[Passage], spans: np.ndarray) -> list[str]:
    return [passages[r].text[a:b] for r, a, b in spans.tolist()]


def write_spans(folder: Path, spans: np.ndarray, rows: int) -> None:
    """The spans and each row's first sentence number (rows + 1 entries: the last is the count)."""
    np.save(folder / SPANS, spans)
    np.save(folder / FIRST, np.searchsorted(spans[:, 0], np.arange(rows + 1), side="left").astype(np.int64))


def write_vectors(path: Path, vectors: np.ndarray) -> None:
    """One space's sentence vectors as float16, converted a block at a time (no float16 copy of the whole)."""
    _write_blocks(path, vectors.shape, lambda start, end: vectors[start:end])


def write_encoded(path: Path, texts: list[str], encode, dim: int) -> None:
    """Encode texts a block at a time straight into a float16 file: memory is one block, not the whole."""
    _write_blocks(path, (len(texts), dim), lambda start, end: encode(texts[start:end]))


def _write_blocks(path: Path, shape: tuple[int, int], block) -> None:
    """A float16 .npy of `shape`, filled from `block(start, end)` BLOCK rows at a time."""
    out = write_npy(path, shape, np.float16)
    for start in range(0, shape[0], BLOCK):
        out[start : start + BLOCK] = block(start, start + BLOCK)
    out.flush()
    del out


BLOCK = 65_536  # sentences converted or encoded at a time: 96 MB of float32 at 384 dimensions


@dataclass
class SentenceTable:
    """The sentences of every row, looked up by row without a scan."""

    spans: np.ndarray  # (n, 3) int32: row, start, end; memory-mapped
    minilm: DiskMatrix  # (n, dim) float16, unit rows
    e5: DiskMatrix  # (n, dim_e5) float16, unit rows
    first: np.ndarray  # (rows + 1,) int64 index of each row's first sentence; memory-mapped

    @classmethod
    def load(cls, folder: Path, rows: int) -> SentenceTable:
        first = mapped_array(folder / FIRST)
        if len(first) != rows + 1:
            raise ValueError(f"{folder / FIRST} has {len(first) - 1} rows, the index {rows}")
        return cls(mapped_array(folder / SPANS), DiskMatrix(folder / VECTORS), DiskMatrix(folder / VECTORS_E5),
                   first)

    @classmethod
    def empty(cls, rows: int, dim: int = 384) -> SentenceTable:
        """No sentences: an index for ranking only (a BEIR run), where no answer is written."""
        none = np.zeros((0, dim), dtype=np.float16)
        return cls(np.zeros((0, 3), dtype=np.int32), none, none, np.zeros(rows + 1, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.spans)

    def of(self, row: int) -> range:
        """The sentence numbers of one passage row."""
        return range(int(self.first[row]), int(self.first[row + 1]))

    def row(self, sentence: int) -> int:
        """The passage row a sentence belongs to."""
        return int(self.spans[sentence][0])

    def span(self, sentence: int) -> tuple[int, int]:
        _, a, b = self.spans[sentence]
        return int(a), int(b)

    def cosines(self, sentences: list[int], query: np.ndarray, *, multilingual: bool = False) -> np.ndarray:
        """Cosine of a unit query with each of the given sentences."""
        matrix = self.e5 if multilingual else self.minilm
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        return matrix.take(sentences) @ query.astype(np.float32)
