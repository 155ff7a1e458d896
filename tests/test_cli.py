"""The CLI, run in process: ingest, ask, ask --json --batch, errors as one line."""

import io
import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import write_wto_pdf
from tests.test_bot import SCHEMA

pytestmark = pytest.mark.model  # runs the CLI, a server or ingest with the real models


def test_ingest_then_up_to_date(corpus_copy: Path, tmp_path: Path, capsys) -> None:
    index_dir = tmp_path / "index"
    assert main(["ingest", str(corpus_copy), "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 documents, 143 passages, 0 skipped" in out
    assert main(["ingest", str(corpus_copy), "--index", str(index_dir)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_ingest_skips_bad_file_and_goes_on(corpus_copy: Path, tmp_path: Path, capsys) -> None:
    (corpus_copy / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    assert main(["ingest", str(corpus_copy), "--index", str(tmp_path / "index")]) == 0
    out = capsys.readouterr().out
    assert "broken.pdf" in out and "skipped" in out and "2 documents" in out


def test_ingest_of_nothing_readable_fails_and_keeps_old_index(tmp_path: Path, capsys) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir(), bad.mkdir()
    write_wto_pdf(good / "toolkit.pdf")
    (bad / "empty.pdf").write_bytes(b"")
    index_dir = tmp_path / "index"
    assert main(["ingest", str(good), "--index", str(index_dir)]) == 0
    capsys.readouterr()
    assert main(["ingest", str(bad), "--index", str(index_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no document") and "unchanged" in err and "Traceback" not in err
    assert main(["ask", "--json", "What did the pilot in the Andes show?", "--index", str(index_dir)]) == 0
    assert json.loads(capsys.readouterr().out)["citations"][0]["para"] == "1.3", "the previous index still answers"


def test_ask_json(shipped_index: Path, capsys) -> None:
    assert main(["ask", "--json", "What is the Trade4MSMEs Platform?", "--index", str(shipped_index)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == SCHEMA
    assert data["id"] is None and data["citations"][0]["para"] == "1.3"


def test_ask_plain_prints_answer_and_sources(shipped_index: Path, capsys) -> None:
    assert main(["ask", "What is the Trade4MSMEs Platform?", "--index", str(shipped_index)]) == 0
    out = capsys.readouterr().out
    assert "[1] WT/MIN(24)/9 ¶1.3, p. 1" in out and "Sources:" in out


def test_ask_batch_answers_each_line(shipped_index: Path, capsys, monkeypatch) -> None:
    lines = [
        {"id": "a", "question": "Which Members joined the MSME Group in 2024?"},
        {"id": 7, "question": ""},
        "not json",
        {"id": "c", "question": "What is the Trade4MSMEs Platform?"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(["ask", "--json", "--batch", "--index", str(shipped_index)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["id"] for o in out] == ["a", "7", None, "c"]
    assert out[0]["citations"][0]["para"] == "1.2"
    assert out[1]["abstained"] and "Please type a question" in out[1]["answer"]
    assert "Not a JSON object" in out[2]["answer"]
    assert out[3]["citations"][0]["para"] == "1.3"


def test_errors_are_one_line(tmp_path: Path, capsys) -> None:
    assert main(["ask", "anything", "--index", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no index") and "helpdesk ingest" in err and "Traceback" not in err


def test_stale_index_names_the_fix(tmp_path: Path, shipped_index: Path, capsys) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(shipped_index, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["chunker"] = "0"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    assert main(["ask", "anything", "--index", str(copy)]) == 1
    assert f"helpdesk ingest --index {copy}" in capsys.readouterr().err


def test_help_shows_an_example(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["ask", "--help"])
    assert 'helpdesk ask --json "What is the Trade4MSMEs Platform?"' in capsys.readouterr().out
