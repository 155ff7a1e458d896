"""Answer writers: what turns a search result into the answer's text and its quoted spans.

`Helpdesk` takes any `AnswerWriter`; `ExtractiveWriter` quotes the sentences of the top
passage nearest the question.
"""

from __future__ import annotations

import re
from typing import Protocol

import numpy as np

from bot.i18n import label
from bot.records import Draft, Quote, SearchResult
from index.sentences import SentenceTable


class AnswerWriter(Protocol):
    """Writes the answer from a search result; it quotes the passages, it never invents text."""

    name: str

    def write(self, result: SearchResult) -> Draft: ...


class ExtractiveWriter:
    """The sentence of the top passage nearest the question, and a second when nearly as near.

    The writer before the reader (bot.reader.KindReader): kept as the ablation's baseline.
    """

    name = "extractive"

    def __init__(self, sentences: SentenceTable) -> None:
        self.sentences = sentences

    def write(self, result: SearchResult) -> Draft:
        passages = {h.row: h.passage for h in result.hits}
        quotes = choose_quotes(best_sentences(result, self.sentences)) if result.hits else []
        said = tuple(passages[q.row].text[q.span[0] : q.span[1]] for q in quotes)
        return Draft(tuple(quotes), answer_text(quotes, passages), result.signals.kind, bool(quotes), said=said)


# A second sentence joins the answer only when it scores nearly as well as the first.
SECOND_SENTENCE_WITHIN = 0.05


def abstain_text(language: str, unknown_symbols: tuple[str, ...] = (), periods: tuple[str, ...] = ()) -> str:
    """The abstention sentence in the question's language, naming symbols or periods the collection lacks."""
    said = label("abstain", language)
    if unknown_symbols:
        return label("unknown_symbol", language, symbols=", ".join(unknown_symbols)) + " " + said.split(". ", 1)[1]
    if periods:
        return label("other_period", language, periods=", ".join(periods)) + " " + said.split(". ", 1)[1]
    return said


def best_sentences(result: SearchResult, sentences: SentenceTable) -> list[Quote]:
    """Sentences of the top passage, scored by MiniLM cosine with the question, best first.

    Only the first passage is quoted: with the reranker, a sentence from the second passage
    was more often a near-miss than a second answer (dev citation precision).
    """
    row = result.hits[0].row
    numbers = list(sentences.of(row))
    scores = sentences.cosines(numbers, result.signals.query)
    order = np.argsort(-scores, kind="stable")
    return [Quote(0, sentences.span(numbers[j]), float(scores[j]), row) for j in order]


def choose_quotes(quotes: list[Quote]) -> list[Quote]:
    """The best sentence, and a second from the same passage if it is nearly as good.

    A second sentence from another passage cost citation precision on the dev
    questions (0.48 -> 0.40): a near-tie between passages is usually a near-miss.
    """
    if not quotes:
        return []
    best = quotes[0]
    chosen = [best]
    for q in quotes[1:]:
        if q.score < best.score - SECOND_SENTENCE_WITHIN:
            break
        if q.hit == best.hit and q.span != best.span:
            chosen.append(q)
            break
    return sorted(chosen, key=lambda q: q.span)


def answer_text(quotes: list[Quote], passages) -> str:
    """'Sentence one. [WT/MIN(24)/9 ¶1.3, p. 1] Sentence two. [...]'; one citation per run of a hit.

    `passages` is indexed by row (the index's passages).
    """
    parts, opens = [], 0  # the run's first quote: a run from two windows is cited as its citation is, by the first
    for i, q in enumerate(quotes):
        if quotes[opens].hit != q.hit:
            opens = i
        parts.append(_marked_cut(passages[q.row].text, q.span))
        if i + 1 == len(quotes) or quotes[i + 1].hit != q.hit:
            parts.append(f"[{passages[quotes[opens].row].label()}]")
    return " ".join(parts)


# A quote that a window cut out of a sentence longer than a window opens inside the sentence
# ("negatively); and the WCO in July 2023 ..."). Not a list item ("a. ", "iii) ").
_OPENS_INSIDE = re.compile(r"^(?![ivx]{1,4}[.)]\s)(?:[a-z]{2,}|[)\];,])")


def opens_inside(text: str, span: tuple[int, int]) -> bool:
    """Whether `text[span]` is the tail of a sentence a window's start cut."""
    return not text[: span[0]].strip() and bool(_OPENS_INSIDE.match(text[span[0] : span[1]].strip()))


def _marked_cut(text: str, span: tuple[int, int]) -> str:
    """The quote `text[span]`, opening with an ellipsis where the window it is read from starts inside a
    sentence longer than a window, so that a fragment does not read as a whole sentence."""
    quote = text[span[0] : span[1]].strip()
    return f"… {quote}" if opens_inside(text, span) else quote
