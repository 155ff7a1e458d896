"""A document asked by its version: "the revised note", "la première version", "the September 2027 note".

A note and its revision (INF/MSME/W/202 and INF/MSME/W/202/Rev.1) share most paragraphs word for word, so
the encoders and BM25 rank the two copies of a paragraph side by side, in either order. When the question
says which version it means, the copy in that version is put first. A question naming the symbol itself is
routed to that document (`Retriever._route`); this reads the words and dates that name a version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ingest.dates import ANY_MONTH_PATTERN, MONTH_NAMES, Period, document_dates
from ingest.passage import Passage, paragraph_rows

# A document asked as first issued, not as revised: "the original list", "la version initiale", "d'origine"
ORIGINAL = re.compile(r"\b(?:original|originale|initial|initiale|inicial|d['’]origine|first (?:version|edition)|"
                      r"première (?:version|édition)|primera (?:versi[oó]n|edici[oó]n))\b", re.IGNORECASE)
# A document asked as revised, corrected or added to, in words ("the revised proposal", "la versión revisada",
# "las correcciones al documento W/198", "l'addendum"); "Rev.1", "Corr.1", "Add.1" are in their symbols
REVISED = re.compile(r"\b(?:revis(?:ed|ion|ions|ada|ado|ión|iones)|révisée?s?|révision|"
                     r"correct(?:ed|ion|ions)|corrigend(?:um|a)|corrig[ée]e?s?|rectificatifs?|"
                     r"correcci[oó]n(?:es)?|corregid[oa]s?|addend(?:um|a)|adendas?|additifs?|adici[oó]n)\b",
                     re.IGNORECASE)
# A document asked as added to ("according to the addendum", "según la adición"): its paragraphs are new ones, not
# copies of the original's
_ADDED = re.compile(r"\b(?:addend(?:um|a)|adendas?|additifs?|adici[oó]n)\b", re.IGNORECASE)
_SUFFIX = re.compile(r"/(?:Rev|Corr|Add|Suppl)\.\d+.*$")
# A version named by its month alone: "the November version", "la versión de noviembre", "la version de novembre"
_MONTH_VERSION = re.compile(rf"\b(?P<before>{ANY_MONTH_PATTERN})\s+(?:version|edition|note|draft|revision)\b|"
                            rf"\b(?:version|versi[oó]n|edici[oó]n|[ée]dition)\s+(?:of|de|d['’])\s*"
                            rf"(?P<after>{ANY_MONTH_PATTERN})\b", re.IGNORECASE)

T = TypeVar("T")


def version_first(items: list[T], row_of: Callable[[T], int], passages: Sequence[Passage], question: str,
                  among: int, *, symbols: tuple[str, ...] = ()) -> list[T]:
    """`items` (ranked candidates) with, in each of the first `among` places held by a paragraph of a version
    the question does not ask, the same paragraph of the version it asks, when that is ranked lower. A question
    naming `symbols` has been routed to the version it names."""
    wanted = None if symbols else _version_asked(question)
    if wanted is None:
        return items
    out = list(items)
    for i in range(min(among, len(out))):
        here = passages[row_of(out[i])]
        if not here.symbol or wanted(here):
            continue
        key = (_family(here.symbol), here.para, here.in_annex)
        copies = [j for j in range(i + 1, len(out)) if (there := passages[row_of(out[j])]).symbol and wanted(there)
                  and _family(there.symbol) == key[0]]
        same = [j for j in copies if (passages[row_of(out[j])].para, passages[row_of(out[j])].in_annex) == key[1:]]
        # a corrigendum numbers its own paragraphs: its copy is the one saying which paragraph it replaces, in the
        # paragraph's opening words (its first window)
        replacing = [j for j in copies if j < among
                     and _replaces(passages[paragraph_rows(passages, row_of(out[j]))[0]].text, here)]
        # an addendum's paragraphs add to the original's: any of them ranked near the top is the one asked
        added = [j for j in copies if j < among and _ADDED.search(question)
                 and "/Add." in passages[row_of(out[j])].symbol]
        if found := same or replacing or added:
            out.insert(i, out.pop(found[0]))
    return out


def _replaces(text: str, original: Passage) -> bool:
    """Whether a corrigendum's or addendum's paragraph names the original's paragraph it corrects ("Paragraphe 2.2
    (Costa Rica), cinquième phrase : au lieu de …", "Paragraph 3.1 shall read")."""
    if original.para is None or original.in_annex:
        return False
    return re.search(rf"\b(?:paragraphs?|paragraphes?|p[aá]rrafos?)\s+(?:\d+(?:\.\d+)*,?\s+(?:and|et|y)?\s*)*"
                     rf"{re.escape(original.para)}(?![.\d])", text, re.IGNORECASE) is not None


def other_version(question: str, first: Passage, other: Passage) -> bool:
    """Whether `other` is a version of `first`'s document that the question does not ask, when `first` is of the
    version it asks: "Dans la version originale en espagnol, …" quotes the original, not its revision's copy of
    the paragraph, which the reranker may score higher."""
    wanted = _version_asked(question)
    return wanted is not None and wanted(first) and first.symbol is not None and other.symbol is not None \
        and _family(other.symbol) == _family(first.symbol) and not wanted(other)


def _family(symbol: str) -> str:
    """A document's symbol without its revision, corrigendum or addendum: W/202/Rev.1 is of W/202's family."""
    return _SUFFIX.sub("", symbol)


def _version_asked(question: str) -> Callable[[Passage], bool] | None:
    """Which passages are of the version the question asks, or None when it asks none or compares two
    ("Who is in the revised list but not in the original one?")."""
    original, revised = ORIGINAL.search(question), REVISED.search(question)
    if original and revised:
        return None
    if original:
        return lambda p: p.symbol is not None and _family(p.symbol) == p.symbol
    if revised:
        return lambda p: p.symbol is not None and _family(p.symbol) != p.symbol
    if dating := document_dates(question):
        return lambda p: p.date is not None and any(_dated_in(p.date, period) for period in dating)
    if m := _MONTH_VERSION.search(question):
        month = MONTH_NAMES[(m["before"] or m["after"]).lower()]
        return lambda p: p.date is not None and int(p.date[5:7]) == month
    return None


def _dated_in(date: str, period: Period) -> bool:
    return period.start.isoformat() <= date[:10] <= period.end.isoformat()
