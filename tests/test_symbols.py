"""The WTO symbol grammar: odd spellings in, one canonical form and link out."""

import pytest

from ingest.symbols import find_symbols, normalise_symbol, symbol_url


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("inf/msme/w/47 rev 2", "INF/MSME/W/47/Rev.2"),
        ("INF / MSME / W / 47 / Rev.2", "INF/MSME/W/47/Rev.2"),
        ("inf/msme/w/47rev2", "INF/MSME/W/47/Rev.2"),
        ("INF/MSME/W/47, rev. 2", "INF/MSME/W/47/Rev.2"),
        ("wt/min(24)/9", "WT/MIN(24)/9"),
        ("_WT/MIN(17)/58/Rev.1", "WT/MIN(17)/58/Rev.1"),
        ("INF/MSME/W/58-_INF/TGE/COM/11", "INF/MSME/W/58-INF/TGE/COM/11"),
        ("g/ma/357", "G/MA/357"),
        ("JOB/GC/207", "JOB/GC/207"),
        ("INF/MSME/4/Rev.2", "INF/MSME/4/Rev.2"),
        ("WT/MIN(24)/DEC", "WT/MIN(24)/DEC"),
    ],
)
def test_normalise_odd_spellings(typed: str, canonical: str) -> None:
    assert normalise_symbol(typed) == canonical
    assert normalise_symbol(canonical) == canonical, "normalising twice changes nothing"


def test_find_symbols_in_web_text_with_link_residue() -> None:
    text = "compendium (_INF/MSME/W/46/Rev.3; _INF/TGE/W/7/Rev.3) with UN/CEFACT and/or (_INF/MSME/W/58-_INF/TGE/COM/11)"
    assert [m.symbol for m in find_symbols(text)] == [
        "INF/MSME/W/46/Rev.3",
        "INF/TGE/W/7/Rev.3",
        "INF/MSME/W/58",
        "INF/TGE/COM/11",
    ], "UN/CEFACT and and/or are words, not symbols; a joint symbol is two references"


def test_find_symbols_lenient_in_questions() -> None:
    found = find_symbols("what did inf/msme/w/53 propose, and is INF/MSME/W/47 rev 2 newer? 24/7 help", lenient=True)
    assert [m.symbol for m in found] == ["INF/MSME/W/53", "INF/MSME/W/47/Rev.2"]


def test_symbol_url_searches_docs_wto_org_for_symbol_and_revisions() -> None:
    url = symbol_url("wt/min(24)/9")
    assert url.startswith("https://docs.wto.org/dol2fe/Pages/FE_Search/FE_S_S006.aspx?")
    assert "@Symbol=%22WT/MIN(24)/9%22%20OR%20@Symbol=%22WT/MIN(24)/9/*%22" in url


def test_symbol_url_opens_the_chosen_language() -> None:
    assert "&Language=French&" in symbol_url("WT/MIN(24)/9", language="French")
    with pytest.raises(ValueError, match="English, French, Spanish"):
        symbol_url("WT/MIN(24)/9", language="German")
