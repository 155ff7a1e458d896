"""A cheap reranker: cosine, fused rank and how much of the question a passage covers.

No cross-encoder that loads offline is on PyPI (flashrank's wheel fetches its model from a
hub at first use), so candidates are re-scored by features measured on the dev questions:
the cosine in the question's language space, the reciprocal-rank fusion score, and the
share of the question's content words (weighted by rarity) the passage contains.
"""

from __future__ import annotations

import functools
import math

from bot.records import Features, Signals
from bot.settings import Rerank
from index.lexical import LexicalIndex, tokenize
from ingest.passage import Passage


# Words a question uses to ask, not to name what it asks about: their absence from the
# collection says nothing (stemmed, as the tokenizer leaves them).
ASKING_WORDS = frozenset(
    "get got much mani also let like make made anyon someon someth anyth keep kept one new way need want know "
    "tell say said take give go come see look find can may might must shall us whose yes els ever".split()
)


def question_terms(tokens: tuple[str, ...], lexical: LexicalIndex) -> tuple[dict[str, float], tuple[str, ...]]:
    """The question's terms the collection has, with their idf, and the terms no passage has."""
    n = max(lexical.size, 1)
    terms: dict[str, float] = {}
    unknown: list[str] = []
    for token in dict.fromkeys(t for t in tokens if t not in ASKING_WORDS):
        df = lexical.document_frequency(token)
        if df == 0:
            unknown.append(token)
        else:
            terms[token] = math.log(1 + (n - df + 0.5) / (df + 0.5))
    return terms, tuple(unknown)


@functools.lru_cache(maxsize=50_000)
def passage_terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def coverage(terms: dict[str, float], passage: Passage) -> float:
    """The idf-weighted share of the question's known terms found in the passage."""
    total = sum(terms.values())
    if total == 0:
        return 0.0
    present = passage_terms(passage.text)
    return sum(w for t, w in terms.items() if t in present) / total


def missing_numbers(signals: Signals, passage: Passage) -> tuple[str, ...]:
    """Numbers the question names (years, counts, days) that the passage does not contain."""
    present = passage_terms(passage.text)
    asked = [t for t in (*signals.terms, *signals.unknown_terms) if t.isdigit()]
    return tuple(t for t in asked if t not in present)


def features(signals: Signals, row: int, passage: Passage, cosine: float, fused: float) -> Features:
    """A candidate's features, computed once: the reranker weighs them, the abstention reads the top one's."""
    return Features(cosine, fused, coverage(signals.terms, passage), signals.lexical.get(row, 0.0) / signals.best_lexical)


def rerank_score(f: Features, weights: Rerank) -> float:
    return (
        weights.cosine * f.cosine
        + weights.fused * f.fused
        + weights.coverage * f.coverage
        + weights.lexical * f.lexical
    )
