"""What a candidate paragraph's best sentences say, for the reranker.

A paragraph's vector and its word counts speak for all its sentences at once: the one sentence that answers
is diluted by the others. The reranker's trees therefore also read, for each candidate window, the cosine of its
sentence nearest the question (and how much it beats the window's own cosine), whether one of its sentences holds
what the question asks for, and how near the question and how many of its words such a sentence is. Fitted by
LambdaMART beside the other features and held out by whole dev suites (5 folds of 66 suites), Recall@1 of the top
candidate rose 0.718 -> 0.738 (123 questions up, 63 down). Sentence vectors come from the index: nothing is encoded.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.kind import answers, marked_items
from bot.names import actions_asked
from bot.records import SentenceScores, Signals
from bot.rerank import action_terms, coverage
from index.sentences import SentenceTable
from ingest.dates import DAY_OF_MONTH
from ingest.passage import Passage


def sentence_kind(signals: Signals, said: str, actions: frozenset[str] = frozenset()) -> float:
    """1 when the sentence holds what the question asks for; for a list, 1 for items marked "a." or
    "1)" and 0.5 for items between commas, which an aside also has ("Mr X, Ambassador of Y, said").
    Half that when the question asks a role or event (`actions`: "Who won …?") the sentence does not say."""
    if not answers(signals.kind, said, signals.asked, signals.language, signals.unknown_terms):
        return 0.0
    if signals.kind in ("who", "list", "fact") and len(DAY_OF_MONTH.findall(said)) >= 3:
        return 0.0  # a calendar ("on 24 February, 12 May, 7 July, 6 October and 1 December") says when, not what
    if signals.kind == "when" and not DAY_OF_MONTH.search(said):
        value = 0.5  # "during 2022" says when less closely than "on 3 March 2022"
    else:
        value = 0.5 if signals.kind == "list" and not marked_items(said) else 1.0
    return value / 2 if actions and not actions & action_terms(said) else value


def sentence_scores(signals: Signals, rows: Sequence[int], passages: Sequence[Passage],
                    sentences: SentenceTable) -> dict[int, SentenceScores]:
    """Each candidate row's `SentenceScores`; a row without sentences has none."""
    multilingual, query = signals.in_e5, signals.space_query
    numbers = [n for r in rows for n in sentences.of(r)]
    if query is None or not numbers:
        return {}
    near = sentences.cosines(numbers, query, multilingual=multilingual)
    actions = actions_asked(signals.tokens, signals.kind)
    out, at = {}, 0
    for r in rows:
        span = sentences.of(r)
        if not len(span):
            continue
        text = passages[r].text
        said = [text[slice(*sentences.span(n))] for n in span]
        cos = near[at: at + len(span)]
        at += len(span)
        kinds = [sentence_kind(signals, s, actions) for s in said]
        holding = [i for i, k in enumerate(kinds) if k > 0]
        out[r] = SentenceScores(
            sentence_cosine=float(np.max(cos)),
            sentence_kind=max(kinds),
            kind_cosine=max((float(cos[i]) for i in holding), default=0.0),
            kind_coverage=max((coverage(signals.terms, said[i]) for i in holding), default=0.0),
        )
    return out
