"""Every passage's sentences with their vectors, made at ingest, so answering encodes no sentence.

On disk: `sentences.npy` (row, start, end per sentence, passages in row order),
`sentence_vectors.npy` (MiniLM) and `sentence_vectors_e5.npy` (multilingual-e5), float16 to
halve the bytes (cosines differ from float32 by under 1e-3). They are memory-mapped on load.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.chunk import split_sentences
from ingest.passage import Passage

SPANS = "sentences.npy"
VECTORS = "sentence_vectors.npy"
VECTORS_E5 = "sentence_vectors_e5.npy"


def sentence_spans(passages: list[Passage]) -> np.ndarray:
    """(row, start, end) of each sentence of each passage, int32, in row order."""
    rows = [(row, s.start, s.end) for row, p in enumerate(passages) for s in split_sentences(p.text)]
    return np.asarray(rows, dtype=np.int32).reshape(len(rows), 3)


def sentence_texts(passages: list[Passage], spans: np.ndarray) -> list[str]:
    return [passages[r].text[a:b] for r, a, b in spans.tolist()]


def write(folder: Path, spans: np.ndarray, minilm: np.ndarray, e5: np.ndarray) -> None:
    np.save(folder / SPANS, spans)
    np.save(folder / VECTORS, minilm.astype(np.float16))
    np.save(folder / VECTORS_E5, e5.astype(np.float16))


@dataclass
class SentenceTable:
    """The sentences of every row, looked up by row without a scan."""

    spans: np.ndarray  # (n, 3) int32: row, start, end
    minilm: np.ndarray  # (n, dim) float16, unit rows
    e5: np.ndarray  # (n, dim_e5) float16, unit rows
    first: np.ndarray  # (rows + 1,) index of each row's first sentence

    @classmethod
    def load(cls, folder: Path, rows: int) -> SentenceTable:
        spans = np.load(folder / SPANS, mmap_mode="r")
        first = np.searchsorted(spans[:, 0], np.arange(rows + 1), side="left") if len(spans) else np.zeros(rows + 1, int)
        return cls(spans, np.load(folder / VECTORS, mmap_mode="r"), np.load(folder / VECTORS_E5, mmap_mode="r"), first)

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
        return np.asarray(matrix[sentences], dtype=np.float32) @ query.astype(np.float32)
