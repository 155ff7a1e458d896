"""Turn blocks into Passages: one per numbered paragraph, or windows that keep its number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from ingest.clean import take_marks
from ingest.passage import DocMeta, Passage, passage_id
from ingest.segment import Block
from ingest.symbols import find_symbols

CHUNKER_VERSION = "18"  # 2: document kind and period on every passage; layout lines dropped; 3: headings indexed;
# 4: a title block in capitals ends a sentence; the line under a title ("Note on ...") read for the kind and date;
# 5: a passage knows the footnotes its text carries marks of; 6: Spanish and French versions (their dates, headings
# that ask, ANEXO/ANNEXE, "Página"), a decision's "1.", "2." paragraphs; 7: a decimal in a table's row is no
# footnote mark; a title that wraps is read whole; 8: a Spanish or French notice, summary, report or proposal is
# of its kind (AEROGRAMA, RÉSUMÉ, INFORME ANUAL, PROPUESTA) and a notice of the day it convenes; 9: Spanish and
# French titles (Excma. Sra., S.E., Sr., Mme) end no sentence; 10: "Room S2" is no footnote mark, and each mark is
# looked for after the one before; 11: a Ministerial Conference named by its host city ("the Abu Dhabi Ministerial")
# dates a report to it; 12: a window knows how much of its text the window before it ends with; 13: a title in
# capitals with accents ("FACTURACIÓN ELECTRÓNICA") ends a sentence too; 14: a year of the 2040s or later is a year
# ("ANNUAL REPORT FOR 2043" reports on 2043); 15: a notice's kind on a line of its own ("Convening Notice" under the
# title) makes it a convening notice, of the day of its meeting; 16: an airgram that "is convening" a meeting, or says
# it is "to be held" on a day, is of that day (not of the day it bears); 17: a notice's kind and day read from its
# body as running text, so a phrase the layout wraps ("se\ntiendra le jeudi 23 juin 2061") is read; 18: a Spanish
# notice's "Aviso de convocatoria" line makes it a notice, of the day of its meeting
# MiniLM reads 256 word pieces (about 180 English words); a window of at most 150
# words keeps the whole passage inside what the model sees.
MAX_WORDS = 150
TARGET_WORDS = 110

_ABBREVIATIONS = {"h.e", "mr", "mrs", "ms", "dr", "e.g", "i.e", "u.s", "no", "rev", "etc", "st", "vs", "art", "para",
                  # as Spanish and French documents title people: "Excma. Sra. Ingibjörg …", "S.E. M. Koffi …"
                  "sr", "sra", "srta", "sres", "excmo", "excma", "dra", "s.e", "mme", "mlle", "mm"}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|(?<=[;:])\s+(?=(?:[a-z]|[ivx]{1,4}|\(\d+\))[.)]?\s)")


# A title block's run of words in capitals, and the prose that follows it on the same line of
# text: "... CONVENING NOTICE AND ANNOTATED AGENDA The Coordinator ... is convening".
_UPPER = "A-ZÀ-ÖØ-Þ"  # with the accented capitals of Spanish and French titles ("FACTURACIÓN ÉLECTRONIQUE")
_CAPS_RUN = rf"(?:\b[{_UPPER}][{_UPPER}()'’&/,-]+\s+){{2,}}[{_UPPER}][{_UPPER}()'’&/,-]+"
_AFTER_HEADING = re.compile(rf"{_CAPS_RUN}(\s+)(?=[{_UPPER}][a-zà-ÿ])")
_CAPS = re.compile(_CAPS_RUN)
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"”’)]?\s*$")


class Sentence(NamedTuple):
    start: int
    end: int


def block_text(block: Block) -> tuple[str, list[tuple[int, int | None]], list[tuple[int, int]]]:
    """Join a block's lines into one string; return it with (offset, page) at each line start and
    (offset, footnote number) at each footnote mark, the marks taken out of the text."""
    parts: list[str] = []
    pages: list[tuple[int, int | None]] = []
    marks: list[tuple[int, int]] = []
    length = 0
    for page, line in block.lines:
        line, at = take_marks(re.sub(r"\s+", " ", line.strip()))
        line = line.strip()
        if not line:
            continue
        glue = "" if not parts or parts[-1].endswith("/") else " "
        if parts:
            parts.append(glue)
            length += len(glue)
        pages.append((length, page))
        marks.extend((length + min(offset, len(line)), number) for offset, number in at)
        parts.append(line)
        length += len(line)
    return "".join(parts), pages, marks


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans; abbreviations (H.E., Mr, e.g., Rev.) and list markers do not end one."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rstrip("\"”’)")
        last_word = before.rsplit(" ", 1)[-1].rstrip(".").lower()
        if last_word in _ABBREVIATIONS or len(before.strip()) <= 3 or re.fullmatch(r"[a-z]|[ivx]{1,4}", last_word):
            continue
        spans.append(Sentence(start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append(Sentence(start, len(text)))
    return [s for whole in spans for s in _after_headings(text, whole) if text[s.start : s.end].strip()]


def _after_headings(text: str, whole: Sentence) -> list[Sentence]:
    """A sentence cut where a title block in capitals gives way to prose."""
    out, start = [], whole.start
    for m in _AFTER_HEADING.finditer(text, whole.start, whole.end):
        if not _title_words(m[0]):
            continue
        out.append(Sentence(start, m.start(1)))
        start = m.end(1)
    return [*out, Sentence(start, whole.end)]


def is_heading(sentence: str) -> bool:
    """Whether a sentence is a title block: a title in capitals, and no full stop at its end ("ANNUAL
    REPORT 2019 Report by the Coordinator to Members"). The document's name, no answer to quote."""
    caps = [m[0] for m in _CAPS.finditer(sentence)]
    return any(_title_words(run) for run in caps) and not _ENDS_SENTENCE.search(sentence)


def _title_words(run: str) -> bool:
    """Capitals of a title, not acronyms side by side ("the UN WTO ICC team"): two words of four letters or more."""
    return sum(len(word.strip("()'’&/,-")) >= 4 for word in run.split()) >= 2


def _page_at(offset: int, pages: list[tuple[int, int | None]]) -> int | None:
    page = pages[0][1] if pages else None
    for start, number in pages:
        if start > offset:
            break
        page = number
    return page


def _windows(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Sentence-aligned windows of about TARGET_WORDS, overlapping by one sentence."""
    if len(text.split()) <= MAX_WORDS:
        return [(0, len(text))]
    pieces: list[Sentence] = []
    for s in sentences:  # a sentence longer than a window is cut at word boundaries
        words = list(re.finditer(r"\S+", text[s.start : s.end]))
        for i in range(0, len(words), MAX_WORDS):
            group = words[i : i + MAX_WORDS]
            pieces.append(Sentence(s.start + group[0].start(), s.start + group[-1].end()))
    windows, i = [], 0
    while i < len(pieces):
        j, words = i, 0
        while j < len(pieces) and (j == i or words + _words(text, pieces[j]) <= TARGET_WORDS):
            words += _words(text, pieces[j])
            j += 1
        windows.append((pieces[i].start, pieces[j - 1].end))
        if j >= len(pieces):
            break
        last, following = _words(text, pieces[j - 1]), _words(text, pieces[j])
        i = j - 1 if j - 1 > i and last + following <= TARGET_WORDS else j
    return windows


def join_windows(windows: Sequence[Passage]) -> tuple[Passage, tuple[int, ...]]:
    """Consecutive windows of one paragraph as one passage, and where each window's text starts in it.

    An answer may quote two windows of a long paragraph (the sentence nearest the question in one, the
    figure asked in the next); its citation shows the paragraph they make, the sentence they share once.
    The passage keeps the first window's id and page: its card and its neighbours are the first's."""
    first = windows[0]
    text, starts = first.text, [0]
    for window in windows[1:]:
        at = len(text) - window.overlap if window.overlap else len(text) + 1  # after the space that parts them
        text = text[:at] + window.text if window.overlap else f"{text} {window.text}"
        starts.append(at)
    notes = tuple(dict.fromkeys(n for w in windows for n in w.notes))
    mentions = tuple(dict.fromkeys(m for w in windows for m in w.mentions))
    return replace(first, text=text, notes=notes, mentions=mentions), tuple(starts)


def _words(text: str, s: Sentence) -> int:
    return len(text[s.start : s.end].split())


def chunk(blocks: list[Block], doc: DocMeta) -> list[Passage]:
    """Passages of one document; a passage never straddles two numbered paragraphs."""
    passages: list[Passage] = []
    for block in blocks:
        text, pages, marks = block_text(block)
        if not text:
            continue
        before = 0  # where the window before ends
        for w, (start, end) in enumerate(_windows(text, split_sentences(text))):
            piece = text[start:end].strip()
            overlap, before = max(0, before - start) if w else 0, end
            notes = tuple(dict.fromkeys(f"fn{n}" for at, n in marks if start <= at <= end))
            mentions = tuple(dict.fromkeys(m.symbol for m in find_symbols(piece)))
            passages.append(
                Passage(
                    id=passage_id(doc.doc_id, block.number, w, piece),
                    doc_id=doc.doc_id,
                    symbol=doc.symbol,
                    title=doc.title,
                    cite_as=doc.cite_as,
                    date=doc.date,
                    year=doc.year,
                    para=block.number,
                    page=_page_at(start, pages),
                    headings=block.headings,
                    text=piece,
                    mentions=mentions,
                    kind=doc.kind,
                    period=doc.period,
                    notes=notes,
                    overlap=overlap,
                )
            )
    return passages
