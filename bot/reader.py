"""The reader: picks the sentences that answer the question's kind, from the best passages.

The quote used to be the sentence most similar to the question, which is often not the
answer: "Who coordinated the Group in 2024?" is nearest to the sentence on membership, not
to the one naming the coordinator. Here each sentence of the top passages is scored by its
cosine with the question, the share of the question's rare words it holds, whether it holds
what the question asks for (a name for who, a date for when, a number for how many, items
for which), whether it records the period asked about, and its passage's rank; the weights
are fitted on the dev questions. A list answer may take sentences from more than one passage.
Sentence vectors come from the index (made at ingest): answering encodes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

import re

from bot.agenda import sets_out_agenda
from bot.glossary import english_words
from bot.kind import (answers, asks_forms, asks_holder, asks_means, asks_reason, gives_means, gives_reason, list_items,
                      marked_items, question_kind)
from bot.language import detect_language
from bot.latest import issue_kind
from bot.names import actions_asked, member_word, members_named, regions_asked, says_words
from bot.question import agenda_item_told, asks_agenda, clauses_asked, ordinals_asked, tells_ordinal
from bot.records import Draft, Hit, Quote, SearchResult, Signals
from bot.rerank import action_terms, coverage, passage_terms
from bot.sentence_scores import sentence_kind
from bot.settings import Reader, SettingsError
from bot.versions import other_version
from bot.writer import answer_text, opens_inside
from index.lexical import tokenize
from index.sentences import SentenceTable
from ingest.chunk import is_heading
from ingest.passage import Passage, paragraph_key, paragraph_rows
from ingest.dates import DAY_OF_MONTH, MONTH_NAMES, asked_periods, document_dates, passage_period, printed_periods
from ingest.symbols import find_symbols


# The share of the question's words (idf-weighted) a further sentence of the best one's window must hold,
# among those the quotes lack, to be quoted too (`KindReader._complement`).
# dev 1072: answer coverage 0.810 -> 0.812 with 0.15 (0.25: 0.812 too, two more answerable refused); dev 3532 (session
# 47): 0.15 -> 0.10 gave one French question the summary's symbol (m15-043), no other answer changed
COMPLEMENT = 0.10


class SentenceFeatures(NamedTuple):
    cosine: float  # with the question, in its language's space (e5's when the first paragraph is in another)
    coverage: float  # idf-weighted share of the question's known terms in the sentence
    kind: float  # 1 when it holds what the question asks for
    period: float  # +1 it records the period asked or its document is of it, -1 neither, 0 none asked
    rank: float  # its passage's rank among the hits, 0 for the first


class KindReader:
    """An AnswerWriter that quotes what the question's kind asks for, each sentence cited."""

    name = "reader"

    def __init__(self, sentences: SentenceTable, passages: Sequence[Passage], settings: Reader | None = None) -> None:
        self.sentences = sentences
        self.passages = passages  # by row: a hit's other windows are read from here
        self.settings = settings or Reader()
        unknown = sorted(set(self.settings.weights) - set(SentenceFeatures._fields))
        if unknown:
            raise SettingsError(f"reader.weights: unknown {', '.join(unknown)}; known: {', '.join(SentenceFeatures._fields)}")

    def windows(self, row: int) -> list[int]:
        """The rows of the paragraph `row` is a window of, in order (one row for most paragraphs)."""
        return paragraph_rows(self.passages, row)

    def candidates(self, result: SearchResult) -> list[tuple[int, int, SentenceFeatures]]:
        """(hit, sentence number, features) for every sentence of the top paragraphs, all their windows."""
        signals = result.signals
        multilingual, query = signals.in_e5, signals.space_query
        dating = document_dates(signals.asked)  # "the note of 10 February 2026": its title block is no answer
        asked = tuple(a for a in signals.periods if a not in dating)
        out, seen = [], set()
        actions = actions_asked(signals.tokens, signals.kind)
        means = asks_means(signals.asked)
        hits = list(enumerate(result.hits[: self.settings.passages]))
        # an English question whose best paragraph is Spanish or French: MiniLM puts any English sentence of a lower
        # paragraph nearer than the right Spanish one, e5 reads both languages in one space
        if hits and not multilingual and signals.multilingual_query is not None \
                and detect_language(hits[0][1].passage.text) != signals.language:
            multilingual, query = True, signals.multilingual_query
        if hits and _numbered_asked(hits[0][1], signals):
            # "¿Qué dice el párrafo 2.11?", "item 3 on the agenda": that paragraph alone (routing put it first), each
            # hit by its own index
            hits = [(h, hit) for h, hit in hits if _numbered_asked(hit, signals)]
        elif hits and _named(hits[0][1], signals.symbols):
            # "What was on the agenda of the meeting convened by INF/MSME/CN/32?": that document, not another's
            # paragraph on an agenda
            hits = [(h, hit) for h, hit in hits if _named(hit, signals.symbols)]
        elif hits and signals.kind == "list" and asks_agenda(signals.asked) \
                and sets_out_agenda(hits[0][1].passage.text):
            # "Qu'y a-t-il à l'ordre du jour de la réunion du 2 juillet ?": the agenda's items (routing put them first),
            # not the notice's sentence on the day and the room
            hits = hits[:1]
        elif hits:  # "the revised proposal": not the original's copy of its paragraph, nor the other way round
            hits = [(h, hit) for h, hit in hits if not other_version(signals.asked, hits[0][1].passage, hit.passage)]
        for h, hit in hits:
            for row in self.windows(hit.row):
                text = self.passages[row].text
                numbers = [n for n in self.sentences.of(row) if _said(text, self.sentences.span(n)) not in seen]
                cosines = self.sentences.cosines(numbers, query, multilingual=multilingual)
                for number, cosine in zip(numbers, cosines):
                    said = _said(text, self.sentences.span(number))
                    seen.add(said)  # windows overlap by a sentence: score it once
                    if is_heading(said):
                        continue  # a title block names the document; it answers nothing
                    out.append((h, number, SentenceFeatures(
                        cosine=float(cosine),
                        coverage=coverage(signals.terms, said),
                        # a means asked: the sentence saying "through …" or "by …" before the one most like the
                        # question ("How could the tools be made better known?": "This could be achieved through …")
                        kind=sentence_kind(signals, said, actions) * (0.5 if means and not gives_means(said) else 1.0),
                        period=_period(said, asked, hit.features.period, hit.passage),
                        rank=float(h),
                    )))
        return out

    def score(self, f: SentenceFeatures) -> float:
        return sum(w * getattr(f, name) for name, w in self.settings.weights.items())

    def write(self, result: SearchResult) -> Draft:
        kind = result.signals.kind
        if result.names_document or dates_document(result):
            return identity_draft(result.hits[0], kind)
        scored = sorted(((self.score(f), h, n, f) for h, n, f in self.candidates(result)), key=lambda t: -t[0])
        if parts := parts_asked(result.signals.asked):  # "What is Annex 2?": the sentence that names Annex 2
            texts = {n: self._sentence(n) for _, _, n, _ in scored}
            scored.sort(key=lambda t: not names_part(texts[t[2]], parts))
        if events := ordinals_asked(result.signals.asked):  # "the 3rd MSME Spotlight": the sentence numbering it
            texts = {n: self._sentence(n) for _, _, n, _ in scored}
            scored.sort(key=lambda t: not all(tells_ordinal(e, (texts[t[2]],)) for e in events))
        if items := result.signals.agenda_items:  # "Who will present item C?": "Au titre du point C, Mme … présentera"
            told = agenda_item_told(items, opening=True)
            scored.sort(key=lambda t: not told.search(self._sentence(t[2])))
        if not scored:
            return Draft((), "", kind, False)
        asks_datum = kind in ("who", "when", "count") or bool(asks_forms(result.signals.asked))
        members = members_named(result.signals.asked, result.signals.language)
        named = tuple(member_word(m) for m in members) \
            or regions_asked(result.signals.asked, result.signals.language, result.signals.terms)
        if named and kind in ("who", "when", "count") and scored[0][3].kind \
                and (naming := self._naming(scored, named)) is not None:
            scored.remove(naming)
            scored.insert(0, naming)
        if asks_datum and not scored[0][3].kind and scored[0][1] > 0 \
                and (first := next((t for t in scored if t[1] == 0 and t[3].kind), None)):
            # the sentence nearest the question is of a lower paragraph and lacks what is asked; the first
            # paragraph holds it ("Qui préside le Groupe ?": "The Chair highlighted …" of ¶4.1 before ¶1.2's
            # "H.E. Mr Matthew Wilson … continued to coordinate the MSME Group")
            scored.remove(first)
            scored.insert(0, first)
        elif "place" in asks_forms(result.signals.asked) and not scored[0][3].kind \
                and (giving := next((t for t in scored if t[3].kind), None)):
            # a place asked that only a lower paragraph's sentence gives: "Where and when was MC12 due?" is nearest
            # its footnote's dates, and ¶4.1 says "planned for Nur-Sultan, Kazakhstan"
            scored.remove(giving)
            scored.insert(0, giving)
        if (later := self._later_copy(scored[0][2])) is not None:
            scored[0] = (scored[0][0], scored[0][1], later, scored[0][3])
        best_score, best_hit, best, best_f = scored[0]
        chosen = [(best_hit, best, best_score)]
        for score, h, n, f in scored[1:]:
            if score < best_score - self.settings.second_within:
                break
            same_paragraph = h == best_hit
            if kind == "list" and f.kind and (same_paragraph or _adjacent(result, best_hit, h)):
                chosen.append((h, n, score))  # a list that runs on: the next items, here or in the next paragraph
            elif same_paragraph and len(chosen) == 1:
                chosen.append((h, n, score))
            if len(chosen) >= (4 if kind == "list" else 2):
                break
        if kind == "list" and best_f.kind < 1:
            # items marked "a.", "b." after an introduction, or after a sentence whose commas may be an aside
            run = self._list_run(best_hit, best, chosen, marked=best_f.kind > 0) or self._noted_list(result, best_hit)
            if run and run[0][0] != best_hit:
                chosen.extend(run)  # the items are in the footnote the sentence marks: quoted with it
            elif run and self.sentences.row(run[0][1]) != self.sentences.row(best):
                if self._introduces(best) or self._introduces(run[0][1] - 1):
                    # the items are in the paragraph's next window: quoted alone (with the sentence introducing them,
                    # two dev lists lost their first place to a footnote, four answers gained key terms)
                    chosen = run
            else:
                chosen.extend(run)
        elif asks_datum and not best_f.kind:
            # the answer's sentence and the one that holds what was asked ("The meeting was held on 18 October")
            holds = {n for _, h, n, f in scored if h == best_hit and f.kind}
            holder = next(((h, n, sc) for sc, h, n, f in scored if n == best + 1 and n in holds), None) or next(
                ((h, n, sc) for sc, h, n, f in scored if n in holds and n != best), None)  # the next one first
            if holder is not None and not any(n in holds for _, n, _ in chosen):
                chosen = [chosen[0], holder]
                if kind != "count" and self.sentences.row(holder[1]) != self.sentences.row(best):
                    # what is asked is in another window than the sentence nearest the question ("The Group held its
                    # last meeting of the year on 10 December 2024" opens ¶2.5, "This meeting's 'MSME Spotlight'
                    # featured Gabriela Wurcel" is in its next window): the holder's window is the one `_complement`
                    # reads. Not for a count: a figure in the next window is often of something else than the one asked
                    chosen.reverse()
        asked = result.signals.asked
        if asks_reason(asked) and not any(gives_reason(self._sentence(n), asked) for _, n, _ in chosen) \
                and (giver := next(((h, n, sc) for sc, h, n, _ in scored
                                    if h == best_hit and gives_reason(self._sentence(n), asked)), None)) is not None:
            # a reason asked: the sentence nearest the question and the one saying why ("¿Por qué tantas empresas se
            # salieron del piloto?": "… 19 de las 85 empresas abandonaron el piloto …, la mayoría porque no disponían
            # …" in the paragraph's next window), that one's window first, as for a datum
            chosen = [chosen[0], giver]
            if self.sentences.row(giver[1]) != self.sentences.row(best):
                chosen.reverse()
        if kind == "when" and best_f.kind < 1:
            # "joined during 2022", its footnote "Nigeria joined the Group on 3 March 2022": the day, quoted too
            notes = result.hits[best_hit].passage.notes
            dated = next(((h, n, sc) for sc, h, n, f in scored if f.kind == 1 and h != best_hit
                          and result.hits[h].passage.doc_id == result.hits[best_hit].passage.doc_id
                          and result.hits[h].passage.para in notes), None)
            if dated is not None:
                chosen.append(dated)
        before, after = self._beside(best_hit, best, chosen)
        holding = {n for _, h, n, f in scored if h == best_hit and f.kind == 1}
        if kind in ("who", "when", "count") and after and after[0][1] not in holding and after[0][1] + 1 in holding:
            # "... the announcement of the winners. The theme was X. The four winners were A, B, C and D."
            after += [(best_hit, after[0][1] + 1, 0.0)]
        chosen.extend(after)
        last = max(n for h, n, _ in chosen if h == best_hit)
        if _OPENS_LIST.search(self._sentence(last)):  # "Their answers were:" says nothing without its items
            items = self._items_after(best_hit, last)
            if items and kind != "list":
                chosen.extend(items)
            elif not items and (following := self._items_next_window(best_hit, last)):
                chosen = following  # "… meets the following criteria:" ends a window: the criteria, in the next
        if (rest := self._complement(result, chosen)) is not None:
            chosen.append(rest)
        chosen.extend(_each_year(result, chosen, scored, asks_datum))
        chosen.extend(self._each_part(result, chosen, scored, best_hit))
        context = {n for _, n, _ in before}  # set the scene, not evidence, even when `_complement` chose it too
        # A citation may join two windows of its paragraph (`Helpdesk._citation`): the sentence nearest the question in
        # one, a detail it leaves out in the next (dev 4972: 31 answers gained key terms, one lost). Not for a count,
        # whose other window's figure is most often of something else: five near misses more were answered, all counts;
        # nor for a place, which another window may name of something else ("Where will MC14 take place?")
        one_window = kind == "count" or "place" in asks_forms(result.signals.asked)
        rows: dict[int, int] = {}
        kept, taken, said = [], set(), set()  # each sentence quoted once, though two windows share one
        for h, n, s in (*chosen, *before):  # the chosen first: for a count, their window is the one its citation shows
            sentence = (h, self._sentence(n))
            if n not in taken and sentence not in said \
                    and (not one_window or rows.setdefault(h, self.sentences.row(n)) == self.sentences.row(n)):
                kept.append((h, n, s))
                taken.add(n)
                said.add(sentence)
        best_row = self.sentences.row(best)
        if len(self.passages[best_row].text.split()) <= SHORT_WINDOW:
            # a short paragraph is quoted whole: what it says beside the nearest sentence is as short to read
            rest = [(best_hit, n, 0.0) for n in self.sentences.of(best_row) if n not in taken
                    and (best_hit, self._sentence(n)) not in said and not is_heading(self._sentence(n))]
            kept.extend(rest)
            context |= {n for _, n, _ in rest}
        quotes = sorted((Quote(h, self.sentences.span(n), s, self.sentences.row(n), n in context)
                         for h, n, s in kept), key=lambda q: (q.hit, q.row, q.span))
        if result.signals.symbols or members:  # "What did INF/MSME/W/53 propose?": the item of a list that names it
            quotes = [q._replace(span=item_naming(self.passages[q.row].text, q.span, result.signals.symbols, members))
                      for q in quotes]
        quoted = [_said(self.passages[q.row].text, q.span) for q in quotes if not q.context]
        cosine = max((f.cosine for _, h, n, f in scored if any(n == m for _, m, _ in kept)), default=0.0)
        text = answer_text(quotes, self.passages)
        return Draft(tuple(quotes), text, kind, answers_kind(result.signals, quoted), cosine, tuple(quoted))

    def _each_part(self, result: SearchResult, chosen, scored, best_hit: int) -> list[tuple[int, int, float]]:
        """A question asking two things ("Who chaired the session, and on what date was it held?"): for a part no
        quoted sentence answers, the sentence of the best paragraph that does (of the year's report, for a part naming
        a year). A part is answered by a sentence holding a word of the part the other parts lack and, for a person, a
        date or a figure, one of them."""
        signals = result.signals
        parts = clauses_asked(signals.asked)
        if len(parts) < 2:
            return []
        words = [set(tokenize(f"{part} {english_words(part, signals.language)}")) & set(signals.terms) for part in parts]
        taken = {n for _, n, _ in chosen}
        extra = []
        for i, part in enumerate(parts):
            own = words[i].difference(*(w for j, w in enumerate(words) if j != i))
            if not own:
                continue
            kind = question_kind(part)
            # "and how many in 2025?" leaves out what it counts, which the question says
            asked = signals.asked if kind == signals.kind and all(t.isdigit() for t in own) else part
            if any(self._holds(n, kind, asked, own, signals) for n in taken):
                continue
            # a part naming a year the best paragraph's document does not report on ("… in its first edition, and how
            # many in 2025?"): the sentence of that year's report (of the first three hits) holding most of the
            # question's words but years, the part's own being often the year alone
            years = {p.start.year for p in asked_periods(part) if not p.is_conference and p.start.year == p.end.year}
            if len(years) == 1 and _year_of(result, best_hit) not in years:
                hits = {h for h in range(min(3, len(result.hits))) if _year_of(result, h) in years}
                wanted = {t for t in signals.terms if not t.isdigit()}  # the document is of the year: its words decide
            else:
                hits, wanted = {best_hit}, own
            gain, pick = max(((self._holds(n, kind, asked, wanted, signals), (h, n, sc))
                              for sc, h, n, _ in scored if h in hits and n not in taken),
                             default=(0.0, None), key=lambda t: t[0])
            if gain > 0 and pick is not None:
                extra.append(pick)
                taken.add(pick[1])
        return extra

    def _holds(self, n: int, kind: str, asked: str, wanted: set[str], signals: Signals) -> float:
        """How much of a part's words (`wanted`, by idf) sentence `n` holds; 0 when the part asks a person, a date or a
        figure the sentence does not give."""
        said = self._sentence(n)
        if kind in ("who", "when", "count") and not answers(kind, said, asked, signals.language):
            return 0.0
        return sum(signals.terms[t] for t in wanted & passage_terms(said))

    def _later_copy(self, n: int) -> int | None:
        """Sentence `n` as the paragraph's next window repeats it, when `n` ends its own window and the sentence
        after it goes on from it: windows overlap by a sentence, and the next one shows how the thought ends
        ("Speakers noted that raising awareness … was crucial" ends a window; "This could be achieved through
        information sessions …" follows it in the next). Otherwise the window that sets its scene is kept: a
        sentence after that merely scores above the one before it gained four answers' key terms and lost five
        on dev."""
        row = self.sentences.row(n)
        if self.sentences.of(row)[-1] != n or row + 1 not in self.windows(row):
            return None
        following = self.sentences.of(row + 1)
        if len(following) < 2 or self._sentence(following[0]) != self._sentence(n):
            return None
        return following[0] if _GOES_ON.match(self._sentence(following[1])) else None

    def _naming(self, scored: list, words: tuple[str, ...]) -> tuple | None:
        """The best sentence holding what is asked and naming the Members or regions asked (`words`, as `says_words`
        reads them), when the best one does not name them and it is of a paragraph ranked no lower: "À quelle date le
        Nigéria a-t-il rejoint le groupe ?" is nearest "Previous Annual Reports include JOB/GC/207 dated 3 December
        2018", footnote 2 above it says "Nigeria joined the Group on 3 March 2022"; "How many replies came from Latin
        America?" is nearest a notice's "2,640 valid replies", the survey's "(b) América Latina …, 731" is below."""
        best_hit, best = scored[0][1], scored[0][2]
        if says_words(words, (self._sentence(best),)):
            return None
        return next((t for t in scored[1:] if t[3].kind and t[1] <= best_hit
                     and says_words(words, (self._sentence(t[2]),))), None)

    def _beside(self, hit: int, best: int, chosen) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float]]]:
        """The sentence before the best one (context: it sets the scene, and is not read as evidence
        of a period or of what the question asks for) and the one after the last quoted of its
        paragraph, when its window has them. The best sentence is the one nearest the question, and
        the answer is often beside it: "This was the last meeting convened by Ambassador Cancela"
        (which meeting, the sentence before says), "The Group held its dialogue with the private
        sector on 22 March 2022. Business representatives raised ..." (what was said, the sentence after)."""
        row = self.sentences.row(best)
        numbers, text = self.sentences.of(row), self.passages[row].text
        taken = {n for _, n, _ in chosen}
        last = max((n for h, n, _ in chosen if h == hit and self.sentences.row(n) == row), default=best)

        def beside(n: int) -> list[tuple[int, int, float]]:
            # a window's cut tail sets no scene ("… negatively); and the WCO in July 2023 …")
            ok = n in numbers and n not in taken and not is_heading(_said(text, self.sentences.span(n))) \
                and not opens_inside(text, self.sentences.span(n))
            return [(hit, n, 0.0)] if ok else []

        return beside(best - 1), beside(last + 1)

    def _complement(self, result: SearchResult, chosen) -> tuple[int, int, float] | None:
        """The sentence of the best one's window that holds most of the question's words the quotes lack,
        when they weigh at least `COMPLEMENT` of the question's (a day's words and symbols left out: they choose the
        paragraph, not its sentence): a question names its scene and then asks
        ("What did the organizations at the June 2023 Trade4MSMEs Network meeting flag as a top issue?");
        the sentence nearest it names the meeting, a later one says "cyber-readiness as a top issue"."""
        terms = {t: w for t, w in result.signals.terms.items()
                 if t not in _SCENE and not t[0].isdigit() and "/" not in t}  # not a day's words nor a symbol
        total = sum(terms.values())
        if total == 0:
            return None
        hit, row = chosen[0][0], self.sentences.row(chosen[0][1])
        taken = {n for _, n, _ in chosen}
        held = set().union(*(passage_terms(self._sentence(n)) for n in taken))
        missing = {t: w for t, w in terms.items() if t not in held}
        gains = [(sum(w for t, w in missing.items() if t in passage_terms(self._sentence(n))) / total, n)
                 for n in self.sentences.of(row) if n not in taken and not is_heading(self._sentence(n))]
        gain, n = max(gains, default=(0.0, -1))
        return (hit, n, 0.0) if gain >= COMPLEMENT else None

    def _sentence(self, n: int) -> str:
        """Sentence `n`'s text, read from its window."""
        return _said(self.passages[self.sentences.row(n)].text, self.sentences.span(n))

    def _introduces(self, n: int) -> bool:
        """Whether sentence `n` announces items that follow it ("The following items are proposed for the
        agenda:"). A list in the paragraph's next window answers when the best sentence or the one before
        the items announces them; a best sentence that says what was asked itself is the answer ("the
        Group approved observer participation by the organizations in the Trade4MSMEs Network"), not
        the next window's list of who spoke."""
        return bool(_INTRODUCES.search(self._sentence(n)))

    def _noted_list(self, result: SearchResult, hit: int) -> list[tuple[int, int, float]]:
        """The items of a footnote the paragraph marks, when the search brought it ("launched with six
        international organizations as founding partners.3": the six are in footnote 3)."""
        notes = result.hits[hit].passage.notes
        for h, other in enumerate(result.hits):
            if other.passage.doc_id == result.hits[hit].passage.doc_id and other.passage.para in notes:
                text = self.passages[other.row].text
                items = [(h, n, 0.0) for n in self.sentences.of(other.row)
                         if list_items(_said(text, self.sentences.span(n))) >= 2]
                if items:
                    return items[:3]
        return []

    def _items_after(self, hit: int, best: int) -> list[tuple[int, int, float]]:
        """The sentences after `best` in its window that each open with an item's mark ("a. the firm could not
        offer enough collateral;"), up to the first that does not; the next window's are `_items_next_window`'s."""
        items = []
        for n in (n for n in self.sentences.of(self.sentences.row(best)) if n > best):
            if not _OPENS_ITEM.match(self._sentence(n)) or len(items) == MAX_ITEMS:
                break
            items.append((hit, n, 0.0))
        return items

    def _items_next_window(self, hit: int, n: int) -> list[tuple[int, int, float]]:
        """The items that open the paragraph's next window, when sentence `n` ends its window and opens a list."""
        row = self.sentences.row(n)
        if self.sentences.of(row)[-1] != n or row + 1 not in self.windows(row):
            return []
        items = []
        for m in self.sentences.of(row + 1):
            if self._sentence(m) == self._sentence(n) and not items:
                continue  # windows overlap by a sentence: the one that opens the list again
            if not _OPENS_ITEM.match(self._sentence(m)) or len(items) == MAX_ITEMS:
                break
            items.append((hit, m, 0.0))
        return items

    def _list_run(self, hit: int, best: int, chosen, *, marked: bool = False) -> list[tuple[int, int, float]]:
        """The sentences after an introduction ("The following items are proposed for the agenda:") that
        hold the items (`marked`: items marked "a." or "1)"): in its window, else in the paragraph's next
        window (a long list is cut there)."""
        taken = {n for _, n, _ in chosen}
        row = self.sentences.row(best)
        count = marked_items if marked else list_items
        for window in (w for w in self.windows(row) if w >= row):
            text = self.passages[window].text
            run = [(hit, n, 0.0) for n in self.sentences.of(window)
                   if n > best and n not in taken and count(_said(text, self.sentences.span(n))) >= 2][:3]
            if run:
                return run
        return []


# A sentence that goes on from the one before it: "This could be achieved through …", "As a result, …", "Ello …"
_GOES_ON = re.compile(r"\W*(?:this|these|that|those|such|it|they|thus|therefore|hence|to (?:that|this) end|as a result|"
                      r"in (?:this|that) (?:way|regard)|esto|esta|estos|estas|ello|así|por (?:ello|lo tanto)|"
                      r"cela|ceci|cette|ces|ainsi|de ce fait|il|elle|ils|elles)\b", re.IGNORECASE)
# The month names that, with a day's figures and a symbol, set a question's scene ("on 15 February 2022
# (INF/MSME/CN/16)"): the sentence holding them is seldom the one holding what is asked
_SCENE = frozenset(tokenize(" ".join(MONTH_NAMES)))
_OPENS_LIST = re.compile(r":\s*$")  # a sentence that says nothing without the list it opens
_MARK = r"\(?[a-h]\)|[a-h]\.|\(?\d{1,2}\)|\(?[ivx]{1,4}\)"  # an item's mark: "a.", "b)", "(1)", "(iv)"
_OPENS_ITEM = re.compile(rf"\s*(?:{_MARK}|[ivx]{{1,4}}\.|[-•–])\s")  # and, opening a sentence, "iv." or a dash
MAX_ITEMS = 8
_INTRODUCES = re.compile(r":\s*$|\b(?:following|as follows|namely|include[sd]?|including)\b", re.IGNORECASE)


# A numbered part of a document, as a question names it in English, Spanish or French: "Annex 2",
# "el Anexo 2", "l'annexe 2", "Article 7", "el artículo 7". The documents write it in English.
_PART = re.compile(r"\b(annex|annexe|anexo|article|artículo|articulo)\s+(\d{1,3}|[IVX]{1,5})\b", re.IGNORECASE)
_PART_NAME = {"annex": "Annex", "annexe": "Annex", "anexo": "Annex", "article": "Article", "artículo": "Article",
              "articulo": "Article"}


# "What is ISMIT?", "¿Qué es el GTH?", "Qu'est-ce que l'ISMIT ?": an acronym asked of, which a sentence spells out
# before it in brackets ("Integrated Services for MSMEs in International Trade (ISMIT) project, which aims …")
_ACRONYM = re.compile(r"^\s*(?:[¿]?\s*(?:what(?:'s|’s|\s+is|\s+are|\s+does)|qu[ée]\s+(?:es|son|significa)|"
                      r"qu['’]est-ce\s+que|que\s+(?:signifie|veut\s+dire)))\s+"
                      r"(?:(?:the|el|la|los|las|le|les)\s+|l['’])?([A-Z][A-Z0-9&]{1,11})\b(?:\s+(?:stand\s+for|mean))?\s*\??\s*$",
                      re.IGNORECASE)


def parts_asked(question: str) -> tuple[re.Pattern[str], ...]:
    """Patterns for the numbered parts the question names ("Annex 2" matches "(Annex 2)", not "Annex 21"),
    or for the acronym it asks the meaning of, spelt out before it ("(ISMIT)")."""
    parts = tuple(re.compile(rf"\b{_PART_NAME[m[1].lower()]}\s+{m[2]}(?![\w.]\d)\b", re.IGNORECASE)
                  for m in _PART.finditer(question))
    acronym = _ACRONYM.match(question)
    if acronym and sum(ch.isupper() for ch in acronym[1]) >= 2 and acronym[1].upper() == acronym[1]:
        parts += (re.compile(rf"\(\s*{re.escape(acronym[1])}\s*\)"),)
    return parts


def names_part(sentence: str, parts: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.search(sentence) for p in parts)


def dates_document(result: SearchResult) -> bool:
    """The question asks the date a kind of document was issued, and the title block of one ranks first."""
    first = result.hits[0].passage if result.hits else None
    return first is not None and first.para is None and first.date is not None \
        and issue_kind(result.signals.asked) == first.kind


def identity_draft(hit: Hit, kind: str) -> Draft:
    """What a named document is, from its metadata, citing its title block (quoted whole): "INF/MSME/R/30:
    2021 Annual Report of the Informal Working Group on MSMEs, dated 11 February 2022." A delegate
    asking what a symbol is wants its title and date, which no one sentence of its text gives."""
    p = hit.passage
    day = date.fromisoformat(p.date) if p.date else None
    dated = f", dated {day.day} {day:%B %Y}" if day else ""
    said = f"{p.symbol or p.cite_as}: {p.title}{dated}."
    return Draft((Quote(0, (0, len(p.text)), hit.score, hit.row),), f"{said} [{p.label()}]", kind, True, 1.0, (said,))


# An item marker of a numbered or lettered list inside a sentence: "1) ", "(b) ", "iii) ", "c. ".
_ITEM = re.compile(rf"(?:^|(?<=[\s;:]))(?:{_MARK})\s")


def item_naming(text: str, span: tuple[int, int], symbols: tuple[str, ...],
                members: tuple[str, ...] = ()) -> tuple[int, int]:
    """The span of the list items in `text[span]` that name one of `symbols` or of the Members
    (`members`, as the documents spell them), markers left out; `span` itself when the sentence
    lists no items or no item alone names one. A sentence listing five proposals answers a
    question about one of them ("What did INF/MSME/W/53 propose?", "¿Qué propuso México?") with that one."""
    start, end = span
    sentence = text[start:end]
    marks = list(_ITEM.finditer(sentence))
    if len(marks) < 2:
        return span
    wanted = set(symbols)
    bounds = [(m.end(), marks[i + 1].start() if i + 1 < len(marks) else len(sentence)) for i, m in enumerate(marks)]
    member = re.compile(r"\b(?:" + "|".join(map(re.escape, members)) + r")\b") if members else None
    naming = [(a, b) for a, b in bounds if wanted & {m.symbol for m in find_symbols(sentence[a:b], lenient=True)}
              or (member is not None and member.search(sentence[a:b]))]
    if not naming or len(naming) == len(bounds):
        return span
    a, b = naming[0][0], naming[-1][1]
    item = sentence[a:b]
    b = a + len(re.sub(r"(?:[\s;,]|\band\b)+$", "", item))
    return start + a, start + b


# A window of at most this many words is quoted whole: the answer's median grew from 75 to 78 words on three dev
# suites, and dev coverage from 0.745 to 0.751 (nine answers gained key terms, none lost); 120 words gave 0.760
# for a median of 100 words, more than a short answer should be.
SHORT_WINDOW = 90


def _said(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def answers_kind(signals, quoted: list[str]) -> bool:
    """Whether the quotes hold what the question asks for, and, for "who", say the role asked ("Who won …?":
    a name beside the theme of the next competition does not say who won). Not for a post's holder: the
    Coordinator chairs the Group's meetings, and "continued to coordinate the MSME Group" answers who chairs."""
    if signals.kind == "who" and not asks_holder(signals.asked) \
            and (actions := actions_asked(signals.tokens, signals.kind)) \
            and not any(actions & action_terms(text) for text in quoted):
        return False
    if any(answers(signals.kind, text, signals.asked, signals.language, signals.unknown_terms) for text in quoted):
        return True
    # two data of two forms, one in each sentence: "Which room …, and what time does it start?"
    return len(quoted) > 1 and len(asks_forms(signals.asked)) > 1 \
        and answers(signals.kind, " ".join(quoted), signals.asked, signals.language, signals.unknown_terms)


def _numbered_asked(hit: Hit, signals: Signals) -> bool:
    """Whether routing put the hit first as the paragraph or agenda item the question names by its number."""
    para = hit.passage.para
    return hit.routed and (para in signals.paragraphs or (hit.passage.in_annex and para in signals.agenda_items))


def _named(hit, symbols: tuple[str, ...]) -> bool:
    """Whether a routed hit is of a document the question names by its symbol (or a revision of it), not a
    paragraph citing that symbol."""
    own = hit.passage.symbol
    return hit.routed and own is not None and any(own == s or own.startswith(f"{s}/") for s in symbols)


def _period(text: str, asked, passage_match: float, passage: Passage) -> float:
    """+1 when the sentence records the period asked or sits in a document of it, -1 otherwise, 0 none
    asked. For a day asked, a sentence of that day's own document (its meeting's summary) is +1 and a
    calendar of the year's meetings 0: it names the day, and says nothing of what happened on it."""
    if not asked:
        return 0.0
    if all(a.start == a.end for a in asked):
        doc = passage_period(passage.period)
        if doc is not None and doc.start == doc.end and any(doc.overlaps(a) for a in asked):
            return 1.0
        if len(DAY_OF_MONTH.findall(text)) >= 3:
            return 0.0
    if passage_match > 0 or any(p.overlaps(a) for p in printed_periods(text) for a in asked):
        return 1.0
    return -1.0


def _each_year(result: SearchResult, chosen, scored, asks_datum: bool) -> list[tuple[int, int, float]]:
    """A question comparing years ("between 2022 and 2024", "a fines de 2024 que a fines de 2022") is answered by
    each year's report: for a year asked that no quoted paragraph's document reports on, the best sentence (of the
    kind asked, for a datum) of the highest of the first three hits whose document reports on that year alone."""
    years = {p.start.year for p in result.signals.periods if not p.is_conference and p.start.year == p.end.year}
    if len(years) < 2:
        return []
    missing = years - {_year_of(result, h) for h, _, _ in chosen}
    extra = []
    for year in sorted(missing):
        pick = next(((h, n, sc) for sc, h, n, f in scored
                     if h < 3 and _year_of(result, h) == year and (f.kind or not asks_datum)), None)
        if pick is not None:
            extra.append(pick)
    return extra


def _year_of(result: SearchResult, h: int) -> int | None:
    """The one year hit `h`'s document reports on, if it reports on one."""
    period = passage_period(result.hits[h].passage.period)
    return period.start.year if period is not None and period.start.year == period.end.year else None


def _adjacent(result: SearchResult, a: int, b: int) -> bool:
    """Two hits that are paragraphs of one document, one after the other (1.2 and 1.3), or a paragraph
    and a footnote it marks."""
    pa, pb = result.hits[a].passage, result.hits[b].passage
    if pa.doc_id != pb.doc_id or not pa.para or not pb.para:
        return False
    if pb.para in pa.notes or pa.para in pb.notes:
        return True
    head_a, _, last_a = pa.para.rpartition(".")
    head_b, _, last_b = pb.para.rpartition(".")
    return head_a == head_b and last_a.isdigit() and last_b.isdigit() and abs(int(last_a) - int(last_b)) == 1

