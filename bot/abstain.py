"""When to say "the documents do not answer this": a calibrated decision, not one threshold.

Cosine alone cannot tell an in-domain question the documents are silent on ("What is the
MSME Group's budget?") from one they answer: both land near passages about the Group. So
the decision weighs what is known of the best answer (`Evidence`): its cosines in both
spaces, how much of the question's rare vocabulary it holds, its lead over the runner-up,
whether the quote holds what the question asks for (a number for "how much"), whether its
document is of the period asked, and how much of the question no passage knows. A logistic
model over these, fitted on the dev questions (`helpdesk calibrate`), gives the probability
that the documents answer; under the calibrated threshold the bot abstains.

Some cases need no model: a symbol that no document has or cites, a period (2031, MC9) that
no document reports on and no quote names, a question nothing in the collection is near
(off-topic); and five more when calibration turns them on: a "how many" question whose best
quote gives no figure of what it counts, or one asking a datum of one form (a clock time, a
deadline, a room, an email address) whose quote does not give it; a question naming
a period that no passage found is of or records, or whose quoted paragraphs do not record it and
come from documents spanning years (the report to MC13), or whose quote dates itself to another
year, month or day ("held on 18 March 2021" for 2020); a question naming another
WTO body (the TRIPS Council) whose answer does not name it; an English question naming
something (the Global Trade Helpdesk) whose answer does not (a question naming a document by
its symbol is exempt from these three: the symbol decides); and a question asking a person's
post whose answer gives none beside the name. One case is answered without the model: what a
document the collection has is ("What is INF/MSME/R/30?"), from its metadata.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import NamedTuple

from bot.agenda import items_listed
from bot.bodies import bodies_named, names_any
from bot.glossary import MIN_COGNATE, english_words, fold, plain_english, plain_words
from bot.kind import amount_asked, answers, asks_forms, asks_future, asks_holder, asks_person, names_person
from bot.language import detect_language, function_words
from bot.names import (asked_sentences, asks_role, gives_role, member_word, members_named, name_words, post_asked,
                       says_post, says_words)
from bot.question import asks_service, ordinals_asked, sections_asked, tells_ordinal, thing_asked, topic_asked
from bot.records import Decision, Draft, SearchResult, Signals
from bot.rerank import SHORT_PERIOD_DAYS, coverage
from bot.retrieve import document_rows
from bot.settings import Abstention, SettingsError
from bot.spelling import collection_typos
from bot.topic import asks_foreign_rule, names_domain
from index.lexical import tokenize
from index.periods import Coverage
from ingest.dates import (ANY_MONTH_PATTERN, MONTH_DAYS, MONTH_NAMES, MONTH_PATTERN, Period, asked_months_alone,
                          asked_periods, document_dates, for_meeting, instrument_dates, meetings_in, passage_period,
                          printed_in, printed_periods, yearless_days, yearless_months, years_in)
from ingest.passage import Passage, paragraph_rows, paragraph_text


class Evidence(NamedTuple):
    """What the decision weighs, measured once per answer (calibration reuses it).

    Spanish and French questions share few words with the English documents, so the word
    measures are kept for English questions (`_en`, 0 otherwise) and the multilingual cosines
    get a slope of their own for the others (`_foreign`).
    """

    minilm: float  # top passage, MiniLM cosine
    nearest: float  # the highest MiniLM cosine among the hits: how near the collection comes at all
    e5: float  # top passage, multilingual-e5 cosine (0 when the question was not encoded by e5)
    nearest_e5: float  # the highest e5 cosine among the hits (0 likewise)
    sentence: float  # the best quoted sentence's cosine with the question, in its language's space
    margin: float  # the top rerank score over the second's
    found: float  # the quote holds what the question asks for ("how many visits": a number beside "visits")
    period: float  # +1 the top passage is of the period asked, -1 it is not, 0 none asked
    quote_period: float  # +1 the quote records the period asked, -1 it does not, 0 none asked
    routed: float  # 1 when the question names the top passage's document or a symbol it cites
    coverage_en: float  # idf-weighted share of the question's words in the top passage, words no passage has included
    quote_coverage_en: float  # the same for the quoted sentences
    unknown_en: float  # share of the question's content words that no passage has
    foreign: float  # 1 for a Spanish or French question
    e5_foreign: float  # e5 cosine, Spanish and French questions
    sentence_foreign: float  # quoted sentence's cosine, Spanish and French questions


def evidence(result: SearchResult, draft: Draft | None) -> Evidence | None:
    """The evidence for answering from the top passage, or None when there is no passage at all."""
    if not result.hits:
        return None
    hits, signals = result.hits, result.signals
    top = hits[0].features
    english = signals.language == "en"
    quoted = list(draft.said) if draft else []
    weights = _term_weights(signals)
    words = len(signals.terms) + len(signals.unknown_terms)
    sentence = draft.cosine if draft else 0.0
    return Evidence(
        minilm=top.minilm,
        nearest=max(h.features.minilm for h in hits),
        e5=top.e5,
        nearest_e5=max(h.features.e5 for h in hits),
        sentence=sentence,
        margin=hits[0].score - (hits[1].score if len(hits) > 1 else 0.0),
        found=float(draft.found) if draft else 0.0,
        period=top.period,
        quote_period=_recorded(quoted, signals.periods),
        routed=top.routed,
        coverage_en=coverage(weights, hits[0].passage.text) if english else 0.0,
        quote_coverage_en=coverage(weights, " ".join(quoted)) if english else 0.0,
        unknown_en=(len(signals.unknown_terms) / words if words else 0.0) if english else 0.0,
        foreign=float(not english),
        e5_foreign=0.0 if english else top.e5,
        sentence_foreign=0.0 if english else sentence,
    )


def _term_weights(signals) -> dict[str, float]:
    """The question's content words with their idf; a word no passage has weighs as the rarest known."""
    rarest = max(signals.terms.values(), default=1.0)
    return {**signals.terms, **dict.fromkeys(signals.unknown_terms, rarest)}


# Words that frame an English question ("According to the addendum, where would the fourth hub be?"), which a
# collection may lack without the question being foreign to it: a source named, an order counted
_FRAMING = frozenset(tokenize("according first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                              "twelfth language languages"))  # "which languages": what `bot.kind` reads as names
# An acronym or a name written in mixed case: "ISMIT", "UN/CEFACT", "LeafCount", "Trade4MSMEs"
_BRAND = re.compile(r"\b(?:[A-Z]{3,}\w*|[A-Za-z]*[a-z][A-Z0-9]\w*)\b")


def _names_brand(signals: Signals) -> bool:
    """Whether the question names a programme, tool or body of the collection by its acronym or mixed-case name
    ("What gap is ISMIT meant to close?"): a word no passage has ("meant", "builds") then says nothing of its
    topic."""
    return any((tokens := tokenize(m[0])) and all(t in signals.terms for t in tokens)
               for m in _BRAND.finditer(signals.question))


# A sum or rate asked by what it prices, not a share or an amount of anything ("porcentaje" is "percentage", which
# no passage says: they write "per cent")
_PRICED = re.compile(r"budg|price|precio|fee|tarif|arancel|dut(?:y|ies)|droits? de douane|interest|presupuesto",
                     re.IGNORECASE)
_DUTY = re.compile(r"tarif|arancel|dut(?:y|ies)|droits? de douane", re.IGNORECASE)


def _unnamed_thing(asked: str) -> str | None:
    """The thing a "What is the X?" question asks for, or the charge an "Is there an X?" one asks about ("Is there
    an entry fee …?"): of other things, a small business asking "Is there a beginner's manual?" names in its own
    words what the documents call a Handbook (dev: four answerable questions were refused so, one near miss)."""
    thing = thing_asked(asked)
    return thing if thing is not None and (thing == thing_asked(asked, there=False) or _PRICED.search(thing)) else None


def _amount_unknown(signals: Signals, collection: frozenset[str], found: Sequence[str]) -> bool:
    """Whether the sum or rate asked is named by a word no passage has ("duty", "droits de douane" read as
    "tariffs customs duties", "interest rate"): no passage gives a figure of it. A Spanish or French word is
    known as typed too: a Spanish note says "presupuesto" (`collection`: the collection's tokens); words of
    several are known only as a passage found writes them together, as "droit" and "douane" are written apart
    ("bureau de douane") where no duty is given (`found`: the texts of the passages found). An English fee, price or
    budget is not looked for in a Spanish or French passage found first ("fee" is its "comisión"); a duty still is
    (dev: five English questions on a Member's duty on a product, which no document gives, were answered when it
    was not)."""
    noun = amount_asked(signals.asked)
    if noun is None or not _PRICED.search(noun):
        return False
    if signals.language == "en" and found and detect_language(found[0]) != "en" and not _DUTY.search(noun):
        return False
    typed = set(tokenize(fold(noun))) - function_words(signals.language)
    if signals.language != "en" and typed and typed <= collection \
            and (len(typed) == 1 or _writes_together(tuple(tokenize(fold(noun))), found)):
        return False
    words = noun if signals.language == "en" else english_words(noun, signals.language)
    return bool(set(tokenize(words)) & set(signals.unknown_terms))


def _writes_together(phrase: tuple[str, ...], texts: Sequence[str]) -> bool:
    """Whether a text has the phrase's tokens in a row, whatever their accents."""
    width = len(phrase)
    return any(tuple(tokens[i:i + width]) == phrase
               for tokens in (tokenize(fold(text)) for text in texts) for i in range(len(tokens) - width + 1))


def _recorded(quoted: Sequence[str], asked) -> float:
    if not asked:
        return 0.0
    return 1.0 if any(p.overlaps(a) for text in quoted for p in printed_periods(text) for a in asked) else -1.0


def _quoted_texts(result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
    """The answer's quotes and, once each, the paragraphs they are from."""
    return () if draft is None else (*draft.said, *_quoted_paragraphs(result, draft))


def _quoted_paragraphs(result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
    """The paragraphs the answer quotes, once each: a meeting named in one is named by the answer."""
    return () if draft is None else tuple(dict.fromkeys(result.hits[q.hit].passage.text for q in draft.quotes))


def _quoted_titles(result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
    """The titles of the quoted paragraphs' documents, once each."""
    if draft is None:
        return ()
    return tuple(dict.fromkeys(result.hits[q.hit].passage.title for q in draft.quotes))


def _quoted_headings(result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
    """The titles and section headings of the quoted paragraphs: "Annual Report" is the document's name."""
    if draft is None:
        return ()
    passages = [result.hits[q.hit].passage for q in draft.quotes]
    return tuple(dict.fromkeys(t for p in passages for t in (p.title, *p.headings)))


def _quoted_sections(result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
    """The section headings the quoted paragraphs sit under, once each (not their documents' titles)."""
    if draft is None:
        return ()
    return tuple(dict.fromkeys(h for q in draft.quotes for h in result.hits[q.hit].passage.headings))


def _within_a_month(asked) -> bool:
    """Whether every period asked is a month or a day."""
    return all(a.days <= MONTH_DAYS for a in asked)


def _records_month(result: SearchResult, draft: Draft | None, asked) -> bool:
    """Whether a quote holding what is asked dates it to the month or day asked: a meeting's summary
    of 30 June reports a survey run "between 4 and 22 May 2020", which no document reports on; the
    summary of a meeting of November 2018 says two Members "had joined the Group in October" (a month
    without a year, in documents all of 2018, is of 2018)."""
    if draft is None or not draft.found or not _within_a_month(asked) or any(a.is_conference for a in asked):
        return False  # MC14's days printed before it say nothing of what it decided
    years = {p.start.year if p is not None and p.start.year == p.end.year else None
             for p in _quoted_periods(result, draft)}
    year = next(iter(years)) if len(years) == 1 else None  # the one year every quoted document is of

    def dated(text: str) -> tuple[Period, ...]:
        undated = (*yearless_months(text, year), *yearless_days(text, year)) if year else ()
        return (*printed_periods(text), *undated)

    printed = [p for text in draft.said for p in dated(text) if p.days <= MONTH_DAYS]
    return all(any(p.overlaps(a) for p in printed) for a in asked)


# A year (with its month) that is part of a name after an article: "the 2019 IDB Decision", "the December 2020
# MSME Package", "the 2025 Small Business Champions"; it names the year asked only for a question on that thing.
_YEAR_IN_NAME = re.compile(rf"\b(?i:the|its|their|a|an)\s+(?:{MONTH_PATTERN}\s+)?(?:19|20)\d{{2}}((?:\s+[A-Z][\w-]*)+)")
# The year a count starts from: "since 2021", "Depuis août 2033", "desde marzo de 2030" (months in any of the three)
_SINCE_YEAR = re.compile(rf"\b(?i:since|depuis|desde)\s+(?:(?i:el|le)\s+)?(?:\d{{1,2}}(?:er)?\s+)?(?:(?i:de\s+)?"
                         rf"(?i:{ANY_MONTH_PATTERN})\s+(?:(?i:de)\s+)?)?(?:19|20)\d{{2}}\b")
# a year asked as a time ("at the end of 2019", "durante 2020", "publiés en 2020"), not as part of a name ("the
# Declaration of 2020", "la Declaración de 2020")
_IN_YEAR = re.compile(r"\b(?:in|during|by|since|until|end of|en|durante|desde|hasta|finales de|pendant|depuis|"
                      r"jusqu'en|fin)\s+(?:19|20)\d{2}\b", re.IGNORECASE)
_SAME_ROOT = 5  # letters a name's word and the question's share: "decis" (Decision, Décision), "decla" (Declaración)
# the words every document of the Group uses: naming them does not make a question one on a named thing
_DOMAIN_WORDS = frozenset(t[:_SAME_ROOT] for t in tokenize(
    "MSME MSMEs Group WTO Trade Small Business Members Report Annual Informal Working"))


# a year a heading names as part of a name ("4  IMPLEMENTATION OF THE DECEMBER 2020 MSME PACKAGE"), not as a time
_NAMED_YEAR = re.compile(rf"\b(?:the|its|their|a|an|el|la|los|las|le|les)\s+(?:(?:{'|'.join(MONTH_NAMES)})\s+)?"
                         r"((?:19|20)\d{2})\b", re.IGNORECASE)


def _records_year(result: SearchResult, draft: Draft | None, asked) -> bool:
    """Whether every period asked is a year that a quoted paragraph records an event in ("received 2,705
    enquiries in all in 2025"), in a collection of documents written and dated in the next year: a note
    of 2026 compiles the figures of 2025."""
    years = [a for a in asked if not a.is_conference and a == Period.year(a.start.year)]
    if draft is None or not draft.found or not years or len(years) < len(asked):
        return False
    paragraphs = _without_start_years(_quoted_paragraphs(result, draft), draft.kind)
    return all(_recorded(paragraphs, (a,)) > 0 for a in years)


def _without_start_years(texts: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """For a count, the texts without the years its figures count from: "Depuis août 2033, … 1 120
    micro-entreprises en 2034" gives no figure of 2033."""
    return tuple(_SINCE_YEAR.sub(" ", text) for text in texts) if kind == "count" else texts


def _dating_years(headings: tuple[str, ...]) -> set[int]:
    """The years section headings give as a time ("9  ¿QUÉ PREGUNTAS SE RECIBIERON EN 2025?"), not in a name."""
    return {y for text in headings for y in years_in(text) if str(y) not in _NAMED_YEAR.findall(text)}


def _names_year(draft: Draft | None, asked, question: str = "", titles: tuple[str, ...] = (),
                paragraphs: tuple[str, ...] = (), sections: tuple[str, ...] = ()) -> bool:
    """Whether a quote names a year the question asks about, even as part of a name, and holds what
    the question asks for: "the 2025 Small Business Champion" answers a question on 2025's theme
    though no document reports on 2025; "the theme of the 2026 Champions" does not say who won.
    So does a quote naming a Ministerial Conference the question asks what was prepared for
    ("the following MC14 deliverables" for "What deliverables did the Group agree for MC14?"), or
    a quote from a document whose title names it (`titles`: the Coordinator's report to MC13 is
    prepared for MC13 in every paragraph, though few of them say so), or a quoted paragraph that names the
    Conference a question asks what was made for (`paragraphs`: "The Coordinator said he would circulate draft
    elements of a possible Ministerial Statement in September", in a paragraph on a Statement at MC14), or
    the heading of the section a quote sits in (`sections`: every paragraph under "9 ¿QUÉ PREGUNTAS SE RECIBIERON
    EN 2025?" is of 2025, in a guide of 2026, though the heading alone says so; every one under "2  PREPARATIONS
    FOR MC14" is for MC14).
    A year asked as a time ("at the end of 2019") is not named by a name that holds it ("the 2019 IDB
    Decision") unless the question is on the thing named (`_YEAR_IN_NAME`)."""
    if draft is None or not draft.found:
        return False
    prepared = for_meeting(question) or asks_future(question)  # "Where will MC14 be held?"
    said = draft.said
    if _IN_YEAR.search(question):  # "in 2019" asks of a time: "the 2019 IDB Decision" names a thing, not the time
        asked_words = {t[:_SAME_ROOT] for t in tokenize(fold(question))} - _DOMAIN_WORDS  # "Décision": a Decision
        said = tuple(_YEAR_IN_NAME.sub(lambda m: m[0] if {t[:_SAME_ROOT] for t in tokenize(m[1])} & asked_words
                                       else " ", text) for text in said)
    said = _without_start_years(said, draft.kind)
    said_years = {y for text in said for y in years_in(text)} | _dating_years(sections)
    said_meetings = {Period.meeting(n) for text in (*draft.said, *titles) for n in meetings_in(text)}
    if for_meeting(question):  # not "Where will MC14 be held?" of a paragraph that names MC14
        # nor of a section: "2  PREPARATIONS FOR MC14" is over "Members are invited to send … by 15 September 2025"
        said_meetings |= {Period.meeting(n) for text in (*paragraphs, *sections) for n in meetings_in(text)}

    def named(a: Period) -> bool:
        if a.is_conference:
            return prepared and a in said_meetings
        return a == Period.year(a.start.year) and a.start.year in said_years  # a month or a day: the rules decide

    # every period asked: "for MC14 in July 2023" is not answered by July 2025's MC14 deliverables
    return any(named(a) for a in asked) and all(named(a) or a.is_conference and not prepared for a in asked)


def _dating(result: SearchResult, draft: Draft | None) -> tuple[Period, ...]:
    """The days or months the question dates a document by (`ingest.dates.document_dates`) that every
    quoted document is dated in: "D'après la note du Secrétariat du 10 février 2026, …" names the note on
    2025 it quotes, not a time asked about."""
    if draft is None or not draft.quotes:
        return ()
    dated = [result.hits[q.hit].passage.date for q in draft.quotes]
    return tuple(a for a in document_dates(result.signals.asked)
                 if all(d is not None and a.start <= date.fromisoformat(d) <= a.end for d in dated))


def _asked_times(signals: Signals) -> tuple[Period, ...]:
    """The periods a question asks about, but those naming an adopted text (`ingest.dates.instrument_dates`) or
    printed only inside a quoted name (`_years_quoted`); a part of a year ("the first half of 2023", "Q1 2047") as its
    year: ranking prefers its months, and the period rules read what a paragraph dates, which says "in the first half
    of 2023" of the year (dev: read as months, the rules refused seven answerable questions for three near misses).
    Of a question that sets the scene before it asks, only the periods of the sentences that ask ("Ambassador Wilson
    took over on 1 July 2022. Which was the first meeting he chaired?" asks of no period: its answer, the meeting of
    12 July 2022, is not of another time)."""
    named = instrument_dates(signals.asked)
    quoted = _years_quoted(signals.asked)
    periods = tuple(p for p in signals.periods if not (p.start.year == p.end.year and p.start.year in quoted))
    if (asking := asked_sentences(signals.asked)) != signals.asked:
        inside = set(asked_periods(asking, parts=True))
        years = {p.start.year for p in inside}
        periods = tuple(p for p in periods if p in inside or p.start.year in years)
    return tuple(dict.fromkeys(Period.year(p.start.year) if _is_part_of_year(p) else p
                               for p in periods if p not in named))


# A name the asker quotes: "la encuesta «Frío y Origen 2065»", "the "Export Ready 2030" plan"
_QUOTED_NAME = re.compile(r"[\"“«]([^\"”»]{1,80})[\"”»]")


def _years_quoted(question: str) -> frozenset[int]:
    """The years a question prints only inside a quoted name: they name a survey or a plan, not a time asked
    ("¿Cuántas respuestas recibió la encuesta "Frío y Origen 2065"?" is answered by a note of 2066)."""
    inside = {year for m in _QUOTED_NAME.finditer(question) for year in years_in(m[1])}
    return frozenset(inside - years_in(_QUOTED_NAME.sub(" ", question)))


def _is_part_of_year(period: Period) -> bool:
    """A half, a quarter, a season: more than a month, less than a year, not a Conference."""
    return not period.is_conference and MONTH_DAYS < period.days < 365 and period.start.year == period.end.year


def _quoted_periods(result: SearchResult, draft: Draft) -> list[Period | None]:
    """The period each quote's document reports on (None when not known)."""
    return [passage_period(result.hits[q.hit].passage.period) for q in draft.quotes]


def _undated(result: SearchResult, draft: Draft | None, asked, paragraph: Callable[[int], str]) -> bool:
    """Whether nothing dates the answer to the period asked: no quote or quoted paragraph (all its
    windows: "held … on 1 July 2024" may open the window before the quote's) records it, and every
    quoted document spans years (the report to MC13 covers 2018–2024, so it is "of" 2022 without
    saying which of its paragraphs is). For a figure the bound is the period asked: a year's count
    ("played 40 times in 2024") is not March's."""
    if draft is None or not draft.quotes:
        return False
    longest = SHORT_PERIOD_DAYS
    if result.signals.kind == "count":  # a day's slack: a leap year's report is a year's
        longest = max(MONTH_DAYS, *(a.days for a in asked))
    # a month or a day asked is not placed by a year printed: "in 2022" is not November 2022
    finest = MONTH_DAYS if _within_a_month(asked) else longest
    texts = (*draft.said, *dict.fromkeys(paragraph(result.hits[q.hit].row) or result.hits[q.hit].passage.text
                                         for q in draft.quotes))
    printed = (p for text in texts for p in printed_periods(text))
    if any((p.end - p.start).days <= min(longest, finest) and p.overlaps(a) for p in printed for a in asked):
        return False
    docs = _quoted_periods(result, draft)
    if any(doc is not None and a.start == a.end and a.start in (doc.start, doc.end) for doc in docs for a in asked):
        return False  # "Au 31 décembre 2021, combien de membres … ?": the 2021 report counts them at its year's end
    # a document whose period is not known (an upload without a date) may be of the year asked
    return all(doc is not None and (doc.end - doc.start).days > longest for doc in docs)


# A year the question places its event in ("who won in 2026", "ont rejoint en 2026"), not one that
# names a thing ("the 2025 Small Business Champions", chosen in 2024 and named in the 2024 report)
_WHEN_YEAR = re.compile(r"\b(?:in|during|throughout|en|durante|pendant|au cours de)\s+(?:(?:the|el|l[’'])\s*)?"
                        r"(?:year|año|année)?\s*(?:19|20)\d\d\b|\b(?:for|para|pour)\s+(?:19|20)\d\d\b", re.IGNORECASE)


# A question on when or where a meeting is held, which documents written before it tell
_TIME_OR_PLACE = re.compile(r"\b(?:when|where|dates?|venue|held|place|cu[aá]ndo|d[oó]nde|fechas?|sede|celebra\w*|"
                            r"quand|où|lieu|tiendra|tenue)\b", re.IGNORECASE)


# What came of a meeting: "What came out of …?", "the outcome", "¿Qué salió de …?", "Qu'est-il ressorti de … ?"
_OUTCOME = re.compile(r"\b(?:c[ao]me out of|outcome|what happened|qu[eé] (?:pas[oó]|sali[oó])|"
                      r"qu['’]est-il ressorti|r[ée]sultats?\s+de\s+la\s+r[ée]union)\b", re.IGNORECASE)


def _happened_asked(signals: Signals, asked: Sequence[Period]) -> tuple[Period, ...]:
    """The months or days asked of what was decided or came out then ("What did the Group decide at its December
    2025 meeting?"), which a year's report written before them cannot tell though its year holds them (its "at its
    meeting of 9 December 2025" only announces), nor the meeting's notice, which tells its chair, room and programme."""
    if not ("decision" in asks_forms(signals.asked) or _OUTCOME.search(signals.asked)) or asks_future(signals.asked):
        return ()
    return tuple(a for a in asked if not a.is_conference and a.days <= MONTH_DAYS)


def _written_before(result: SearchResult, draft: Draft | None, asked) -> bool:
    """Whether every quoted document was written before the period asked begins and reports on
    another, and the question is not about plans: the 2025 report, which names MC14 in March 2026,
    does not say who joined the Group in 2026. A Ministerial Conference is left out when the question
    asks what was prepared for it ("for MC14", "at MC14") or when and where it is held, not when it asks
    what the Conference did: a work plan written in December 2025 does not say what MC14 adopted."""
    signals = result.signals
    prepared = for_meeting(signals.asked) or bool(_TIME_OR_PLACE.search(signals.asked))
    dated = [a for a in asked if not (a.is_conference and prepared)]
    if draft is None or not draft.quotes or not dated or asks_future(signals.asked):
        return False
    # a date asked beside a day the quote prints: "The Secretariat had floated 30 April 2026 as the cut-off.
    # What deadline was agreed?" is answered by the record of 20 April that names both
    days = {a.start for a in dated if a.start == a.end}
    if days and (signals.kind == "when" or "deadline" in asks_forms(signals.asked)) \
            and any(p.start == p.end and p.start in days for text in _quoted_texts(result, draft)
                    for p in printed_periods(text)):
        return False
    if _deadline_ahead(result, draft, dated):
        return False
    happened = _happened_asked(signals, dated)
    for q in draft.quotes:
        passage = result.hits[q.hit].passage
        day, doc = _written(passage), passage_period(passage.period)
        # a convening notice is written before its meeting and is of it: its time, room and agenda; a plan
        # for the year of a Conference is not of the Conference; what happened then, neither tells
        if day is None or any(day >= a.start or (a not in happened and doc is not None and doc.overlaps(a) and (
                not a.is_conference or a.start <= doc.start and doc.end <= a.end)) for a in dated):
            return False
    return True


def _written(passage) -> date | None:
    """The day a document was written: the date it bears, else the last day it reports on."""
    if passage.date:
        return date.fromisoformat(passage.date)
    doc = passage_period(passage.period)
    return doc.end if doc is not None else None


def _of_another_time(result: SearchResult, draft: Draft | None, asked) -> bool:
    """Whether every quote is from a document of a year or less (an annual report, a meeting's summary)
    that is not of the period asked, and no quoted paragraph records that period: the 2024 report's
    paragraph on 2024's webinars does not say how many awards were given in 2022."""
    dated = [a for a in asked if not a.is_conference]
    if draft is None or not draft.quotes or not dated:
        return False
    if any(p.overlaps(a) for text in _quoted_texts(result, draft) for p in printed_periods(text) for a in dated):
        return False
    docs = _quoted_periods(result, draft)
    return all(doc is not None and (doc.end - doc.start).days <= SHORT_PERIOD_DAYS
               and not any(doc.overlaps(a) for a in dated) for doc in docs)


def _unplaced_meeting(result: SearchResult, draft: Draft | None) -> bool:
    """Whether the question names a Ministerial Conference whose days no one knows yet (MC15) and no
    quote, quoted paragraph or its document's title names it (when its days are asked, no quote that
    names it with a date): no document reports on it."""
    signals = result.signals
    unknown = {n for n in meetings_in(signals.asked) if Period.meeting(n) is None}
    if not unknown:
        return False
    if draft is not None and (signals.kind == "when" or "place" in asks_forms(signals.asked)):
        # its days or its place are asked: a quote that names it gives them ("When will MC15 be held?", "Dans
        # quelle ville se tiendra la CM15 ?" are not answered by "... the work of the Group until MC15 ...")
        return not any(unknown & set(meetings_in(text))
                       and answers(signals.kind, text, signals.asked, signals.language, signals.unknown_terms)
                       for text in draft.said)
    titles = _quoted_titles(result, draft)
    return not any(unknown & set(meetings_in(text)) for text in (*_quoted_texts(result, draft), *titles))


# How long before the period asked a deadline for it may fall: the agenda items for a July meeting are due in June
DEADLINE_AHEAD_DAYS = 62


def _deadline_ahead(result: SearchResult, draft: Draft, dated: Sequence[Period]) -> bool:
    """Whether the question asks a deadline and a quote prints a day shortly before a period asked, or in it:
    "Jusqu'à quand peut-on demander d'inscrire un point à l'ordre du jour de la réunion de juillet 2059 ?" is
    answered by "au plus tard le jeudi 26 juin 2059", in the record of the March meeting, written before July (and
    of June's meeting by "a más tardar el jueves 3 de junio")."""
    return "deadline" in asks_forms(result.signals.asked) and any(
        p.start == p.end and p.end <= a.end and (a.start - p.end).days <= DEADLINE_AHEAD_DAYS
        for text in _quoted_texts(result, draft) for p in printed_periods(text) for a in dated)


def _dated_elsewhere(result: SearchResult, draft: Draft | None, asked, paragraph: Callable[[int], str]) -> bool:
    """Whether the quote dates itself to another time than the year, month or day asked: "four
    Members ... in their Trade Policy Reviews in 2023" for 2020, "Proposals may be submitted until
    30 April 2024" for 2022's contest, "on 19 March, 1 July, 18 October and 10 December" (days of 2024
    in the 2024 report) for 9 July 2024; for a day asked, a quote printing no day is dated by its
    paragraph's days ("Finally, the Group approved …" of the meeting of 1 July, for 12 June). A quote
    from a document of the period asked is spared (a notice for the meeting of 18 October gives its
    14 October deadline; a year's report is of its year, not of one of its days), and so are asked
    meetings ("the report to MC13" names a document as much as a period)."""
    dated = [a for a in asked if not a.is_conference]
    if draft is None or not draft.quotes or not dated:
        return False
    # a day asked is dated by days, not by "during 2024" nor by a year's report; a month or a year by
    # any period printed, and by a document of a year or less (whose quote may name "the May 2024 Forum")
    longest = 0 if all(a.start == a.end for a in dated) else SHORT_PERIOD_DAYS
    evidence = [q for q in draft.quotes if not q.context]
    printed = [p for q, text in zip(evidence, draft.said) for p in printed_in(text, result.hits[q.hit].passage.period)
               if (p.end - p.start).days <= longest]
    if not printed and longest == 0:  # a day asked, a quote printing none: its paragraph's days date it
        printed = [p for q in evidence for p in printed_in(paragraph(q.row), result.hits[q.hit].passage.period)
                   if p.start == p.end]
    if not printed or any(p.overlaps(a) for p in printed for a in dated):
        return False
    if _deadline_ahead(result, draft, dated):
        return False
    docs = _quoted_periods(result, draft)
    return not any(doc is not None and (doc.end - doc.start).days <= longest and doc.overlaps(a)
                   for doc in docs for a in dated)


# A meeting asked about: one held in a month asked is printed by its day ("the meeting of 18 October")
_MEETING_OF = re.compile(r"\b(?:meeting|reuni[oó]n|réunion|session|sesi[oó]n|séance)\b", re.IGNORECASE)


# "the Trade4MSMEs network meeting of June 2023", "la réunion de juillet 2025": a meeting its text dates by its month
_MEETING_MONTH = re.compile(rf"{_MEETING_OF.pattern}\s+(?:(?:of|in|held in|de|del|en|du|d['’])\s+)?"
                            rf"(?:{'|'.join(MONTH_NAMES)})\s+(?:de\s+)?(?:19|20)\d{{2}}", re.IGNORECASE)


# A sentence telling of a meeting, whose days are a meeting's: "The third MSME Group meeting was held on 18 October
# 2024", "the Group met on 6 December"; not "Kenya joined the Group on 2 October 2023"
_MEETING_WORD = re.compile(r"\b(?:meetings?|met|sessions?|held|convened|took\s+place|dialogues?|reuni[oó]n(?:es)?|"
                           r"r[ée]unions?|sesi[oó]n(?:es)?|s[ée]ances?|celebr\w*|tenue?s?|s['’]est\s+tenue?)\b",
                           re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _meetings_by_month(text: str) -> tuple[Period, ...]:
    """The months of the meetings a text dates by their month alone: the month is all it records of them."""
    return tuple(p for m in _MEETING_MONTH.finditer(text) for p in printed_periods(m[0]) if not p.is_conference)


def _names_body(bodies, result: SearchResult, draft: Draft | None) -> bool:
    """Whether the answer names one of the bodies the question does: in a quote or its paragraph."""
    return any(names_any(bodies, text) for text in _quoted_texts(result, draft))


# the line under a Member's communication's title: "Communication from Chile", "Comunicación de Chile",
# "Communication de la Côte d'Ivoire" (its few words after: the Member's name)
_SUBMITTED = re.compile(r"\b(?:Communication from|Comunicaci[oó]n (?:de|del)|Communication (?:de|du|des|d['’]))"
                        r"((?:\s+\S+){1,4})")
# the line under a note's title that says who wrote it ("Note by the Secretariat", "Nota de la Secretaría", "Note du
# Secrétariat", "Report by the Coordinator"), a group for each language
_AUTHORED = re.compile(r"(?P<en>\b(?:Note|Report|Summary) by the (?:Secretariat|Coordinator|Chair)\b)|"
                       r"(?P<es>\b(?:Nota|Informe|Resumen) (?:de la Secretar[ií]a|del Coordinador|de la Coordinadora)\b)|"
                       r"(?P<fr>\b(?:Note|Rapport|Résumé) (?:du Secrétariat|du Coordonnateur|de la Coordonnatrice)\b)")


def _counts_of(members: tuple[str, ...], signals: Signals, draft: Draft) -> bool:
    """Whether a quoted sentence gives a figure and names one of the Members a count question names: the
    year's 18,400 visits and, a sentence later, "highest from India, the United States and Nigeria" do not
    say how many came from Nigeria."""
    return any(answers("count", text, signals.asked, signals.language, signals.unknown_terms)
               and any(says_words(tuple(tokenize(member)), (text,)) for member in members) for text in draft.said)


def _only_member_of(members: tuple[str, ...], paragraphs: tuple[str, ...]) -> bool:
    """Whether a quoted paragraph names one of the Members and no other: its figures are that Member's ("Georgia
    charges …; an electronic one costs …"), as they are not in a paragraph listing several Members' pledges."""
    for text in paragraphs:
        named = set(members_named(text, detect_language(text)))
        if named and named <= set(members):
            return True
    return False


def unfamiliar(e: Evidence) -> bool:
    """An English question the collection's vocabulary barely knows: none of its words in the top
    passage, or most of them in no passage at all."""
    return e.coverage_en == 0 or e.unknown_en >= 0.5


def _unknown_topic(signals: Signals, words: frozenset[str]) -> bool:
    """Whether the subject a question asks about ("… on fisheries subsidies?", "¿… sobre la pesca?") is
    words no passage has, nor any word of their root: not as typed, not through the glossary (those
    words are not the question's unknown terms), not as a cognate or another form ("paying" is
    unknown, "payments" is not). Not for a figure or a date asked, where "on", "sobre" end a clause
    rather than name the subject ("¿cuánto tardan en decidir sobre una solicitud?")."""
    topic = topic_asked(signals.asked)
    if topic is None or signals.kind in ("count", "when"):
        return False
    asked = [t for t in tokenize(topic) if t not in function_words(signals.language)]
    unknown = set(signals.unknown_terms)
    return bool(asked) and all(t in unknown and not _shares_root(fold(t), words) for t in asked)


def _shares_root(word: str, words: frozenset[str]) -> bool:
    """Whether a collection token begins with the word ("pay" of "payment"), or the word with a token
    long enough to be its root ("factoraje" of "factor")."""
    return any(w.startswith(word) or (len(w) >= MIN_COGNATE and word.startswith(w)) for w in words)


def _only_numbers_known(signals: Signals) -> bool:
    """A question the collection knows only a year or a number of, two of its words or more being in no
    passage: "Qui a gagné la Coupe du monde 2022 ?" (2022 is a year the documents cover; "gagné", "coupe",
    "monde" are in none). Every passage is near a year it records, so the year alone says nothing of the topic."""
    return len(signals.unknown_terms) >= 2 and bool(signals.terms) and all(term.isdigit() for term in signals.terms)


# A Spanish or French question whose nearest passage e5 puts this near is of the documents, however few of its
# words the glossary reads ("Pourquoi le gérant de Kassoumay Cajou a-t-il finalement parlé par vidéo … ?": 0.84;
# the weather in Geneva, a Schengen visa, the best time to visit Yaoundé: 0.78-0.82). Nearer still when the
# passage is in the question's own language, which e5 reads as nearer whatever it says: over the made documents'
# dev questions, a Spanish question is 0.038 nearer the average Spanish passage than the average English one, a
# French one 0.026 nearer the average French passage ("¿Cuál es la receta de la chipa paraguaya?": 0.831 to
# Paraguay's Spanish communication)
FOREIGN_NEAR_E5 = 0.83
SAME_LANGUAGE_LEAN = 0.03


def _foreign_off_domain(signals: Signals) -> bool:
    """A Spanish or French question that names no topic of the domain, in the glossary's English or as
    typed (`bot.topic`, "commerce", "export"), and of which the collection reads little: two words or
    more in no passage and at most two it has other than numbers ("¿Cómo se prepara un buen gazpacho
    andaluz?": "prepar" alone; "Quel temps fera-t-il à Genève ce week-end ?": "genèv" and "end"). A name
    the documents have does not spare it: Geneva is in most of them."""
    if signals.language not in ("es", "fr") or signals.symbols:
        return False
    if names_domain(f"{english_words(signals.question, signals.language)} {signals.question}"):
        return False
    known = [t for t in signals.terms if not t.isdigit()]
    return len(signals.unknown_terms) >= 2 and len(known) <= 2


class AbstainRule:
    """Decides, from a search result and the writer's draft, whether the documents answer."""

    def __init__(self, settings: Abstention | None = None, periods: Coverage | None = None,
                 passages: Sequence[Passage] = (), words: frozenset[str] = frozenset()) -> None:
        self.settings = settings or Abstention()
        self.periods = periods  # the periods the documents report on
        self.passages = passages  # by row: a quote's paragraph is read whole, all its windows
        self.words = words  # the collection's tokens: a word asked about may share a root with one
        self._first_rows: dict[str, int] | None = None  # each document's first numbered paragraph, found once
        self._days: tuple[Period, ...] | None = None  # the days and short spans the collection records, found once
        self._meeting_months: tuple[Period, ...] = ()  # the months of meetings dated by their month, found with them
        self._meeting_days: tuple[Period, ...] = ()  # days meetings were held (`_unrecorded_days`), found with them
        self._bylines: dict[str, str] | None = None  # each document's "Communication from Chile", found once
        self._parts: dict[str, set[str]] | None = None  # each document's paragraph numbers, found once
        unknown = sorted(set(self.settings.weights) - set(Evidence._fields))
        if unknown:
            raise SettingsError(f"abstention.weights: unknown {', '.join(unknown)}; known: {', '.join(Evidence._fields)}")

    def decide(self, result: SearchResult, draft: Draft | None) -> Decision:
        e = evidence(result, draft)
        ruled = self._ruled(result, draft, e)
        if ruled is not None:
            return ruled
        p = self.probability(e)
        if p >= self.settings.threshold:
            return Decision(False, None, p)
        return Decision(True, self.reason(e), p)

    def ruled(self, result: SearchResult, draft: Draft | None) -> Decision | None:
        """The decisions that need no model, refusals and a named document's identity (calibration
        leaves these questions out of its fit), else None."""
        return self._ruled(result, draft, evidence(result, draft))

    def _ruled(self, result: SearchResult, draft: Draft | None, e: Evidence | None) -> Decision | None:
        if result.unknown_symbols:
            return Decision(True, "unknown-symbol", 0.0)
        if result.names_document and draft is not None:
            return Decision(False, None, 1.0)  # "What is INF/MSME/R/30?": its title block answers from metadata
        # a question naming the quoted document by its date ("the note of 10 February 2026") is exempt from the
        # period rules, as one naming it by its symbol is: the document decides
        # nor is one naming an adopted text by its date ("la Declaración de 2020"), which later reports quote
        periods = () if _dating(result, draft) else _asked_times(result.signals)
        if periods and self.periods is not None and not any(self.periods.covers(p) for p in periods) \
                and not _names_year(draft, periods, result.signals.asked, paragraphs=_quoted_paragraphs(result, draft),
                                    sections=_quoted_sections(result, draft)) \
                and not _records_month(result, draft, periods) and not _records_year(result, draft, periods):
            return Decision(True, "other-period", 0.0)  # "How many meetings in 2019?"; a quote may name 2025's contest
        if self.settings.period_needs_record and periods and self._unrecorded_days(periods):
            return Decision(True, "other-period", 0.0)  # "the meeting of 20 May 2025": no meeting that day
        if self.settings.period_needs_record and periods and _MEETING_OF.search(result.signals.asked) \
                and self._unrecorded_days(periods, months=True):
            return Decision(True, "other-period", 0.0)  # "la reunión de septiembre de 2024": none that month
        if self.settings.period_needs_record and not periods and _MEETING_OF.search(result.signals.asked) \
                and (months := asked_months_alone(result.signals.asked)) and self._no_meeting_in(months):
            return Decision(True, "other-period", 0.0)  # "la reunión de agosto": no meeting in August of any year
        if _unplaced_meeting(result, draft):
            return Decision(True, "other-period", 0.0)  # "Where will MC15 be held?": no document knows MC15
        if self._part_missing(result.signals):
            return Decision(True, "no-evidence", 0.0)  # "What does paragraph 2.12 of WT/MIN(24)/9 say?": there is none
        if self._item_missing(result, draft):
            return Decision(True, "no-evidence", 0.0)  # "le point h de l'ordre du jour": the notice lists a to g
        if e is None or asks_service(result.signals.question):
            return Decision(True, "no-evidence", 0.0)  # "¿Me pueden inscribir en las alertas?": documents do not act
        if self.off_topic(e, result.signals, result.hits[0].passage.text if result.hits else ""):
            return Decision(True, "off-topic", 0.0)
        if not e.foreign and not e.routed and (thing := _unnamed_thing(result.signals.asked)) \
                and set(tokenize(thing)) & set(result.signals.unknown_terms) \
                and not (e.found and asks_forms(result.signals.asked)):  # "the deadline to register": "by 13 November"
            return Decision(True, "no-evidence", 0.0)  # "What is the MSME Group's budget?": no passage says "budget"
        if not e.routed and _amount_unknown(result.signals, self.words, [h.passage.text for h in result.hits]):
            return Decision(True, "no-evidence", 0.0)  # "What import duty does the EU charge?": no passage says "duty"
        if not e.routed and self.words and _unknown_topic(result.signals, self.words):
            return Decision(True, "no-evidence", 0.0)  # "What did the Group decide on fisheries?": no passage says so
        if self.settings.count_needs_figure and not e.found \
                and (result.signals.kind == "count" or asks_forms(result.signals.asked)):
            return Decision(True, "no-evidence", 0.0)  # "How many times was the Handbook downloaded?": no figure given
        if self.settings.period_needs_record and periods and not e.routed \
                and not _records_month(result, draft, periods) \
                and not _names_year(draft, periods, result.signals.asked, _quoted_titles(result, draft),
                                    sections=_quoted_sections(result, draft)) \
                and (e.quote_period < 0 and all(h.features.period < 0 for h in result.hits)  # no hit is of 2019
                     or _undated(result, draft, periods, self.paragraph)  # "Who won in 2022?" from a 2018–2024 report
                     or _of_another_time(result, draft, periods)  # "How many awards in 2022?" from the 2024 report
                     or _dated_elsewhere(result, draft, periods, self.paragraph)):  # "... in 2023" for 2020
            return Decision(True, "other-period", 0.0)
        if self.settings.period_needs_record and periods and not e.routed and _written_before(result, draft, periods) \
                and (_WHEN_YEAR.search(result.signals.asked) or _happened_asked(result.signals, periods)
                     or not _names_year(draft, periods, result.signals.asked, _quoted_titles(result, draft),
                                        sections=_quoted_sections(result, draft))):
            return Decision(True, "other-period", 0.0)  # "Who joined in 2026?" from the 2025 report, naming MC14's days
        if self.settings.body_needs_mention and not e.routed and (bodies := bodies_named(result.signals.asked)) \
                and not _names_body(bodies, result, draft):
            return Decision(True, "no-evidence", 0.0)  # "What did the TRIPS Council decide?" answered of the Group
        if self.settings.name_needs_mention and not e.routed \
                and (words := self._as_spelt(name_words(result.signals.asked, result.signals.language,
                                                        result.signals.terms))) \
                and not self._says_name(words, result, draft):
            return Decision(True, "no-evidence", 0.0)  # "How many users did the Global Trade Helpdesk have?", "¿Etiopía?"
        if self.settings.name_needs_mention and not e.routed and draft is not None \
                and (events := ordinals_asked(result.signals.asked)) \
                and not all(tells_ordinal(event, self._naming_texts(result, draft)) for event in events):
            return Decision(True, "no-evidence", 0.0)  # "the fifth annual meeting": the answer tells of the fourth
        if self.settings.name_needs_mention and e.routed and draft is not None \
                and (members := members_named(result.signals.asked, result.signals.language)) \
                and not says_words(tuple(member_word(m) for m in members), self._naming_texts(result, draft)):
            return Decision(True, "no-evidence", 0.0)  # "How many Canadian firms, according to W/200?": no Canada
        if self.settings.count_needs_figure and result.signals.kind == "count" and not e.routed and draft is not None \
                and (members := members_named(result.signals.asked, result.signals.language)) \
                and not _counts_of(members, result.signals, draft) \
                and not _only_member_of(members, _quoted_paragraphs(result, draft)) \
                and not self._submitted_by(members, result, draft):
            # "How many visits came from Nigeria?": the total, Nigeria after it; "How much did Senegal pledge?": a
            # paragraph of other Members' pledges
            return Decision(True, "no-evidence", 0.0)
        if self.settings.role_needs_title and (people := asks_role(result.signals.asked)) \
                and not gives_role(people, _quoted_texts(result, draft)):
            return Decision(True, "no-evidence", 0.0)  # "What position does Nikolai Platonov hold?"
        if self.settings.role_needs_title and (post := post_asked(result.signals.asked)) \
                and not says_post(post, _quoted_texts(result, draft)):
            return Decision(True, "no-evidence", 0.0)  # "Quel ministre camerounais a présenté…?": none is named
        if self.settings.holder_needs_person and not e.found and asks_holder(result.signals.asked):
            return Decision(True, "no-evidence", 0.0)  # "Who coordinated the Group in 2019?": no one named
        if self.settings.holder_needs_person and draft is not None and asks_person(result.signals.asked) \
                and not any(names_person(text) for text in _quoted_texts(result, draft)):
            return Decision(True, "no-evidence", 0.0)  # "Who spoke on behalf of Visa …?": Visa, and no one of it
        return None

    def _part_missing(self, signals: Signals) -> bool:
        """Whether every paragraph, footnote or section the question names is numbered so in no document it may
        mean: the one it names by symbol, else any. Main text and annex alike: "Le paragraphe 1.1 … leurs annexes"
        asks ¶1.1. A section is there when one of its paragraphs is ("section 6": ¶6.1, or an annex's section 6)."""
        asked = (*signals.paragraphs, *sections_asked(signals.question))
        if not asked or not self.passages:
            return False
        if self._parts is None:
            self._parts = {}
            for p in self.passages:
                if p.para:
                    self._parts.setdefault(p.doc_id, set()).add(p.para)
        named = {p.doc_id for p in self.passages if p.symbol and p.symbol in signals.symbols} \
            if signals.symbols else set()
        numbered = {para for doc_id, paras in self._parts.items() if not named or doc_id in named for para in paras}
        return not any(n in numbered or any(k.startswith(f"{n}.") for k in numbered) for n in asked)

    def _item_missing(self, result: SearchResult, draft: Draft | None) -> bool:
        """Whether the question asks an agenda item by its letter and the quoted documents list an agenda, none of
        them with that item ("What was agenda item G …?" of a notice listing A to F)."""
        letters = [item for item in result.signals.agenda_items if item.isalpha()]
        if len(letters) != 1 or draft is None:
            return False
        docs = {result.hits[q.hit].passage.doc_id for q in draft.quotes}
        agendas = [a for doc in docs
                   if (a := items_listed(self.passages[r].text for r in document_rows(self.passages, doc)))]
        return bool(agendas) and not any(letters[0] in a for a in agendas)

    def _unrecorded_days(self, asked, *, months: bool = False) -> bool:
        """Whether the question asks of days only, and no passage records any of them: no document is of
        that day and none prints it or a span of days holding it ("between 4 and 22 May"). A year's report
        covers 20 May 2025, and says "launched in May 2025", but nothing of a meeting that day. With `months`,
        of a month asked too: a meeting that month would be printed by its day, unless a text dates a meeting by
        its month alone ("the network meeting of June 2023"): that month records it."""
        if months:  # "the meeting of 14 February 2024, just before MC13": MC13 sets the scene, the day is asked
            asked = [a for a in asked if not a.is_conference]
        days = [a for a in asked if a.start == a.end or (months and a.days <= 31)]
        if not self.passages or not days or len(days) < len(asked):
            return False
        self._find_records()

        def recorded(a: Period) -> tuple[Period, ...]:  # a month's meeting: "Kenya joined on 2 October 2023" is none
            return self._meeting_days if a.start != a.end else self._days

        return not any(p.overlaps(a) for a in days for p in recorded(a)) \
            and not (months and any(p == a for p in self._meeting_months for a in days))

    def _no_meeting_in(self, months: tuple[int, ...]) -> bool:
        """Whether no meeting the collection records (`_find_records`) was held in any of the months, of any year:
        "the August meeting" where the Group met in March, July and December. Collections of no dated meeting
        ("the meeting" may be one no text dates) and no passages decide nothing."""
        if not self.passages:
            return False
        self._find_records()
        held = (*self._meeting_days, *self._meeting_months)
        return bool(held) and not any(p.start.month in months or p.end.month in months for p in held)

    def _find_records(self) -> None:
        """The days, meeting days and meeting months the collection records, found once."""
        if self._days is None:
            reported = {doc for passage in self.passages if (doc := passage_period(passage.period)) is not None}
            spans = {p for passage in self.passages for p in printed_in(passage.text, passage.period)} | reported
            # "in May 2025" does not date a meeting of 20 May; a report's first and last days are what it tells
            # of ("Au 31 décembre 2021, combien de membres … ?" asks what the 2021 report counts)
            ends = {Period.day(day) for doc in reported if doc.days >= 28 for day in (doc.start, doc.end)}
            self._days = tuple(p for p in spans if p.days < 28) + tuple(ends)
            self._meeting_months = tuple(dict.fromkeys(p for passage in self.passages
                                                       for p in _meetings_by_month(passage.text)))
            # a meeting's summary or notice is of its day; a document is also of the day it is dated ("le texte
            # rectifié en mai 2024" names a corrigendum by its month)
            dated = {Period.day(date.fromisoformat(passage.date)) for passage in self.passages if passage.date}
            self._meeting_days = tuple(p for p in reported | dated if p.days < 28) + tuple(
                dict.fromkeys(p for passage in self.passages for sentence in _SENTENCE_END.split(passage.text)
                              if _MEETING_WORD.search(sentence)
                              for p in printed_in(sentence, passage.period) if p.days < 28))

    def _submitted_by(self, members: tuple[str, ...], result: SearchResult, draft: Draft) -> bool:
        """Whether every quoted document is a Member's communication and one of the Members a count question
        names submitted it: the figures of Chile's "Comunicación de Chile" are Chile's ("¿Cuánto tardaba antes
        en Chile el trámite …?"), though its paragraphs seldom name Chile."""
        docs = {result.hits[q.hit].passage.doc_id for q in draft.quotes}
        return bool(docs) and all(
            any(says_words(tuple(tokenize(member)), (self._byline(doc),)) for member in members) for doc in docs)

    def _byline(self, doc_id: str) -> str:
        """The Member a document is a communication from, as its title block prints it ("du Maroc"), or who wrote
        a note ("Note by the Secretariat": "In the Secretariat's summary of …" names it); "" else."""
        if self._bylines is None:
            self._bylines = {}
            for p in self.passages:
                if p.para is not None or p.doc_id in self._bylines:
                    continue
                if m := _SUBMITTED.search(p.text):
                    language = ("es" if m[0].startswith("Comunica") else "fr" if m[0].startswith("Communication d")
                                else "en")
                    self._bylines[p.doc_id] = f"{m[1]} {english_words(m[1], language)}"  # "du Maroc Morocco"
                elif m := _AUTHORED.search(p.text):  # "Nota de la Secretaría Secretariat"
                    self._bylines[p.doc_id] = f"{m[0]} {english_words(m[0], m.lastgroup or 'en')}"
        return self._bylines.get(doc_id, "")

    def _naming_texts(self, result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
        """What an answer says a name in: its quotes, the whole paragraphs they are from (a window of ¶4.1 leaves
        "Le Maroc propose" to the first), their headings, the opening of a document on one event, the byline
        of a Member's communication (Morocco's proposals are Morocco's, though its list items never name it), and
        for a footnote the paragraphs that carry its mark ("the survey "Fresh Stems 2067"²": "The survey was
        carried out online …")."""
        if draft is None:
            return ()
        rows = dict.fromkeys(result.hits[q.hit].row for q in draft.quotes)
        docs = dict.fromkeys(result.hits[q.hit].passage.doc_id for q in draft.quotes)
        return (*_quoted_texts(result, draft), *_quoted_headings(result, draft), *self._openings(result, draft),
                *(self.paragraph(row) for row in rows), *(self._byline(doc) for doc in docs),
                *(text for row in rows for text in self._marking(row)))

    def _marking(self, row: int) -> tuple[str, ...]:
        """The paragraphs of its document that carry the mark of the footnote at `row` (none for a paragraph)."""
        note = self.passages[row].para if self.passages else None
        if not note or not note.startswith("fn"):
            return ()
        marked = (r for r in document_rows(self.passages, self.passages[row].doc_id) if note in self.passages[r].notes)
        return tuple(dict.fromkeys(self.paragraph(r) for r in marked))

    def _says_name(self, words: tuple[str, ...], result: SearchResult, draft: Draft | None) -> bool:
        """Whether the answer says the name asked (`_naming_texts`), or says part of it and the paragraph before
        the quoted one in its section says all of it (`_before`)."""
        texts = self._naming_texts(result, draft)
        if says_words(words, texts):
            return True
        if draft is None:
            return False
        missing = [w for w in words if not says_words((w,), texts)]
        said = {w.partition("|")[2] for w in words if w not in missing}  # the names (by acronym) partly said
        if not all(w.partition("|")[2] in said - {""} for w in missing):
            return False  # only a name of several words said in part is shortened: "the UNCTAD Forum"
        return says_words(tuple(missing), tuple(self._before(result.hits[q.hit].row) for q in draft.quotes))

    def _before(self, row: int) -> str:
        """The paragraph before `row`'s in its section ("5.1" before "5.2"), where a name a paragraph shortens was
        said in full: "UNCTAD presented … its Global Supply Chain Forum", then "welcomed … a Caribbean venue for the
        UNCTAD Forum"."""
        if not self.passages:
            return ""
        rows = paragraph_rows(self.passages, row)
        passage = self.passages[rows[0]]
        if rows[0] == 0 or not passage.para or "." not in passage.para:
            return ""
        before = self.passages[rows[0] - 1]
        section = passage.para.rpartition(".")[0]
        if before.doc_id != passage.doc_id or not before.para or before.para.rpartition(".")[0] != section:
            return ""
        return self.paragraph(rows[0] - 1)

    def _openings(self, result: SearchResult, draft: Draft | None) -> tuple[str, ...]:
        """The first numbered paragraph of each quoted document on one event (of a month or less), which
        says what all of it is about: a report on "the workshop held in Tegucigalpa" speaks of Tegucigalpa
        in every paragraph, naming it in one. A year's report names too much in its first paragraph."""
        if draft is None or not self.passages:
            return ()
        if self._first_rows is None:
            self._first_rows = {}
            for row, p in enumerate(self.passages):
                if p.para and p.doc_id not in self._first_rows:
                    self._first_rows[p.doc_id] = row
        quoted = dict.fromkeys(result.hits[q.hit].passage for q in draft.quotes)
        return tuple(self.paragraph(self._first_rows[p.doc_id]) for p in quoted if p.doc_id in self._first_rows
                     and (period := passage_period(p.period)) and period.days <= MONTH_DAYS)

    def paragraph(self, row: int) -> str:
        """The text of the paragraph passage `row` is a window of ("" when the rule was given no passages)."""
        if not self.passages:
            return ""
        return paragraph_text(self.passages, row)

    def probability(self, e: Evidence) -> float:
        """The model's probability that the documents answer, given the evidence."""
        z = self.settings.intercept + sum(w * getattr(e, name) for name, w in self.settings.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def off_topic(self, e: Evidence, signals: Signals, nearest: str = "") -> bool:
        """Nothing in the collection is near the question: in English, a low MiniLM cosine (the nearest
        hit's) for a question foreign to the collection (no word of it in the top passage, or most of
        its words in no passage: "boiling point of water at sea level"); in Spanish or French, a low e5
        cosine (the nearest hit's, as in English), or no word of the question in any passage, as asked,
        through the glossary or as a cognate ("¿Cuál es el punto de ebullición del mercurio?": e5 puts every text it reads near
        every other, 0.75-0.80 for this one and for answerable questions alike), or none but a year
        (`_only_numbers_known`). The cosine bounds refuse at most one answerable dev question in each group.
        In English, a question that names no topic of the domain and asks with a word no passage has
        (`bot.topic`: "What's the weather like in Geneva this week?", "recipe for alfajores"); one that names a
        topic of the domain is never off-topic, however far its plain words put it from the passages, nor one whose
        nearest passage is Spanish or French, where the English a collection has is a few documents' ("Is that still
        the opening date?" of a Spanish proposal: no passage says "still"). In Spanish
        or French, where any word the glossary lacks is unknown to the English passages, a stricter form
        of it (`_foreign_off_domain`), unless e5 puts the nearest passage nearer than `FOREIGN_NEAR_E5`."""
        s = self.settings
        if asks_foreign_rule(signals.question) and self._unknown_words(signals):
            return True  # "¿Qué visado necesita un empresario peruano …?": a rule no passage tells, of words none has
        if e.foreign:
            # a Ministerial Conference named is the domain's, though "CM12" is a word no passage has
            conference = any(p.is_conference for p in signals.periods)
            lean = SAME_LANGUAGE_LEAN if nearest and detect_language(nearest) == signals.language else 0.0
            return (e.nearest_e5 < s.off_topic_e5 or not (signals.terms or conference) or _only_numbers_known(signals)
                    or (not conference and e.nearest_e5 < FOREIGN_NEAR_E5 + lean and _foreign_off_domain(signals)))
        if names_domain(f"{signals.question} {plain_english(signals.question, 'en')}"):
            return False  # "My street stall runs off the books…": MiniLM puts it far from every passage
        if set(self._unknown_words(signals)) - _FRAMING and not signals.symbols and not _names_brand(signals) \
                and not (nearest and detect_language(nearest) != "en"):
            return True
        # a question naming a document the collection has is of its topic, though written in French ("Who should
        # I send comments on INF/MSME/W/190 to?": MiniLM reads the French text far from the English question)
        return unfamiliar(e) and e.nearest < s.off_topic_minilm and not e.routed

    def _unknown_words(self, signals: Signals) -> list[str]:
        """The question's words no passage has, but for typos of the collection's and plain words it reads, and
        those of what the asker says of itself ("I make shea butter creams in Ghana. Which languages …?")."""
        plain = plain_words(signals.question) if signals.language == "en" else frozenset()
        asked = set(tokenize(signals.asked))
        return [t for t in signals.unknown_terms if not self._misspelt(t) and t not in plain and t in asked]

    def _as_spelt(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The name words as the collection spells them: "the 9th Global Reveiw of Aid for Trade" asks of the Review
        (a word no passage has that is one of the collection's typed one letter off, as `_misspelt` reads it). The
        word itself stays one of the readings: "America", which no passage prints, is said by the English a French
        table is read in ("Amérique latine et Caraïbes"), though it is also "América" typed without its accent."""
        def spelt(word: str) -> str:
            if not self.words or word in self.words or word.endswith("~"):  # a language asked (`bot.names`)
                return word
            return "|".join(sorted({word, *collection_typos(self.words).meant(word)}))
        return tuple("|".join(spelt(one) for one in word.split("|")) for word in words)

    def _misspelt(self, term: str) -> bool:
        """Whether a word no passage has is a long word of the collection typed one letter off ("newsleters" for
        "newsletters", "proposl" for "proposal"): a typo is no sign that a question is foreign to the documents."""
        if not self.words:
            return False
        return bool(collection_typos(self.words).meant(term))

    def reason(self, e: Evidence) -> str:
        """Why the model abstains: the top passage is of another period than asked, or no evidence."""
        if e.period < 0 and e.quote_period < 0:
            return "other-period"
        return "no-evidence"
