"""Retrieval, citation and abstention metrics over gold questions; plain functions."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

Key = tuple[str, str | None, bool]  # (doc_id, para, in the annex): bot.retrieve.paragraph_key


def first_hit_rank(gold: set[Key], got: Sequence[Key]) -> int | None:
    """1-based rank of the first gold paragraph among the citations, or None."""
    return next((i + 1 for i, key in enumerate(got) if key in gold), None)


def recall_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions whose first gold paragraph is within the top k."""
    return sum(r is not None and r <= k for r in ranks) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    return sum(1 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def precision_recall_f1(
    predicted: Sequence[bool], actual: Sequence[bool]
) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 of a yes/no prediction (here: abstain vs should abstain).

    None where undefined: precision when nothing was predicted, recall when nothing was actual.
    """
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        return precision, recall, None
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); 0 for no values."""
    if not values:
        return 0.0
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=100, method="inclusive")[min(98, max(0, round(q) - 1))]
