"""Dense retrieval: nearest passages, one per paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.store import DenseIndex
from ingest.passage import Passage

# Windows of one paragraph compete for the same citation; fetch extra, keep each paragraph's best.
OVERFETCH = 4


@dataclass(frozen=True)
class SearchFilter:
    """Which passages a search may return: some documents, a range of years; None means any."""

    doc_ids: frozenset[str] | None = None
    year_from: int | None = None
    year_to: int | None = None

    def allows(self, passage: Passage) -> bool:
        if self.doc_ids is not None and passage.doc_id not in self.doc_ids:
            return False
        if self.year_from is not None and (passage.year is None or passage.year < self.year_from):
            return False
        if self.year_to is not None and (passage.year is None or passage.year > self.year_to):
            return False
        return True


def paragraph_key(passage: Passage) -> tuple[str, str | None, bool]:
    """What a citation points at: document, printed number, and whether it is in the annex."""
    return passage.doc_id, passage.para, passage.in_annex


def dense_search(
    index: DenseIndex, query: np.ndarray, k: int, filters: SearchFilter | None = None
) -> list[tuple[Passage, float]]:
    """The k best paragraphs for a unit query vector, best first."""
    seen: set[tuple[str, str | None, bool]] = set()
    hits: list[tuple[Passage, float]] = []
    fetch = k * OVERFETCH if filters is None else len(index.passages)
    for row, score in index.search(query, fetch):
        passage = index.passages[row]
        key = paragraph_key(passage)
        if key in seen or (filters is not None and not filters.allows(passage)):
            continue
        seen.add(key)
        hits.append((passage, score))
        if len(hits) == k:
            break
    return hits
