"""The browser app, served by the real `helpdesk serve` process and driven by gradio_client."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from gradio_client import Client

from bot.records import Answer, Citation
from bot.render import answer_html, sources_html
from ingest.passage import Passage


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(shipped_index: Path):
    """`helpdesk serve` on a free loopback port; stopped after the module."""
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--index", str(shipped_index), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"helpdesk serve exited with {proc.returncode}: {proc.stdout.read()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("helpdesk serve did not answer within 120 s")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_ask_through_the_served_app(server: str) -> None:
    client = Client(server, verbose=False)
    answer, sources = client.predict("What is the Trade4MSMEs Platform?", api_name="/ask")
    assert 'href="#source-1"' in answer and "WT/MIN(24)/9 ¶1.3, p. 1" in answer, "the answer carries a citation chip"
    assert "gateway to trade information" in answer and "Launched the Trade4MSMEs Platform" in answer, (
        "the browser shows every sentence the JSON answer quotes"
    )
    assert 'id="source-1"' in sources and "docs.wto.org" in sources, "the source card links the official document"
    assert "<mark>" in sources, "the quoted sentence is highlighted in its card"


def test_abstention_and_bad_questions_in_the_app(server: str) -> None:
    client = Client(server, verbose=False)
    answer, sources = client.predict("What is the boiling point of water at sea level?", api_name="/ask")
    assert "do not answer" in answer and "Closest passages we found" in sources
    answer, sources = client.predict("   ", api_name="/ask")
    assert "Please type a question" in answer and sources == ""
    answer, _ = client.predict("x" * 5000, api_name="/ask")
    assert "limit is 1,000" in answer


def test_page_makes_no_calls_home(server: str) -> None:
    config = json.loads(urllib.request.urlopen(server + "config", timeout=10).read())
    assert config["analytics_enabled"] is False
    assert config["stylesheets"] == [], "no web-font stylesheets: the page must render offline"
    theme = urllib.request.urlopen(server + "theme.css", timeout=10).read().decode()
    assert "fonts.googleapis" not in theme and "fonts.gstatic" not in theme


def test_document_text_is_escaped() -> None:
    hostile = Passage(
        id="x", doc_id="evil", symbol=None, title="<b>T</b>", cite_as="<img src=x onerror=alert(1)>",
        date=None, year=None, para="1.1", page=None, headings=(), mentions=(),
        text="Before. <script>alert('x')</script> after.",
    )
    answer = Answer(None, "q", "", False, (Citation(1, hostile, 0.9, ((8, 38),)),))
    html = answer_html(answer) + sources_html(answer)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
