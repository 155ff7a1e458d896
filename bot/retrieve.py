"""Hybrid retrieval: dense and BM25 fused by reciprocal rank, symbols routed, then reranked.

The expensive part of a search (encoding the question, scoring every passage) is done once
into `Signals`; ranking from signals is cheap, so the eval can compare configurations on
the same questions without encoding them again.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import numpy as np

from bot.language import detect_language
from bot.rerank import RerankWeights, features, question_terms, rerank_score
from index.embed import Encoder, MultilingualEncoder
from index.lexical import tokenize
from index.store import DenseIndex
from ingest.passage import Passage
from ingest.symbols import find_symbols

# Windows of one paragraph compete for the same citation; fetch extra, keep each paragraph's best.
OVERFETCH = 4
# How deep each ranking is read before fusion: past this, a rank adds almost nothing to RRF.
DEPTH = 100


@dataclass(frozen=True)
class SearchFilter:
    """Which passages a search may return: some documents, a range of years; None means any."""

    doc_ids: frozenset[str] | None = None
    year_from: int | None = None
    year_to: int | None = None

    def allows(self, passage: Passage) -> bool:
        if self.doc_ids is not None and passage.doc_id not in self.doc_ids:
            return False
        if self.year_from is not None and (passage.year is None or passage.year < self.year_from):
            return False
        if self.year_to is not None and (passage.year is None or passage.year > self.year_to):
            return False
        return True


@dataclass(frozen=True)
class RetrievalConfig:
    """Which signals rank the passages, and how much each weighs in the fusion."""

    dense: bool = True
    lexical: bool = True
    routing: bool = True
    rerank: bool = True
    multilingual: str = "non-en"  # use multilingual-e5 for: "off", "non-en" questions, or "all"
    rrf_k: float = 60.0
    w_dense: float = 1.0
    w_lexical: float = 1.0
    w_multilingual: float = 1.0
    candidates: int = 30  # fused candidates the reranker sees
    weights: RerankWeights = field(default_factory=RerankWeights)

    @classmethod
    def from_calibration(cls, calibration: dict[str, float]) -> RetrievalConfig:
        """The configuration the index's calibration names; defaults for what it leaves out."""
        known = {k: v for k, v in calibration.items() if k in ("rrf_k", "w_dense", "w_lexical", "w_multilingual")}
        return cls(weights=RerankWeights.from_calibration(calibration), **known)


@dataclass(frozen=True)
class Signals:
    """Everything a question contributes to ranking, computed once."""

    question: str
    language: str
    query: np.ndarray  # MiniLM unit vector
    multilingual_query: np.ndarray | None  # e5 unit vector, when the config uses it
    dense: dict[int, float]  # row -> MiniLM cosine, the nearest DEPTH rows
    multilingual: dict[int, float] | None  # row -> e5 cosine, the nearest DEPTH rows
    lexical: dict[int, float]  # row -> BM25, the best DEPTH rows with a positive score
    terms: dict[str, float]  # question content terms the collection has -> idf
    unknown_terms: tuple[str, ...]  # question content terms no passage has
    symbols: tuple[str, ...]  # symbols in the question, normalised

    @functools.cached_property
    def best_lexical(self) -> float:
        """The best BM25 score, which scales every candidate's; 1 when nothing matched."""
        return max(self.lexical.values(), default=0.0) or 1.0


@dataclass(frozen=True)
class Hit:
    passage: Passage
    row: int
    score: float  # what ranked it: reranker score, else fused score
    cosine: float  # cosine in the space that suits the question's language
    routed: bool  # brought forward because the question names its document or a symbol it cites


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    signals: Signals
    unknown_symbols: tuple[str, ...]  # named in the question, in no document and no mention


def paragraph_key(passage: Passage) -> tuple[str, str | None, bool]:
    """What a citation points at: document, printed number, and whether it is in the annex."""
    return passage.doc_id, passage.para, passage.in_annex


class Retriever:
    """Ranks the passages of one loaded index for a question."""

    def __init__(self, index: DenseIndex, encoder: Encoder, multilingual: MultilingualEncoder) -> None:
        self.index = index
        self.encoder = encoder
        self.multilingual_encoder = multilingual
        self._symbols = SymbolRows(index.passages)

    def signals(self, question: str, config: RetrievalConfig, depth: int = DEPTH) -> Signals:
        """Encode the question and read each ranking `depth` deep, once."""
        language = detect_language(question)
        query = self.encoder.encode([question])[0]
        dense = dict(self.index.search(query, depth))
        m_query = m_dense = None
        if config.multilingual == "all" or (config.multilingual == "non-en" and language != "en"):
            m_query = self.multilingual_encoder.encode_queries([question])[0]
            m_dense = dict(self.index.search(m_query, depth, multilingual=True))
        lexical = dict(self.index.lexical.search(question, depth))
        terms, unknown = question_terms(tokenize(question), self.index.lexical)
        symbols = tuple(dict.fromkeys(m.symbol for m in find_symbols(question, lenient=True)))
        return Signals(question, language, query, m_query, dense, m_dense, lexical, terms, unknown, symbols)

    def search(
        self, question: str, k: int, config: RetrievalConfig | None = None, filters: SearchFilter | None = None
    ) -> SearchResult:
        config = config or RetrievalConfig()
        return self.rank(self.signals(question, config, self.depth(filters)), k, config, filters)

    def depth(self, filters: SearchFilter | None) -> int:
        """How deep to read each ranking: a filter may exclude all the nearest rows."""
        return DEPTH if filters is None else len(self.index.passages)

    def rank(
        self, signals: Signals, k: int, config: RetrievalConfig, filters: SearchFilter | None = None
    ) -> SearchResult:
        """The k best paragraphs, best first, from precomputed signals."""
        passages = self.index.passages
        fused = self._fuse(signals, config)
        routed, unknown = self._route(signals) if config.routing else (set(), ())
        pool = max(k * OVERFETCH, config.candidates)
        candidates = [r for r in sorted(fused, key=lambda r: -fused[r])][:pool]
        candidates = sorted(routed, key=lambda r: -fused.get(r, 0.0)) + [r for r in candidates if r not in routed]
        if filters is not None:
            candidates = [r for r in candidates if filters.allows(passages[r])]
        cosines = self._cosines(signals, candidates)
        top = max(fused.values(), default=0.0) or 1.0
        scored = []
        for r in candidates:
            score = fused.get(r, 0.0) / top
            if config.rerank:
                score = rerank_score(features(signals, r, passages[r], cosines[r], score), config.weights)
            scored.append((r in routed, score, r))
        scored.sort(key=lambda t: (not t[0], -t[1]))
        seen: set[tuple[str, str | None, bool]] = set()
        hits: list[Hit] = []
        for is_routed, score, r in scored:
            key = paragraph_key(passages[r])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(passages[r], r, score, cosines[r], is_routed))
            if len(hits) == k:
                break
        return SearchResult(hits, signals, unknown)

    def _fuse(self, signals: Signals, config: RetrievalConfig) -> dict[int, float]:
        """Reciprocal-rank fusion of the enabled rankings: row -> sum of weight / (rrf_k + rank)."""
        rankings: list[tuple[float, dict[int, float]]] = []
        if config.dense:
            rankings.append((config.w_dense, signals.dense))
            if signals.multilingual is not None:
                rankings.append((config.w_multilingual, signals.multilingual))
        if config.lexical:
            rankings.append((config.w_lexical, signals.lexical))
        fused: dict[int, float] = {}
        for weight, scores in rankings:
            for rank, row in enumerate(sorted(scores, key=lambda r: -scores[r]), start=1):
                fused[row] = fused.get(row, 0.0) + weight / (config.rrf_k + rank)
        return fused

    def _cosines(self, signals: Signals, rows: list[int]) -> dict[int, float]:
        """Cosine of each row in the space that suits the question: e5 when it was used, else MiniLM."""
        multilingual = signals.multilingual_query is not None
        known = signals.multilingual if multilingual else signals.dense
        query = signals.multilingual_query if multilingual else signals.query
        missing = [r for r in rows if r not in known]
        out = {r: known[r] for r in rows if r in known}
        if missing:
            out.update(zip(missing, self.index.cosines(query, missing, multilingual=multilingual)))
        return out

    def _route(self, signals: Signals) -> tuple[set[int], tuple[str, ...]]:
        """Rows of the documents the question names, else rows that cite them; and names nothing has."""
        routed: set[int] = set()
        unknown = []
        for asked in signals.symbols:
            rows = self._symbols.own(asked) or self._symbols.cited(asked)
            if not rows:
                unknown.append(asked)
            routed.update(rows)
        return routed, tuple(unknown)


class SymbolRows:
    """Rows by the symbol of their document and by the symbols they cite, for routing without a scan."""

    def __init__(self, passages: list[Passage]) -> None:
        self._own: dict[str, list[int]] = {}
        self._cited: dict[str, list[int]] = {}
        for row, p in enumerate(passages):
            if p.symbol:
                self._own.setdefault(p.symbol, []).append(row)
            for m in p.mentions:
                self._cited.setdefault(m, []).append(row)
        self._own_keys = sorted(self._own)
        self._cited_keys = sorted(self._cited)

    def own(self, asked: str) -> list[int]:
        return self._rows(asked, self._own, self._own_keys)

    def cited(self, asked: str) -> list[int]:
        return self._rows(asked, self._cited, self._cited_keys)

    @staticmethod
    def _rows(asked: str, rows: dict[str, list[int]], keys: list[str]) -> list[int]:
        """Rows under `asked` and under each of its revisions (`asked/Rev.2`), found by bisection."""
        out = list(rows.get(asked, ()))
        prefix = asked + "/"
        for key in keys[bisect.bisect_left(keys, prefix) :]:
            if not key.startswith(prefix):
                break
            out.extend(rows[key])
        return out
