"""Ingest of the shipped corpus and of real PDFs made here: structure, cleaning, bad files."""

import re
from pathlib import Path

import pytest

from ingest import read_corpus
from ingest.chunk import MAX_WORDS
from ingest.passage import heading_words
from tests.conftest import CORPUS, write_wto_pdf


@pytest.fixture(scope="module")
def shipped():
    return read_corpus([CORPUS])


def _find(read, doc_id: str, para: str | None, *, annex: bool = False):
    found = [p for p in read.passages if p.doc_id == doc_id and p.para == para and p.in_annex == annex]
    assert found, f"no passage {doc_id} ¶{para} (annex={annex})"
    return found


def test_shipped_corpus_reads_both_documents_and_skips_nothing(shipped) -> None:
    assert sorted(d.doc_id for d in shipped.documents) == ["WT-MIN-24-9", "msme-iwg-annual-report-2024"]
    assert shipped.skipped == []


def test_symbol_from_catalog_and_none_invented(shipped) -> None:
    docs = {d.doc_id: d for d in shipped.documents}
    assert docs["WT-MIN-24-9"].symbol == "WT/MIN(24)/9"
    report = docs["msme-iwg-annual-report-2024"]
    assert report.symbol is None, "the annual report prints no symbol of its own; none may be invented"
    assert report.cite_as == "IWG on MSMEs 2024 Annual Report"
    assert report.date == "2024-12-10"


def test_paragraph_numbers_and_pages_as_printed(shipped) -> None:
    assert _find(shipped, "WT-MIN-24-9", "1.3")[0].page == 1
    assert _find(shipped, "WT-MIN-24-9", "1.5")[0].page == 2, "1.5 opens page 2"
    assert _find(shipped, "WT-MIN-24-9", "2.5")[0].page == 3
    assert _find(shipped, "msme-iwg-annual-report-2024", "1.2")[0].page is None, "web text has no pages"
    low_value = _find(shipped, "WT-MIN-24-9", "6", annex=True)
    assert {p.page for p in low_value} == {7, 8}, "annex section 6 runs from page 7 onto page 8"
    assert _find(shipped, "WT-MIN-24-9", "7", annex=True)[0].page == 8


def test_headings_trail_and_annex_sections(shipped) -> None:
    cyber = _find(shipped, "WT-MIN-24-9", "2.1", annex=True)[0]
    assert cyber.headings == ("ANNEX MAPPING OF KEY ISSUES DISCUSSED BY THE GROUP SINCE MC11", "2 DIGITALIZATION", "2.1 Cyber-readiness")
    mletr = _find(shipped, "WT-MIN-24-9", "2.2.1", annex=True)[0]
    assert mletr.headings[-1].endswith("Electronic Transferable Records (MLETR)"), "a wrapped sub-heading is joined"
    assert not mletr.text.startswith("Transferable"), "the wrapped title line is not body text"
    monitoring = _find(shipped, "WT-MIN-24-9", "2.1")[0]
    assert monitoring.headings == ("2 LOOKING FORWARD:",)
    meetings = _find(shipped, "msme-iwg-annual-report-2024", "2.1")[0]
    assert meetings.headings == ("2 OPEN-ENDED MEETINGS HELD BY THE INFORMAL WORKING GROUP ON MSMES DURING 2024",)


def test_cleaning_removes_headers_links_residue_and_glued_footnote_marks(shipped) -> None:
    text = "\n".join(p.text for p in shipped.passages)
    assert "docs.wto.org" not in text and "https://" not in text, "link lists at page ends are dropped"
    assert "- 8 -" not in text
    assert "_INF" not in text and "_WT" not in text, "link residue before symbols is dropped"
    trails = " ".join(h for p in shipped.passages for h in p.headings)
    assert "MC111" not in text + trails and "SINCE MC11" in trails, "the footnote mark glued to MC11 is removed"
    assert "(Annex 1)1" not in text and "(Annex 1);" in text
    assert "[2]" not in text
    assert "membership to 103." in _find(shipped, "msme-iwg-annual-report-2024", "1.2")[0].text


def test_footnotes_are_passages_of_their_own(shipped) -> None:
    assert _find(shipped, "msme-iwg-annual-report-2024", "1.2")[0].notes == ("fn2",), "the paragraph marking it"
    assert not any("\ue000" in p.text or "\ue000" in " ".join(p.headings) for p in shipped.passages), "no mark left"
    members = _find(shipped, "msme-iwg-annual-report-2024", "fn2")[0]
    assert members.text.startswith("Members of the Informal Working Group on MSMEs are: Afghanistan")
    annex_notes = [p.para for p in shipped.passages if p.doc_id == "WT-MIN-24-9" and p.in_annex and (p.para or "").startswith("fn")]
    assert sorted(set(annex_notes)) == ["fn1", "fn2", "fn3", "fn4", "fn5", "fn6"], "annex footnotes restart at 1"
    assert _find(shipped, "WT-MIN-24-9", "fn2")[0].text.startswith("The three research notes include")


def test_no_passage_straddles_two_numbered_paragraphs(shipped) -> None:
    for p in shipped.passages:
        assert not re.search(r"(?:^|\s)\d{1,2}\.\d{1,2}\.\s+[A-Z]", p.text), f"{p.label()} holds another paragraph's number"
        assert len(p.text.split()) <= MAX_WORDS, f"{p.label()} is longer than a window"


def test_passages_list_the_symbols_they_mention(shipped) -> None:
    proposals = " ".join(p.text for p in _find(shipped, "msme-iwg-annual-report-2024", "2.3"))
    mentions = {s for p in _find(shipped, "msme-iwg-annual-report-2024", "2.3") for s in p.mentions}
    assert {"INF/MSME/W/51", "INF/MSME/W/53", "INF/MSME/R/44"} <= mentions
    assert "INF/MSME/W/53" in proposals


def test_ids_are_stable_across_reingest(shipped) -> None:
    again = read_corpus([CORPUS])
    assert [p.id for p in again.passages] == [p.id for p in shipped.passages]
    assert len({p.id for p in shipped.passages}) == len(shipped.passages), "ids are unique"


def test_pdf_pages_headers_footnote_and_wrapped_link(tmp_path: Path) -> None:
    write_wto_pdf(tmp_path / "toolkit.pdf")
    read = read_corpus([tmp_path])
    assert read.skipped == []
    by_para = {p.para: p for p in read.passages}
    assert set(by_para) == {"1.1", "1.2", "1.3", "fn1"}
    assert by_para["1.1"].symbol == "WT/MIN(99)/1", "a document without catalog entry takes the symbol in its page header"
    assert (by_para["1.1"].page, by_para["1.3"].page, by_para["fn1"].page) == (1, 2, 1)
    assert by_para["1.1"].headings == ("1 INTRODUCTION",)
    assert by_para["1.1"].text.endswith("(INF/MSME/W/99/Rev.1)."), "the glued footnote mark is gone"
    assert by_para["1.1"].notes == ("fn1",) and by_para["1.2"].notes == (), "the paragraph knows its footnote"
    assert by_para["1.1"].mentions == ("INF/MSME/W/99/Rev.1",)
    assert by_para["fn1"].text == "The toolkit annex lists the partner agencies."
    assert "bol=%22" not in by_para["1.2"].text, "a URL wrapped onto a second line is dropped whole"


def test_bad_files_are_named_skipped_and_counted(tmp_path: Path) -> None:
    write_wto_pdf(tmp_path / "good.pdf")
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "random.pdf").write_bytes(bytes(range(256)) * 40)
    good = (tmp_path / "good.pdf").read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(good[: len(good) // 3])
    write_wto_pdf(tmp_path / "locked.pdf", password="secret")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    read = read_corpus([tmp_path])
    reasons = {Path(s.path).name: s.reason for s in read.skipped}
    assert [d.file for d in read.documents] == ["good.pdf"], f"only the good file is indexed; skipped: {reasons}"
    assert "empty" in reasons["empty.pdf"]
    assert "not a readable PDF" in reasons["random.pdf"]
    assert "truncated.pdf" in reasons, "a truncated PDF is named"
    assert "password" in reasons["locked.pdf"]
    assert "unsupported file type .docx" in reasons["notes.docx"]


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    write_wto_pdf(tmp_path / "open-lock.pdf", password="")
    read = read_corpus([tmp_path])
    assert read.skipped == [] and {p.para for p in read.passages} >= {"1.1", "1.3"}


def test_html_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><script>evil()</script></head><body><h1>NOTE</h1>"
        "<p>1.1. The Group met on 5 May 2025 (INF/MSME/R/50).</p><p>1.2. It adopted a work plan.</p></body></html>",
        encoding="utf-8",
    )
    paras = {p.para: p.text for p in read_corpus([tmp_path]).passages}
    assert paras["1.1"] == "The Group met on 5 May 2025 (INF/MSME/R/50)."
    assert "evil" not in " ".join(paras.values())


@pytest.mark.parametrize(("heading", "words"), [
    ("7 MSME FINANCING", "Msme financing"),
    ("2.1 Cyber-readiness", "Cyber-readiness"),
    ("2 LOOKING FORWARD:", "Looking forward"),
    ("2.2.1 Recognition of e-documents and the UNCITRAL Model Law", "Recognition of e-documents and the UNCITRAL Model Law"),
])
def test_a_heading_is_indexed_as_words(heading: str, words: str) -> None:
    assert heading_words(heading) == words


THREE_TOPICS = """WORLD TRADE ORGANIZATION
INF/MSME/W/99
1 March 2025
Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)
NOTE ON THREE TOPICS
1  CYBERSECURITY
1.1.  The Group heard two presentations on this topic in 2024 and asked the Secretariat to follow up with a short note.
2  LOGISTICS
2.1.  The Group heard two presentations on this topic in 2024 and asked the Secretariat to report back at its next meeting.
3  TOURISM
3.1.  The Group heard two presentations on this topic in 2024 and asked the Secretariat to circulate the slides to Members.
"""


def test_a_paragraph_is_found_by_the_heading_it_sits_under(tmp_path: Path, encoder, multilingual) -> None:
    """Three paragraphs alike but for their headings: a question naming a topic finds the paragraph
    under that heading, though the paragraph never names it; in e5's space in each language, and in
    MiniLM's (which reads English) for the English question."""
    from bot.helpdesk import assemble
    from index import build_index, load_index

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "note.txt").write_text(THREE_TOPICS, encoding="utf-8")
    read = read_corpus([tmp_path / "docs"])
    assert [p.indexed_text().split(".")[0] for p in read.passages if p.para] == ["Cybersecurity", "Logistics", "Tourism"]
    build_index(read.passages, tmp_path / "index", encoder=encoder, multilingual=multilingual, sources=read.sources,
                cache=False)
    helpdesk = assemble(load_index(tmp_path / "index", model=encoder.name), encoder=encoder, multilingual=multilingual)
    for question, para in [("What did the Group hear about logistics?", "2.1"), ("¿Qué se dijo sobre el turismo?", "3.1"),
                           ("Qu'a entendu le Groupe sur la cybersécurité ?", "1.1")]:
        signals = helpdesk.retriever.signals(question)
        for ranking in (signals.dense, signals.multilingual) if signals.language == "en" else (signals.multilingual,):
            best = max(ranking, key=ranking.get)
            assert helpdesk.index.passages[best].para == para, (question, ranking)
        assert helpdesk.ask(question).citations[0].passage.para == para, question
