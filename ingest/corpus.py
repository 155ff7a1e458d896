"""Read a corpus folder: catalog, files, passages; bad files named, skipped and counted."""

from __future__ import annotations

import hashlib
import logging
import tomllib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from tqdm import tqdm

from ingest.chunk import chunk
from ingest.clean import CleanPage, clean_page, strip_marks
from ingest.dates import Period
from ingest.errors import BadDocument, HelpdeskError
from ingest.meta import heading_lines, period_of, read_heading, short_title
from ingest.passage import DocMeta, Passage
from ingest.readers import SUPPORTED_SUFFIXES, read_pages
from ingest.segment import segment
from ingest.settings import human_size, max_file_bytes

logger = logging.getLogger(__name__)

CATALOG = "catalog.toml"
_NOT_DOCUMENTS = {CATALOG, "README.md", ".gitkeep"}


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass
class CorpusRead:
    """What ingest found: passages, the documents they came from, and what it skipped."""

    passages: list[Passage] = field(default_factory=list)
    documents: list[DocMeta] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # every input file -> sha256, skipped ones too


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_hashes(paths: list[str | Path]) -> dict[str, str]:
    """The sha256 of every file ingest reads, catalogs too: what tells whether an index is current."""
    roots = [Path(x) for x in paths]
    catalogs = [root / CATALOG for root in roots if (root / CATALOG).is_file()]
    return {str(p): file_sha256(p) for p in [*catalogs, *corpus_files(roots)]}


def load_catalog(folder: Path) -> dict[str, dict]:
    """Catalog entries by file name; a folder without a catalog has none."""
    path = folder / CATALOG
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise HelpdeskError(f"{path}: not valid TOML ({exc}); fix it or remove it") from exc
    return {entry["file"]: entry for entry in data.get("document", []) if "file" in entry}


def corpus_files(paths: list[Path]) -> list[Path]:
    """Files named directly, and the files inside named folders, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file() and p.name not in _NOT_DOCUMENTS)
        elif path.exists():
            files.append(path)
        else:
            raise HelpdeskError(f"{path}: no such file or folder")
    return files


def document_meta(path: Path, entry: dict, pages: list[CleanPage]) -> DocMeta:
    """Catalog first; else what the document prints in its heading block; never an invented symbol."""
    header = Counter(s for page in pages for s in page.header_symbols)
    symbol = entry.get("symbol") or (header.most_common(1)[0][0] if header else None)
    first = [strip_marks(ln) for ln in pages[0].body] if pages else []
    block = heading_lines(first)
    rest = first[len(block):] if first[: len(block)] == block else first
    text = strip_marks("\n".join([*rest, *(ln for p in pages[1:] for ln in p.body)]))
    heading = read_heading(block, text)
    title = entry.get("title") or heading.title or next((ln.strip() for ln in first if ln.strip()), "")[:120] or path.stem
    printed = entry.get("date") or entry.get("adopted") or heading.date
    day = printed if isinstance(printed, date) else _iso(printed)
    kind = entry.get("kind") or heading.kind
    period = _catalog_period(entry) or (heading.period if kind == heading.kind and heading.period else None)
    if period is None:
        period = period_of(kind, title, text, day) or (Period.year(entry["year"]) if entry.get("year") else None)
    # the year a reader files it under: the one it reports on (the 2021 report is dated 2022)
    year = entry.get("year") or (period.end.year if period else day.year if day else None)
    cite_as = symbol or entry.get("cite_as") or short_title(title)
    return DocMeta(path.stem, path.name, title, symbol, cite_as, day.isoformat() if day else None, year, kind,
                   (period.start.isoformat(), period.end.isoformat()) if period else None)


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _catalog_period(entry: dict) -> Period | None:
    """A catalog's `period = "2024"` or `period = ["2017-12-13", "2024-02-26"]`."""
    raw = entry.get("period")
    if isinstance(raw, int) or (isinstance(raw, str) and raw.isdigit()):
        return Period.year(int(raw))
    if isinstance(raw, list) and len(raw) == 2 and (start := _iso(raw[0])) and (end := _iso(raw[1])):
        return Period(start, end, f"{start.isoformat()}–{end.isoformat()}")
    return None


def distinct_citations(documents: list[DocMeta]) -> dict[str, str]:
    """doc_id -> how to cite it, made distinct: two documents cited alike get their date or file name added."""
    names = Counter(d.cite_as for d in documents)
    out = {}
    for d in documents:
        if names[d.cite_as] == 1:
            out[d.doc_id] = d.cite_as
        else:
            out[d.doc_id] = f"{d.cite_as} ({d.date or d.file})"
    return out


def read_document(
    path: Path, entry: dict | None = None, *, max_bytes: int | None = None
) -> tuple[DocMeta, list[Passage]]:
    """One file into passages; raises BadDocument naming the file and the reason.

    `max_bytes`: the size limit; None takes the setting (HELPDESK_MAX_FILE_MB, else 40 MB).
    """
    size, limit = path.stat().st_size, max_file_bytes() if max_bytes is None else max_bytes
    if size > limit:
        raise BadDocument(f"{path}: {human_size(size)} is over the {human_size(limit)} limit")
    cleaned: list[CleanPage] = []
    next_footnote = 1
    for page in read_pages(path):
        clean = clean_page(page.number, page.text, next_footnote=next_footnote)
        if clean.footnotes:
            next_footnote = clean.footnotes[-1][0] + 1
        cleaned.append(clean)
    meta = document_meta(path, entry or {}, cleaned)
    passages = chunk(segment(cleaned), meta)
    if not passages:
        raise BadDocument(f"{path}: no text found")
    return meta, passages


def read_corpus(
    paths: list[str | Path],
    *,
    sources: dict[str, str] | None = None,
    max_bytes: int | None = None,
    show_progress: bool = False,
) -> CorpusRead:
    """Every readable document under `paths`; the rest are listed in `skipped` with a reason.

    Example:
        >>> read = read_corpus(["corpus/"])
        >>> len(read.documents), read.skipped
        (2, [])
    """
    roots = [Path(p) for p in paths]
    catalogs: dict[Path, dict[str, dict]] = {}  # per folder, read once
    # `sources`: the caller's input_hashes(paths), when it already has them (each file is read once)
    result, seen_hashes = CorpusRead(sources=sources or input_hashes(roots)), {}
    for path in tqdm(corpus_files(roots), desc="reading", unit="file", disable=not show_progress):
        if path.parent not in catalogs:
            catalogs[path.parent] = load_catalog(path.parent)
        entry = catalogs[path.parent].get(path.name)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.skipped.append(Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}"))
            continue
        try:
            digest = result.sources[str(path)]
            if digest in seen_hashes:
                raise BadDocument(f"{path}: same content as {seen_hashes[digest]}")
            meta, passages = read_document(path, entry, max_bytes=max_bytes)
        except BadDocument as exc:
            logger.warning("skipped %s", exc)
            result.skipped.append(Skipped(str(path), str(exc).removeprefix(f"{path}: ")))
            continue
        seen_hashes[digest] = path.name
        result.documents.append(meta)
        result.passages.extend(passages)
    cited = distinct_citations(result.documents)
    if any(cited[d.doc_id] != d.cite_as for d in result.documents):
        result.documents = [replace(d, cite_as=cited[d.doc_id]) for d in result.documents]
        result.passages = [replace(p, cite_as=cited[p.doc_id]) for p in result.passages]
    return result
