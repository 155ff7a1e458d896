""""What happened on / at …": the paragraphs that record a date, a month or a Ministerial Conference.

Dates are read from the text as WTO documents print them: `10 December 2024`,
`26-29 February 2024`, `in March 2024`, `March and October 2019`. A meeting is a
Ministerial Conference: `MC13`, `13th Ministerial Conference`, `Thirteenth Ministerial
Conference`. Results come in the order of the date each paragraph records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ingest.dates import MONTH_PATTERN, MONTHS, ORDINALS, dates_in
from ingest.errors import HelpdeskError
from ingest.passage import Passage

_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?\b")
_MEETING_QUERY = re.compile(
    r"\bMC\s*-?\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:WTO\s+)?Ministerial\b|\b(" + "|".join(ORDINALS)
    + r")\s+(?:WTO\s+)?Ministerial\b",
    re.IGNORECASE,
)


class WhenNotUnderstood(HelpdeskError):
    """The text is neither a date, a month nor a Ministerial Conference."""


@dataclass(frozen=True, slots=True)
class When:
    """What to look for: a day, a month or a year; or a Ministerial Conference by number."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    meeting: int | None = None  # MC number

    def describe(self) -> str:
        if self.meeting is not None:
            return f"MC{self.meeting}"
        if self.day is not None:
            return f"{self.day} {MONTHS[self.month - 1].title()} {self.year}"
        if self.month is not None:
            return f"{MONTHS[self.month - 1].title()} {self.year}"
        return str(self.year)


@dataclass(frozen=True, slots=True)
class Record:
    """A paragraph that records the date or meeting, with the date it records (for ordering) and where."""

    passage: Passage
    on: date | None  # the date this paragraph records for the query; None when it names none
    start: int  # the matching text in passage.text
    end: int

    def to_dict(self) -> dict[str, Any]:
        p = self.passage
        return {"label": p.label(), "doc_id": p.doc_id, "passage_id": p.id, "date": self.on.isoformat() if self.on else None,
                "found": p.text[self.start : self.end], "text": p.text, "url": p.url}


def parse_when(text: str) -> When:
    """A date, month, year or meeting from how a person types it.

    Example:
        >>> parse_when("10 December 2024"), parse_when("mc 13")
        (When(year=2024, month=12, day=10, meeting=None), When(year=None, month=None, day=None, meeting=13))
    """
    query = " ".join((text or "").split())
    if m := _MEETING_QUERY.search(query):
        number = m[1] or m[2] or str(ORDINALS.index(m[3].lower()) + 1)
        return When(meeting=int(number))
    if m := _ISO.search(query):
        return When(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
    if m := re.search(rf"(?:(\d{{1,2}})\s+)?({MONTH_PATTERN})\s*(\d{{1,2}})?,?\s+((?:19|20)\d{{2}})", query, re.IGNORECASE):
        day = m[1] or m[3]
        return When(int(m[4]), MONTHS.index(m[2].lower()) + 1, int(day) if day else None)
    if m := re.fullmatch(r"(?:in\s+)?((?:19|20)\d{2})", query, re.IGNORECASE):
        return When(int(m[1]))
    raise WhenNotUnderstood(
        f"{query!r} is not a date or a meeting; try '10 December 2024', 'March 2024', '2023' or 'MC13'."
    )


def _meeting_spans(text: str, number: int) -> list[tuple[int, int]]:
    pattern = re.compile(
        rf"\bMC\s?{number}\b|\b{number}(?:st|nd|rd|th)\s+(?:WTO\s+)?Ministerial Conference\b"
        + (rf"|\b{ORDINALS[number - 1]}\s+(?:WTO\s+)?Ministerial Conference\b" if number <= len(ORDINALS) else ""),
        re.IGNORECASE,
    )
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _matches(when: When, day: date, has_day: bool) -> bool:
    if day.year != when.year:
        return False
    if when.month is None:
        return True
    if day.month != when.month:
        return False
    return when.day is None or (has_day and day.day == when.day)


def what_happened(passages: list[Passage], query: str) -> list[Record]:
    """The paragraphs that record a date or meeting, in the order of the date they record.

    A paragraph printed in windows is given once. Example:
        >>> [r.passage.label() for r in what_happened(helpdesk.index.passages, "10 December 2024")]
        ['IWG on MSMEs 2024 Annual Report ¶2.5', 'IWG on MSMEs 2024 Annual Report ¶5.1']
    """
    when = parse_when(query)
    records: list[Record] = []
    seen: set[tuple[str, str | None, tuple[str, ...]]] = set()
    for p in passages:
        key = (p.doc_id, p.para, p.headings)
        if key in seen:
            continue
        printed = dates_in(p.text)
        if when.meeting is not None:
            spans = _meeting_spans(p.text, when.meeting)
            if not spans:
                continue
            # the date a paragraph about the meeting records: the first day it prints, else the first month
            on = next((days[0] for _, _, days, has_day in printed if has_day), None)
            on = on or next((days[0] for _, _, days, _ in printed), None)
            records.append(Record(p, on, *spans[0]))
            seen.add(key)
            continue
        for start, end, days, has_day in printed:
            hit = next((d for d in days if _matches(when, d, has_day)), None)
            if hit is not None:
                records.append(Record(p, hit, start, end))
                seen.add(key)
                break
    order = {p.id: i for i, p in enumerate(passages)}
    return sorted(records, key=lambda r: (r.on is None, r.on or date.min, order[r.passage.id]))
