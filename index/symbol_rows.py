"""Rows by document symbol and by cited symbol, written at ingest, so routing needs no scan at start.

Retrieval routes a question naming `INF/MSME/W/47` to that document's rows (or, when no
document has it, to the rows citing it). Building those maps from the passages at start
read every passage: minutes and gigabytes at a million. Ingest writes them instead, per map:

    symbols/<map>.keys.npy   sorted symbols, fixed-width UTF-8 bytes (searched by bisection)
    symbols/<map>.start.npy  int64, keys + 1: where each symbol's rows begin in rows.npy
    symbols/<map>.rows.npy   int32 rows, ascending within a symbol

All three are memory-mapped; a look-up reads a few pages. UTF-8 bytes sort as the strings'
code points do, so the order is the one `sorted()` gives the same symbols.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np

from index.mapped import mapped_array
from ingest.passage import Passage

FOLDER = "symbols"
MAPS = ("own", "cited")  # the symbol of a passage's document; the symbols a passage cites


def arrays(passages: Iterable[Passage]) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Each map of these passages (row = position) as its (keys, start, rows) arrays."""
    maps: dict[str, dict[str, list[int]]] = {name: {} for name in MAPS}
    for row, p in enumerate(passages):
        if p.symbol:
            maps["own"].setdefault(p.symbol, []).append(row)
        for m in p.mentions:
            maps["cited"].setdefault(m, []).append(row)
    out = {}
    for name, rows in maps.items():
        keys = sorted(rows)
        encoded = [k.encode("utf-8") for k in keys]
        width = max((len(k) for k in encoded), default=1)
        out[name] = (np.asarray(encoded, dtype=f"S{width}"),
                     np.cumsum([0, *(len(rows[k]) for k in keys)], dtype=np.int64),
                     np.fromiter((r for k in keys for r in rows[k]), dtype=np.int32))
    return out


def write(folder: Path, passages: Iterable[Passage]) -> None:
    """Both maps of these passages (row = position) under folder/symbols."""
    target = folder / FOLDER
    target.mkdir(exist_ok=True)
    for name, (keys, start, rows) in arrays(passages).items():
        np.save(target / f"{name}.keys.npy", keys)
        np.save(target / f"{name}.start.npy", start)
        np.save(target / f"{name}.rows.npy", rows)


class SymbolMap:
    """One map: symbol -> rows, on disk."""

    def __init__(self, keys: np.ndarray, start: np.ndarray, rows: np.ndarray) -> None:
        self._keys, self._start, self._rows = keys, start, rows

    @classmethod
    def load(cls, folder: Path, name: str) -> SymbolMap:
        target = folder / FOLDER
        return cls(*(mapped_array(target / f"{name}.{part}.npy") for part in ("keys", "start", "rows")))

    def __len__(self) -> int:
        return len(self._keys)

    def rows(self, asked: str, *, revisions: bool = True) -> list[int]:
        """Rows under `asked` and (unless not `revisions`) under each of its revisions (`asked/Rev.2`), in that
        key order."""
        key = asked.encode("utf-8")
        if not len(self._keys) or len(key) > self._keys.dtype.itemsize:
            return []  # longer than every stored symbol: neither it nor its revisions are here
        out: list[int] = []
        at = int(np.searchsorted(self._keys, key, side="left"))
        if at < len(self._keys) and self._keys[at] == key:
            out.extend(self._slice(at))
        if not revisions:
            return out
        prefix = key + b"/"
        at = int(np.searchsorted(self._keys, prefix, side="left")) if len(prefix) <= self._keys.dtype.itemsize else len(self._keys)
        while at < len(self._keys) and bytes(self._keys[at]).startswith(prefix):
            out.extend(self._slice(at))
            at += 1
        return out

    def ending(self, asked: str) -> list[str]:
        """The symbols that end with `asked` after a slash: "W/171/Rev.1" of "INF/MSME/W/171/Rev.1". A scan
        of the keys (one per document in `own`), made only for a symbol no key is."""
        suffix = ("/" + asked).encode("utf-8")
        if not len(self._keys) or len(suffix) > self._keys.dtype.itemsize:
            return []
        return [bytes(k).decode("utf-8") for k in self._keys[np.char.endswith(self._keys, suffix)]]

    def _slice(self, at: int) -> list[int]:
        return self._rows[int(self._start[at]) : int(self._start[at + 1])].tolist()


class SymbolRows:
    """Rows by the symbol of their document and by the symbols they cite, for routing without a scan."""

    def __init__(self, own: SymbolMap, cited: SymbolMap) -> None:
        self._own, self._cited = own, cited

    @classmethod
    def load(cls, folder: Path) -> SymbolRows:
        return cls(SymbolMap.load(folder, "own"), SymbolMap.load(folder, "cited"))

    @classmethod
    def of(cls, passages: Iterable[Passage]) -> SymbolRows:
        """The maps of passages held in memory (an index built in memory, e.g. `eval.beir`), nothing written."""
        built = arrays(passages)
        return cls(SymbolMap(*built["own"]), SymbolMap(*built["cited"]))

    def own(self, asked: str, *, revisions: bool = True) -> list[int]:
        """Rows of the documents whose symbol is `asked` or (unless not `revisions`) a revision of it."""
        return self._own.rows(asked, revisions=revisions)

    def cited(self, asked: str) -> list[int]:
        """Rows that cite `asked` or a revision of it."""
        return self._cited.rows(asked)

    def completed(self, asked: str) -> str:
        """The symbol a question writes short ("W/171/Rev.1", "R/153"), when one document's symbol (else one
        cited symbol) ends with it; `asked` itself when it is known as written, unknown, or ambiguous."""
        if self.own(asked) or self.cited(asked):
            return asked
        for found in (self._own.ending(asked), self._cited.ending(asked)):
            if found:
                return found[0] if len(found) == 1 else asked
        return asked
