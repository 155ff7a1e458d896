"""The items a convening notice's agenda lists by letter ("a.  Draft elements of an MC14 Ministerial Statement",
"B.  Standards for trade digitalization").

A delegate asking for an item the notice does not list ("agenda item G" of a notice listing A to F; the items asked
are `bot.question.agenda_items_asked`'s) is asking what no document says: the notice quoted is not the answer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

# An item as a notice prints it: its letter and a full stop, then a capital ("c.  Thematic session on …")
_ITEM_PRINTED = re.compile(r"(?:^|(?<=\s))([a-zA-Z])\.\s+(?=[A-Z])")
# A paragraph setting out a meeting's agenda by letter or number: "The proposed agenda comprises: (a) …", "L'ordre du
# jour proposé comprend les points suivants : (a) …", "Se propone el siguiente orden del día: punto 1, adopción …"
_SETS_OUT = re.compile(r"\b(?:agenda|ordre\s+du\s+jour|orden\s+del\s+d[ií]a)\b[^.;]{0,120}?"
                       r"(?:\(a\)|(?<!\w)a\.\s|\b(?:item|point|punto)\s+1\b)", re.IGNORECASE)
MIN_ITEMS = 3  # a run of "a.", "b.", "c." at least is a list, not an initial ("Mr J. Smith")


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


def list_opening(text: str) -> str | None:
    """The words before the first item of a list the text sets out by letter ("The following items are proposed for
    the agenda:"), when it lists three items or more; None else. A count of what they name is the list's length."""
    if not items_listed((text,)):
        return None
    first = next(m for m in _ITEM_PRINTED.finditer(text) if m[1].lower() == "a")
    return text[: first.start()]


def sets_out_agenda(text: str) -> bool:
    """Whether the paragraph lists a meeting's agenda items, from "(a)", "a." or "item 1" on."""
    return bool(_SETS_OUT.search(text))
