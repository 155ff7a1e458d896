"""When to say "the documents do not answer this": a few thresholds chosen on the dev questions.

Cosine alone cannot tell an in-domain question the documents are silent on ("What is the
MSME Group's budget?") from one they answer: both land near passages about the Group. The
rule also looks at coverage: a silent question's rare words are often in no passage, or not
in the passage that ranks first, and a year it names may be missing from that passage.
Spanish and French questions share few words with English passages, so for them only the
multilingual cosine decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from bot.rerank import coverage, missing_numbers
from bot.retrieve import SearchResult


class Evidence(NamedTuple):
    """What the rule weighs, measured once per answer (the calibration grid reuses it)."""

    unknown_symbols: bool
    multilingual: bool
    cosine: float
    unknown_share: float
    coverage: float
    numbers_missing: bool


def evidence(result: SearchResult) -> Evidence | None:
    """The top passage's evidence, or None when there is no passage at all."""
    if not result.hits:
        return None
    top, signals = result.hits[0], result.signals
    words = len(signals.terms) + len(signals.unknown_terms)
    return Evidence(
        unknown_symbols=bool(result.unknown_symbols),
        multilingual=signals.multilingual_query is not None,
        cosine=top.cosine,
        unknown_share=len(signals.unknown_terms) / words if words else 0.0,
        coverage=coverage(signals.terms, top.passage),
        numbers_missing=bool(missing_numbers(signals, top.passage)),
    )


@dataclass(frozen=True)
class AbstainRule:
    min_cosine: float = 0.28  # MiniLM cosine of the top passage, English questions
    min_cosine_multilingual: float = 0.80  # e5 cosine of the top passage, Spanish and French
    max_unknown: float = 1.01  # share of an English question's content words that no passage has
    min_coverage: float = 0.0  # idf-weighted share of the question's known words in the top passage
    numbers_must_match: float = 0.0  # 1: a year or count the question names must be in the top passage

    @classmethod
    def from_calibration(cls, calibration: dict[str, float]) -> AbstainRule:
        names = {f"abstain_{name}": name for name in cls.__dataclass_fields__}
        return cls(**{names[k]: v for k, v in calibration.items() if k in names})

    def reason(self, result: SearchResult) -> str | None:
        """Why the documents do not answer, or None when they do."""
        if result.unknown_symbols:
            return "unknown-symbol"
        return self.judge(evidence(result))

    def judge(self, e: Evidence | None) -> str | None:
        if e is None:
            return "no-passage"
        if e.unknown_symbols:
            return "unknown-symbol"
        if e.multilingual:
            return "far" if e.cosine < self.min_cosine_multilingual else None
        if e.cosine < self.min_cosine:
            return "far"
        if e.unknown_share > self.max_unknown:
            return "unknown-words"
        if e.coverage < self.min_coverage:
            return "uncovered"
        if self.numbers_must_match and e.numbers_missing:
            return "number-missing"
        return None
