"""The records bot makes of passages: signals, scored hits, drafts, decisions, answers.

A leaf module: it imports no other bot module, so retrieval, rerank, abstention and the
writers all meet here and none imports another in a circle.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from ingest.dates import Period
from ingest.errors import HelpdeskError
from ingest.passage import Passage


class InvalidQuestion(HelpdeskError):
    """A question the bot will not run: empty, only punctuation, or longer than the limit."""


@dataclass(frozen=True)
class Signals:
    """Everything a question contributes to ranking, computed once per question."""

    question: str  # as typed: ranking reads all of it
    asked: str  # what is asked, without the statements before it (bot.question.asked_part): what the rules read
    language: str  # "en", "es" or "fr"
    kind: str  # what the question asks for: who, when, count, list, fact (bot.kind)
    periods: tuple[Period, ...]  # years, months, days, Ministerial Conferences the question names
    tokens: tuple[str, ...]  # the question as the lexical index tokenizes it
    query: np.ndarray  # MiniLM unit vector
    multilingual_query: np.ndarray | None  # e5 unit vector, when the settings use it
    dense: dict[int, float]  # row -> MiniLM cosine, the nearest rows
    multilingual: dict[int, float] | None  # row -> e5 cosine, the nearest rows
    lexical: dict[int, float]  # row -> BM25, the best rows with a positive score
    terms: dict[str, float]  # question content terms the collection has -> idf
    unknown_terms: tuple[str, ...]  # question content terms no passage has
    symbols: tuple[str, ...]  # symbols in the question, normalised
    identity: bool = False  # the question asks what the one document it names is (bot.kind.asks_identity)
    bridged: tuple[str, ...] = ()  # BM25 terms the word bridge added for Spanish or French words (index.bridge)
    paragraphs: tuple[str, ...] = ()  # the numbered paragraphs and footnotes it names: "2.11", "fn6" (bot.question)
    agenda_items: tuple[str, ...] = ()  # the numbered agenda items it names: "3" for "item 3 on the agenda"

    @property
    def in_e5(self) -> bool:
        """Whether passages and sentences are compared with the question in e5's space: a Spanish or French question
        that e5 encoded (MiniLM reads English only)."""
        return self.language != "en" and self.multilingual_query is not None

    @property
    def space_query(self) -> np.ndarray | None:
        """The question's vector in the space it is compared in (`in_e5`)."""
        return self.multilingual_query if self.in_e5 else self.query

    @functools.cached_property
    def best_lexical(self) -> float:
        """The best BM25 score, which scales every candidate's; 1 when nothing matched."""
        return max(self.lexical.values(), default=0.0) or 1.0


class SentenceScores(NamedTuple):
    """The best of a candidate window's sentences, named as the `Features` they become (`bot.rerank.features`
    adds `sentence_gain`, the nearest sentence's cosine less the window's own)."""

    sentence_cosine: float = 0.0  # its sentence nearest the question, in the question's space
    sentence_kind: float = 0.0  # the most any sentence holds what is asked
    kind_cosine: float = 0.0  # the cosine of the nearest sentence that holds what is asked, 0 when none does
    kind_coverage: float = 0.0  # the share of the question's words that sentence holds, at most


class Features(NamedTuple):
    """What the reranker weighs for one candidate; the abstention reads the top hit's.

    Every value is measured once per candidate, in `bot.rerank.features`.
    """

    cosine: float  # in the space that suits the question's language (e5 for es/fr, MiniLM for en)
    minilm: float  # MiniLM cosine
    e5: float  # multilingual-e5 cosine (0 when the question was not encoded by e5)
    fused: float  # fused score over the best fused score, 0..1
    coverage: float  # idf-weighted share of the question's known terms in the passage, 0..1
    most_coverage: float  # 1 when no other candidate holds a larger share of them (`bot.rerank.with_standing`)
    lexical: float  # BM25 over the best BM25 of the question, 0..1
    period: float  # +1 the passage's document or text is of the period asked, -1 it is not, 0 none asked
    kind: float  # 1 when a sentence of the passage holds what the question asks for (a date for "when")
    routed: float  # 1 when the question names the passage's document or a symbol it cites
    footnote: float  # 1 for a footnote: they often list many topics and draw questions they do not answer
    opening: float  # 1 for the text before a document's first numbered paragraph: its title block, its purpose
    title: float  # idf-weighted share of the question's terms in its document's title or its headings, not its text
    year_asked: float  # 1 when the passage's text prints a year the question names
    year_other: float  # 1 when its text prints years and none the question names ("the 2023 Champions" for 2024)
    document_period: float  # +1 its document reports on a period asked, -1 on another, 0 none asked or not known
    meeting_record: float  # 1 when the question names a day or month and the passage's document records a meeting of it
    meeting_notice: float  # 1 when the question asks how to attend a meeting of a day it names and this is its notice
    day_lead: float  # 1 when its paragraph's first sentence prints days only of the day, month or season asked
    # How the candidate stands beside the others (`bot.rerank.with_standing`): for each score, its gap to the best
    # of the first candidates (0 for the best, below 0 under it) and how many of them score higher, over their count
    cosine_gap: float = 0.0
    cosine_rank: float = 0.0
    minilm_gap: float = 0.0
    minilm_rank: float = 0.0
    e5_gap: float = 0.0
    e5_rank: float = 0.0
    lexical_gap: float = 0.0
    lexical_rank: float = 0.0
    coverage_gap: float = 0.0
    coverage_rank: float = 0.0
    fused_gap: float = 0.0
    fused_rank: float = 0.0
    title_gap: float = 0.0
    title_rank: float = 0.0
    foreign: float = 0.0  # 1 for a Spanish or French question: the trees weigh the two encoders differently for it
    # Its best sentences (`bot.sentence_scores`): the cosine of the one nearest the question and its gain over the
    # window's own, whether one holds what is asked, and that sentence's cosine and share of the question's words
    sentence_cosine: float = 0.0
    sentence_gain: float = 0.0
    sentence_kind: float = 0.0
    kind_cosine: float = 0.0
    kind_coverage: float = 0.0

    def vector(self) -> np.ndarray:
        return np.asarray(self, dtype=np.float64)


@dataclass(frozen=True)
class Hit:
    """One ranked paragraph: the passage, its row in the index, and why it ranks where it does."""

    passage: Passage
    row: int
    score: float  # what ranked it: reranker score, else fused score
    features: Features
    routed: bool  # brought forward because the question names its document or a symbol it cites

    @property
    def cosine(self) -> float:
        return self.features.cosine


@dataclass(frozen=True)
class SearchResult:
    """The ranked paragraphs for one question, with the signals they were ranked from."""

    hits: list[Hit]
    signals: Signals
    unknown_symbols: tuple[str, ...]  # named in the question, in no document and no mention

    @property
    def names_document(self) -> bool:
        """The question asks what the document it names is, and that document's title block ranks first."""
        return self.signals.identity and bool(self.hits) and self.hits[0].routed and self.hits[0].passage.para is None


class Quote(NamedTuple):
    """A sentence an answer quotes: which hit, where in which passage, and how well it answers.

    `row` is the passage quoted: the hit's own, or another window of the same paragraph (a long
    paragraph is cut into windows; the answer may sit in the window that did not rank).
    """

    hit: int  # index into SearchResult.hits
    span: tuple[int, int]  # in the text of passage `row`
    score: float
    row: int
    context: bool = False  # quoted to set the scene, not as evidence: the abstention does not read it


@dataclass(frozen=True)
class Draft:
    """What a writer makes of a search result, before the abstention decides whether to say it."""

    quotes: tuple[Quote, ...]
    text: str  # the answer: quoted sentences, each run followed by its [citation]
    kind: str = "fact"  # the kind of answer the question asks for
    found: bool = True  # the quotes hold what that kind asks for (a date for "when", a number for "count")
    cosine: float = 0.0  # the best quoted sentence's cosine with the question, in its language's space
    said: tuple[str, ...] = ()  # the text of the quotes that are evidence (not context), in the answer's order


@dataclass(frozen=True)
class Decision:
    """Whether to answer, and when not, why: `unknown-symbol`, `other-period`, `off-topic` or `no-evidence`."""

    abstain: bool
    reason: str | None = None
    confidence: float = 1.0  # the abstention model's probability that the documents answer


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage shown as evidence, with its rank, score and the sentences the answer quotes."""

    rank: int  # 1-based
    passage: Passage
    score: float  # the reranker's score (see README: it runs to about 3)
    spans: tuple[tuple[int, int], ...] = ()  # the sentences of passage.text the answer quotes, in order

    @property
    def quoted(self) -> bool:
        return bool(self.spans)

    @property
    def label(self) -> str:
        return self.passage.label()

    def to_dict(self) -> dict[str, Any]:
        p = self.passage
        return {
            "rank": self.rank,
            "doc_id": p.doc_id,
            "symbol": p.symbol,
            "title": p.title,
            "para": p.para,
            "annex": p.in_annex,  # an annex may number its sections as the body does ("2.1")
            "page": p.page,
            "text": p.text,
            "score": round(self.score, 4),
            "url": p.url,
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The bot's reply: short extractive text with [citations], or an abstention with the nearest passages."""

    id: str | None
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    settings: str = ""  # digest of the settings that answered (bot.settings.Settings.digest)
    answer_kind: str = "fact"  # what the question asked for: who, when, count, list, fact
    reason: str | None = None  # why it abstained: no-evidence, other-period, unknown-symbol, off-topic

    def to_dict(self) -> dict[str, Any]:
        """The JSON answer: every field present, null where there is no value."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "settings": self.settings,
            "answer_kind": self.answer_kind,
            "reason": self.reason,
        }
