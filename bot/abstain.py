"""When to say "the documents do not answer this": a few thresholds chosen on the dev questions.

Cosine alone cannot tell an in-domain question the documents are silent on ("What is the
MSME Group's budget?") from one they answer: both land near passages about the Group. The
rule also looks at coverage: a silent question's rare words are often in no passage, or not
in the passage that ranks first, and a year it names may be missing from that passage.
Spanish and French questions share few words with English passages, so for them only the
multilingual cosine decides.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.records import Decision, Draft, SearchResult
from bot.rerank import missing_numbers
from bot.settings import Abstention


class Evidence(NamedTuple):
    """What the rule weighs, read from the top hit's features (the calibration grid reuses it)."""

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
        cosine=top.features.cosine,
        unknown_share=len(signals.unknown_terms) / words if words else 0.0,
        coverage=top.features.coverage,
        numbers_missing=bool(missing_numbers(signals, top.passage)),
    )


class AbstainRule:
    """Decides, from a search result and the writer's draft, whether the documents answer."""

    def __init__(self, settings: Abstention | None = None) -> None:
        self.settings = settings or Abstention()

    def decide(self, result: SearchResult, draft: Draft | None = None) -> Decision:
        reason = self.judge(evidence(result))
        return Decision(reason is not None, reason)

    def judge(self, e: Evidence | None) -> str | None:
        """Why the evidence does not answer, or None when it does."""
        s = self.settings
        if e is None:
            return "no-evidence"
        if e.unknown_symbols:
            return "unknown-symbol"
        if e.multilingual:
            return "no-evidence" if e.cosine < s.min_cosine_multilingual else None
        if e.cosine < s.min_cosine or e.unknown_share > s.max_unknown or e.coverage < s.min_coverage:
            return "no-evidence"
        if s.numbers_must_match and e.numbers_missing:
            return "no-evidence"
        return None
