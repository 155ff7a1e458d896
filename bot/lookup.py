"""The document look-up for delegates: a document's card, outline, citations both ways, and its mentions.

Everything here reads the loaded index's `passages` (ordered by document and position),
so it needs no model: `helpdesk lookup` answers in well under a second. A loaded index's
passages are read from disk by row and carry the documents' table ingest wrote
(`index.documents`): listing documents, their years, a document's rows and a passage's row
read that table, not every passage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.retrieve import SearchFilter, document_rows
from index.documents import DocInfo
from ingest.errors import HelpdeskError
from ingest.passage import Passage
from ingest.symbols import find_symbols, normalise_symbol, symbol_url

SNIPPET_CHARS = 90  # text shown on each side of a mention
OUTLINE_WORDS = 14  # the opening words of a paragraph in the outline


class LookupNotFound(HelpdeskError):
    """Neither an indexed document nor a symbol any indexed document mentions."""


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A numbered paragraph (its windows merged) under its heading trail."""

    para: str | None
    headings: tuple[str, ...]
    page: int | None
    opening: str  # the first words of its text
    label: str  # how a citation names it: 'WT/MIN(24)/9 ¶1.3, p. 1'

    def to_dict(self) -> dict[str, Any]:
        return {"para": self.para, "headings": list(self.headings), "page": self.page,
                "opening": self.opening, "label": self.label}


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where an indexed passage names a symbol, with the text around it."""

    passage: Passage
    symbol: str  # as normalised
    before: str
    found: str  # the symbol as printed
    after: str

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.passage.label(), "doc_id": self.passage.doc_id, "passage_id": self.passage.id,
                "symbol": self.symbol, "before": self.before, "found": self.found, "after": self.after}


@dataclass(frozen=True, slots=True)
class LookupReport:
    """What the look-up shows for a symbol or a document: `document` is None when it is not indexed."""

    query: str
    symbol: str | None
    url: str | None
    document: DocInfo | None
    outline: tuple[OutlineEntry, ...]
    cites: tuple[str, ...]  # symbols the document mentions, in order of first mention
    cited_by: tuple[DocInfo, ...]  # indexed documents that mention it
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "symbol": self.symbol,
            "url": self.url,
            "document": self.document.to_dict() if self.document else None,
            "outline": [e.to_dict() for e in self.outline],
            "cites": list(self.cites),
            "cited_by": [d.to_dict() for d in self.cited_by],
            "mentions": [m.to_dict() for m in self.mentions],
        }


def _table(passages):
    """The documents' table a loaded index's passages carry (index.documents), or None for a plain list."""
    return getattr(passages, "documents", None)


def _doc_passages(passages: list[Passage], doc_id: str):
    """The passages of one document, in row order."""
    return (passages[r] for r in document_rows(passages, doc_id))


def documents(passages: list[Passage]) -> list[DocInfo]:
    """Every indexed document once, in index order."""
    if (table := _table(passages)) is not None:
        return [d.info for d in table.documents]
    seen: dict[str, list[Passage]] = {}
    for p in passages:
        seen.setdefault(p.doc_id, []).append(p)
    return [
        DocInfo(ps[0].doc_id, ps[0].symbol, ps[0].title, ps[0].cite_as, ps[0].date, ps[0].year, len(ps))
        for ps in seen.values()
    ]


def _symbol_matches(mentioned: str, wanted: str) -> bool:
    """`wanted` or one of its revisions, addenda or corrigenda (as docs.wto.org searches `S` and `S/*`)."""
    return any(m == wanted or m.startswith(wanted + "/") for m in mentioned.split("-"))


def _doc_symbols(doc: DocInfo) -> list[str]:
    return doc.symbol.split("-") if doc.symbol else []


def outline(passages: list[Passage], doc_id: str) -> list[OutlineEntry]:
    """The document's numbered paragraphs in order; windows of one paragraph are one entry."""
    entries: list[OutlineEntry] = []
    last_key: tuple[str | None, tuple[str, ...]] | None = None
    for p in _doc_passages(passages, doc_id):
        key = (p.para, p.headings)
        if key == last_key:
            continue
        last_key = key
        words = p.text.split()
        opening = " ".join(words[:OUTLINE_WORDS]) + (" …" if len(words) > OUTLINE_WORDS else "")
        entries.append(OutlineEntry(p.para, p.headings, p.page, opening, p.label()))
    return entries


def mentions_of(passages: list[Passage], symbol: str) -> list[Mention]:
    """Each place an indexed passage names `symbol` (or a revision of it), with its surrounding text."""
    found: list[Mention] = []
    for p in passages:
        if not any(_symbol_matches(m, symbol) for m in p.mentions):
            continue
        for m in find_symbols(p.text):
            if not _symbol_matches(m.symbol, symbol):
                continue
            start = max(0, m.start - SNIPPET_CHARS)
            end = min(len(p.text), m.end + SNIPPET_CHARS)
            before = ("…" if start else "") + p.text[start : m.start]
            after = p.text[m.end : end] + ("…" if end < len(p.text) else "")
            found.append(Mention(p, m.symbol, before, p.text[m.start : m.end], after))
    return found


def resolve(passages: list[Passage], query: str) -> tuple[str | None, DocInfo | None]:
    """The symbol and indexed document a query names: a symbol in any spelling, a doc id, or a title."""
    text = " ".join((query or "").split())
    if not text:
        raise LookupNotFound("Type a document symbol, for example WT/MIN(24)/9, or pick a document from the list.")
    docs = documents(passages)
    for doc in docs:
        if text.casefold() in (doc.doc_id.casefold(), doc.cite_as.casefold(), doc.title.casefold()):
            return doc.symbol, doc
    found = find_symbols(text, lenient=True)
    symbol = found[0].symbol if found else None
    if symbol is None and "/" in text:
        symbol = normalise_symbol(text)
    if symbol is None:
        raise LookupNotFound(f"{text!r} is not a document symbol (such as WT/MIN(24)/9) nor an indexed document.")
    for doc in docs:
        if symbol == doc.symbol or symbol in _doc_symbols(doc):
            return symbol, doc
    return symbol, None


def lookup(passages: list[Passage], query: str) -> LookupReport:
    """Everything the index knows about one document or symbol.

    Example:
        >>> report = lookup(helpdesk.index.passages, "wt/min(24)/9")
        >>> report.document.title, report.outline[3].label
        ("Informal Working Group on MSMEs — Coordinator's report ...", 'WT/MIN(24)/9 ¶1.3, p. 1')
    """
    symbol, doc = resolve(passages, query)
    mentions: list[Mention] = []
    own = _doc_symbols(doc) if doc else [symbol] if symbol else []
    for s in own:
        mentions += [m for m in mentions_of(passages, s) if doc is None or m.passage.doc_id != doc.doc_id]
    if doc is None and not mentions:
        raise LookupNotFound(
            f"{symbol} is not in the index and no indexed document mentions it; "
            f"search docs.wto.org: {symbol_url(symbol)}"
        )
    cites: list[str] = []
    if doc is not None:
        for p in _doc_passages(passages, doc.doc_id):
            cites += [m for m in p.mentions if m not in cites and not any(_symbol_matches(m, s) for s in own)]
    citing = {m.passage.doc_id for m in mentions}
    cited_by = tuple(d for d in documents(passages) if d.doc_id in citing)
    return LookupReport(
        query=query,
        symbol=symbol,
        url=symbol_url(symbol) if symbol else None,
        document=doc,
        outline=tuple(outline(passages, doc.doc_id)) if doc else (),
        cites=tuple(cites),
        cited_by=cited_by,
        mentions=tuple(mentions),
    )


def rows_by_id(passages: list[Passage]) -> Mapping[str, int]:
    """Each passage id's position in the index: build once, so `context` does not scan a large index
    (a loaded index's table finds it by bisection in the ids ingest wrote)."""
    if (table := _table(passages)) is not None:
        return table.id_rows
    return {p.id: i for i, p in enumerate(passages)}


def context(
    passages: list[Passage], passage_id: str, *, around: int = 1, rows: Mapping[str, int] | None = None
) -> tuple[list[Passage], list[Passage]]:
    """The paragraphs before and after a passage in its document (`around` numbered paragraphs each side).

    Windows of the passage's own paragraph are left out: the card already shows it.
    `rows` is `rows_by_id(passages)`, worth passing when called often.
    """
    at = (rows or rows_by_id(passages)).get(passage_id)
    if at is None:
        return [], []
    here = passages[at]
    key = (here.para, here.headings)

    def walk(step: int) -> list[Passage]:
        out: list[Passage] = []
        keys: list[tuple[str | None, tuple[str, ...]]] = []
        i = at + step
        while 0 <= i < len(passages) and passages[i].doc_id == here.doc_id:
            p = passages[i]
            k = (p.para, p.headings)
            if k != key:
                if k not in keys:
                    if len(keys) == around:
                        break
                    keys.append(k)
                out.append(p)
            i += step
        return out if step > 0 else out[::-1]

    return walk(-1), walk(1)


def years(passages: list[Passage]) -> tuple[int, int] | None:
    """The first and last year of the indexed documents, for the year-range filter."""
    if (table := _table(passages)) is not None:
        return table.years
    known = [p.year for p in passages if p.year is not None]
    return (min(known), max(known)) if known else None


def filter_for(
    passages: list[Passage], doc_ids: list[str] | None, year_from: float | None, year_to: float | None
) -> SearchFilter | None:
    """The SearchFilter a filter panel means; None when it allows everything.

    A year bound equal to the index's first or last year is no bound, so documents
    without a year are not dropped by a range the user never narrowed.
    """
    span = years(passages)
    low = int(year_from) if year_from is not None and span and int(year_from) > span[0] else None
    high = int(year_to) if year_to is not None and span and int(year_to) < span[1] else None
    chosen = frozenset(doc_ids) if doc_ids else None
    if chosen is None and low is None and high is None:
        return None
    return SearchFilter(doc_ids=chosen, year_from=low, year_to=high)
