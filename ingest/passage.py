"""The Passage record: born in ingest, stored by index, cited by bot, read by eval."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.symbols import symbol_url


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What one source document is: from the catalog, else from its own text."""

    doc_id: str  # the file name without its extension: "WT-MIN-24-9"
    file: str  # file name inside the corpus folder
    title: str
    symbol: str | None  # never invented: catalog, else the page header, else None
    cite_as: str  # how a citation names the document: symbol, short title or title
    date: str | None  # ISO date it bears, when known ("2024-12-10")
    year: int | None
    kind: str = "document"  # "annual report", "meeting summary", "convening notice", "proposal", ...
    period: tuple[str, str] | None = None  # ISO first and last day it reports on: ("2022-01-01", "2022-12-31")


@dataclass(frozen=True, slots=True)
class Passage:
    """One citable unit: a numbered paragraph, an annex section, a footnote, or a window of one."""

    id: str  # hash of doc, paragraph, window and text: the same file gives the same ids
    doc_id: str
    symbol: str | None
    title: str
    cite_as: str
    date: str | None
    year: int | None
    para: str | None  # as printed: "1.3"; annex sections "6", "2.2.1"; footnotes "fn2"; None before ¶1
    page: int | None  # 1-based page; None for sources without pages (web text)
    headings: tuple[str, ...]  # heading trail, outermost first; annex passages start with "ANNEX"
    text: str
    mentions: tuple[str, ...]  # normalised symbols the text cites
    kind: str = "document"  # the document's kind (DocMeta.kind)
    period: tuple[str, str] | None = None  # the days the document reports on (DocMeta.period)
    notes: tuple[str, ...] = ()  # the footnotes its text carries marks of ("fn3"), in order
    overlap: int = 0  # the characters its text opens with that end the window before it (windows share a sentence)

    @property
    def url(self) -> str | None:
        """The docs.wto.org search link for the document's symbol, if it has one."""
        return symbol_url(self.symbol) if self.symbol else None

    @property
    def in_annex(self) -> bool:
        return bool(self.headings) and self.headings[0].upper().startswith("ANNEX")

    def indexed_text(self) -> str:
        """What the encoders and BM25 read: the paragraph under the headings it sits in. A paragraph
        often leaves its topic to its heading: "The Group heard several presentations on this topic"
        sits under "2.1 Cyber-readiness"."""
        trail = [heading_words(h) for h in self.headings if not h.upper().startswith("ANNEX")][-2:]
        return ". ".join([*filter(None, trail), self.text])

    def label(self) -> str:
        """The citation a delegate reads: 'WT/MIN(24)/9 ¶1.3, p. 1'."""
        parts = [self.cite_as]
        if self.para:
            where = f"fn. {self.para[2:]}" if self.para.startswith("fn") else f"¶{self.para}"
            parts.append(f"Annex {where}" if self.in_annex else where)
        text = " ".join(parts)
        return f"{text}, p. {self.page}" if self.page is not None else text


def heading_words(heading: str) -> str:
    """A heading as words: its number and closing colon dropped, a heading in capitals lowered
    ("7 MSME FINANCING" -> "Msme financing", "2.1 Cyber-readiness" -> "Cyber-readiness")."""
    words = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", heading).rstrip(":").strip()
    return words.capitalize() if words.isupper() else words


def passage_id(doc_id: str, para: str | None, window: int, text: str) -> str:
    """A content hash, so a re-ingest of an unchanged file keeps every id."""
    key = f"{doc_id}\x1f{para or ''}\x1f{window}\x1f{text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def paragraph_key(passage: Passage) -> tuple[str, str | None, bool]:
    """What a citation points at: document, printed number, and whether it is in the annex."""
    return passage.doc_id, passage.para, passage.in_annex


def paragraph_rows(passages: Sequence[Passage], row: int) -> list[int]:
    """The rows of the paragraph `row` is a window of, in order (one row for most paragraphs)."""
    key = paragraph_key(passages[row])
    first, last = row, row
    while first > 0 and paragraph_key(passages[first - 1]) == key:
        first -= 1
    while last + 1 < len(passages) and paragraph_key(passages[last + 1]) == key:
        last += 1
    return list(range(first, last + 1))


def paragraph_text(passages: Sequence[Passage], row: int) -> str:
    """The text of the paragraph `row` is a window of, its windows joined."""
    return " ".join(passages[r].text for r in paragraph_rows(passages, row))
