"""A meeting's agenda item asked by its letter: "agenda item G", "le point h de l'ordre du jour", "punto c del orden
del día".

A convening notice lists its proposed agenda as lettered lines ("a.  Draft elements of an MC14 Ministerial
Statement", "B.  Standards for trade digitalization"). A delegate asking for an item the notice does not list
("item h" of a notice listing a to g) is asking what no document says: the notice quoted is not the answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

# "item G", "point h", "punto c", "(c)"; not "Item 3.1", nor "a" before a word ("at which point a firm …", "punto a
# la vez"): an article as often as an item, and an agenda always has its first item
_ITEM_ASKED = re.compile(r"\b(?:item|point|punto)\s+\(?((?!a\s)[a-z])\)?(?![\w'’.-])", re.IGNORECASE)
_OF_AGENDA = re.compile(r"\bagenda\b|\bordre du jour\b|\borden del d[ií]a\b|\bconvening notice\b|\bconvocation\b|"
                        r"\bconvocatoria\b", re.IGNORECASE)
# An item as a notice prints it: its letter and a full stop, then a capital ("c.  Thematic session on …")
_ITEM_PRINTED = re.compile(r"(?:^|(?<=\s))([a-zA-Z])\.\s+(?=[A-Z])")
MIN_ITEMS = 3  # a run of "a.", "b.", "c." at least is a list, not an initial ("Mr J. Smith")


def item_asked(question: str) -> str | None:
    """The letter of the agenda item a question asks for (lower case), or None when it asks none."""
    if not _OF_AGENDA.search(question):
        return None
    found = {m[1].lower() for m in _ITEM_ASKED.finditer(question)}
    return found.pop() if len(found) == 1 else None


def items_listed(texts: Iterable[str]) -> str:
    """The letters of the agenda items the texts list, "a" onwards without a gap ("abcdefg"); "" when they list
    fewer than three."""
    printed = {m[1].lower() for text in texts for m in _ITEM_PRINTED.finditer(text)}
    run = ""
    for letter in string.ascii_lowercase:
        if letter not in printed:
            break
        run += letter
    return run if len(run) >= MIN_ITEMS else ""
