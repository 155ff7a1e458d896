"""A document named by its place among its kind: "the most recent annual report", "el último informe anual",
"le rapport annuel le plus récent", "the oldest meeting summary", "le rapport annuel qui précède celui de 2024".

Such a question names no year, yet it asks about one document's period: in a collection of five
annual reports, "How many Members does the Group have according to the latest annual report?" is
answered by the newest one, not by whichever report words the question best. The document is found
in the collection itself, by the kind and period ingest gave it, and the question is then read as
naming that document's period, which the reranker and the period rules already weigh.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ingest.dates import DAY_MONTH, MONTH_NAMES, Period, passage_period
from ingest.passage import Passage

# the kinds a person names a document by (ingest.meta gives each document one of them)
_KINDS = {
    "annual report": r"annual\s+reports?|informes?\s+anual(?:es)?|rapports?\s+annuels?",
    "meeting summary": r"meeting\s+summar(?:y|ies)|summar(?:y|ies)\s+of\s+(?:a|the)\s+meetings?|"
                       r"res[uú]men(?:es)?\s+de\s+(?:la|una)\s+reuni[oó]n|r[ée]sum[ée]s?\s+de\s+(?:la|une)\s+r[ée]union",
    "convening notice": r"convening\s+notices?|airgrams?|convocatorias?|avis\s+de\s+convocation",
}
_LATEST = r"most\s+recent|latest|newest|last|m[aá]s\s+recientes?|[uú]ltim[oa]s?|plus\s+r[ée]cente?s?|derni[eè]re?s?"
_EARLIEST = r"earliest|oldest|m[aá]s\s+antigu[oa]s?|plus\s+ancien(?:ne)?s?"
_BETWEEN = r"\s+(?:[\w'’-]+\s+){0,2}?"  # "the latest MSME Group annual report", "le rapport annuel le plus récent"
_ORDER = re.compile(
    rf"\b(?:(?P<before>{_LATEST}|{_EARLIEST}){_BETWEEN}(?P<kind_after>{'|'.join(_KINDS.values())})"
    rf"|(?P<kind_before>{'|'.join(_KINDS.values())}){_BETWEEN}(?:(?:le|la|les|el|los|las)\s+)?(?P<after>{_LATEST}|{_EARLIEST}))\b",
    re.IGNORECASE,
)


# "the annual report before the 2024 one", "el informe anual anterior al de 2024", "le rapport annuel qui précède
# celui de 2024", "the meeting summary after the 2023 one": the document of the kind next to the one of that year
_BEFORE = r"before|preceding|prior\s+to|previous\s+to|anterior\s+al?|previo\s+al?|que\s+precede\s+al?|qui\s+pr[ée]c[èe]de|pr[ée]c[ée]dant|avant"
_AFTER = r"after|following|posterior\s+al?|siguiente\s+al?|que\s+sigue\s+al?|qui\s+suit|suivant|apr[èe]s"
_NEXT_TO = re.compile(
    rf"\b(?P<kind>{'|'.join(_KINDS.values())}){_BETWEEN}(?P<side>{_BEFORE}|{_AFTER})\s+(?:the\s+|that\s+of\s+|"
    rf"(?:celui|celle)\s+(?:de\s+|du\s+)?|(?:el|la)\s+de\s+|de\s+|del\s+)?(?:year\s+|año\s+|l['’]\s*ann[ée]e\s+)?"
    rf"(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


KindPeriods = Mapping[str, tuple[Period, ...]]  # document kind -> the period of each document of that kind


def periods_named(question: str, named: tuple[Period, ...],
                  periods_of: Callable[[], KindPeriods]) -> tuple[Period, ...]:
    """The periods a question asks about, given those it names (`ingest.dates.asked_periods`): the next document
    of a kind beside a year replaces that year ("qui précède celui de 2024" is not 2024); a document named by its
    order gives its period when no period is named, and so does a meeting named by its day or month alone that only
    a notice tells of (`meeting_of_a_year`). `periods_of` is called only for a question that names a
    document so, and reads the index's documents (once per index: the caller caches it)."""
    if (beside := next_document_period(question, periods_of)) is not None:
        return (beside,)
    if not named and (ordered := ordered_document_period(question, periods_of)) is not None:
        return (ordered,)
    if not named and (held := meeting_of_a_year(question, periods_of)) is not None:
        return (held,)
    return named


# A meeting named by its day or month without a year: "la reunión del 12 de junio", "the meeting on Thursday, 12
# June", "la réunion du groupe en juin", "the June meeting"
_MEETING_WORD = r"(?:meeting|reuni[oó]n|r[ée]union)"
_DAY_MONTH = DAY_MONTH + r"(?!\s*,?\s*(?:de\s+|del\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2})"  # and no year after it
_YEARLESS_MEETING = (
    re.compile(rf"\b{_MEETING_WORD}\s+(?:(?:del?|du)\s+(?:grupo|groupe)\s+|of\s+the\s+group\s+)?"
               rf"(?:of|on|in|held\s+(?:on|in)|del?|du|el|le|en)\s+(?:\w+,?\s+)??{_DAY_MONTH}", re.IGNORECASE),
    re.compile(rf"\bthe\s+{_DAY_MONTH}\s+{_MEETING_WORD}", re.IGNORECASE))


def meeting_of_a_year(question: str, periods_of: Callable[[], KindPeriods]) -> Period | None:
    """The day (or month) of the meeting a question names without its year ("¿podemos asistir a la reunión del 12
    de junio?"), when the collection knows meetings of that day (or month) by a convening notice only, all of one
    year: the meeting to come, which its notice tells of. None else: a summary of a meeting then tells what was said
    there, and ranking by the day put its notice first (dev: three first places lost, and a refusal, for a summary's
    "¿Qué pidió mi país en la reunión de abril?")."""
    m = next((m for pattern in _YEARLESS_MEETING if (m := pattern.search(question))), None)
    if m is None:
        return None
    month = MONTH_NAMES[m["month"].lower()]
    day = int(m["day"]) if m["day"] else None

    def held(kind: str) -> list[Period]:
        return [p for p in periods_of().get(kind, ())
                if p.days == 1 and p.start.month == month and (day is None or p.start.day == day)]

    notices = held("convening notice")
    if held("meeting summary") or len({p.start.year for p in notices}) != 1:
        return None
    return Period.day(notices[0].start) if day is not None else Period.month(notices[0].start.year, month)


def document_periods(passages: Sequence[Passage]) -> dict[str, tuple[Period, ...]]:
    """Each document kind's periods, one per document: from the first row of each document where the index
    lists its documents (no other row is read), else from every passage (a list read by ingest)."""
    table = getattr(passages, "documents", None)
    firsts = ([passages[d.runs[0][0]] for d in table.documents] if table is not None
              else list({p.doc_id: p for p in reversed(passages)}.values()))
    out: dict[str, list[Period]] = {}
    for p in firsts:
        if (period := passage_period(p.period)) is not None:
            out.setdefault(p.kind, []).append(period)
    return {kind: tuple(periods) for kind, periods in out.items()}


def ordered_document_period(question: str, periods_of: Callable[[], KindPeriods]) -> Period | None:
    """The period of the newest (or oldest) document of the kind the question names by its order; None when
    it names none, or the collection holds no document of that kind with a known period.

    Example:
        >>> ordered_document_period("What does the most recent annual report say?", lambda: document_periods(passages)).label
        '2025'
    """
    m = _ORDER.search(question)
    if m is None:
        return None
    kind = _kind_named(m["kind_after"] or m["kind_before"])
    newest = re.fullmatch(_LATEST, m["before"] or m["after"], re.IGNORECASE) is not None
    return _last_or_first(periods_of().get(kind, ()), last=newest)


def _kind_named(words: str) -> str:
    """The document kind ("annual report") words of `_KINDS` name ("informes anuales")."""
    return next(kind for kind, pattern in _KINDS.items() if re.fullmatch(pattern, words, re.IGNORECASE))


def _last_or_first(periods: Sequence[Period], *, last: bool) -> Period | None:
    """The latest (or earliest) of the periods, as a question would name it; None when there are none."""
    if not periods:
        return None
    return _as_asked((max if last else min)(periods, key=lambda period: (period.end, period.start)))


def _as_asked(period: Period) -> Period:
    """A year or a day as a question naming it gives it ("2025", "9 July 2025"), which the period rules compare."""
    if period.start == period.end:
        return Period.day(period.start)
    if (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31) \
            and period.start.year == period.end.year:
        return Period.year(period.start.year)
    return period


def next_document_period(question: str, periods_of: Callable[[], KindPeriods]) -> Period | None:
    """The period of the document of the kind just before (or after) the one of the year the question names
    ("le rapport annuel qui précède celui de 2024": the 2023 report in a collection that has it, else the one
    before that); None when the question says no such thing or the collection holds no such document.

    Example:
        >>> next_document_period("the annual report before the 2024 one", lambda: document_periods(passages)).label
        '2023'
    """
    m = _NEXT_TO.search(question)
    if m is None:
        return None
    kind = _kind_named(m["kind"])
    year, before = int(m["year"]), re.fullmatch(_BEFORE, m["side"], re.IGNORECASE) is not None
    return _last_or_first([p for p in periods_of().get(kind, ()) if (p.end.year < year if before else p.start.year > year)],
                          last=before)


# The date a document bears, asked: "When did the Secretariat issue its summary of the March 2023 meeting?", "¿De qué
# fecha es el borrador del informe anual de 2025?", "Quand l'avis de convocation a-t-il été diffusé ?". Its title
# block prints it; no paragraph says it.
_ISSUED = re.compile(
    r"\b(?:issued?|circulated|published|distributed|released|dated)\b|\bde\s+qu[eé]\s+fecha\s+es\b|"
    r"\bfecha\s+de\s+(?:publicaci[oó]n|distribuci[oó]n|emisi[oó]n)\b|\b(?:public|circul)(?:[oó]|aron)\b|"
    r"\b(?:distribuy[oó]|distribuyeron|emiti[oó]|emitieron)\b|\bde\s+quand\s+date\b|"
    r"\bdate\s+de\s+(?:publication|diffusion|distribution)\b|\b(?:publi|diffus|distribu|émis)(?:é|ée|e|és|ées)?\b",
    re.IGNORECASE)
_WHEN_ISSUED = re.compile(r"\b(?:when|what\s+date|which\s+day|on\s+what\s+day|cu[aá]ndo|qu[eé]\s+(?:fecha|d[ií]a)|"
                          r"quand|quel(?:le)?\s+(?:date|jour)|de\s+quand)\b", re.IGNORECASE)
# The kinds of document a question asks the date of, in its own words
_ISSUED_KINDS = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in {
    "meeting summary": r"summar(?:y|ies)|res[uú]men(?:es)?|r[ée]sum[ée]s?|compte[s]?\s+rendus?",
    "convening notice": r"convening\s+notices?|notices?|airgrams?|convocatorias?|(?:avis\s+de\s+)?convocations?",
    "annual report": r"annual\s+reports?|draft\s+reports?|informes?\s+anual(?:es)?|borrador|rapports?\s+annuels?|"
                     r"projet\s+de\s+rapport",
}.items()}


# A document named by its place in a series, which its title block does not say: "the very first annual report",
# "le rapport annuel précédent" (a document of the collection may only cite it)
_IN_SERIES = re.compile(r"\b(?:first|previous|preceding|earlier|prior|primer[oa]?|anterior|previo|premi[eè]re?|"
                        r"pr[ée]c[ée]dente?)\b", re.IGNORECASE)


def issue_kind(question: str) -> str | None:
    """The kind of document whose date of issue the question asks, or None when it asks none."""
    if not (_WHEN_ISSUED.search(question) and _ISSUED.search(question)) or _IN_SERIES.search(question):
        return None
    return next((kind for kind, words in _ISSUED_KINDS.items() if words.search(question)), None)
