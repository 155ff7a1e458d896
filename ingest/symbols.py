"""One grammar for WTO document symbols: find them, normalise them, link them.

A symbol is a series code and slash-separated parts: `WT/MIN(24)/9`,
`INF/MSME/W/47/Rev.2`, `G/MA/357`, `JOB/GC/207`. Joint documents join two symbols
with a hyphen (`INF/MSME/W/58-INF/TGE/COM/11`); web text prefixes them with `_`.
Document text is matched strictly (upper case, as printed); questions leniently
(`inf/msme/w/47 rev 2`), since people type symbols however they like.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import quote

_SUFFIXES = {"rev": "Rev", "add": "Add", "corr": "Corr", "suppl": "Suppl"}

# Strict: as WTO documents print them.
_SERIES = r"[A-Z]{1,6}(?:\(\d{2}\))?"
_PART = r"(?:(?:Rev|Add|Corr|Suppl)\.\d{1,2}|[A-Z]{1,8}(?:\(\d{2}\))?|\d{1,5})"
_STRICT = re.compile(rf"(?<![A-Za-z0-9/]){_SERIES}(?:/{_PART})+(?![A-Za-z0-9])")

# Lenient: any case, spaces around slashes, "rev 2" or "Rev.2" with or without a slash.
_L_SUFFIX = r"(?:rev|add|corr|suppl)\.?\s?\d{1,2}"
_L_WORD = r"[a-z]{1,8}(?:\s?\(\s?\d{2}\s?\))?"
_LENIENT = re.compile(
    rf"(?<![a-z0-9/]){_L_WORD}(?:\s?/\s?(?:{_L_SUFFIX}|{_L_WORD}|\d{{1,5}}))+"
    rf"(?:\s?[/,]?\s?{_L_SUFFIX})*(?![a-z0-9])",
    re.IGNORECASE,
)
_SUFFIX_RE = re.compile(r"(rev|add|corr|suppl)\.?\s?(\d{1,2})", re.IGNORECASE)

_DOL_SEARCH = (
    "https://docs.wto.org/dol2fe/Pages/FE_Search/FE_S_S006.aspx?DataSource=Cat"
    "&query=@Symbol=%22{s}%22%20OR%20@Symbol=%22{s}/*%22"
    "&Language={language}&Context=ScriptedSearches&languageUIChanged=true"
)
DOL_LANGUAGES = ("English", "French", "Spanish")  # the WTO's official languages, as docs.wto.org names them


class SymbolMatch(NamedTuple):
    start: int
    end: int
    symbol: str  # normalised


def normalise_symbol(raw: str) -> str:
    """Canonical spelling: `inf / msme/w/47 rev 2` -> `INF/MSME/W/47/Rev.2`.

    Joint symbols keep their hyphen: `INF/MSME/W/58-INF/TGE/COM/11`.
    """
    text = raw.strip().lstrip("_")
    halves = re.split(r"\s*-\s*_?(?=[A-Za-z]{1,6}\s?(?:\(\s?\d{2}\s?\))?\s?/)", text)
    if len(halves) > 1:
        return "-".join(normalise_symbol(h) for h in halves)
    text = _SUFFIX_RE.sub(lambda m: f"/{_SUFFIXES[m[1].lower()]}.{m[2]}", text)
    parts = [p for p in re.split(r"\s*[/,]\s*|\s+(?=/)", text) if p.strip()]
    out = []
    for part in parts:
        part = re.sub(r"\s+", "", part)
        out.append(part if part[:1].isupper() and "." in part else part.upper())
    return "/".join(out)


def _is_symbol(text: str) -> bool:
    # A digit is what separates `INF/MSME/R/46` from words like `UN/CEFACT` or `and/or`.
    return "/" in text and any(ch.isdigit() for ch in text)


def find_symbols(text: str, *, lenient: bool = False) -> list[SymbolMatch]:
    """Every symbol in `text`, in order, normalised.

    Example:
        >>> [m.symbol for m in find_symbols("see _INF/MSME/W/46/Rev.3; _INF/TGE/W/7/Rev.3")]
        ['INF/MSME/W/46/Rev.3', 'INF/TGE/W/7/Rev.3']
    """
    pattern = _LENIENT if lenient else _STRICT
    found = []
    for m in pattern.finditer(text):
        raw = m.group(0).rstrip(" ,/")
        if _is_symbol(raw):
            found.append(SymbolMatch(m.start(), m.start() + len(raw), normalise_symbol(raw)))
    return found


def is_symbol_line(line: str) -> bool:
    """True when a line holds symbols and nothing else: a page header such as `WT/MIN(24)/9`."""
    text = line.strip()
    found = find_symbols(text)
    return bool(found) and found[0].start == 0 and found[-1].end == len(text)


def symbol_url(symbol: str, *, language: str = "English") -> str:
    """The docs.wto.org search for a symbol and its revisions, as WTO documents link them.

    `language` (English, French, Spanish) picks the version docs.wto.org opens.
    """
    if language not in DOL_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(DOL_LANGUAGES)}, not {language!r}")
    first = normalise_symbol(symbol).split("-")[0]
    return _DOL_SEARCH.format(s=quote(first, safe="/().*"), language=language)
