"""Security on the server side: loopback by default, uploads off unless asked for and then
confined to the corpus folder, hostile questions answered safely, logs free of document text."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import psutil
import pytest
from gradio_client import Client, handle_file

from bot.app import build_app
from bot.cli import main, parser
from bot.helpdesk import Helpdesk
from bot.upload_ui import UploadSettings
from ingest.upload import UploadRefused, safe_name, store_upload
from eval.load.server import serve
from tests.conftest import write_wto_pdf
from tests.test_bad_input import ANSWERED, REFUSED, write_scanned_pdf

pytestmark = pytest.mark.model  # runs the CLI, a server or ingest with the real models

# --- the upload library ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../../etc/passwd.pdf", "is a path"),
        ("/etc/passwd.pdf", "is a path"),
        ("..\\..\\boot.ini.txt", "is a path"),
        ("corpus/../../x.pdf", "is a path"),
        ("..", "is a path"),
        (".hidden.pdf", "hidden file name"),
        (".pdf", "hidden file name"),
        ("evil.exe", "only PDF and TXT"),
        ("report.pdf.exe", "only PDF and TXT"),
        ("catalog.toml", "only PDF and TXT"),
        ("no-extension", "only PDF and TXT"),
        ("nul\x00byte.pdf", "control characters"),
        ("rtl\u202egpj.pdf", "control characters"),
        ("<>.pdf", "no usable name"),
        ("", "no name"),
    ],
)
def test_unsafe_upload_names_are_refused(name: str, why: str) -> None:
    with pytest.raises(UploadRefused, match=why):
        safe_name(name)


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Trade note.PDF", "Trade note.pdf"),
        ("Résumé 2024 (final).txt", "Résumé 2024 (final).txt"),
        ("a<img src=x onerror=alert(1)>.pdf", "a-img src-x onerror-alert(1).pdf"),
        ("semi;colon&amp.txt", "semi-colon-amp.txt"),
    ],
)
def test_safe_names_keep_what_is_harmless(name: str, stored: str) -> None:
    assert safe_name(name) == stored


def test_store_upload_checks_size_content_and_collisions(tmp_path: Path) -> None:
    corpus, inbox = tmp_path / "corpus", tmp_path / "inbox"
    inbox.mkdir()
    pdf = write_wto_pdf(inbox / "upload.tmp")
    stored = store_upload(pdf, "Toolkit.pdf", corpus, max_bytes=10 * 2**20)
    assert stored == corpus / "Toolkit.pdf" and stored.read_bytes() == pdf.read_bytes()
    assert store_upload(pdf, "Toolkit.pdf", corpus, max_bytes=10 * 2**20) == stored, "the same file twice: stored once"
    other = write_wto_pdf(inbox / "other.tmp", symbol="WT/MIN(99)/2")
    with pytest.raises(UploadRefused, match="already in the corpus"):
        store_upload(other, "Toolkit.pdf", corpus, max_bytes=10 * 2**20)
    with pytest.raises(UploadRefused, match="the limit is 1.0 kB"):
        store_upload(other, "big.pdf", corpus, max_bytes=1024)
    (inbox / "fake").write_text("<html>not a pdf</html>")
    with pytest.raises(UploadRefused, match="is not a PDF"):
        store_upload(inbox / "fake", "fake.pdf", corpus)
    (inbox / "bin").write_bytes(b"MZ\x90\x00\x03\x00")
    with pytest.raises(UploadRefused, match="not a text file"):
        store_upload(inbox / "bin", "program.txt", corpus)
    (inbox / "empty").write_bytes(b"")
    with pytest.raises(UploadRefused, match="empty"):
        store_upload(inbox / "empty", "empty.txt", corpus)
    with pytest.raises(UploadRefused, match="is a path"):
        store_upload(other, "../../etc/passwd.pdf", corpus)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file() and p.parent != inbox) == ["Toolkit.pdf"], (
        "nothing refused reaches the disk, inside or outside the corpus"
    )


def test_a_symlink_in_the_corpus_cannot_redirect_an_upload(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir(), outside.mkdir()
    (corpus / "trap.pdf").symlink_to(outside / "victim.pdf")
    pdf = write_wto_pdf(tmp_path / "upload.tmp")
    with pytest.raises(UploadRefused, match="outside the corpus"):
        store_upload(pdf, "trap.pdf", corpus)
    assert not (outside / "victim.pdf").exists()


# --- the app and the server ---------------------------------------------------------------------

def _api_names(app) -> set[str]:
    return {fn.api_name for fn in app.fns.values() if fn.api_name}


def test_upload_is_off_by_default(helpdesk: Helpdesk, tmp_path: Path) -> None:
    assert parser()[0].parse_args(["serve"]).allow_upload is False
    assert parser()[0].parse_args(["serve"]).host == "127.0.0.1"
    assert "upload" not in _api_names(build_app(helpdesk)), "no upload endpoint unless asked for"
    settings = UploadSettings(tmp_path, tmp_path / "index", 2**20)
    assert "upload" in _api_names(build_app(helpdesk, upload=settings))


def test_serving_beyond_loopback_prints_a_warning(tmp_path: Path) -> None:
    """No index here, so the server stops right after the warning, before it binds anything."""
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve", "--host", "0.0.0.0", "--index", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    assert run.returncode == 1
    assert run.stderr.startswith("warning: serving on 0.0.0.0: anyone who can reach this machine")
    assert "error: no index" in run.stderr and "Traceback" not in run.stderr


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory: pytest.TempPathFactory):
    """`helpdesk serve --allow-upload` over a one-document corpus, on a free loopback port."""
    root = tmp_path_factory.mktemp("served")
    corpus, index_dir = root / "corpus", root / "index"
    corpus.mkdir()
    write_wto_pdf(corpus / "toolkit.pdf")
    assert main(["ingest", str(corpus), "--index", str(index_dir)]) == 0
    log = root / "serve.log"
    with serve(index_dir, "--allow-upload", "--corpus", str(corpus), "--max-file-mb", "1", log=log) as served:
        yield served, corpus, root, log


def test_server_listens_on_loopback_only(upload_server) -> None:
    served, *_ = upload_server
    listening = [c.laddr for c in psutil.Process(served.process.pid).net_connections("inet") if c.status == "LISTEN"]
    assert listening and all(addr.ip == "127.0.0.1" for addr in listening), listening


def test_upload_through_the_app_adds_a_document_and_refuses_bad_ones(upload_server, tmp_path: Path) -> None:
    served, corpus, root, _ = upload_server
    client = Client(served.url, verbose=False, analytics_enabled=False)
    new = write_wto_pdf(tmp_path / "andes-pilot.pdf", symbol="WT/MIN(99)/7")
    assert client.predict(handle_file(str(new)), api_name="/upload") == (
        "Added andes-pilot.pdf: 4 passages. Questions are now answered from it too."
    )
    page, *_ = client.predict("What did the pilot in the Andes show?", api_name="/ask")
    assert "WT/MIN(99)/7" in page, "the uploaded document is searched at once"

    scanned = write_scanned_pdf(tmp_path / "scan.pdf")
    assert client.predict(handle_file(str(scanned)), api_name="/upload").startswith(
        "Not added: scan.pdf: no text found"
    )
    big = tmp_path / "big.txt"
    big.write_text("1.1. Word. " * 200_000)
    with pytest.raises(Exception):  # Gradio refuses it at the door (max_file_size), before our code runs
        client.predict(handle_file(str(big)), api_name="/upload")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ\x90\x00")
    with pytest.raises(Exception, match="Invalid file type"):  # Gradio refuses the type before our code runs
        client.predict(handle_file(str(exe)), api_name="/upload")
    assert sorted(p.name for p in corpus.iterdir()) == ["andes-pilot.pdf", "toolkit.pdf"]


def test_a_traversal_name_sent_by_hand_stays_inside_the_corpus(upload_server) -> None:
    """A client need not be a browser: post a file named ../../etc/passwd.pdf straight to Gradio."""
    served, corpus, root, _ = upload_server
    pdf = write_wto_pdf(root / "hand.tmp", symbol="WT/MIN(99)/8").read_bytes()
    posted = httpx.post(served.url + "gradio_api/upload", files={"files": ("../../etc/passwd.pdf", pdf, "application/pdf")},
                        timeout=60)
    path = posted.json()[0]
    assert Path(path).name == "passwd.pdf", "Gradio keeps only the base name of what it receives"
    result = Client(served.url, verbose=False, analytics_enabled=False).predict(handle_file(path), api_name="/upload")
    assert result.startswith("Added passwd.pdf"), result
    assert (corpus / "passwd.pdf").is_file() and not (root / "etc").exists() and not Path("/etc/passwd.pdf").exists()


def test_hostile_questions_through_the_served_app(upload_server) -> None:
    served, *_, log = upload_server
    logged_before = len(log.read_text())
    client = Client(served.url, verbose=False, analytics_enabled=False)
    for name, (question, message) in REFUSED.items():
        page, *_ = client.predict(question, api_name="/ask")
        assert 'class="answer error"' in page and message.split(",")[0] in page, name
    for name, question in ANSWERED.items():
        page, *_ = client.predict(question, api_name="/ask")
        assert 'class="answer' in page and 'class="answer error' not in page and 'class="card"' in page, name
    assert "Traceback" not in log.read_text()[logged_before:], "no question made the server log a stack trace"


# --- what is logged ---------------------------------------------------------------------------

def test_asking_logs_no_document_text(helpdesk: Helpdesk, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        answer = helpdesk.ask("What is the Trade4MSMEs Platform?")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for c in answer.citations:
        assert c.passage.text[:40] not in logged, "passage text never reaches the logs"
    assert answer.answer[:40] not in logged


def test_server_log_holds_no_document_text(upload_server) -> None:
    served, corpus, _, log = upload_server
    client = Client(served.url, verbose=False, analytics_enabled=False)
    client.predict("What did the pilot in the Andes show?", api_name="/ask")
    text = log.read_text()
    assert "shipping costs fell by a third" not in text and "cooperatives in the Andes" not in text
