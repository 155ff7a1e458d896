"""Clean one page of extracted text: headers, layout lines, link lists, link residue, footnote marks.

What is removed is kept where it tells something: the symbol in a page header
becomes the document's own symbol; footnote texts become passages of their own.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.meta import printed_page, strip_layout
from ingest.symbols import find_symbols, is_symbol_line

_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d{1,4}\s*-\s*$")
_LINK_RESIDUE = re.compile(r"_(?=[A-Z]{1,6}(?:\(\d{2}\))?/)")
_BRACKET_MARK = re.compile(r"\[(\d{1,3})\]")
_NUMBERED_FOOTNOTE = re.compile(r"^(\d{1,2}) (\S.*)$")
_BRACKET_FOOTNOTE = re.compile(r"^\[(\d{1,3})\]\s*(.*)$")
_SEPARATOR = re.compile(r"^\s*_{3,}\s*$")
_CHARS = str.maketrans({"\u00a0": " ", "\u2011": "-", "\u2010": "-", "\u00ad": "", "\t": " "})


class CleanPage(NamedTuple):
    number: int | None
    body: list[str]  # lines of running text, cleaned
    footnotes: list[tuple[int, list[str]]]  # (number, lines) printed on this page
    header_symbols: list[str]  # symbols printed alone in the page header


def clean_page(number: int | None, text: str, *, next_footnote: int) -> CleanPage:
    """Split a page into body and footnotes, dropping headers, page numbers and URL lists.

    `next_footnote` is the number the next footnote of the document would carry;
    numbering may also restart at 1 (annexes do).
    """
    number = number if number is not None else printed_page(text)  # "Page: 1/1" on a one-page notice
    lines = [strip_layout(ln.translate(_CHARS)) for ln in text.splitlines()]
    kept, header_symbols = [], []
    seen_text, in_url = 0, False
    for line in lines:
        stripped = line.strip()
        # a long URL wraps onto lines of its own: no spaces, query characters
        if in_url and stripped and " " not in stripped and any(c in stripped for c in "=%&?/"):
            continue
        in_url = bool(_URL_LINE.match(stripped))
        if in_url or _PAGE_NUMBER.match(stripped):
            continue
        if seen_text < 3 and is_symbol_line(stripped):
            header_symbols.extend(s.symbol for s in find_symbols(stripped))
            continue
        if stripped:
            seen_text += 1
        kept.append(_LINK_RESIDUE.sub("", line))
    body, footnotes = _split_footnotes(kept, next_footnote)
    if any(_BRACKET_MARK.search(ln) for ln in body):
        body = [_BRACKET_MARK.sub(lambda m: note_mark(int(m[1])), ln) for ln in body]
    elif footnotes:
        body = _mark_glued(body, [n for n, _ in footnotes])
    return CleanPage(number, body, footnotes, header_symbols)


# A footnote's mark, left in the body where it stood as a private-use bracket round its number, so
# that the paragraph citing it knows its footnotes (ingest.chunk takes them out of the text).
_NOTE_MARK = re.compile("\ue000(\\d+)\ue001")


def note_mark(number: int) -> str:
    return f"\ue000{number}\ue001"


def strip_marks(text: str) -> str:
    """The text without its footnote marks: as printed, less the superscripts."""
    return _NOTE_MARK.sub("", text)


def take_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its footnote marks, and (offset in that text, footnote number) for each."""
    marks, parts, last, removed = [], [], 0, 0
    for m in _NOTE_MARK.finditer(text):
        parts.append(text[last : m.start()])
        marks.append((m.start() - removed, int(m[1])))
        removed += m.end() - m.start()
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), marks


def _footnote_start(line: str, expected: int) -> tuple[int, str] | None:
    m = _NUMBERED_FOOTNOTE.match(line) or _BRACKET_FOOTNOTE.match(line)
    if m and int(m[1]) in (expected, 1):
        return int(m[1]), m[2]
    return None


def _split_footnotes(lines: list[str], expected: int) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Footnotes run from the first line opening with the expected number to the page end.

    A numbered footnote needs its mark glued to a word above it ("package)2,");
    a bracketed one ("[2] ...") needs a rule line (`_____`) above it.
    """
    bracketed = any(_BRACKET_MARK.search(ln) for ln in lines)  # one style a page: "[2]" or "word2"
    for i, line in enumerate(lines):
        start = _footnote_start(line.strip(), expected)
        if start is None or i == 0 or bracketed != line.lstrip().startswith("["):
            continue
        if bracketed:
            if not any(_SEPARATOR.match(ln) for ln in lines[max(0, i - 3) : i]):
                continue
        elif _find_glued("\n".join(lines[:i]), start[0]) is None:
            continue
        return lines[:i], _collect_footnotes(lines[i:], start[0])
    return lines, []


def _collect_footnotes(lines: list[str], first: int) -> list[tuple[int, list[str]]]:
    notes: list[tuple[int, list[str]]] = []
    for line in lines:
        stripped = line.strip()
        m = _NUMBERED_FOOTNOTE.match(stripped) or _BRACKET_FOOTNOTE.match(stripped)
        expected = notes[-1][0] + 1 if notes else first
        if m and int(m[1]) == expected:
            notes.append((expected, [m[2]]))
        elif notes and stripped and not _SEPARATOR.match(stripped):
            notes[-1][1].append(stripped)
    return notes


def _glued_patterns(n: int) -> list[re.Pattern[str]]:
    """Where footnote mark n may stand, surest first.

    "(Annex 1)1;", "package)2,", "actions3:", "Secretariat.2"; then "information,3"; then after a
    year or a count and its full stop, "end of 2022.2", "to 94.1" -- but never "1.2." or "Rev.1".
    """
    after = r"(?=[\s,;:.)]|$)"
    return [
        # not a code of one capital and the figure ("Room S2", "the G20"): a mark follows a word
        re.compile(rf"(?:(?<=[A-Za-z\)\"”’'])(?<![\s(/][A-Z])(?<!^[A-Z])|(?<=[a-z\)]\.)){n}{after}", re.MULTILINE),
        re.compile(rf"(?<=[A-Za-z\)],){n}{after}"),
        # not a decimal in a table's row ("Africa   11.2   9.8"): a column stands apart by two spaces or more
        re.compile(rf"(?:(?<=[^\s] \d\d\.)|(?<=\(\d\d\.)|(?<=[^\s] \d\d\d\.)|(?<=\(\d\d\d\.)|(?<=\b\d{{4}}\.))"
                   rf"{n}(?=\s|$)(?![ \t]+[\d.,]+(?:\s|$))"),
    ]


def _find_glued(text: str, n: int, start: int = 0) -> tuple[int, int] | None:
    """Where footnote mark n stands glued to a word at or after `start`, outside symbols; surest pattern, then first
    place, wins."""
    spans = [(s.start, s.end) for s in find_symbols(text)]
    for pattern in _glued_patterns(n):
        for m in pattern.finditer(text, start):
            if not any(a <= m.start() < b for a, b in spans):
                return m.start(), m.end()
    # "MC111": the mark follows a code that itself ends in two digits (MC11); "MC12" alone is MC12
    m = re.compile(rf"(?<![\w/])([A-Z]{{2,}}\d{{2}}){n}\b").search(text, start)
    return (m.start() + len(m[1]), m.end()) if m else None


def _mark_glued(body: list[str], numbers: list[int]) -> list[str]:
    """Replace the first glued mark of each footnote on the page, in order, by its `note_mark`. Marks stand in the
    order of their notes: each is looked for after the one before ("Room S2 … the original.1 … the original.2": the
    second mark is not the room's 2)."""
    text, start = "\n".join(body), 0
    for n in numbers:
        span = _find_glued(text, n, start)
        if span is not None:
            text = text[: span[0]] + note_mark(n) + text[span[1] :]
            start = span[0] + len(note_mark(n))
    return text.split("\n")
