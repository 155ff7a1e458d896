"""The periods an index covers, so a question about a year no document reports on can be told so.

A period is covered when some document reports on it (its `period`: the year of an annual
report, the day of a meeting, the years a recap spans). Days a passage merely mentions do
not count: the 2024 report names "the 2025 Small Business Champion" but reports on 2024.
Computed once at ingest and written as merged intervals (`periods.json`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ingest.dates import Period, passage_period
from ingest.passage import Passage

PERIODS = "periods.json"


def covered(passages: list[Passage]) -> list[tuple[date, date]]:
    """Merged, sorted intervals of every day some passage or document is of."""
    spans = set()
    for p in passages:
        if (doc := passage_period(p.period)) is not None:
            spans.add((doc.start, doc.end))
    merged: list[tuple[date, date]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Coverage:
    intervals: tuple[tuple[date, date], ...]

    def covers(self, period: Period) -> bool:
        return any(start <= period.end and period.start <= end for start, end in self.intervals)

    def save(self, folder: Path) -> None:
        data = [[a.isoformat(), b.isoformat()] for a, b in self.intervals]
        (folder / PERIODS).write_text(json.dumps(data), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Coverage:
        data = json.loads((folder / PERIODS).read_text(encoding="utf-8"))
        return cls(tuple((date.fromisoformat(a), date.fromisoformat(b)) for a, b in data))
