"""The browser app, served by the real `helpdesk serve` process and driven by gradio_client."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import partial
import urllib.request
from datetime import date
from pathlib import Path

from gradio_client import Client

from bot.helpdesk import Helpdesk
from bot.lookup import LookupReport, context, Mention, OutlineEntry
from bot.records import Answer, Citation
from bot.render import answer_html, lookup_html, sources_html, when_html
from bot.when import Record, When
from ingest.passage import Passage

FEEDBACK_FIELDS = {"time", "answer_id", "question", "passage_ids", "rating", "comment"}


def _ask(client: Client, question: str, *, lang: str = "en", docs: list[str] | None = None) -> tuple[str, str, str, str]:
    return client.predict(question, lang, docs or [], 2024, 2024, api_name="/ask")


def test_ask_through_the_served_app(app_url: str) -> None:
    client = Client(app_url, verbose=False)
    page, plain, markdown_path, box = _ask(client, "What is the Trade4MSMEs Platform?")
    assert 'href="#t1-s1"' in page and "WT/MIN(24)/9 ¶1.3, p. 1" in page, "the answer carries a citation chip"
    assert "gateway to trade information" in page and "Launched the Trade4MSMEs Platform" in page, (
        "the browser shows every sentence the JSON answer quotes"
    )
    assert 'id="t1-s1"' in page and "docs.wto.org" in page, "the source card links the official document"
    assert "<mark>" in page, "the quoted sentence is highlighted in its card"
    assert "[WT/MIN(24)/9 ¶1.3, p. 1]" in plain and "https://docs.wto.org/" in plain, "plain text keeps citations and links"
    assert Path(markdown_path).read_text(encoding="utf-8").startswith("# What is the Trade4MSMEs Platform?")
    assert box == "", "the question box is cleared for the next question"
    page, *_ = _ask(client, "What did INF/MSME/W/53 propose?")
    assert 'id="turn-1"' in page and 'id="turn-2"' in page, "earlier turns stay on screen"


def test_the_page_keeps_the_last_turns_only(app_url: str) -> None:
    """A long session (or a soak test) must not grow the page and its state without bound."""
    from bot.app import CONTEXT_TURNS, MAX_TURNS

    client = Client(app_url, verbose=False)
    for i in range(MAX_TURNS + 1):
        page, *_ = _ask(client, f"What is the Trade4MSMEs Platform? ({i})")
    assert page.count('<article class="turn"') == MAX_TURNS
    assert "Platform? (0)" not in page and f"Platform? ({MAX_TURNS})" in page
    turns = page.split('<article class="turn"')[1:]
    with_context = [i for i, turn in enumerate(turns) if 'class="context"' in turn]
    assert with_context == list(range(MAX_TURNS - CONTEXT_TURNS, MAX_TURNS)), "only the latest turns show neighbours"
    assert all('class="card"' in turn for turn in turns), "every turn keeps its source cards"
    assert [f'id="turn-{i + 1}"' in turn for i, turn in enumerate(turns)] == [True] * MAX_TURNS, "renumbered after the cut"


def test_each_turn_is_rendered_once_per_language_and_index(helpdesk: Helpdesk) -> None:
    from bot.app import TurnHtml, _neighbours
    from bot.render import turn_html

    turns = TurnHtml(chars=10**6)
    answer = helpdesk.ask("What is the Trade4MSMEs Platform?", id="a1")
    english = turns.html(answer, 4, "en")
    assert english == turn_html(answer, turn=4, lang="en") and turns.html(answer, 4, "en") is english
    french = turns.html(answer, 4, "fr")
    assert french == turn_html(answer, turn=4, lang="fr") != english
    neighbours = _neighbours(helpdesk)
    shown = turns.html(answer, 4, "en", neighbours)
    assert shown == turn_html(answer, turn=4, lang="en", neighbours=neighbours) != english, "a recent turn's context"
    assert turns.html(answer, 4, "en", neighbours) is shown
    assert turns.html(answer, 5, "en") == turn_html(answer, turn=5, lang="en"), "a turn's number is in its HTML"
    small = TurnHtml(chars=len(english) + len(french) - 1)
    first = small.html(answer, 4, "en")
    small.html(answer, 4, "fr")
    assert small.html(answer, 4, "en") is not first, "the oldest was let go when the two overran `chars`"


def test_filters_limit_the_cited_documents(app_url: str) -> None:
    client = Client(app_url, verbose=False)
    page, *_ = _ask(client, "What is the Trade4MSMEs Platform?", docs=["msme-iwg-annual-report-2024"])
    assert "IWG on MSMEs 2024 Annual Report" in page and "WT/MIN(24)/9 ¶" not in page


def test_abstention_and_bad_questions_in_the_app(app_url: str) -> None:
    client = Client(app_url, verbose=False)
    page, *_ = _ask(client, "What is the boiling point of water at sea level?")
    assert "do not answer" in page and "Closest we found" in page
    page, *_ = _ask(client, "   ")
    assert "Please type a question" in page
    page, *_ = _ask(client, "x" * 1500)
    assert "limit is 1,000" in page


def test_rating_writes_only_the_allowed_fields(app_url: str, feedback_file: Path) -> None:
    client = Client(app_url, verbose=False)
    _ask(client, "What is the Trade4MSMEs Platform?")
    message, comment = client.predict("Cites the right paragraph", "en", api_name="/rate_up")
    assert "saved" in message and comment == ""
    line = json.loads(feedback_file.read_text(encoding="utf-8").splitlines()[-1])
    assert set(line) == FEEDBACK_FIELDS, "feedback holds the question, answer ids, rating and comment, nothing more"
    assert line["rating"] == "up" and line["comment"] == "Cites the right paragraph"
    assert line["question"] == "What is the Trade4MSMEs Platform?" and len(line["passage_ids"]) == 5


def test_lookup_and_when_through_the_served_app(app_url: str) -> None:
    client = Client(app_url, verbose=False)
    report = client.predict("wt / min (24) / 9", "en", api_name="/lookup")
    assert "¶1.3" in report and "INF/MSME/4" in report and "IWG on MSMEs 2024 Annual Report" in report
    happened = client.predict("10 December 2024", "en", api_name="/when")
    assert happened.index("¶2.5") < happened.index("¶5.1")
    assert "not a date" in client.predict("soon", "en", api_name="/when")


EXAMPLE_PARAGRAPHS = {
    "What is the Trade4MSMEs Platform?": ("WT-MIN-24-9", "1.3"),
    "Which countries joined the MSME Group in 2024?": ("msme-iwg-annual-report-2024", "1.2"),
    "What did INF/MSME/W/53 propose?": ("msme-iwg-annual-report-2024", "2.3"),
    "Quand l'initiative Small Business Champions a-t-elle été lancée ?": ("WT-MIN-24-9", "1.2"),
    "¿De qué trata la propuesta de México INF/MSME/W/54?": ("msme-iwg-annual-report-2024", "2.3"),
}


def test_example_questions_are_answered_from_their_paragraph(helpdesk: Helpdesk) -> None:
    from bot.app import EXAMPLES

    assert set(EXAMPLES) == set(EXAMPLE_PARAGRAPHS)
    for question in EXAMPLES:
        answer = helpdesk.ask(question)
        quoted = [(c.passage.doc_id, c.passage.para) for c in answer.citations if c.quoted]
        assert not answer.abstained and EXAMPLE_PARAGRAPHS[question] in quoted, f"example {question!r} quotes {quoted}"


def test_page_makes_no_calls_home(app_url: str) -> None:
    config = json.loads(urllib.request.urlopen(app_url + "config", timeout=10).read())
    assert config["analytics_enabled"] is False
    assert config["stylesheets"] == [], "no web-font stylesheets: the page must render offline"
    theme = urllib.request.urlopen(app_url + "theme.css", timeout=10).read().decode()
    assert "fonts.googleapis" not in theme and "fonts.gstatic" not in theme


HOSTILE = "Before. <script>alert('x')</script> [guide](javascript:alert(1)) after."


def _hostile_passage() -> Passage:
    return Passage(
        id="x", doc_id="evil", symbol=None, title="<b>T</b>", cite_as="<img src=x onerror=alert(1)>",
        date=None, year=None, para="1.1", page=None, headings=("<i>H</i>",), mentions=(), text=HOSTILE,
    )


def test_document_text_is_escaped() -> None:
    passage = _hostile_passage()
    passage2 = replace(passage, id="y", para="1.2", text="<script>next()</script>")
    answer = Answer(None, "<svg onload=alert(1)>", "", False, (Citation(1, passage, 0.9, ((8, 38),)),))
    html = answer_html(answer) + sources_html(answer, neighbours=partial(context, [passage, passage2]))
    report = LookupReport("q", None, None, None, (OutlineEntry("1.1", passage.headings, None, HOSTILE, "<l>"),), (),
                          (), (Mention(passage, "A/B/1", "<script>", "A/B/1", "<img src=x>"),))
    html += lookup_html(report) + when_html(When(2024), [Record(passage, date(2024, 1, 1), 0, 7)])
    for live in ("<script", "<img", "<b>", "<i>", "<svg", "<l>", 'href="javascript'):
        assert live not in html, f"{live} reached the page unescaped"
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_terminated_server_removes_its_answers_folder(shipped_index: Path, tmp_path: Path) -> None:
    """SIGTERM (a service manager stopping it, the load harness) ends `helpdesk serve` as Ctrl+C does."""
    from eval.load.server import serve

    with serve(shipped_index, env={"TMPDIR": str(tmp_path)}) as served:
        _ask(Client(served.url, verbose=False), "What is the Trade4MSMEs Platform?")
        folders = list(tmp_path.glob("helpdesk-answers-*"))
        assert len(folders) == 1 and len(list(folders[0].glob("answer-*.md"))) == 1
    assert served.process.returncode == 0
    assert not list(tmp_path.glob("helpdesk-answers-*"))
