"""Dates and periods as WTO documents print them and as people ask about them.

Documents print `10 December 2024`, `26-29 February 2024`, `March and October 2019`; a
question may say `in 2022`, `en marzo de 2023`, `le 19 mars 2024`, `MC12` or `CM12` (the
Spanish and French name of a Ministerial Conference). A `Period` is a closed range of days:
a year, a month, a day, or the days of a Ministerial Conference.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# Month names a question may use, in the WTO's three languages -> month number.
MONTH_NAMES = {
    **{m: i for i, m in enumerate(MONTHS, 1)},
    **{m: i for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre"), 1)},
    **{m: i for i, m in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"), 1)},
    "setiembre": 9, "fevrier": 2, "aout": 8, "decembre": 12,
}
# The WTO Ministerial Conferences, first and last day (wto.org, "Ministerial conferences").
MINISTERIALS = {
    8: (date(2011, 12, 15), date(2011, 12, 17)),  # Geneva
    9: (date(2013, 12, 3), date(2013, 12, 7)),  # Bali
    10: (date(2015, 12, 15), date(2015, 12, 19)),  # Nairobi
    11: (date(2017, 12, 10), date(2017, 12, 13)),  # Buenos Aires
    12: (date(2022, 6, 12), date(2022, 6, 17)),  # Geneva
    13: (date(2024, 2, 26), date(2024, 3, 2)),  # Abu Dhabi
    14: (date(2026, 3, 26), date(2026, 3, 29)),  # Yaoundé
}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth")
# "la quatorzième Conférence ministérielle", "la decimocuarta Conferencia Ministerial"
_ORDINALS_FR_ES = {"dixième": 10, "onzième": 11, "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15,
                   "décima": 10, "undécima": 11, "duodécima": 12, "decimotercera": 13, "decimocuarta": 14,
                   "decimoquinta": 15}

MONTH_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# The months as the Spanish and French versions of a document print them, in lower case ("19 de mayo de 2026",
# "1er juillet 2025"); a capital may open a line or a title
_ROMANCE_MONTHS = "|".join(sorted((m for m in MONTH_NAMES if m not in MONTHS), key=len, reverse=True))
_ROMANCE_MONTH = rf"(?i:{_ROMANCE_MONTHS})"
# a printed day, its year or not: "24 February", "24 de febrero", "24 février", "1er mars"
DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+{MONTH_PATTERN}\b|\b\d{{1,2}}(?:er)?\s+(?:de\s+)?{_ROMANCE_MONTH}\b")
# "10 December 2024", "26-29 February 2024", "26 to 29 February 2024", "March and October 2019", "May 2021"
PRINTED_DATES = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}}))?\s+)?"
    rf"(?P<months>{MONTH_PATTERN}(?:\s*(?:,|and|to|-|–)\s*{MONTH_PATTERN})*)\s*,?\s+(?P<year>(?:19|20)\d{{2}})\b"
)
# Any month name of the three languages (and their unaccented spellings) as a regex alternation, longest first
ANY_MONTH_PATTERN = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# The same in a Spanish or French version: "19 de mayo de 2026", "del 24 al 26 de junio de 2025", "mayo de 2026",
# "du 24 au 26 juin 2025", "1er juillet 2025", "mars et octobre 2019"
_ROMANCE_DATES = re.compile(
    rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:er)?(?:\s*(?:-|–|al|au|y|et|a)\s*(?P<d2>\d{{1,2}})(?:er)?)?\s+(?:de\s+)?)?"
    rf"(?P<months>{_ROMANCE_MONTH}(?:\s*(?:,|y|et|a|à|-|–)\s*(?:de\s+)?{_ROMANCE_MONTH})*)\s*,?\s+(?:de\s+|del\s+)?"
    rf"(?P<year>(?:19|20)\d{{2}})\b"
)
# A question's dates: "19 March 2024", "March 2024", "19 de marzo de 2024", "le 19 mars 2024", "marzo de 2023",
# "the 9th of July 2025", and as Americans write them, "July 9, 2025"
# and as people type them short: "29 Sept 2026", "Dec. 2024"
_ABBREVIATED_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
_ASKED_MONTH = rf"{ANY_MONTH_PATTERN}|(?:{'|'.join(sorted(_ABBREVIATED_MONTHS, key=len, reverse=True))})\.?"


def _month_asked(name: str) -> int:
    """The number of a month as a question names it, in full or short ("Sept.")."""
    named = name.lower()
    return MONTH_NAMES.get(named) or _ABBREVIATED_MONTHS[named.rstrip(".")]


_ASKED_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?)?(?P<month>{_ASKED_MONTH})\s+"
    rf"(?:(?P<us_day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?:de\s+|del\s+)?(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# The four-digit numbers read as years: a document of 2044 reports on 2043 as one of 2024 on 2023 (the bound was
# 2039 until documents of the 2040s were read as undated); "2,310 firms" is written with its separator
YEARS = range(1990, 2100)
MONTH_DAYS = 31  # the longest month: a period this long or shorter is a day or a month, not a quarter or a year
_ASKED_YEAR = re.compile(r"(?<![\w/(.-])((?:19|20)\d{2})(?![\w/)-]|\.\w)")
# "in 2023-2024", "2023–24", "2023/24": the first and the last year, as "between 2023 and 2024" reads
_ASKED_YEARS = re.compile(r"(?<![\w/(.-])((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2}|\d{2})(?![\w/)-]|\.\w)")
# A Conference named by the city that hosted it, as the three languages spell it ("the Abu Dhabi Ministerial", "la
# Conferencia Ministerial de Abu Dabi", "la Conférence ministérielle d'Abou Dhabi"); not Geneva, host of MC8 and MC12;
# not a text it adopted
_HOSTS = {r"Abu\s+Dhabi|Abu\s+Dabi|Abou\s+Dhabi": 13, r"Yaound[ée]|Yaund[ée]": 14, r"Buenos\s+Aires": 11, r"Nairobi": 10,
          r"Bali": 9}
# what a Conference adopts, named by its city: "the Buenos Aires Joint Ministerial Statement" names a text, not a time
_ADOPTED = r"(?:statements?|declarations?|decisions?|package)\b"
_HOST = "(?:" + "|".join(_HOSTS) + ")"
_MEETING = re.compile(
    r"\b(?:MC|CM)\s*-?\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th|e|ª|a|ème|ᵉ)?\s+(?:WTO\s+)?"
    r"(?:Ministerial|Conferencia Ministerial|Conférence ministérielle)\b|\b(" + "|".join(ORDINALS + tuple(_ORDINALS_FR_ES))
    + r")\s+(?:WTO\s+)?(?:Ministerial|Conferencia Ministerial|Conférence ministérielle)\b"
    rf"|\b({_HOST})\s+(?:WTO\s+)?Ministerial\b(?!\s+(?:Joint\s+)?{_ADOPTED})"
    rf"|(?<!Declaración\s)(?<!Declaracion\s)(?<!Decisión\s)(?<!Decision\s)\b"
    rf"(?:Ministerial(?:\s+Conference)?|Conferencia\s+Ministerial|Conférence\s+ministérielle|Ministerial)\s+"
    rf"(?:of|in|at|de|en|d['’]\s*|à)\s*({_HOST})\b",
    re.IGNORECASE,
)


def _meeting_number(m: re.Match[str]) -> int:
    """The Conference a `_MEETING` match names: by number, ordinal or host city."""
    if m[1] or m[2]:
        return int(m[1] or m[2])
    if m[3]:
        word = m[3].lower()
        return _ORDINALS_FR_ES[word] if word in _ORDINALS_FR_ES else ORDINALS.index(word) + 1
    city = m[4] or m[5]
    return next(number for spelt, number in _HOSTS.items() if re.fullmatch(spelt, city, re.IGNORECASE))


@dataclass(frozen=True, slots=True)
class Period:
    """A closed range of days; `label` says how it was named ("2022", "March 2023", "MC12")."""

    start: date
    end: date
    label: str

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_conference(self) -> bool:
        """A Ministerial Conference ("MC13"): documents written before it speak of what it is prepared for."""
        return self.label.startswith("MC")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), str(year))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), f"{MONTHS[month - 1].title()} {year}")

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, f"{day.day} {MONTHS[day.month - 1].title()} {day.year}")

    @classmethod
    def meeting(cls, number: int) -> Period | None:
        if number not in MINISTERIALS:
            return None
        start, end = MINISTERIALS[number]
        return cls(start, end, f"MC{number}")


def dates_in(text: str) -> list[tuple[int, int, list[date], bool]]:
    """Each printed date: (start, end, the days or first days of months it names, whether days are given)."""
    found = []
    matches = [*PRINTED_DATES.finditer(text), *_ROMANCE_DATES.finditer(text)] if _has_romance_month(text) \
        else PRINTED_DATES.finditer(text)
    for m in sorted(matches, key=lambda m: m.start()):
        year = int(m["year"])
        months = [MONTH_NAMES[x.lower()] for x in re.findall(rf"{MONTH_PATTERN}|{_ROMANCE_MONTH}", m["months"])]
        if m["d1"]:
            first, last = int(m["d1"]), int(m["d2"] or m["d1"])
            try:
                days = [date(year, months[-1], d) for d in range(first, last + 1)]
            except ValueError:  # "31 February": not a date
                continue
            found.append((m.start(), m.end(), days, True))
        else:
            found.append((m.start(), m.end(), [date(year, mo, 1) for mo in months], False))
    return found


_ANY_ROMANCE_MONTH = re.compile(rf"\b{_ROMANCE_MONTH}\b")


def _has_romance_month(text: str) -> bool:
    """Whether a Spanish or French month is printed: most texts are English, and their dates need one pattern."""
    return bool(_ANY_ROMANCE_MONTH.search(text))


def first_printed_date(text: str) -> date | None:
    """The first full date a text prints ("15 March 2023"), or None."""
    return next((days[0] for _, _, days, has_day in dates_in(text) if has_day), None)


@functools.lru_cache(maxsize=20_000)  # the reranker reads each candidate's, question after question
def years_in(text: str) -> frozenset[int]:
    """Years a text names on their own or in dates (`YEARS`), not inside symbols like WT/MIN(24)/9."""
    return frozenset(int(y) for y in _ASKED_YEAR.findall(text) if int(y) in YEARS)


# "for MC14", "ahead of MC14", "pour la CM14", "de cara a la CM14", "le rapport à la CM13": what is prepared
# for a meeting, which documents written before it record; not what the meeting itself did ("What did MC14 decide?").
# "By the time of MC13", "hasta la CM13", "au moment de la CM13": what stood when it met, which the report to it tells.
_FOR_MEETING = re.compile(r"(?<!\w)(?:for|at|to|ahead of|before|towards|(?:by|at) the time of|until|up to|para|pour|"
                          r"en vue de|de cara a|hacia|hasta|antes de|(?:en el|al) momento de|au moment de|"
                          r"jusqu['’]\s*(?:à|a)|avant|à|a)\s+"
                          r"(?:the\s+|la\s+|le\s+|l[’'])?(?:MC|CM)\s?\d|"
                          # "a possible MC14 Ministerial Statement", "the MC13 deliverables", "the MC13 coordinator's
                          # report": made for it
                          r"\b(?:MC|CM)\s?\d+\s+(?:coordinator['’]?s?\s+)?(?:ministerial\s+)?(?:statements?|"
                          r"declarations?|deliverables?|outcomes?|decisions?|packages?|preparations?|texts?|drafts?|"
                          r"reports?)\b", re.IGNORECASE)


def for_meeting(question: str) -> bool:
    """Whether the question asks what was prepared for a Ministerial Conference ("the report to MC13")."""
    return bool(_FOR_MEETING.search(question))


def meetings_in(text: str) -> list[int]:
    """Ministerial Conference numbers named: MC12, CM12, 12th Ministerial Conference, Twelfth Ministerial."""
    out = []
    for m in _MEETING.finditer(text):
        out.append(_meeting_number(m))
    return out


# "the Secretariat's note of 10 February 2026", "la nota de la Secretaría de marzo de 2023", "la note du 10 février":
# a day or month that dates the document asked from, not the time asked about ("the report of the meeting of
# 10 December" dates the meeting); a version or revision so dated, or dated in brackets ("la revisión de
# septiembre de 2025", "la révision du plan de travail (juillet 2022)", "la convocatoria fechada el 4 de octubre"); a day
# a document was circulated on
_DATING_DOCUMENT = re.compile(r"\b(?:note|nota|report|informe|rapport|communication|comunicaci[oó]n|document|documento|"
                              r"notice|convocatoria|avis|draft|proyecto|projet|declaration|declaraci[oó]n|déclaration|"
                              r"proposal|propuesta|proposition|minutes|actas|procès-verbal|summary|resumen|résumé|"
                              r"guide|gu[ií]a|factsheet|fiche|version|versi[oó]n|revision|revisi[oó]n|révision)\b"
                              r"(?:(?!meeting|reuni|réuni|session|sesi|séance|workshop|taller|atelier|conference|"
                              r"conferencia|conférence)[^.?¿!]){0,40}?"
                              r"(?:\b(?:of|from|dated|de|del|du|fechad[oa]|dat[ée]e?)\s+(?:(?:the|on|el|le)\s+)?|\(\s*)$|"
                              # a day a document was circulated on: "… se distribuyó el 10 de junio de 2024"
                              r"\b(?:circulated|issued|distributed|se\s+distribuy[oó]|distribuid[oa]|difundid[oa]|"
                              r"distribu[ée]e?|diffus[ée]e?)\s+(?:on\s+|el\s+|le\s+)?$", re.IGNORECASE)


# "the Secretariat's 2023 note", "its 2025 communication", "the June 2025 version": a year or a month before the
# kind of document (not "the 2023 annual report", which is of the year it reports on, and dated the next)
_DATED_NOTE = re.compile(r"\s+(?:note|communication|proposal|draft|version|revision|nota|comunicaci[oó]n|propuesta)\b",
                         re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def document_dates(text: str) -> tuple[Period, ...]:
    """The days, months and years a question gives as a document's date ("according to the note of March 2023",
    "d'après le tableau 3 de la note de 2023")."""
    return _dates_naming(text, _DATING_DOCUMENT, _DATED_NOTE, days=True)


def _dates_naming(text: str, before: re.Pattern[str], after: re.Pattern[str], *, days: bool) -> tuple[Period, ...]:
    """The dates (days too when `days`), months and years in `text` that what precedes them ends with `before` or
    what follows opens with `after`: the dates that name something rather than a time asked about."""
    out, spans = [], []
    for m in _ASKED_DATE.finditer(text):
        spans.append(m.span())
        day = m["day"] or m["us_day"]
        if (days or not day) and (before.search(text[: m.start()]) or after.match(text[m.end():])):
            month, year = _month_asked(m["month"]), int(m["year"])
            try:
                out.append(Period.day(date(year, month, int(day))) if day else Period.month(year, month))
            except ValueError:
                continue
    for m in _NUMERIC_DATE.finditer(text):
        spans.append(m.span())
        if (period := _numeric_period(m)) is not None and (days or period.start != period.end) \
                and (before.search(text[: m.start()]) or after.match(text[m.end():])):
            out.append(period)
    for m in _ASKED_YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in spans) and (before.search(text[: m.start()])
                                                               or after.match(text[m.end():])):
            out.append(Period.year(int(m[1])))
    return tuple(out)


# A text Ministers or the Group adopted, named by its date: "the December 2020 Declaration", "la Declaración de 2020",
# "la déclaration de décembre 2020", "the 2020 MSME Package". Its date names it, as a symbol would; what it says
# is quoted by the reports of later years
_INSTRUMENT = (r"declarations?|declaraci[oó]n(?:es)?|déclarations?|packages?|paquetes?|paquets?|decisions?|"
               r"decisi[oó]n(?:es)?|décisions?|recommendations?|recomendaci[oó]n(?:es)?|recommandations?")
_INSTRUMENT_BEFORE = re.compile(rf"\b(?:{_INSTRUMENT})(?:\s+(?:ministerial(?:es)?|ministérielles?))?\s+"
                                r"(?:of|de|du|del)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_INSTRUMENT_AFTER = re.compile(rf"\s+(?:MSMEs?\s+|mipymes?\s+|ministerial\s+)?(?:{_INSTRUMENT})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def instrument_dates(text: str) -> tuple[Period, ...]:
    """The months and years a question names an adopted text by ("the December 2020 Declaration", "la Déclaration
    de décembre 2020", "el paquete de 2020"): not a time asked about.

    Example:
        >>> [p.label for p in instrument_dates("Que demande le point 3 de la Déclaration de décembre 2020 ?")]
        ['December 2020']
    """
    return _dates_naming(text, _INSTRUMENT_BEFORE, _INSTRUMENT_AFTER, days=False)


# A day or a month typed in figures: "le 28.11.2022", "el 05/06/2023", "3.11.22", ISO's "2024-10-18" and "2022-06"
_NUMERIC_DATE = re.compile(r"(?<![\w/.,-])(?:(?P<iso_year>(?:19|20)\d{2})-(?P<iso_month>\d{2})(?:-(?P<iso_day>\d{2}))?|"
                           r"(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d{2}))"
                           r"(?![\w/-]|[.,]\d)")


def _span_end(first: int, second: str) -> int | None:
    """The last year of a span written from `first` ("2023-2024", "2023/24"), or None when `second` does not end
    one within ten years ("2022-06" is June)."""
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return last if first < last <= first + 10 else None


def _numeric_period(m: re.Match[str]) -> Period | None:
    """The day or month a `_NUMERIC_DATE` match names. Day first, as Geneva and most users write it, unless the
    second number cannot be a month ("11/28/2022"); "2023-24" is a span of years, not a month."""
    try:
        if m["iso_year"]:
            year, month = int(m["iso_year"]), int(m["iso_month"])
            if year not in YEARS or (not m["iso_day"] and _span_end(year, m["iso_month"]) is not None):
                return None
            return Period.day(date(year, month, int(m["iso_day"]))) if m["iso_day"] else Period.month(year, month)
        day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
        year += 2000 if year < 100 else 0
        if month > 12 >= day:
            day, month = month, day
        return Period.day(date(year, month, day)) if year in YEARS else None
    except ValueError:
        return None


# A part of a year a question names: a half ("the first half of 2023", "el primer semestre de 2022", "au second
# semestre 2025"), a quarter ("Q1 2047", "el segundo trimestre de 2047", "au quatrième trimestre 2046"), a season of
# the northern hemisphere, where Geneva meets ("spring 2022", "el verano de 2024", "à l'automne 2022"), its middle
# ("mid-2021", "a mediados de 2023"). Not its start or end ("early 2021", "fin 2022", "a finales de 2022"): "how many
# Members at the end of 2022?" asks what the year's report counts, which a paragraph says of the year.
_QUARTER = {"first": 1, "1st": 1, "primer": 1, "premier": 1, "second": 2, "2nd": 2, "segundo": 2, "deuxième": 2,
            "third": 3, "3rd": 3, "tercer": 3, "troisième": 3, "fourth": 4, "4th": 4, "cuarto": 4, "quatrième": 4}
_SEASON = {"spring": 3, "primavera": 3, "printemps": 3, "summer": 6, "verano": 6, "été": 6,
           "autumn": 9, "fall": 9, "otoño": 9, "automne": 9}
_ORDINAL_WORDS = "|".join(sorted(_QUARTER, key=len, reverse=True))
_PART_OF_YEAR = re.compile(
    rf"\b(?P<half>first|1st|second|2nd)\s+half\s+of\s+(?:the\s+year\s+)?(?P<y1>(?:19|20)\d{{2}})\b|"
    rf"\b(?P<semestre>primer|segundo|premier|second|deuxième)\s+semestre\s+(?:de\s+|del\s+)?(?P<y2>(?:19|20)\d{{2}})\b|"
    rf"\b(?P<quarter>{_ORDINAL_WORDS})\s+(?:quarter|trimestre)\s+(?:of\s+|de\s+|del\s+)?(?P<y3>(?:19|20)\d{{2}})\b|"
    rf"\bQ(?P<q>[1-4])\s*(?P<y4>(?:19|20)\d{{2}})\b|"
    rf"\b(?P<season>spring|summer|autumn|fall|primavera|verano|otoño|printemps|été|automne)\s+(?:of\s+|de\s+|del\s+)?"
    rf"(?P<y5>(?:19|20)\d{{2}})\b|"
    rf"(?:\bmid-?\s*|\bmediados\s+de\s+|\bmi-)(?P<y6>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


def _part_of_year(m: re.Match[str]) -> Period:
    """The months a `_PART_OF_YEAR` match names, labelled as the question wrote them."""
    year = int(next(m[f"y{n}"] for n in range(1, 7) if m[f"y{n}"]))
    if m["half"] or m["semestre"]:
        first = 1 if _QUARTER[(m["half"] or m["semestre"]).lower()] == 1 else 7  # the first or the second half
        months = (first, first + 5)
    elif m["quarter"] or m["q"]:
        quarter = int(m["q"]) if m["q"] else _QUARTER[m["quarter"].lower()]
        months = (3 * quarter - 2, 3 * quarter)
    elif m["season"]:
        start = _SEASON[m["season"].lower()]
        months = (start, start + 2)
    else:  # the middle of the year: its second and third quarters
        months = (4, 9)
    last = calendar.monthrange(year, months[1])[1]
    return Period(date(year, months[0], 1), date(year, months[1], last), " ".join(m[0].split()))


def asked_periods(text: str, parts: bool = False) -> list[Period]:
    """The periods a question names: days, months, years and Ministerial Conferences, in order, no repeats; with
    `parts`, the parts of a year it names too (`_PART_OF_YEAR`: "the first half of 2023", "Q1 2047").

    A year inside a named day, month or part of a year is not repeated as a year of its own.

    Example:
        >>> [p.label for p in asked_periods("¿Qué pasó en marzo de 2023 y en la CM12?")]
        ['March 2023', 'MC12']
    """
    periods: list[Period] = []
    covered: list[tuple[int, int]] = []
    for m in _PART_OF_YEAR.finditer(text) if parts else ():
        periods.append(_part_of_year(m))
        covered.append(m.span())
    for m in _ASKED_DATE.finditer(text):
        month, year, day = _month_asked(m["month"]), int(m["year"]), m["day"] or m["us_day"]
        try:
            periods.append(Period.day(date(year, month, int(day))) if day else Period.month(year, month))
        except ValueError:
            continue
        covered.append(m.span())
    for m in _NUMERIC_DATE.finditer(text):
        if (period := _numeric_period(m)) is not None:
            periods.append(period)
            covered.append(m.span())
    for m in _MEETING.finditer(text):
        number = _meeting_number(m)
        if (period := Period.meeting(number)) is not None:
            shift = _year_shift(text[: m.start()])
            periods.append(period if shift is None else Period.year(period.start.year + shift))
        covered.append(m.span())
    for m in _ASKED_YEARS.finditer(text):
        first = int(m[1])
        if (last := _span_end(first, m[2])) is not None and not any(a <= m.start() < b for a, b in covered):
            periods.extend(Period.year(y) for y in (first, last) if y in YEARS)
            covered.append(m.span())
    for m in _ASKED_YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in covered) and int(m[1]) in YEARS:
            periods.append(Period.year(int(m[1])))
    return list(dict.fromkeys(periods))


# A month a question names: "the May meeting", "la reunión de agosto", "la réunion du 3 juin", "in July 2024"
# (English "may" only as a month: "in May", "its May meeting", "3 May", "May 2024", not "May I …")
# A month and the day before it, if any ("3 juin", "12 de junio", "July"): its groups are "day" and "month"
DAY_MONTH = rf"(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?)?(?P<month>{ANY_MONTH_PATTERN})\b"
_MONTH = re.compile(rf"\b{DAY_MONTH}"
                    r"(?P<year>\s*,?\s+(?:de\s+|del\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d)?", re.IGNORECASE)
_MAY_AS_MONTH = re.compile(r"\b(?:the|its|their|our|this|that|in|of|since|until|on|from|early|late|mid|last|next)"
                           r"[\s-]+$", re.IGNORECASE)


def asked_months_alone(text: str) -> tuple[int, ...]:
    """The months (1-12) a question names with no year, in order, no repeats.

    Example:
        >>> asked_months_alone("¿Qué se trató en la reunión de agosto?")
        (8,)
    """
    return asked_months(text, with_year=False)


def asked_months(text: str, with_year: bool = True) -> tuple[int, ...]:
    """The months (1-12) a question names, with a year or without (only without: `with_year=False`), in order, no
    repeats.

    Example:
        >>> asked_months("Quel jour exactement la plateforme a-t-elle été lancée en décembre 2021 ?")
        (12,)
    """
    months = []
    for m in _MONTH.finditer(text):
        if m["year"] and not with_year:
            continue
        if m["month"].lower() == "may" and not (m["day"] or m["year"]) and not _MAY_AS_MONTH.search(text[: m.start()]):
            continue
        months.append(MONTH_NAMES[m["month"].lower()])
    return tuple(dict.fromkeys(months))


# A year told by a Ministerial Conference: "the year MC12 finally took place", "l'année de la CM13", "el año
# anterior a la CM13", "two years after MC12" (not "the last meeting before MC13", which is of the Conference)
_YEAR_BY_MEETING = re.compile(
    r"(?:\b(?P<n>one|two|three|four|dos|tres|cuatro|deux|trois|quatre|\d)\s+(?:years?|años|ans|années)\s+|"
    r"\b(?:the\s+year|el\s+año|l['’]\s*année|la\s+année)\s+)"
    r"(?P<rel>after|before|of|when|in which|anterior\s+a|posterior\s+a|siguiente\s+a|antes\s+de|después\s+de|de|en\s+que|"
    r"précédant|suivant|avant|après|où)?\s*(?:the\s+|la\s+|l['’]\s*)?$", re.IGNORECASE)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "dos": 2, "tres": 3, "cuatro": 4, "deux": 2, "trois": 3,
           "quatre": 4}


def _year_shift(before: str) -> int | None:
    """How many years from its Conference's a year told by it is (-1 for "the year before MC13"); None when the
    text before the Conference tells no year."""
    m = _YEAR_BY_MEETING.search(before)
    if not m:
        return None
    rel = (m["rel"] or "").lower()
    steps = _COUNTS.get(m["n"].lower(), 0) if m["n"] and not m["n"].isdigit() else int(m["n"] or 1)
    if rel.startswith(("after", "posterior", "siguiente", "después", "suivant", "après")):
        return steps
    if rel.startswith(("before", "anterior", "antes", "précédant", "avant")):
        return -steps
    return None if m["n"] else 0


# A year that dates an event ("in 2019", "during 2024", "the end of 2022", "(2021)"; as a Member's
# communication written in Spanish or French dates it: "en 2025", "desde 2023", "depuis 2022"), not one
# that names a thing ("the 2019 IDB Decision", "the 2025 Small Business Champion").
_EVENT_YEAR = re.compile(r"(?:\b(?:in|during|of|since|until|till|by|for|throughout|early|late|mid|before|after|from|"
                         r"to|between|and|en|durante|desde|hasta|entre|del|pendant|depuis|jusqu'en|avant|après)\s+|\()"
                         r"((?:19|20)\d{2})\b(?!\s*-?\s*(?:IDB|[A-Z][a-z]+ (?:Champion|Package|Report)))",
                         re.IGNORECASE)


# A month that names a thing: "the December 2020 MSME Package", "the June 2022 Ministerial Decision"
_NAMING_MONTH = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_FOLLOWS = re.compile(r"\s+[A-Z]")


@functools.lru_cache(maxsize=20_000)  # the reranker reads each candidate's, question after question
def printed_periods(text: str) -> tuple[Period, ...]:
    """The periods a text records events in: each printed day or month, each year that dates
    something ("in 2019"), each Ministerial Conference."""
    out: list[Period] = []
    for start, end, days, has_day in dates_in(text):
        if not has_day and _NAMING_MONTH.search(text, 0, start) and _NAME_FOLLOWS.match(text, end):
            continue  # "the December 2020 MSME Package" names a thing; it does not date an event
        out.extend(Period.day(d) if has_day else Period.month(d.year, d.month) for d in days)
    out.extend(Period.year(int(y)) for y in _EVENT_YEAR.findall(text) if int(y) in YEARS)
    out.extend(p for n in meetings_in(text) if (p := Period.meeting(n)) is not None)
    return tuple(dict.fromkeys(out))


# "on 19 March, 1 July and 10 December": days printed without their year, which a year's report leaves implied
_YEARLESS_DAY = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_PATTERN})\b(?!\s*,?\s*(?:19|20)\d{{2}})")


_YEARLESS_MONTH = re.compile(rf"\b(?:in|since|during|until|by)\s+(?:early\s+|mid-|late\s+)?({MONTH_PATTERN})\b"
                             rf"(?!\s*,?\s*(?:19|20)\d{{2}})", re.IGNORECASE)


def yearless_months(text: str, year: int) -> tuple[Period, ...]:
    """The months a text names without a day or a year ("had joined the Group in October"), read as
    months of `year` (the one year its document is of)."""
    return tuple(Period.month(year, MONTHS.index(m[1].lower()) + 1) for m in _YEARLESS_MONTH.finditer(text))


def yearless_days(text: str, year: int) -> tuple[Period, ...]:
    """The days a text prints without a year, read as days of `year` (the one year its document is of)."""
    out = []
    for m in _YEARLESS_DAY.finditer(text):
        try:
            out.append(Period.day(date(year, MONTHS.index(m[2].lower()) + 1, int(m[1]))))
        except ValueError:
            continue
    return tuple(out)


def printed_in(text: str, period: tuple[str, str] | None) -> tuple[Period, ...]:
    """The periods a text of a passage (of `period`, its document's) records: its dates, and the days it prints
    without a year when its document is of one year ("on 19 March, 1 July" in the 2024 report are days of 2024)."""
    doc = passage_period(period)
    if doc is None or doc.start.year != doc.end.year:
        return printed_periods(text)
    return (*printed_periods(text), *yearless_days(text, doc.start.year))


def passage_period(period: tuple[str, str] | None) -> Period | None:
    """A passage's `period` field (ISO first and last day) as a Period."""
    if not period:
        return None
    start, end = date.fromisoformat(period[0]), date.fromisoformat(period[1])
    return Period(start, end, f"{period[0]}–{period[1]}")
