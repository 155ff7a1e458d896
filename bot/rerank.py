"""A cheap reranker: cosine, fused rank and how much of the question a passage covers.

No cross-encoder that loads offline is on PyPI (flashrank's wheel fetches its model from a
hub at first use), so candidates are re-scored by features measured on the dev questions:
the cosine in the question's language space, the reciprocal-rank fusion score, and the
share of the question's content words (weighted by rarity) the passage contains.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from index.lexical import LexicalIndex, tokenize
from ingest.passage import Passage

if TYPE_CHECKING:
    from bot.retrieve import Signals


@dataclass(frozen=True)
class RerankWeights:
    cosine: float = 1.0
    fused: float = 0.5
    coverage: float = 0.5
    lexical: float = 0.0

    @classmethod
    def from_calibration(cls, calibration: dict[str, float]) -> RerankWeights:
        names = {f"rerank_{name}": name for name in cls.__dataclass_fields__}
        return cls(**{names[k]: v for k, v in calibration.items() if k in names})


class Features(NamedTuple):
    cosine: float
    fused: float  # fused score over the best fused score, 0..1
    coverage: float  # idf-weighted share of the question's known terms in the passage, 0..1
    lexical: float  # BM25 over the best BM25 of the question, 0..1


# Words a question uses to ask, not to name what it asks about: their absence from the
# collection says nothing (stemmed, as the tokenizer leaves them).
ASKING_WORDS = frozenset(
    "get got much mani also let like make made anyon someon someth anyth keep kept one new way need want know "
    "tell say said take give go come see look find can may might must shall us whose yes els ever".split()
)


def question_terms(tokens: list[str], lexical: LexicalIndex) -> tuple[dict[str, float], tuple[str, ...]]:
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
    return Features(cosine, fused, coverage(signals.terms, passage), signals.lexical.get(row, 0.0) / signals.best_lexical)


def rerank_score(f: Features, weights: RerankWeights) -> float:
    return (
        weights.cosine * f.cosine
        + weights.fused * f.fused
        + weights.coverage * f.coverage
        + weights.lexical * f.lexical
    )
