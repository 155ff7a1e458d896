"""Find the printed structure: numbered paragraphs, headings, annexes, footnotes.

A WTO document numbers its paragraphs `1.2.` (with the final dot), titles its
sections `2 OPEN-ENDED MEETINGS...` (capitals) and sub-sections `2.2.1 Recognition...`
(no final dot), and may add an ANNEX whose sections restart at 1. Text under a
heading with no numbered paragraph of its own takes the heading's number. A decision or
declaration numbers its paragraphs `1.`, `2.` in one run: where no paragraph is numbered
`1.2.`, such a run is read as its paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.clean import CleanPage, strip_marks

_PARA = re.compile(r"^(\d{1,2}(?:\.\d{1,3})+)\.\s+(\S.*)$")
_SINGLE = re.compile(r"^(\d{1,3})\.\s+([A-Z(\"“‘'¿¡À-Ý].*)$")  # "1.  Ministers agree …", in a decision
_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\s+(\S.*)$")
_ANNEX = re.compile(r"^(?:ANNEX|ANNEXE|ANEXO)(?:\s+[0-9IVX]{1,4})?$")  # a Spanish or French version: ANEXO, ANNEXE
_SEPARATOR = re.compile(r"^_{3,}$")


@dataclass
class Block:
    """A run of text with one number: a paragraph, a section's text, a footnote."""

    kind: str  # "para" | "footnote"
    number: str | None
    headings: tuple[str, ...]
    lines: list[tuple[int | None, str]] = field(default_factory=list)  # (page, line)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class _Segmenter:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.footnotes: list[Block] = []
        self.trail: list[str] = []
        self.in_annex = False
        self.section = 0  # first component of the last number seen
        self.current: Block | None = None
        self.single = 0  # the last paragraph numbered `N.` (documents numbering that way only)

    def flush(self) -> None:
        if self.current and any(text.strip() for _, text in self.current.lines):
            self.blocks.append(self.current)
        self.current = None

    def start(self, number: str | None, page: int | None, first_line: str | None) -> None:
        self.flush()
        self.current = Block("para", number, tuple(self.trail))
        if first_line:
            self.current.lines.append((page, first_line))

    def heading(self, number: str, title: str, page: int | None) -> None:
        depth = number.count(".") + (1 if self.in_annex else 0)
        self.trail = self.trail[:depth] + [f"{number} {title}"]
        self.section = int(number.split(".")[0])
        self.start(number, page, None)  # text under the heading takes its number

    def extend_heading(self, more: str) -> None:
        self.trail[-1] = f"{self.trail[-1]} {more}"
        if self.current is not None:
            self.current.headings = tuple(self.trail)

    def line(self, page: int | None, text: str) -> None:
        if self.current is None:
            self.start(None, page, None)
        self.current.lines.append((page, text))

    def is_heading(self, number: str, title: str) -> bool:
        # a Spanish heading may ask: "3  ¿PUEDE UTILIZARLO UNA EMPRESA TAN PEQUEÑA COMO LA MÍA?"
        opening = title.lstrip("¿¡\"“«'‘ ")
        if title.endswith(".") or len(title) > 120 or not opening or not opening[0].isupper():
            return False
        first = int(number.split(".")[0])
        if "." not in number:
            return _is_caps(title) and first in (self.section + 1, 1)
        return first == self.section


def segment(pages: list[CleanPage]) -> list[Block]:
    """Blocks in reading order, footnotes last, each with its number and heading trail."""
    seg = _Segmenter()
    # a document with any `1.2.` paragraph numbers its lists `1.`, `2.` within them; one without has no other numbers
    single_level = not any(_PARA.match(line.strip()) for page in pages for line in page.body)
    caps_heading_open = False  # a capitals heading may run on over several lines
    for page in pages:
        lines, skip = page.body, -1
        for i, raw in enumerate(lines):
            text = raw.strip()
            plain = strip_marks(text)  # a heading or a title line is read without its footnote marks
            if i == skip:
                continue
            if not text:  # a capitals title may stand a blank line below its heading
                continue
            if _SEPARATOR.match(plain):
                continue
            if _ANNEX.match(plain):
                seg.flush()
                seg.in_annex, seg.section, seg.trail = True, 0, ["ANNEX"]
                seg.start(None, page.number, None)
                caps_heading_open = True
                continue
            if m := _PARA.match(text):
                seg.section = int(m[1].split(".")[0])
                seg.start(m[1], page.number, m[2])
                caps_heading_open = False
                continue
            if single_level and (m := _SINGLE.match(text)) and int(m[1]) == seg.single + 1:
                seg.single = int(m[1])
                seg.start(m[1], page.number, m[2])
                caps_heading_open = False
                continue
            m = _HEADING.match(plain)
            if m and seg.is_heading(m[1], m[2]):
                seg.heading(m[1], m[2], page.number)
                caps_heading_open = "." not in m[1]
                if not caps_heading_open and _title_runs_on(lines, i):
                    seg.extend_heading(strip_marks(lines[i + 1].strip()))
                    skip = i + 1
                continue
            if caps_heading_open and _is_caps(plain) and not re.match(r"^\d", plain):
                seg.extend_heading(plain)
                continue
            caps_heading_open = False
            seg.line(page.number, text)
        for number, note_lines in page.footnotes:
            trail = ("ANNEX",) if seg.in_annex else ()
            note = Block("footnote", f"fn{number}", trail, [(page.number, ln) for ln in note_lines])
            seg.footnotes.append(note)
    seg.flush()
    return seg.blocks + seg.footnotes


def _title_runs_on(lines: list[str], i: int) -> bool:
    """A long sub-heading wraps once: a short next line, then a blank line."""
    if i + 2 >= len(lines) or len(lines[i].strip()) < 60:
        return False
    nxt, after = lines[i + 1].strip(), lines[i + 2].strip()
    return bool(nxt) and not after and len(nxt) < 60 and not nxt.endswith(".") and not _PARA.match(nxt)
