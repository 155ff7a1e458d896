"""Dense retrieval: nearest passages, one per paragraph."""

from __future__ import annotations

import numpy as np

from index.store import DenseIndex
from ingest.passage import Passage

# Windows of one paragraph compete for the same citation; fetch extra, keep each paragraph's best.
OVERFETCH = 4


def paragraph_key(passage: Passage) -> tuple[str, str | None, bool]:
    """What a citation points at: document, printed number, and whether it is in the annex."""
    return passage.doc_id, passage.para, passage.in_annex


def dense_search(index: DenseIndex, query: np.ndarray, k: int) -> list[tuple[Passage, float]]:
    """The k best paragraphs for a unit query vector, best first."""
    seen: set[tuple[str, str | None, bool]] = set()
    hits: list[tuple[Passage, float]] = []
    for row, score in index.search(query, k * OVERFETCH):
        passage = index.passages[row]
        key = paragraph_key(passage)
        if key in seen:
            continue
        seen.add(key)
        hits.append((passage, score))
        if len(hits) == k:
            break
    return hits
