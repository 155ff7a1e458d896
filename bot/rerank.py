"""A cheap reranker: a linear model over what is known of each candidate paragraph.

No cross-encoder that loads offline is on PyPI (flashrank's wheel fetches its model from a
hub at first use), so candidates are re-scored by features, with weights fitted on the dev
questions (`helpdesk calibrate`): the cosines in both vector spaces, the reciprocal-rank
fusion score, BM25, the share of the question's content words (weighted by rarity) the
passage contains and whether no other candidate contains more, whether its document is of the
period the question names, whether it holds what the question asks for (a date for "when"), whether
the question names it, whether it is the record of the meeting on a day the question names, whether it
is the notice of that meeting when the question asks how to take part, and whether its paragraph opens on
the day asked.
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np

from bot.forest import packaged_forest
from bot.glossary import english_words
from bot.kind import answers, asks_forms, asks_future, written_in
from bot.names import actions_asked
from bot.records import Features, SentenceScores, Signals
from bot.settings import Rerank, SettingsError
from index.lexical import LexicalIndex, tokenize
from ingest.dates import (MONTH_DAYS, Period, for_meeting, meetings_in, passage_period, printed_in, printed_periods,
                          years_in)
from ingest.passage import Passage

# A document reporting on more than about a year (a recap to a Ministerial Conference) is of
# the period a question names only where its text records it.
SHORT_PERIOD_DAYS = 400


# Words a question uses to ask, not to name what it asks about: their absence from the
# collection says nothing (stemmed, as the tokenizer leaves them).
ASKING_WORDS = frozenset(
    "get got much mani also let like make made anyon someon someth anyth keep kept one new way need want know "
    "tell say said take give go goe went gone come came see look find can may might must shall us whose yes els "
    "ever".split()
)


def question_terms(tokens: tuple[str, ...], lexical: LexicalIndex) -> tuple[dict[str, float], tuple[str, ...]]:
    """The question's terms the collection has, with their idf, and the terms no passage has."""
    n = max(lexical.size, 1)
    terms: dict[str, float] = {}
    unknown: list[str] = []
    for token in dict.fromkeys(t for t in tokens if t not in ASKING_WORDS):
        df = lexical.document_frequency(token)
        if df == 0:
            unknown.append(token)
        else:
            terms[token] = math.log(1 + (n - df + 0.5) / (df + 0.5))
    return terms, tuple(unknown)


def _kind(signals: Signals, text: str) -> float:
    """1 when the passage holds what the question asks for; half that when a "who" or "which" question asks a role
    or an event (`actions_asked`: "Who won …?", "Qui a ouvert l'atelier … ?", "Which Members joined in 2022?") the
    passage does not say, as the reader weighs a sentence."""
    if not answers(signals.kind, text, signals.asked, signals.language, signals.unknown_terms):
        return 0.0
    actions = actions_asked(signals.tokens, signals.kind)
    return 0.5 if actions and not actions & action_terms(text) else 1.0


@functools.lru_cache(maxsize=50_000)
def action_terms(text: str) -> frozenset[str]:
    """The passage's tokens and, of one written in Spanish or French, the English the glossary reads its words as:
    "bajo la presidencia de su Coordinadora" says who chaired, as "chaired by" does."""
    written = written_in(text)
    if written not in ("es", "fr"):
        return passage_terms(text)
    return passage_terms(text) | frozenset(tokenize(english_words(text, written)))


@functools.lru_cache(maxsize=50_000)
def passage_terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def coverage(terms: dict[str, float], text: str) -> float:
    """The weighted share of the question's terms (term -> idf) found in a passage or sentence."""
    total = sum(terms.values())
    if total == 0:
        return 0.0
    present = passage_terms(text)
    return sum(w for t, w in terms.items() if t in present) / total


def period_match(passage: Passage, asked: tuple[Period, ...]) -> float:
    """+1 when the passage's document reports on a period the question names, or its text records one;
    -1 when neither; 0 when the question names no period."""
    if not asked:
        return 0.0
    if reports_on(passage, asked):
        return 1.0
    # the section a paragraph sits under may date it: "9 ¿QUÉ PREGUNTAS SE RECIBIERON EN 2025?"
    if any(p.overlaps(a) for text in (passage.text, *passage.headings) for p in printed_periods(text) for a in asked):
        return 1.0
    return -1.0


def reports_on(passage: Passage, asked: tuple[Period, ...]) -> bool:
    """Whether the passage's document reports on one of the periods asked, and on little more."""
    doc = passage_period(passage.period)
    return doc is not None and (doc.end - doc.start).days <= SHORT_PERIOD_DAYS and any(doc.overlaps(a) for a in asked)


def features(
    signals: Signals, row: int, passage: Passage, *, minilm: float, e5: float, fused: float, routed: bool,
    lead: Passage, sentence: SentenceScores | None = None,
) -> Features:
    """A candidate's features, computed once: the reranker weighs them, the abstention reads the top one's.
    `lead` is the first window of the passage's paragraph (the passage itself for most): whether the paragraph
    opens on the day asked is the paragraph's, whichever window of it is a candidate. `sentence` scores the window's
    best sentences (`bot.sentence_scores`), None when it has no sentence."""
    cosine = e5 if signals.in_e5 else minilm
    prepared = prepared_for(passage, signals)  # "the Coordinator's report to MC13": that report is of the period asked
    return Features(
        cosine=cosine,
        minilm=minilm,
        e5=e5,
        fused=fused,
        coverage=coverage(signals.terms, passage.text),
        most_coverage=0.0,
        lexical=signals.lexical.get(row, 0.0) / signals.best_lexical,
        period=1.0 if prepared else period_match(passage, signals.periods),
        kind=_kind(signals, passage.text),
        routed=float(routed),
        footnote=float(bool(passage.para) and passage.para.startswith("fn")),
        opening=float(passage.para is None),
        title=title_coverage(signals.terms, passage),
        **printed_years(passage, signals.periods),
        document_period=1.0 if prepared else document_period(passage, signals.periods),
        meeting_record=float(records_meeting_of(passage, signals.periods, signals.asked)),
        meeting_notice=float(notice_of(passage, signals.periods, signals.asked)),
        day_lead=float(day_lead(lead, signals.periods)),
        **(sentence._asdict() if sentence else {}),
        sentence_gain=sentence.sentence_cosine - cosine if sentence else 0.0,
    )


def prepared_for(passage: Passage, signals: Signals) -> bool:
    """Whether the question asks what was prepared for a Ministerial Conference and the passage's document
    is the one its title says was written for it ("Coordinator's report to the 13th Ministerial Conference
    (MC13)"), though that report tells of the years before it: the period asked is its occasion."""
    asked = [a for a in signals.periods if a.is_conference]
    if not asked or not for_meeting(signals.asked):
        return False
    named = {Period.meeting(n) for n in meetings_in(passage.title or "")}
    return any(a in named for a in asked)


def printed_years(passage: Passage, asked: tuple[Period, ...]) -> dict[str, float]:
    """Whether the passage's text prints a year the question names, or only other years.

    `period` says whether a passage is of the period at all; these say what its own words date:
    a paragraph of the 2024 report on "one of the 2023 Small Business Champions" is of 2024 but
    does not answer who won in 2024. Fitted beside `period` and `document_period` by the procedure
    of `eval.tune.fit_rerank`, they raised the reranker's cross-validated dev Recall@1 from 0.786
    to 0.798, and fitted on two dev suites and scored on the third, 0.784/0.714/0.841 to
    0.791/0.714/0.854 (on test the rerank stage then lost Recall@1: README, Ablation).
    """
    if not asked:
        return {"year_asked": 0.0, "year_other": 0.0}
    years = years_in(passage.text)
    # a Ministerial Conference asked is named, not dated: "At MC13 a Coordinator's Report was issued
    # summarizing … since its establishment in 2017" is of MC13, though the one year it prints is not
    meetings = {Period.meeting(n) for n in meetings_in(passage.text)} if any(a.is_conference for a in asked) else set()
    hit = any(a.start.year <= y <= a.end.year for y in years for a in asked) or any(a in meetings for a in asked)
    return {"year_asked": float(hit), "year_other": float(bool(years) and not hit)}


def document_period(passage: Passage, asked: tuple[Period, ...]) -> float:
    """+1 when the passage's document reports on a period asked, -1 when it reports on another, 0 else."""
    if not asked or passage_period(passage.period) is None:
        return 0.0
    return 1.0 if reports_on(passage, asked) else -1.0


# How to take part in a meeting, which its convening notice tells and its summary does not: registering, the link,
# the proposed agenda ("how do I register", "¿cómo me inscribo?", "l'ordre du jour proposé"). Not "online" or "à
# distance" alone: "how many delegations followed it online?" asks the summary.
_ATTENDING = re.compile(r"\b(?:regist\w*|sign(?:ing)? up|inscri\w*|links?|enlaces?|liens?|connect\w*|conexi[oó]n|"
                        r"agenda|orden del d[ií]a|ordre du jour)\b", re.IGNORECASE)


def meeting_asked(passage: Passage, asked: tuple[Period, ...]) -> Period | None:
    """The one day the passage's dated document is of, when the question names that day or its month (not a year,
    not a Ministerial Conference): a meeting's notice or its summary; None else."""
    short = [a for a in asked if not a.is_conference and a.days <= MONTH_DAYS]
    doc = passage_period(passage.period)
    if not short or doc is None or doc.days != 1 or not passage.date:
        return None
    return doc if any(doc.overlaps(a) for a in short) else None


def records_meeting_of(passage: Passage, asked: tuple[Period, ...], question: str) -> bool:
    """Whether the question asks what happened on a day or in a month it names and the passage's
    document is the record of a meeting then: a document of that one day, written after it (a
    meeting's summary, not the notice convening it), and a numbered paragraph of it, not its title
    block. The year's annual report also tells of the meeting, in a sentence; the summary says who
    said what. A question about what was to come, or a document's symbol ("Sous quelle cote la
    réunion a-t-elle été convoquée ?"), asks what the summary's paragraphs do not tell."""
    doc = meeting_asked(passage, asked)
    if doc is None or passage.para is None:
        return False
    if asks_future(question) or asks_attending(question) or "symbol" in asks_forms(question):
        return False
    return passage.date > doc.end.isoformat()


def asks_attending(question: str) -> bool:
    """Whether the question asks how to take part in a meeting, a deadline or a time: what its notice tells."""
    return bool(_ATTENDING.search(question)) or bool({"deadline", "clock"} & set(asks_forms(question)))


def notice_of(passage: Passage, asked: tuple[Period, ...], question: str) -> bool:
    """Whether the question asks how to take part in a meeting of a day or month it names (`asks_attending`) and
    the passage's document is that meeting's notice: a document of the one day, written before it. Its summary
    says what was agreed, with deadlines of its own ("replies received by 28 May"), but not how to register."""
    doc = meeting_asked(passage, asked)
    return doc is not None and asks_attending(question) and passage.date < doc.start.isoformat()


# A paragraph's first sentence: up to a full stop before a capital (not "H.E." nor "INF/MSME/W/6/Rev.3")
_FIRST_SENTENCE = re.compile(r"^.*?[a-z0-9)][.;](?=\s+[A-Z(])", re.DOTALL)


# A day, month or season asked ("the summer 2023 meeting"), whose meeting a paragraph opening on its day tells of.
LEAD_ASKED_DAYS = 92


def day_lead(passage: Passage, asked: tuple[Period, ...]) -> bool:
    """Whether the passage opens on a day the question names, or on days inside the month or season it names ("la
    reunión de verano de 2023"), and on no other day: "On 11 July 2023 (INF/MSME/CN/23), the World Trade Board
    presented …" tells of that meeting; "The MSME Group held four open-ended meetings in 2023: on 21 March, 26 April,
    11 July and 5 December" lists it among others."""
    days = [a for a in asked if not a.is_conference and a.days <= LEAD_ASKED_DAYS]
    if not days:
        return False
    lead = _FIRST_SENTENCE.match(passage.text)
    printed = [p for p in printed_in(lead[0] if lead else passage.text, passage.period) if p.start == p.end]
    return bool(printed) and all(any(p.overlaps(d) for d in days) for p in printed)


def title_coverage(terms: dict[str, float], passage: Passage) -> float:
    """The weighted share of the question's terms that the passage's document title or section headings
    hold and its text does not: a paragraph of "the Coordinator's report to MC13" is of that report
    though it never says so. Added beside the share in the text, it raised Recall@1 of the reranker
    fitted on two dev suites and scored on the third from 0.667 to 0.698 (multiyear) and from 0.817 to
    0.841 (extra), and left the shipped suite's at 0.752."""
    total = sum(terms.values())
    if total == 0:
        return 0.0
    named = passage_terms(" ".join((passage.title or "", *passage.headings)))
    said = passage_terms(passage.text)
    return sum(w for t, w in terms.items() if t in named and t not in said) / total


# The scores whose standing among the candidates the trees read (`Features.<name>_gap`, `_rank`)
STANDING = ("cosine", "minilm", "e5", "lexical", "coverage", "fused", "title")


def with_standing(features: list[Features], among: int, foreign: bool) -> list[Features]:
    """How each candidate stands beside the first `among` (the pool a question's answer is chosen from,
    however many results are asked for): whether it holds the largest share of the question's terms, and
    for each score in STANDING its gap to the best and how many of them score higher.

    A share is high or low only beside the other candidates': a question of common words leaves
    every passage at 0.4, one of rare words puts the passage that names them all at 1.0. On dev
    the most-coverage flag, fitted beside the share itself, raised cross-validated Recall@1 of the
    reranker from 0.714 to 0.748, and from 0.587 to 0.635 fitted on one suite and scored on the other.
    """
    if not features:
        return []
    scores = np.array([[getattr(f, name) for name in STANDING] for f in features], dtype=np.float64)
    pool = scores[:among]  # candidate × score
    gap = scores - pool.max(axis=0) if len(pool) else np.zeros_like(scores)
    rank = (pool[None, :, :] > scores[:, None, :]).sum(axis=1) / max(len(pool), 1)
    most = max((f.coverage for f in features[:among]), default=0.0)
    return [f._replace(most_coverage=float(most > 0 and f.coverage >= most - 1e-9), foreign=float(foreign),
                       **{f"{name}_gap": float(g) for name, g in zip(STANDING, gaps)},
                       **{f"{name}_rank": float(r) for name, r in zip(STANDING, ranks)})
            for f, gaps, ranks in zip(features, gap, rank)]


def rerank_score(f: Features, weights: Rerank) -> float:
    return sum(w * getattr(f, name) for name, w in weights.weights.items())


def rerank_scores(features: list[Features], weights: Rerank) -> list[float]:
    """Each candidate's score: the linear weights, plus the trees when the settings name them."""
    linear = np.array([rerank_score(f, weights) for f in features], dtype=np.float64)
    if weights.forest:
        linear = linear + packaged_forest(weights.forest, weights.forest_digest).scores(features)
    return linear.tolist()


def check_weights(weights: Rerank) -> None:
    """A weight for a feature that does not exist is a settings error, not a silent zero; so is a forest file
    missing or other than the one the settings were written with (found at start, not at the first question)."""
    unknown = sorted(set(weights.weights) - set(Features._fields))
    if unknown:
        raise SettingsError(f"rerank.weights: unknown {', '.join(unknown)}; known: {', '.join(Features._fields)}")
    if weights.forest:
        packaged_forest(weights.forest, weights.forest_digest)
