"""Bad documents and hostile questions: each named with its reason or answered, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw

from bot.cli import main
from bot.helpdesk import Helpdesk
from bot.records import InvalidQuestion
from bot.settings import MAX_QUESTION_CHARS_ENV
from index import load_index
from ingest import HelpdeskError, read_corpus
from ingest.settings import MAX_FILE_MB_ENV
from tests.conftest import write_wto_pdf

CP1252_TEXT = "1.1.  The Café’s “export desk” opened in 2025 – a first for the cooperative.\n"
LATIN1_TEXT = "1.1.  Les coopératives du Pérou ont réduit leurs coûts « de moitié » en 2024.\n"


def write_scanned_pdf(path: Path) -> Path:
    """A page that is only a picture and shapes, as a scanner makes it: no text layer."""
    picture = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 100), outline="black", width=4)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(picture, x=20, y=20, w=170)
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 100, 170, 40, style="F")
    pdf.ellipse(60, 160, 80, 40)
    pdf.output(str(path))
    return path


@pytest.fixture()
def bad_corpus(tmp_path: Path) -> Path:
    """Four good documents and every kind of bad file beside them."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    good = write_wto_pdf(folder / "good.pdf").read_bytes()
    write_wto_pdf(folder / "open-lock.pdf", symbol="WT/MIN(99)/2", password="")
    (folder / "notes-cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (folder / "notes-latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "random.pdf").write_bytes(os.urandom(30_000))
    write_wto_pdf(folder / "locked.pdf", symbol="WT/MIN(99)/3", password="secret")
    (folder / "empty.txt").write_bytes(b"")
    write_scanned_pdf(folder / "scanned.pdf")
    with (folder / "huge.pdf").open("wb") as fh:  # 50 MB, sparse: cheap to make, over the 40 MB limit
        fh.write(b"%PDF-1.7\n")
        fh.truncate(50 * 2**20)
    (folder / "toolkit-copy.pdf").write_bytes(good)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    return folder


EXPECTED_REASONS = {
    "truncated.pdf": "not a readable PDF",
    "random.pdf": "not a readable PDF",
    "locked.pdf": "encrypted PDF that needs a password",
    "empty.txt": "empty file (0 bytes)",
    "scanned.pdf": "no text found (a scanned PDF needs OCR first)",
    "huge.pdf": "50.0 MB is over the 40.0 MB limit",
    "notes.docx": "unsupported file type .docx",
}


def test_ingest_indexes_every_good_file_and_names_each_bad_one(bad_corpus, tmp_path, capsys, monkeypatch, encoder):
    monkeypatch.setenv("COLUMNS", "220")  # the summary table on one line per file
    index_dir = tmp_path / "index"
    assert main(["ingest", str(bad_corpus), "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    for name, reason in EXPECTED_REASONS.items():
        row = next((line for line in out.splitlines() if name in line), "")
        assert "skipped" in row and reason in row, f"{name} is named with its reason in the summary; got {row!r}"
    duplicate = next(line for line in out.splitlines() if "toolkit-copy.pdf" in line)
    assert "same content as good.pdf" in duplicate
    assert "4 documents" in out and "8 skipped" in out
    index = load_index(index_dir, model=encoder.name)
    assert sorted({p.doc_id for p in index.passages}) == ["good", "notes-cp1252", "notes-latin1", "open-lock"], (
        "every good file is indexed, the PDF with an empty user password too"
    )
    text = {p.doc_id: p.text for p in index.passages if p.para == "1.1"}
    assert "The Café’s “export desk” opened in 2025 – a first" in text["notes-cp1252"], "cp1252 quotes and dashes"
    assert "Les coopératives du Pérou ont réduit leurs coûts « de moitié »" in text["notes-latin1"]


def test_ingest_of_only_bad_files_exits_non_zero(bad_corpus, tmp_path, capsys) -> None:
    for name in ("good.pdf", "open-lock.pdf", "notes-cp1252.txt", "notes-latin1.txt", "toolkit-copy.pdf"):
        (bad_corpus / name).unlink()
    assert main(["ingest", str(bad_corpus), "--index", str(tmp_path / "index")]) == 1
    captured = capsys.readouterr()
    assert "truncated.pdf" in captured.out, "the summary still names every bad file"
    assert captured.err.startswith("error: no document") and "Traceback" not in captured.err
    assert not (tmp_path / "index").exists()


def test_size_limit_is_a_setting(tmp_path: Path, monkeypatch) -> None:
    write_wto_pdf(tmp_path / "toolkit.pdf")
    size_mb = (tmp_path / "toolkit.pdf").stat().st_size / 2**20
    monkeypatch.setenv(MAX_FILE_MB_ENV, f"{size_mb / 2}")
    read = read_corpus([tmp_path])
    assert not read.documents and "over the" in read.skipped[0].reason
    assert read_corpus([tmp_path], max_bytes=10 * 2**20).documents, "an explicit limit wins over the variable"
    monkeypatch.setenv(MAX_FILE_MB_ENV, "lots")
    with pytest.raises(HelpdeskError, match="HELPDESK_MAX_FILE_MB must be a positive number"):
        read_corpus([tmp_path])


def test_ingest_flag_sets_the_size_limit(tmp_path: Path, capsys) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write_wto_pdf(docs / "toolkit.pdf")
    assert main(["ingest", str(docs), "--index", str(tmp_path / "index"), "--max-file-mb", "0.001"]) == 1
    assert "over the 1.0 kB limit" in capsys.readouterr().out


def test_undefined_cp1252_bytes_fall_back_to_latin1(tmp_path: Path) -> None:
    (tmp_path / "odd.txt").write_bytes("1.1.  Café de Perú\x81 exports.\n".encode("latin-1"))
    text = read_corpus([tmp_path]).passages[0].text
    assert text.startswith("Café de Perú") and "\ufffd" not in text, "no replacement characters"


# --- a previously indexed document is never lost -------------------------------------------

def test_a_file_that_turns_corrupt_keeps_its_previous_passages(tmp_path: Path, capsys, monkeypatch, encoder) -> None:
    """Semantics: a file still in the corpus but unreadable now keeps its last good passages;
    a file removed from the corpus leaves the index."""
    monkeypatch.setenv("COLUMNS", "220")
    docs, index_dir = tmp_path / "docs", tmp_path / "index"
    docs.mkdir()
    write_wto_pdf(docs / "toolkit.pdf")
    write_wto_pdf(docs / "second.pdf", symbol="WT/MIN(99)/2")
    assert main(["ingest", str(docs), "--index", str(index_dir)]) == 0
    before = {p.id: p for p in load_index(index_dir, model=encoder.name).passages}
    data = (docs / "second.pdf").read_bytes()
    (docs / "second.pdf").write_bytes(data[: len(data) // 2])  # a failed copy over the good file
    write_wto_pdf(docs / "third.pdf", symbol="WT/MIN(99)/3")
    capsys.readouterr()
    assert main(["ingest", str(docs), "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "second.pdf" in line)
    assert "kept 4 old passages" in row and "not a readable PDF" in row
    after = {p.id: p for p in load_index(index_dir, model=encoder.name).passages}
    kept = {i: p for i, p in before.items() if p.doc_id == "second"}
    assert kept and all(after.get(i) == p for i, p in kept.items()), "the old passages are kept, unchanged"
    assert {p.doc_id for p in after.values()} == {"toolkit", "second", "third"}, "the new document is added too"
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert "kept its 4 passages" in manifest["skipped"][str(docs / "second.pdf")]

    (docs / "second.pdf").unlink()
    assert main(["ingest", str(docs), "--index", str(index_dir)]) == 0
    assert {p.doc_id for p in load_index(index_dir, model=encoder.name).passages} == {"toolkit", "third"}, (
        "a file removed from the corpus is removed from the index"
    )


# --- hostile questions ---------------------------------------------------------------------

REFUSED = {
    "empty": ("", "Please type a question"),
    "whitespace": (" \n\t\u00a0\u3000 ", "Please type a question"),
    "100 kB": ("trade " * 17_000, "limit is 1,000"),
    "punctuation": ("?!?... ;-) ¿¡ «»", "Please ask in words"),
    "emoji only": ("🙂🚀👍🏽", "Please ask in words"),
    "controls only": ("\x00\x07\x1b\x7f", "Please type a question"),
}
ANSWERED = {
    "control characters": "What is\x00 the\x1b[0m Trade4MSMEs\x07 Platform?\r\n",
    "lone symbol": "WT/MIN(24)/9",
    "emoji": "🙂 What is the Trade4MSMEs Platform? 🚀👍🏽",
    "arabic": "ما هي منصة Trade4MSMEs؟",
    "hebrew": "מהי פלטפורמת Trade4MSMEs?",
    "mixed rtl marks": "\u202eWhat is the Trade4MSMEs Platform?\u202c",
}


@pytest.mark.parametrize("name", REFUSED)
def test_refused_questions_get_a_clear_message(fake_helpdesk: Helpdesk, name: str) -> None:
    question, message = REFUSED[name]
    with pytest.raises(InvalidQuestion, match=message):
        fake_helpdesk.ask(question)


@pytest.mark.parametrize("name", ANSWERED)
def test_odd_questions_get_a_normal_answer(helpdesk: Helpdesk, name: str) -> None:
    answer = helpdesk.ask(ANSWERED[name])
    assert answer.citations, "an answer or the nearest passages, never nothing"
    assert not any(ord(ch) < 32 for ch in answer.question), "control characters never reach the model"
    if "Trade4MSMEs Platform" in ANSWERED[name]:
        assert answer.citations[0].passage.para in {"1.3", "1.4"} and not answer.abstained, answer.citations[0].label


def test_lone_symbol_finds_its_document(helpdesk: Helpdesk) -> None:
    answer = helpdesk.ask("WT/MIN(24)/9")
    assert answer.citations[0].passage.symbol == "WT/MIN(24)/9" or answer.abstained, answer.citations[0].label


@pytest.mark.parametrize("name", [*REFUSED, *ANSWERED])
def test_cli_never_prints_a_traceback(shipped_index: Path, capsys, name: str) -> None:
    question = REFUSED[name][0] if name in REFUSED else ANSWERED[name]
    code = main(["ask", "--json", question, "--index", str(shipped_index)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if name in REFUSED:
        assert code == 1 and err.startswith("error: ") and REFUSED[name][1] in err and err.count("\n") == 1
    else:
        assert code == 0 and json.loads(out)["citations"]


def test_question_limit_is_a_setting(helpdesk: Helpdesk, multilingual, shipped_index: Path, monkeypatch, capsys) -> None:
    strict = helpdesk.configured(helpdesk.settings.with_question_limit(20))
    with pytest.raises(InvalidQuestion, match="limit is 20"):
        strict.ask("What is the Trade4MSMEs Platform?")
    monkeypatch.setenv(MAX_QUESTION_CHARS_ENV, "10")
    with pytest.raises(InvalidQuestion, match="limit is 10"):
        helpdesk.configured(helpdesk.settings.with_question_limit()).ask("What is the Trade4MSMEs Platform?")
    assert helpdesk.settings.with_question_limit(100).limits.max_question_chars == 100, "an explicit limit wins"
    monkeypatch.delenv(MAX_QUESTION_CHARS_ENV)
    assert main(["ask", "What is the Trade4MSMEs Platform?", "--index", str(shipped_index),
                 "--max-question-chars", "12"]) == 1
    assert "limit is 12" in capsys.readouterr().err
