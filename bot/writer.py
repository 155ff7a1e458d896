"""Answer writers: what turns a search result into the answer's text and its quoted spans.

`Helpdesk` takes any `AnswerWriter`; `ExtractiveWriter` quotes the sentences of the top
passage nearest the question.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from bot.i18n import label
from bot.records import Draft, Quote, SearchResult
from index.embed import Encoder
from ingest.chunk import split_sentences
from ingest.passage import Passage


class AnswerWriter(Protocol):
    """Writes the answer from a search result; it quotes the passages, it never invents text."""

    name: str

    def write(self, result: SearchResult) -> Draft: ...


class ExtractiveWriter:
    """The best sentence of the top passage by cosine with the question, and a second when nearly as good."""

    name = "extractive"

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def write(self, result: SearchResult) -> Draft:
        passages = [h.passage for h in result.hits]
        quotes = choose_quotes(best_sentences(result.signals.query, passages, self.encoder))
        return Draft(tuple(quotes), answer_text(quotes, passages))

# A second sentence joins the answer only when it scores nearly as well as the first.
SECOND_SENTENCE_WITHIN = 0.05


def abstain_text(language: str, unknown_symbols: tuple[str, ...] = ()) -> str:
    """The abstention sentence in the question's language, naming symbols the collection lacks."""
    said = label("abstain", language)
    if unknown_symbols:
        return label("unknown_symbol", language, symbols=", ".join(unknown_symbols)) + " " + said.split(". ", 1)[1]
    return said


def best_sentences(question_vec: np.ndarray, passages: list[Passage], encoder: Encoder) -> list[Quote]:
    """Sentences of the top passage, scored against the question, best first.

    Only the first passage is quoted: with the reranker, a sentence from the second passage
    was more often a near-miss than a second answer (dev citation precision).
    """
    candidates: list[tuple[int, tuple[int, int]]] = []
    for i, passage in enumerate(passages[:1]):
        for s in split_sentences(passage.text):
            candidates.append((i, (s.start, s.end)))
    if len(candidates) == 1:
        return [Quote(0, candidates[0][1], 1.0)]
    if not candidates:
        return []
    texts = [passages[i].text[a:b] for i, (a, b) in candidates]
    scores = encoder.encode(texts) @ question_vec
    order = np.argsort(-scores)
    return [Quote(candidates[j][0], candidates[j][1], float(scores[j])) for j in order]


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


def answer_text(quotes: list[Quote], passages: list[Passage]) -> str:
    """'Sentence one. [WT/MIN(24)/9 ¶1.3, p. 1] Sentence two. [...]'; one citation per run of a passage."""
    parts = []
    for i, q in enumerate(quotes):
        passage = passages[q.hit]
        parts.append(passage.text[q.span[0] : q.span[1]].strip())
        if i + 1 == len(quotes) or quotes[i + 1].hit != q.hit:
            parts.append(f"[{passage.label()}]")
    return " ".join(parts)
