"""The document look-up and "what happened when" on the shipped corpus, and `helpdesk lookup`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli import main
from bot.helpdesk import Helpdesk
from bot.lookup import LookupNotFound, context, documents, filter_for, lookup
from bot.when import WhenNotUnderstood, When, dates_in, parse_when, what_happened


@pytest.mark.parametrize("spelling", ["WT/MIN(24)/9", "wt/min(24)/9", "WT / MIN (24) / 9", "WT-MIN-24-9"])
def test_lookup_by_any_spelling(fake_helpdesk: Helpdesk, spelling: str) -> None:
    report = lookup(fake_helpdesk.index.passages, spelling)
    assert report.document is not None and report.document.doc_id == "WT-MIN-24-9"
    assert report.symbol == "WT/MIN(24)/9" and report.url and "docs.wto.org" in report.url


def test_outline_citations_and_mentions(fake_helpdesk: Helpdesk) -> None:
    report = lookup(fake_helpdesk.index.passages, "WT/MIN(24)/9")
    paras = [e.para for e in report.outline]
    assert paras.index("1.1") < paras.index("1.3") < paras.index("2.1"), "the outline keeps document order"
    assert len(paras) == len({(e.para, e.headings) for e in report.outline}), "windows of a paragraph are one entry"
    entry = report.outline[paras.index("1.3")]
    assert entry.label == "WT/MIN(24)/9 ¶1.3, p. 1" and entry.headings[0].startswith("1 SINCE ITS INITIATION")
    assert {"INF/MSME/4", "INF/MSME/W/47/Rev.1"} <= set(report.cites)
    assert [d.doc_id for d in report.cited_by] == ["msme-iwg-annual-report-2024"]
    assert report.mentions and all(m.found == "WT/MIN(24)/9" for m in report.mentions)
    assert all(m.passage.doc_id != "WT-MIN-24-9" for m in report.mentions), "a document's own header is not a mention"


def test_lookup_of_a_symbol_only_mentioned(fake_helpdesk: Helpdesk) -> None:
    report = lookup(fake_helpdesk.index.passages, "inf/msme/w/47")
    assert report.document is None and report.outline == ()
    found = {m.found for m in report.mentions}
    assert {"INF/MSME/W/47/Rev.1", "INF/MSME/W/47/Rev.2"} <= found, "revisions count as the symbol, as on docs.wto.org"
    assert {d.doc_id for d in report.cited_by} == {"WT-MIN-24-9", "msme-iwg-annual-report-2024"}


def test_lookup_errors(fake_helpdesk: Helpdesk) -> None:
    with pytest.raises(LookupNotFound, match="not a document symbol"):
        lookup(fake_helpdesk.index.passages, "hello there")
    with pytest.raises(LookupNotFound, match="docs.wto.org"):
        lookup(fake_helpdesk.index.passages, "G/MA/999")
    with pytest.raises(LookupNotFound, match="Type a document symbol"):
        lookup(fake_helpdesk.index.passages, "  ")


def test_context_gives_neighbouring_paragraphs(fake_helpdesk: Helpdesk) -> None:
    passages = fake_helpdesk.index.passages
    here = next(p for p in passages if p.doc_id == "WT-MIN-24-9" and p.para == "1.3")
    before, after = context(passages, here.id)
    assert [p.para for p in before] == ["1.2"] and [p.para for p in after] == ["1.4"]
    assert context(passages, "no-such-id") == ([], [])


def test_filter_for(helpdesk: Helpdesk) -> None:
    passages = helpdesk.index.passages
    assert filter_for(passages, [], 2024, 2024) is None, "the full range is no filter"
    chosen = filter_for(passages, ["WT-MIN-24-9"], None, None)
    assert chosen is not None and chosen.doc_ids == frozenset({"WT-MIN-24-9"})
    answer = helpdesk.ask("What is the Trade4MSMEs Platform?", filters=filter_for(passages, ["msme-iwg-annual-report-2024"], 2024, 2024))
    assert {c.passage.doc_id for c in answer.citations} == {"msme-iwg-annual-report-2024"}
    assert [d.doc_id for d in documents(passages)] == ["WT-MIN-24-9", "msme-iwg-annual-report-2024"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("10 December 2024", When(2024, 12, 10)),
        ("December 10, 2024", When(2024, 12, 10)),
        ("2024-12-10", When(2024, 12, 10)),
        ("march 2024", When(2024, 3)),
        ("2023", When(2023)),
        ("MC13", When(meeting=13)),
        ("mc 12", When(meeting=12)),
        ("the 11th Ministerial Conference", When(meeting=11)),
        ("Thirteenth Ministerial Conference", When(meeting=13)),
    ],
)
def test_parse_when(text: str, when: When) -> None:
    assert parse_when(text) == when


def test_parse_when_rejects_other_text() -> None:
    with pytest.raises(WhenNotUnderstood, match="MC13"):
        parse_when("next week")


def test_dates_in_reads_ranges_and_month_lists() -> None:
    found = dates_in("held on 26-29 February 2024, and in March and October 2019.")
    assert found[0][2] == [date(2024, 2, d) for d in range(26, 30)] and found[0][3]
    assert found[1][2] == [date(2019, 3, 1), date(2019, 10, 1)] and not found[1][3]


def test_what_happened_on_a_day(fake_helpdesk: Helpdesk) -> None:
    records = what_happened(fake_helpdesk.index.passages, "10 December 2024")
    assert [r.passage.label() for r in records] == ["IWG on MSMEs 2024 Annual Report ¶2.5",
                                                   "IWG on MSMEs 2024 Annual Report ¶5.1"]
    assert all(r.passage.text[r.start : r.end] == "10 December 2024" for r in records)


def test_what_happened_in_a_month_and_at_a_meeting(fake_helpdesk: Helpdesk) -> None:
    june = what_happened(fake_helpdesk.index.passages, "June 2023")
    assert june and all(r.on is not None and (r.on.year, r.on.month) == (2023, 6) for r in june)
    mc13 = what_happened(fake_helpdesk.index.passages, "MC13")
    assert len(mc13) >= 5 and all("13" in r.passage.text[r.start : r.end] for r in mc13)
    dated = [r.on for r in mc13 if r.on is not None]
    assert dated == sorted(dated) and all(r.on is None for r in mc13[len(dated):]), "date order, undated last"
    assert what_happened(fake_helpdesk.index.passages, "March 2024") == [], "no paragraph records March 2024"


def test_cli_lookup(shipped_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "wt/min(24)/9", "--index", str(shipped_index), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["document"]["symbol"] == "WT/MIN(24)/9" and any(e["para"] == "1.3" for e in report["outline"])
    assert main(["lookup", "--when", "10 December 2024", "--index", str(shipped_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 paragraphs record 10 December 2024") and "¶5.1" in out
    assert main(["lookup", "--index", str(shipped_index)]) == 0
    assert "msme-iwg-annual-report-2024" in capsys.readouterr().out
    assert main(["lookup", "G/MA/999", "--index", str(shipped_index)]) == 1
    assert capsys.readouterr().err.startswith("error: G/MA/999 is not in the index")
