"""The loaded helpdesk: a retriever, an abstention rule and an answer writer, and `ask()`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.abstain import AbstainRule, Decision
from bot.kind import asks_forms, asks_holder, gives_forms, list_items
from bot.names import actions_asked, name_words, says_words
from bot.question import check_question
from bot.records import Answer, Citation, Draft, Hit, Quote, SearchResult
from bot.rerank import action_terms, reports_on
from bot.retrieve import Retriever, SearchFilter, document_rows
from bot.settings import Settings, packaged
from bot.reader import KindReader
from bot.writer import AnswerWriter, abstain_text
from ingest.chunk import join_windows
from ingest.dates import DAY_OF_MONTH, Period, passage_period, printed_in, printed_periods
from ingest.passage import Passage
from index.embed import Encoder, MultilingualEncoder, load_encoder, load_multilingual
from index.errors import IndexStale
from index.store import DenseIndex, load_index

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("var/index")
DEFAULT_K = 5
# A question asking who chairs whose first paragraph names no titled person may take another of the five.
HOLDER_HITS = 5
# Forms a datum takes that no other paragraph has by chance: a paragraph giving a time is about a meeting, but one
# naming a language may name it of anything (an answer on the newsletter's languages from a paragraph on translations)
DATUM_FORMS = frozenset({"clock", "deadline", "room", "email", "web", "phone"})
YEAR_HITS = 3  # a year no document reports on, recorded by the second or third paragraph, not the first
ACTION_HITS = 3  # a role or event asked ("Who moderated …?") that the first paragraph does not say: the next two


class Helpdesk:
    """Answers questions from one index; build it once with `load()`, then `ask()` many times.

    The three parts are separate so each can be swapped and measured: the retriever ranks
    paragraphs, the writer drafts an answer from them, the rule decides whether to say it.
    """

    def __init__(self, retriever: Retriever, rule: AbstainRule, writer: AnswerWriter, settings: Settings) -> None:
        self.retriever = retriever
        self.rule = rule
        self.writer = writer
        self.settings = settings
        self._digest = settings.digest()

    @property
    def index(self) -> DenseIndex:
        return self.retriever.index

    def ask(
        self, question: str, *, k: int = DEFAULT_K, id: str | None = None, filters: SearchFilter | None = None
    ) -> Answer:
        """Answer from the documents, or abstain and show the nearest passages.

        Example:
            >>> helpdesk.ask("What is the Trade4MSMEs Platform?").citations[0].label
            'WT/MIN(24)/9 ¶1.3, p. 1'
        """
        start = time.perf_counter()
        text = check_question(question, limit=self.settings.limits.max_question_chars)
        signals = self.retriever.signals(text, filters)
        embedded = time.perf_counter()
        result = self.retriever.rank(signals, max(1, k), filters)
        searched = time.perf_counter()
        result, draft, decision = self.answer(result)
        abstained = decision.abstain or draft is None or not draft.quotes
        hits = list(enumerate(result.hits))
        quoted: dict[int, list] = {}
        if abstained:
            uncovered = tuple(p.label for p in signals.periods if not self.index.coverage.covers(p))
            reply = abstain_text(signals.language, result.unknown_symbols,
                                 uncovered if decision.reason == "other-period" else ())
        else:
            reply = draft.text
            for q in draft.quotes:
                quoted.setdefault(q.hit, []).append(q)
            # the paragraphs the answer quotes come first, in the answer's order: a delegate reads them first
            hits.sort(key=lambda ih: (ih[0] not in quoted, min((q.hit for q in quoted.get(ih[0], [])), default=0)))
        done = time.perf_counter()
        citations = tuple(
            self._citation(rank, h, quoted[i]) if i in quoted else Citation(rank, h.passage, h.score)
            for rank, (i, h) in enumerate(hits, start=1)
        )
        timings = {  # embed: encode the question and read each ranking; search: fuse, route, rerank
            "embed": (embedded - start) * 1000,
            "search": (searched - embedded) * 1000,
            "compose": (done - searched) * 1000,
            "total": (done - start) * 1000,
        }
        return Answer(id, text, reply, abstained, citations, timings, self._digest, signals.kind,
                      (decision.reason or "no-evidence") if abstained else None)

    def _citation(self, rank: int, hit: Hit, quotes: list[Quote]) -> Citation:
        """A hit's citation with the sentences the answer quotes from it: from one window of its paragraph, that
        window; from several, the windows they span joined, each quote's span moved to where its window starts."""
        rows = sorted({q.row for q in quotes})
        if len(rows) == 1:
            return Citation(rank, self.index.passages[rows[0]], hit.score, tuple(q.span for q in quotes))
        window_rows = range(rows[0], rows[-1] + 1)
        passage, starts = join_windows([self.index.passages[r] for r in window_rows])
        start = dict(zip(window_rows, starts))
        spans = tuple(sorted((start[q.row] + q.span[0], start[q.row] + q.span[1]) for q in quotes))
        return Citation(rank, passage, hit.score, spans)

    def answer(self, result: SearchResult) -> tuple[SearchResult, Draft | None, Decision]:
        """The writer's draft and the rule's decision. A list whose paragraph leaves its items to a
        footnote, or a "when" whose paragraph gives only the year, is read with the footnote
        (`_with_notes`). A refusal is reconsidered with another paragraph first: when it is for want
        of evidence or of the period asked and the first paragraph is of another period than asked,
        the best paragraph of that period ("How many proposals in 2022?" first finds 2024's call for
        them); when it is for the period and only days are asked, the first paragraph printing them
        ("the meeting of 1 July 2024" first finds the 19 March meeting's paragraph); when a question
        asking who coordinates or chairs is refused for want of a titled person, the next paragraphs
        that name one ("Who coordinated the Group in 2019?" first finds the Coordinator's talks of that
        year, then the paragraph naming the Coordinator); when one asking a datum of one form (a time, a deadline)
        is refused and the first paragraph lacks it, the next paragraphs that give it; when one is refused for
        want of evidence and it names something (a region, a Member, a name), the next paragraphs that name it."""
        draft = self.writer.write(result) if result.hits else None
        if draft is not None and (noted := self._with_notes(result, draft) or self._day_noted_first(result, draft)):
            result, draft = noted
        decision = self.rule.decide(result, draft)
        periods = result.signals.periods
        if decision.abstain and periods and (decision.reason == "other-period" or (
                decision.reason == "no-evidence" and not reports_on(result.hits[0].passage, periods))):
            for i, hit in enumerate(result.hits[1:], start=1):
                if reports_on(hit.passage, periods):
                    if (promoted := self._promoted(result, i)) is not None:
                        return promoted
                    break
        days = [p for p in periods if p.start == p.end]

        def of_the_day(hit: Hit) -> bool:  # a day asked, the paragraph prints it: not 9 July's chair for 9 December
            text = self.rule.paragraph(hit.row) or hit.passage.text  # any window of it: "10 December" opens ¶2.5
            return hit.features.period >= 0 and all(_of_day(hit.passage, text, day) for day in days)

        if decision.abstain and decision.reason == "other-period" and days and len(days) == len(periods) \
                and (promoted := self._first_promoted(result, len(result.hits), of_the_day)) is not None:
            return promoted  # "… la reunión del 1 de julio de 2024": ¶2.2 (of 19 March) quoted, ¶2.3 tells of 1 July
        years = [p for p in periods if not p.is_conference and p == Period.year(p.start.year)]

        def records_years(hit: Hit) -> bool:  # "How many used it in 2025?": "En 2025, …", not "In May 2025"
            printed = printed_periods(self.rule.paragraph(hit.row) or hit.passage.text)
            return all(year in printed for year in years)

        if decision.abstain and decision.reason == "other-period" and years and len(years) == len(periods) \
                and (promoted := self._first_promoted(result, YEAR_HITS, records_years)) is not None:
            return promoted
        refused = decision.abstain and decision.reason == "no-evidence" and draft is not None
        if refused and not draft.found and asks_holder(result.signals.asked):
            if (promoted := self._first_promoted(result, HOLDER_HITS, of_the_day)) is not None:
                return promoted
        forms = tuple(f for f in asks_forms(result.signals.asked) if f in DATUM_FORMS)
        if refused and forms and not gives_forms(forms, result.hits[0].passage.text):

            def gives(hit: Hit) -> bool:  # "What time did the October 2022 meeting start?": its notice says "3 p.m."
                return gives_forms(forms, hit.passage.text)

            if (promoted := self._first_promoted(result, len(result.hits), gives)) is not None:
                return promoted
        if refused and (words := name_words(result.signals.asked, result.signals.language, result.signals.terms)):

            def names_it(hit: Hit) -> bool:  # "… d'Amérique latine et des Caraïbes ?": the paragraph naming them
                return says_words(words, (hit.passage.text, *hit.passage.headings, hit.passage.title or ""))

            if (promoted := self._first_promoted(result, len(result.hits), names_it)) is not None:
                return promoted
        if not decision.abstain and (actions := actions_asked(result.signals.tokens, result.signals.kind)):

            def acts(hit: Hit) -> bool:  # "Who moderated …?", "When was … adopted?": the paragraph saying it was
                return bool(actions & action_terms(hit.passage.text))

            if not acts(result.hits[0]) and (promoted := self._first_promoted(result, ACTION_HITS, acts)) is not None:
                return promoted
        return result, draft, decision

    def _first_promoted(self, result: SearchResult, among: int, accept: Callable[[Hit], bool]
                        ) -> tuple[SearchResult, Draft, Decision] | None:
        """The first of hits 2 to `among` that `accept`s and answers holding what is asked, put first."""
        for i, hit in enumerate(result.hits[1:among], start=1):
            if accept(hit) and (promoted := self._promoted(result, i, found=True)) is not None:
                return promoted
        return None

    def _with_notes(self, result: SearchResult, draft: Draft) -> tuple[SearchResult, Draft] | None:
        """A list or a day the quoted paragraph leaves to its footnote ("launched with six international
        organizations as founding partners.3", "Four new Members joined during 2022.2"): the footnote
        placed after the paragraph, when it holds items (a day, for "when") and the reader quotes it, and for a
        list placed before it, so that the footnote holding the items is cited first; None otherwise."""
        kind = result.signals.kind
        day_left_out = kind == "when" and not DAY_OF_MONTH.search(" ".join(draft.said))
        if not draft.quotes or not (kind == "list" or day_left_out):
            return None
        h = draft.quotes[0].hit
        paragraph = result.hits[h]
        rows = document_rows(self.index.passages, paragraph.passage.doc_id) if paragraph.passage.notes else []
        for note in paragraph.passage.notes:
            row = next((r for r in rows if self.index.passages[r].para == note), None)  # its first window
            if row is None or any(hit.row == row for hit in result.hits[: h + 1]):
                continue
            passage = self.index.passages[row]
            if (list_items(passage.text) < 2) if kind == "list" else not DAY_OF_MONTH.search(passage.text):
                continue
            note_hit = replace(paragraph, passage=passage, row=row,
                               features=paragraph.features._replace(footnote=1.0, opening=0.0))
            rest = [hit for hit in result.hits[h + 1:] if hit.row != row]
            noted = replace(result, hits=[*result.hits[: h + 1], note_hit, *rest][: len(result.hits)])
            second = self.writer.write(noted)
            if any(q.hit == h + 1 for q in second.quotes) and (second.found or not draft.found):
                if kind == "list" or second.found:  # the footnote holds the items or the day: cited first
                    swap = {h: h + 1, h + 1: h}
                    noted = replace(noted, hits=[*noted.hits[:h], note_hit, paragraph, *noted.hits[h + 2:]])
                    quotes = tuple(q._replace(hit=swap.get(q.hit, q.hit)) for q in second.quotes)
                    second = replace(second, quotes=quotes)
                return noted, second  # not for a day that loses the place asked ("Where and when was MC12 …?")
        return None

    def _day_noted_first(self, result: SearchResult, draft: Draft) -> tuple[SearchResult, Draft] | None:
        """A "when" quoting a paragraph that gives no day ("Four new Members joined … during 2022.2") and, after it,
        the footnote it marks that does ("Nigeria joined the Group on 3 March 2022"): the footnote put before the
        paragraph, so that the day asked is cited first; None otherwise."""
        if result.signals.kind != "when" or not draft.quotes:
            return None
        h = draft.quotes[0].hit
        paragraph = result.hits[h].passage

        def quoted(hit: int) -> str:
            return " ".join(self.index.passages[q.row].text[slice(*q.span)] for q in draft.quotes if q.hit == hit)

        if not paragraph.notes or DAY_OF_MONTH.search(quoted(h)):
            return None
        for j in sorted({q.hit for q in draft.quotes} - {h}):
            note = result.hits[j].passage
            if note.doc_id == paragraph.doc_id and note.para in paragraph.notes and DAY_OF_MONTH.search(quoted(j)):
                rest = [hit for i, hit in enumerate(result.hits) if i not in (h, j)]
                swapped = replace(result, hits=[*rest[:h], result.hits[j], result.hits[h], *rest[h:]])
                second = self.writer.write(swapped)
                if second.quotes and second.quotes[0].hit == h and (second.found or not draft.found):
                    return swapped, second
                return None
        return None

    def _promoted(self, result: SearchResult, i: int, *, found: bool = False
                  ) -> tuple[SearchResult, Draft, Decision] | None:
        """The answer with hit `i` first, if the rule lets it be said (and, with `found`, if it holds
        what the question asks for); None otherwise."""
        promoted = replace(result, hits=[result.hits[i], *result.hits[:i], *result.hits[i + 1:]])
        draft = self.writer.write(promoted)
        decision = self.rule.decide(promoted, draft)
        return None if decision.abstain or (found and not draft.found) else (promoted, draft, decision)

    def configured(self, settings: Settings, writer: AnswerWriter | None = None) -> Helpdesk:
        """The same loaded index and models answering under other settings (ablation, calibration)."""
        retriever = self.retriever.configured(settings.retrieval, settings.rerank)
        writer = writer or KindReader(self.index.sentences, self.index.passages, settings.reader)
        rule = AbstainRule(settings.abstention, self.index.coverage, self.index.passages, self.index.lexical.words)
        return Helpdesk(retriever, rule, writer, settings)


def load(
    index_dir: str | Path = DEFAULT_INDEX, *, settings: Settings | None = None, max_question_chars: int | None = None
) -> Helpdesk:
    """Load the models once and a verified index; errors name the command that fixes them.

    `settings`: None takes the packaged ones (`bot/settings.json`); `max_question_chars`
    overrides their question limit, else $HELPDESK_MAX_QUESTION_CHARS does.
    """
    settings = (settings or packaged()).with_question_limit(max_question_chars)
    encoder = load_encoder()
    return assemble(load_index(index_dir, model=encoder.name), settings, encoder=encoder)


def assemble(
    index: DenseIndex, settings: Settings | None = None, *,
    encoder: Encoder | None = None, multilingual: MultilingualEncoder | None = None,
) -> Helpdesk:
    """A helpdesk over an index already loaded; the process's encoders unless others are given."""
    settings = settings or packaged()
    encoder = encoder or load_encoder()
    multilingual = multilingual or load_multilingual()
    built = index.manifest.multilingual_model
    if settings.retrieval.multilingual != "off" and built != multilingual.name:
        raise IndexStale(f"{index.folder} holds e5 vectors of {built}, this install uses {multilingual.name}; "
                         f"run `helpdesk ingest --index {index.folder}` to rebuild it.")
    retriever = Retriever(index, encoder, multilingual, settings.retrieval, settings.rerank)
    rule = AbstainRule(settings.abstention, index.coverage, index.passages, index.lexical.words)
    return Helpdesk(retriever, rule, KindReader(index.sentences, index.passages, settings.reader), settings)


def _of_day(passage: Passage, text: str, day: Period) -> bool:
    """Whether a paragraph (`text`, of `passage`) is of a day: its document reports on that day alone (a
    meeting's summary) or its text prints it ("The meeting of 12 July 2022 was the first chaired by ...", or "On
    19 March, the Group held …" in the 2024 report, a day of its year)."""
    doc = passage_period(passage.period)
    return (doc is not None and doc.start == doc.end and doc.overlaps(day)) \
        or any(p.start == p.end and p.overlaps(day) for p in printed_in(text, passage.period))
