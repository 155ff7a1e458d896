"""Read a source file into pages of raw text: PDF (pypdf), plain text, HTML."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from ingest.errors import BadDocument
from ingest.symbols import is_symbol_line

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".html", ".htm")
_PAGE_NUMBER_LINE = re.compile(r"^\s*-\s*(\d{1,4})\s*-\s*$")


class Page(NamedTuple):
    number: int | None  # 1-based, as the document counts; None where the source has no pages
    text: str


def read_pages(path: Path) -> list[Page]:
    """The pages of one file; raises BadDocument naming what is wrong with it."""
    if not path.is_file():
        raise BadDocument(f"{path}: not a file")
    if path.stat().st_size == 0:
        raise BadDocument(f"{path}: empty file (0 bytes)")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pages = _read_pdf(path)
    elif suffix == ".txt":
        pages = split_text_pages(_decode(path))
    elif suffix in (".html", ".htm"):
        pages = [Page(None, html_to_text(_decode(path)))]
    else:
        raise BadDocument(f"{path}: unsupported file type {suffix or '(none)'}")
    if not any(p.text.strip() for p in pages):
        raise BadDocument(f"{path}: no text found (a scanned PDF needs OCR first)")
    return pages


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Windows-1252 is what Word and Notepad wrote for years: curly quotes at 0x91-0x94
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined; Latin-1 maps every byte
        text, encoding = data.decode("latin-1"), "Latin-1"
    logger.warning("%s is not UTF-8; read it as %s", path, encoding)
    return text


def _read_pdf(path: Path) -> list[Page]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadDocument(f"{path}: encrypted PDF that needs a password")
        return [Page(i, page.extract_text() or "") for i, page in enumerate(reader.pages, 1)]
    except BadDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BadDocument(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf raises many types on damaged files; name the file, go on
        if "crypt" in str(exc).lower():
            raise BadDocument(f"{path}: encrypted PDF that this install cannot open ({exc})") from exc
        raise BadDocument(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc


def split_text_pages(text: str) -> list[Page]:
    """Recover pages from text: form feeds, or the layout of text extracted from a PDF.

    Extractors that drop form feeds start each page's first line with one space and
    print the page number as `- 8 -`; when such a page number is present, a line
    opening with exactly one space starts a page, and the printed number corrects the
    count. Text with neither (web pages) is one page without a number.
    """
    if "\f" in text:
        return [Page(i, t) for i, t in enumerate(text.split("\f"), 1)]
    lines = text.splitlines()
    if not any(_PAGE_NUMBER_LINE.match(line) for line in lines):
        return [Page(None, text)]
    pages: list[list[str]] = []
    for line in lines:
        if _PAGE_NUMBER_LINE.match(line) and pages:
            # the header block (`WT/MIN(24)/9`, blanks, `- 8 -`) opens the next page
            header: list[str] = []
            while pages[-1] and len(header) < 4 and (not pages[-1][-1].strip() or is_symbol_line(pages[-1][-1])):
                header.insert(0, pages[-1].pop())
            pages.append(header)
        elif not pages or re.match(r"^ \S", line):
            pages.append([])
        pages[-1].append(line)
    numbered, number = [], 0
    for chunk in pages:
        number += 1
        printed = next((int(m[1]) for ln in chunk if (m := _PAGE_NUMBER_LINE.match(ln))), None)
        if printed is not None:
            number = printed
        numbered.append(Page(number, "\n".join(chunk)))
    return numbered


class _TextOfHtml(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """Visible text of a page, one block element per line; scripts and styles dropped."""
    parser = _TextOfHtml()
    parser.feed(html)
    return re.sub(r"\n\s*\n+", "\n", "".join(parser.out)).strip()
