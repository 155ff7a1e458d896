"""Hybrid retrieval: dense and BM25 fused by reciprocal rank, symbols routed, then reranked.

The expensive part of a search (encoding the question, scoring every passage) is done once
into `Signals`; ranking from signals is cheap, so the eval can compare configurations on
the same questions without encoding them again.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from bot.agenda import sets_out_agenda
from bot.glossary import cognates, english_words, fold, plain_english, question_language, translated_words
from bot.kind import asks_forms, asks_identity, foreign_forms, question_kind
from bot.language import detect_language, function_words
from bot.latest import KindPeriods, document_periods, issue_kind, periods_named
from bot.names import regions_asked, says_words
from bot.question import (agenda_item_told, agenda_items_asked, asked_part, asks_agenda, asks_annex, ordinals_asked,
                          paragraphs_asked, tells_ordinal)
from bot.records import Hit, SearchResult, Signals
from bot.rerank import (check_weights, coverage, features, meeting_asked, question_terms, rerank_scores,
                        with_standing)
from bot.settings import Rerank, Retrieval
from bot.sentence_scores import sentence_scores
from bot.spelling import collection_typos
from bot.versions import ORIGINAL, REVISED, version_first
from index import threads
from index.embed import Encoder, MultilingualEncoder
from index.lexical import tokenize
from index.store import DenseIndex
from ingest.dates import MONTH_DAYS, asked_periods, document_dates
from ingest.passage import Passage, paragraph_key, paragraph_rows, paragraph_text
from ingest.symbols import find_symbols

_POOL_LOCK = threading.Lock()


@functools.cache
def _overlap_pool(workers: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix="e5-query")


def overlaps_e5(policy: threads.ThreadPolicy, index: DenseIndex) -> bool:
    """Whether a question's e5 encode and search run on a pool thread beside MiniLM's and BM25: when
    the policy overlaps the encodes, or the index is a graph whose walks are most of a search."""
    return policy.overlap_query_encodes or (policy.overlap_graph_searches and index.walks_graph)


def _search_e5(encoder: MultilingualEncoder, index: DenseIndex, question: str, depth: int,
               words: Sequence[str] = ()) -> Future:
    """The question's e5 vector, its e5 ranking, and the word bridge's terms for `words` (about 7 ms
    more for a Spanish or French question that has any): on a pool thread when `overlaps_e5`, so the
    e5 search (a graph walk at a million passages) runs beside MiniLM's and BM25."""
    def work() -> tuple[np.ndarray, dict[int, float], list[str]]:
        vector = encoder.encode_queries([question])[0]
        bridged = index.bridge.terms(encoder.encode_queries(words)) if words else []
        return vector, dict(index.search(vector, depth, multilingual=True)), bridged

    policy = threads.current()
    if not overlaps_e5(policy, index):
        done: Future = Future()
        done.set_result(work())
        return done
    with _POOL_LOCK:  # one pool, one worker per question the app may run at once
        pool = _overlap_pool(policy.concurrency)
    return pool.submit(work)


# Windows of one paragraph compete for the same citation; fetch extra, keep each paragraph's best.
OVERFETCH = 4
VERSION_POOL = 10  # candidates whose copy in the version asked may come first
ISSUE_POOL = 5  # paragraphs a question asking a document's date of issue looks for its title block among
NAMED_POOL = 3  # paragraphs a question naming a region looks for one saying it among
ORDINAL_POOL = 4  # paragraphs a question naming the fifth edition of something looks for one numbering it so among
AGENDA_POOL = 10  # candidates whose documents an agenda question looks in for the agenda set out
UPCOMING_POOL = 5  # paragraphs a "next meeting" question picks the latest announcement from


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


def question_tokens(question: str, language: str) -> tuple[str, ...]:
    """The question's lexical tokens: its content words (a Spanish or French question's function
    words left out, and its glossary words, which count in English) and, for Spanish and French,
    the English words of its glossary phrases."""
    stop = function_words(language)
    english = tokenize(english_words(question, language))
    # a glossary word as typed, unless it reads as its English ("groupe" is "group")
    translated = {t for w in translated_words(question, language) for t in tokenize(w)} - set(english)
    own = [t for t in tokenize(question) if t not in stop and fold(t) not in translated]
    return (*own, *english)


OPENING_CHARS = 200  # a paragraph this long tells its language; a heading or a date may not
_WORDS = re.compile(r"[^\W\d_]{4,}")  # a question's words that may need the word bridge
_NAMING_WORDS = frozenset(("paragraph", "para"))  # tokens of "paragraph 3.5", as the question's terms have them


def _telling_notes(pinned: set[int], candidates: Sequence[int], signals: Signals,
                   passages: Sequence[Passage]) -> set[int]:
    """The footnotes a paragraph the question names marks, where one holds more of the question's words than
    the paragraph: "Which delegations reserve their positions on paragraph 3.5?" is answered by footnote 3
    ("Argentina, Indonesia and Türkiye reserve their positions on paragraph 3.5"), which ¶3.5 marks. They
    rank beside the paragraph, by score. The words that name the paragraph are not counted: a footnote
    saying "paragraph 3.5" holds them, the paragraph does not print its own number."""
    notes = {(passages[r].doc_id, note) for r in pinned for note in passages[r].notes}
    if not notes:
        return set()
    naming = {t for number in signals.paragraphs for t in tokenize(number)} | _NAMING_WORDS
    terms = {t: w for t, w in signals.terms.items() if t not in naming}
    most = max(coverage(terms, passages[r].text) for r in pinned)
    return {r for r in candidates if (passages[r].doc_id, passages[r].para) in notes
            and coverage(terms, passages[r].text) > most}


# An annex setting out a meeting's agenda ("ANNEX PROPOSED AGENDA"), not one annotating it by its own sections
_AGENDA = re.compile(r"\bagenda\b(?<!annotations to the agenda)", re.IGNORECASE)
# "What is item 3…?", "Quel est le point C…?": what an agenda item is, not who or what comes under it
_ITEM_IDENTITY = re.compile(r"^\W*(?:what(?:[’']s| is| was)|qu[eé] es|cu[aá]l es|quel est)\s+(?:(?:the|el|le)\s+)?"
                            r"(?:agenda\s+)?(?:item|point|punto|tema)\b", re.IGNORECASE)


def _saying_first(scored: list, passages: Sequence[Passage], says: Callable[[str], bool], pool: int) -> list:
    """The candidates with the best-ranked paragraph that says what the question names first, when the first paragraph
    does not say it and one of the next `pool` does: "How many replies came from Latin America and the Caribbean?" is
    nearest a notice's "2,640 valid replies", and the survey's "(b) América Latina y el Caribe, 731 respuestas" is
    second; "¿Cuál fue el lema de la cuarta edición …?" is nearest the 2025 report's fifth edition."""
    seen: list[tuple] = []
    for t in scored:
        key = paragraph_key(passages[t[2]])
        if key in seen:
            continue
        seen.append(key)
        if len(seen) > pool + 1:
            return scored
        if says(paragraph_text(passages, t[2])):
            return scored if len(seen) == 1 else [t, *(u for u in scored if u is not t)]
    return scored


def document_rows(passages: Sequence[Passage], doc_id: str) -> list[int]:
    """The rows of one document, in order: from the documents' table a loaded index's passages carry
    (index.documents), else a scan of a plain list."""
    table = getattr(passages, "documents", None)
    doc = table.document(doc_id) if table is not None else None
    if doc is not None:
        return doc.rows
    return [row for row, p in enumerate(passages) if p.doc_id == doc_id]


class Retriever:
    """Ranks the passages of one loaded index for a question, as its settings say.

    Example:
        >>> retriever.search("What did INF/MSME/W/53 propose?", 5).hits[0].passage.label()
        'IWG on MSMEs 2024 Annual Report ¶2.3'
    """

    def __init__(
        self, index: DenseIndex, encoder: Encoder, multilingual: MultilingualEncoder,
        retrieval: Retrieval | None = None, rerank: Rerank | None = None,
    ) -> None:
        self.index = index
        self.encoder = encoder
        self.multilingual_encoder = multilingual
        self.retrieval = retrieval or Retrieval()
        self.rerank = rerank or Rerank()
        check_weights(self.rerank)
        self._symbols = index.symbols  # symbol -> rows maps written at ingest (index.symbol_rows): no scan at start

    @functools.cached_property
    def _document_periods(self) -> KindPeriods:
        return document_periods(self.index.passages)

    def configured(self, retrieval: Retrieval | None = None, rerank: Rerank | None = None) -> Retriever:
        """The same index and encoders under other settings (the ablation and calibration try many)."""
        twin = copy.copy(self)
        twin.retrieval = retrieval or self.retrieval
        twin.rerank = rerank or self.rerank
        check_weights(twin.rerank)
        return twin

    def signals(self, question: str, filters: SearchFilter | None = None) -> Signals:
        """Encode the question and read each ranking, once; a filter reads every row."""
        depth = self.retrieval.depth if filters is None else len(self.index.passages)
        language = question_language(question)
        tokens = (*question_tokens(question, language), *cognates(question, language, self.index.lexical))
        if language == "en":  # "newsleters": the collection's "newsletters"
            tokens = tuple(self._as_meant(t) for t in tokens)
        asked = asked_part(question)  # "I run a workshop in Kenya. Who …?": Kenya is not asked about
        # "the most recent annual report", "le rapport annuel qui précède celui de 2024": that report's period
        kind, periods = question_kind(asked), periods_named(asked, tuple(asked_periods(asked, parts=True)),
                                                            lambda: self._document_periods)
        mode = self.retrieval.multilingual
        pending, words = None, self._unread_words(question, language)
        if mode == "all" or (mode == "non-en" and language != "en"):  # encoders and faiss release the GIL
            pending = _search_e5(self.multilingual_encoder, self.index, question, depth, words)
        query = self.encoder.encode([question])[0]
        dense = dict(self.index.search(query, depth))
        m_query, m_dense, bridged = pending.result() if pending is not None else (None, None, [])
        # BM25 reads the word bridge's terms and the documents' words for an English question's plain ones
        plain = tuple(tokenize(plain_english(question, language)))
        bridged = tuple(dict.fromkeys((*bridged, *plain)))
        foreign = self._foreign_tokens(question, language, tokens)
        lexical = dict(self.index.lexical.search_tokens((*tokens, *bridged, *foreign), depth))
        # the question's terms hold those documents' words too, as a Spanish or French question's hold the
        # glossary's English ("the WTO small business group" is "the MSME Group"); its unknown words are its own
        terms, unknown = question_terms(tokens, self.index.lexical)
        terms |= question_terms(tuple(t for t in plain if t not in tokens), self.index.lexical)[0]
        symbols = tuple(dict.fromkeys(self._symbols.completed(m.symbol) for m in find_symbols(question, lenient=True)))
        return Signals(question, asked, language, kind, periods, tokens, query, m_query, dense, m_dense, lexical, terms,
                       unknown, symbols, asks_identity(asked), bridged, paragraphs_asked(question),
                       agenda_items_asked(question))

    def _foreign_tokens(self, question: str, language: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The collection's Spanish and French words for the question's English ones, as its passages write them:
        a Member's communication in Spanish ("certificados de origen") is found by an English or French question."""
        english = tokens if language == "en" else tuple(tokenize(english_words(question, language)))
        folded = self._folded_vocabulary
        found = dict.fromkeys(w for other in ("es", "fr") if other != language
                              for t in english for f in foreign_forms(other).get(t, ()) for w in folded.get(f, ()))
        return tuple(w for w in found if w not in tokens and self._only_foreign(w))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one retriever per loaded index, kept for the process
    def _only_foreign(self, token: str) -> bool:
        """Whether only documents written in Spanish or French have the token: "pay" is the stem of "pays" and of
        English "pay", and an English question's "countries" must not rank the paragraphs on paying."""
        rows = self.index.lexical.rows_with(token)
        return rows.size > 0 and bool(self._foreign_rows[rows].all())

    @functools.cached_property
    def _foreign_rows(self) -> np.ndarray:
        """Which rows are of a document written in Spanish or French, told from its first paragraph longer than
        `OPENING_CHARS` (else its first): its heading block names the Group in English."""
        opening: dict[str, str] = {}
        for p in self.index.passages:
            if len(opening.get(p.doc_id, "")) < OPENING_CHARS < len(p.text) or p.doc_id not in opening:
                opening[p.doc_id] = p.text
        written = {doc: detect_language(text) for doc, text in opening.items()}
        return np.array([written[p.doc_id] != "en" for p in self.index.passages], dtype=bool)

    @functools.cached_property
    def _folded_vocabulary(self) -> dict[str, tuple[str, ...]]:
        """The collection's tokens by their form without accents ("electronico": "electrónico")."""
        table: dict[str, list[str]] = {}
        for word in self.index.lexical.words:
            table.setdefault(fold(word), []).append(word)
        return {k: tuple(v) for k, v in table.items()}

    def _as_meant(self, token: str) -> str:
        """The collection's word a token no passage has is a one-letter typo of, the commonest of them; else the
        token."""
        lexical = self.index.lexical
        if token in lexical or not token.isalpha():
            return token
        return max(sorted(collection_typos(lexical.words).typo_of(token)), key=lexical.document_frequency,
                   default=token)

    def _unread_words(self, question: str, language: str) -> list[str]:
        """The Spanish or French words that neither the glossary nor a shared root gives in English,
        nor the collection holds as they are: the word bridge reads them (index.bridge)."""
        if language not in ("es", "fr") or not self.index.bridge.words:
            return []
        vocabulary, stop = self.index.lexical, function_words(language)
        return [w for w in dict.fromkeys(_WORDS.findall(question.lower()))
                if (own := tokenize(w)) and own[0] not in stop and own[0] not in vocabulary
                and not tokenize(english_words(w, language)) and not cognates(w, language, vocabulary)]

    def search(self, question: str, k: int, filters: SearchFilter | None = None) -> SearchResult:
        return self.rank(self.signals(question, filters), k, filters)

    def rank(self, signals: Signals, k: int, filters: SearchFilter | None = None) -> SearchResult:
        """The k best paragraphs, best first, from precomputed signals."""
        passages, config = self.index.passages, self.retrieval
        fused = self._fuse(signals)
        routed, unknown = self._route(signals) if config.routing else (set(), ())
        pool = max(k * OVERFETCH, config.candidates)
        candidates = sorted(fused, key=lambda r: -fused[r])[:pool]
        pinned: set[int] = set()
        if config.routing:  # "paragraph 2.11 of WT/MIN(24)/9", "item 3 on the proposed agenda in INF/MSME/CN/99"
            pinned = set(self._paragraph_asked(signals, routed, candidates)
                         or self._agenda_item_asked(signals, routed, candidates)
                         or self._agenda_asked(signals, routed, candidates))
        routed |= pinned
        candidates = sorted(routed, key=lambda r: -fused.get(r, 0.0)) + [r for r in candidates if r not in routed]
        if filters is not None:
            candidates = [r for r in candidates if filters.allows(passages[r])]
        minilm = self._cosines(candidates, signals.query, signals.dense, multilingual=False)
        e5 = (self._cosines(candidates, signals.multilingual_query, signals.multilingual or {}, multilingual=True)
              if signals.multilingual_query is not None else dict.fromkeys(candidates, 0.0))
        top = max(fused.values(), default=0.0) or 1.0
        best = sentence_scores(signals, candidates, passages, self.index.sentences)
        measured = with_standing([
            features(signals, r, passages[r], minilm=minilm[r], e5=e5[r], fused=fused.get(r, 0.0) / top,
                     routed=r in routed, lead=passages[paragraph_rows(passages, r)[0]],
                     sentence=best.get(r))
            for r in candidates], among=config.candidates, foreign=signals.language != "en")
        pinned |= _telling_notes(pinned, candidates, signals, passages)
        scores = rerank_scores(measured, self.rerank) if config.rerank else [f.fused for f in measured]
        scored = [(r in routed or r in pinned, score, r, f) for r, f, score in zip(candidates, measured, scores)]
        opening = self._opening(signals) if signals.identity and config.routing else None
        # "What is INF/MSME/R/30?": its title block first; "What does paragraph 2.11 of WT/MIN(24)/9 say?": that paragraph
        scored.sort(key=lambda t: (t[2] not in pinned, t[2] != opening, not t[0], -t[1]))
        if "upcoming" in asks_forms(signals.asked):
            # "When is the next meeting?": of the paragraphs near the top announcing a dated meeting to
            # come, the latest document's; a 2024 report's "next meeting on 1 July 2024" is long past
            announcing = [t for t in scored[:UPCOMING_POOL] if t[3].kind]
            if announcing:
                latest = max(announcing, key=lambda t: passages[t[2]].date or "")
                scored.remove(latest)
                scored.insert(0, latest)
        if (issued := issue_kind(signals.asked)) is not None:
            # "When did the Secretariat issue its summary of the March 2023 meeting?": the title block of the
            # best-ranked such document, which prints its date
            opening = next((t for t in scored[:ISSUE_POOL] if passages[t[2]].para is None
                            and passages[t[2]].kind == issued and passages[t[2]].date and t[3].period >= 0
                            and (not signals.symbols or passages[t[2]].symbol in signals.symbols)), None)
            if opening is not None:
                scored.remove(opening)
                scored.insert(0, opening)
        if config.routing and scored and not scored[0][0] and scored[0][2] not in pinned:
            if words := regions_asked(signals.asked, signals.language, signals.terms):
                scored = _saying_first(scored, passages, lambda text: says_words(words, (text,)), NAMED_POOL)
            elif events := ordinals_asked(signals.asked):  # "the fifth edition": the paragraph that numbers it so
                scored = _saying_first(scored, passages, lambda text: all(tells_ordinal(e, (text,)) for e in events),
                                       ORDINAL_POOL)
        # "the revised note": of a paragraph a note and its revision share, the revision's copy first
        scored = version_first(scored, lambda t: t[2], passages, signals.asked, VERSION_POOL, symbols=signals.symbols)
        seen: set[tuple[str, str | None, bool]] = set()
        hits: list[Hit] = []
        for is_routed, score, r, f in scored:
            key = paragraph_key(passages[r])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(passages[r], r, score, f, is_routed))
            if len(hits) == k:
                break
        return SearchResult(hits, signals, unknown)

    def _fuse(self, signals: Signals) -> dict[int, float]:
        """Reciprocal-rank fusion of the enabled rankings: row -> sum of weight / (rrf_k + rank)."""
        config = self.retrieval
        rankings: list[tuple[float, dict[int, float]]] = []
        if config.dense:
            rankings.append((config.w_dense, signals.dense))
            if signals.multilingual is not None:
                rankings.append((config.w_multilingual, signals.multilingual))
        if config.lexical:
            weight = config.w_lexical if signals.language == "en" else config.w_lexical_foreign
            rankings.append((weight, signals.lexical))
        fused: dict[int, float] = {}
        for weight, scores in rankings:
            for rank, row in enumerate(sorted(scores, key=lambda r: -scores[r]), start=1):
                fused[row] = fused.get(row, 0.0) + weight / (config.rrf_k + rank)
        return fused

    def _cosines(self, rows: list[int], query, known: dict[int, float], *, multilingual: bool) -> dict[int, float]:
        """Cosine of each row with the query in one space: read from the search where it reached, else computed."""
        missing = [r for r in rows if r not in known]
        out = {r: known[r] for r in rows if r in known}
        if missing:
            out.update(zip(missing, self.index.cosines(query, missing, multilingual=multilingual)))
        return out

    def _opening(self, signals: Signals) -> int | None:
        """The row of the title block of the document the question names, if the collection has it."""
        rows = self._symbols.own(signals.symbols[0])
        return min((r for r in rows if self.index.passages[r].para is None), default=None)

    def _paragraph_asked(self, signals: Signals, routed: set[int], candidates: list[int]) -> list[int]:
        """The rows of the numbered paragraphs the question names ("párrafo 2.11 del documento WT/MIN(24)/9"),
        in the document it names, else in the best-ranked document that has a paragraph so numbered: the
        question's other words choose the document, its number the paragraph. An annex's paragraph only
        when the question says annex."""
        if not signals.paragraphs:
            return []
        passages = self.index.passages
        annex = asks_annex(signals.question)
        documents = dict.fromkeys(passages[r].doc_id for r in (sorted(routed) or candidates))
        numbered = {}
        for doc_id in documents:
            rows = [r for r in document_rows(passages, doc_id) if passages[r].para in signals.paragraphs]
            if rows:  # a footnote of the annex, or a paragraph only the annex numbers so, when no other is
                numbered[doc_id] = [r for r in rows if passages[r].in_annex == annex] or rows
        if not numbered:
            return []
        if routed:
            return next(iter(numbered.values()))
        # "para 2.3 of the MC13 coordinator's report": of two documents so numbered, the one its title names
        titled = {doc_id: coverage(signals.terms, passages[rows[0]].title or "") for doc_id, rows in numbered.items()}
        return numbered[max(numbered, key=lambda doc_id: titled[doc_id])]  # ties: the best-ranked document

    def _agenda_item_asked(self, signals: Signals, routed: set[int], candidates: list[int]) -> list[int]:
        """The rows of the agenda item the question names ("item 3 on the proposed agenda in INF/MSME/CN/99"): in the
        notice it names, else in the best-ranked document whose annex sets out the proposed agenda, which numbers
        its items as its paragraphs. Annotations to an agenda number their own sections, not its items. Failing
        those, the paragraphs of the best-ranked document that tell of the item ("Au titre du point C"), unless
        the question asks what the item is."""
        if not signals.agenda_items:
            return []
        passages = self.index.passages
        for doc_id in dict.fromkeys(passages[r].doc_id for r in (sorted(routed) or candidates)):
            rows = [r for r in document_rows(passages, doc_id) if passages[r].in_annex
                    and passages[r].para in signals.agenda_items and _AGENDA.search(passages[r].headings[0])]
            if rows:
                return rows
        if _ITEM_IDENTITY.search(signals.asked):
            return []  # "Quel est le point C de l'ordre du jour ?": the agenda's list says what it is
        # a notice or summary that tells of the item in its text: "Au titre du point C, Mme Okonkwo présentera …"
        told = agenda_item_told(signals.agenda_items)
        for doc_id in dict.fromkeys(passages[r].doc_id for r in (sorted(routed) or candidates)):
            rows = [r for r in document_rows(passages, doc_id) if told.search(passages[r].text)]
            if rows:
                return rows
        return []

    def _agenda_asked(self, signals: Signals, routed: set[int], candidates: list[int]) -> list[int]:
        """The paragraph setting out the agenda a list question asks for ("Quels points sont à l'ordre du jour de la
        réunion du 12 juillet ?"), in the best-ranked document that sets one out: its words are the items', not the
        question's, so it ranks below the notice's other paragraphs on the day and the meeting."""
        if signals.kind != "list" or not asks_agenda(signals.asked):
            return []
        passages = self.index.passages
        order = [r for r in candidates if r in routed] or sorted(routed) or candidates[:AGENDA_POOL]
        documents = list(dict.fromkeys(passages[r].doc_id for r in order))
        # "the agenda of the December 2025 meeting": that meeting's notice before a better-ranked one of another
        documents.sort(key=lambda doc_id: meeting_asked(passages[document_rows(passages, doc_id)[0]],
                                                        signals.periods) is None)
        for doc_id in documents:
            rows = [r for r in document_rows(passages, doc_id) if sets_out_agenda(passages[r].text)]
            if rows:
                return rows[:1]
        return []

    def _route(self, signals: Signals) -> tuple[set[int], tuple[str, ...]]:
        """Rows of the documents the question names, else rows that cite them; and names nothing has."""
        routed: set[int] = set()
        unknown = []
        original = bool(ORIGINAL.search(signals.question))
        for asked in signals.symbols:
            rows = self._symbols.own(asked) or self._symbols.cited(asked)
            if not rows:
                unknown.append(asked)
            exact = set(self._symbols.own(asked, revisions=False))
            if original or not REVISED.search(signals.question):
                # "the original work plan (INF/MSME/W/171)", "D'après INF/MSME/W/191, …": that document, where
                # the collection has it, not its revision too
                rows = sorted(exact) or rows
            else:  # "the revised INF/MSME/W/191": its revisions, where the collection has one
                rows = [r for r in rows if r not in exact] or rows
            routed.update(rows)
            routed.update(self._recorded_at(asked, signals))
        if not signals.symbols:
            routed.update(self._dated_rows(signals))
        return routed, tuple(unknown)

    def _dated_rows(self, signals: Signals) -> list[int]:
        """The rows of the documents dated the day or month the question names a document by ("the paper issued on
        14 April 2023", "la note du 10 février 2026", "l'avis de convocation de juin 2065"): that date names the
        document, as its symbol would."""
        named = [a for a in document_dates(signals.asked) if a.days <= MONTH_DAYS]
        if not named:  # most questions: the documents' dates are not walked
            return []
        return [r for day, rows in self._rows_by_date.items() for a in named
                if a.start.isoformat() <= day <= a.end.isoformat() for r in rows]

    @functools.cached_property
    def _rows_by_date(self) -> dict[str, tuple[int, ...]]:
        """Each day a document is dated -> the rows of the documents dated that day: from the documents' table where
        the index lists them (no passage is read), else from every passage (a list read by ingest)."""
        passages = self.index.passages
        table = getattr(passages, "documents", None)
        dated = ([(d.info.date, d.rows) for d in table.documents] if table is not None
                 else [(p.date, [row]) for row, p in enumerate(passages)])
        by_day: dict[str, list[int]] = {}
        for day, rows in dated:
            if day:
                by_day.setdefault(day[:10], []).extend(rows)
        return {day: tuple(rows) for day, rows in by_day.items()}

    def _recorded_at(self, asked: str, signals: Signals) -> list[int]:
        """The rows citing `asked` in the summary of a meeting the question dates ("Who presented W/202/Rev.1 at the
        meeting of 25 November 2027?": the summary tells who did; the note itself cannot)."""
        passages = self.index.passages
        return [r for r in self._symbols.cited(asked) if passages[r].kind == "meeting summary"
                and meeting_asked(passages[r], signals.periods) is not None]

