"""The documents of an index and where their rows lie, written at ingest, so listing them reads no passage.

The app lists the indexed documents (filters, the look-up) and finds a cited passage's
neighbours by its id. Done from the passages, both read every row: at a million passages,
minutes at start and a dict of a million ids. Ingest writes instead:

    documents.json          {"documents": one entry per document, in order of first row: its
                            metadata and its rows as runs [first, count]; "years": the first
                            and last year of any passage, or null}
    passages.ids.npy        the passage ids, sorted (fixed-width bytes)
    passages.id_rows.npy    int32: the row of each sorted id

Both .npy files are memory-mapped; finding a row by id is a bisection.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from index.mapped import mapped_array
from ingest.passage import Passage
from ingest.symbols import symbol_url

DOCUMENTS = "documents.json"
IDS = "passages.ids.npy"
ID_ROWS = "passages.id_rows.npy"


@dataclass(frozen=True, slots=True)
class DocInfo:
    """One indexed document, as its first passage describes it and as the look-up lists it."""

    doc_id: str
    symbol: str | None
    title: str
    cite_as: str
    date: str | None
    year: int | None
    passages: int

    @property
    def url(self) -> str | None:
        return symbol_url(self.symbol) if self.symbol else None

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "symbol": self.symbol, "title": self.title, "cite_as": self.cite_as,
                "date": self.date, "year": self.year, "passages": self.passages, "url": self.url}


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """One indexed document and where its rows lie."""

    info: DocInfo
    runs: tuple[tuple[int, int], ...]  # (first row, count): one run unless its rows are apart

    @property
    def rows(self) -> list[int]:
        return [r for first, count in self.runs for r in range(first, first + count)]


def write(folder: Path, passages: Iterable[Passage]) -> None:
    """documents.json and the id -> row arrays of these passages (row = position)."""
    docs: dict[str, dict] = {}
    ids: list[bytes] = []
    years: list[int] = []
    for row, p in enumerate(passages):
        ids.append(p.id.encode("utf-8"))
        if p.year is not None:
            years = [min(years[0], p.year), max(years[1], p.year)] if years else [p.year, p.year]
        doc = docs.get(p.doc_id)
        if doc is None:
            docs[p.doc_id] = doc = {
                "doc_id": p.doc_id, "symbol": p.symbol, "title": p.title, "cite_as": p.cite_as, "date": p.date,
                "year": p.year, "passages": 0, "runs": [],
            }
        doc["passages"] += 1
        runs = doc["runs"]
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1][1] += 1
        else:
            runs.append([row, 1])
    table = {"documents": list(docs.values()), "years": years or None}
    (folder / DOCUMENTS).write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    width = max((len(i) for i in ids), default=1)
    keys = np.asarray(ids, dtype=f"S{width}")
    order = np.argsort(keys, kind="stable")
    np.save(folder / IDS, keys[order])
    np.save(folder / ID_ROWS, order.astype(np.int32))


class IdRows(Mapping[str, int]):
    """Passage id -> row, read by bisection from the sorted ids ingest wrote (a dict's interface)."""

    def __init__(self, ids: np.ndarray, rows: np.ndarray) -> None:
        self._ids, self._rows = ids, rows

    def __getitem__(self, passage_id: str) -> int:
        key = passage_id.encode("utf-8")
        if len(self._ids) and len(key) <= self._ids.dtype.itemsize:
            at = int(np.searchsorted(self._ids, key))
            if at < len(self._ids) and self._ids[at] == key:
                return int(self._rows[at])
        raise KeyError(passage_id)

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return (bytes(k).decode("utf-8") for k in self._ids)


class DocumentTable:
    """The documents of an index, the span of their years, and the row of each passage id."""

    def __init__(self, documents: tuple[DocumentRows, ...], years: tuple[int, int] | None, id_rows: IdRows) -> None:
        self.documents = documents
        self.years = years
        self.id_rows = id_rows
        self._by_id = {d.info.doc_id: d for d in documents}

    @classmethod
    def load(cls, folder: Path) -> DocumentTable:
        data = json.loads((folder / DOCUMENTS).read_text(encoding="utf-8"))
        documents = tuple(DocumentRows(DocInfo(**{k: v for k, v in d.items() if k != "runs"}),
                                       tuple(tuple(r) for r in d["runs"])) for d in data["documents"])
        years = tuple(data["years"]) if data["years"] else None
        return cls(documents, years, IdRows(mapped_array(folder / IDS), mapped_array(folder / ID_ROWS)))

    def document(self, doc_id: str) -> DocumentRows | None:
        return self._by_id.get(doc_id)
