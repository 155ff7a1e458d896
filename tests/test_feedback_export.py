"""Ratings appended to the feedback file; the answer as plain text and Markdown."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.export import DownloadFolder, answer_markdown, answer_plain, md_escape, write_markdown
from bot.feedback import Feedback, append_feedback, feedback_for, read_feedback
from bot.helpdesk import Helpdesk
from bot.records import Answer, Citation
from ingest.errors import HelpdeskError
from ingest.passage import Passage


def test_feedback_lines_append_and_hold_only_what_is_needed(fake_helpdesk: Helpdesk, tmp_path: Path) -> None:
    answer = fake_helpdesk.ask("What is the Trade4MSMEs Platform?", id="a1")
    path = tmp_path / "deep" / "feedback.jsonl"
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    append_feedback(path, feedback_for(answer, "up", now=when))
    append_feedback(path, feedback_for(answer, "down", "  wrong   paragraph ", now=when))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [set(line) for line in lines] == [{"time", "answer_id", "question", "passage_ids", "rating", "comment"}] * 2
    assert lines[0] == {"time": "2026-01-02T03:04:05+00:00", "answer_id": "a1", "question": answer.question,
                        "passage_ids": [c.passage.id for c in answer.citations], "rating": "up", "comment": None}
    assert lines[1]["comment"] == "wrong paragraph"
    assert read_feedback(path)[1] == Feedback("2026-01-02T03:04:05+00:00", "a1", answer.question,
                                              tuple(c.passage.id for c in answer.citations), "down", "wrong paragraph")


def test_bad_rating_is_refused(fake_helpdesk: Helpdesk) -> None:
    answer = fake_helpdesk.ask("What is the Trade4MSMEs Platform?")
    with pytest.raises(HelpdeskError, match="rating must be one of up, down"):
        feedback_for(answer, "meh")


def test_plain_text_and_markdown(fake_helpdesk: Helpdesk, tmp_path: Path) -> None:
    answer = fake_helpdesk.ask("What is the Trade4MSMEs Platform?", id="abc")
    plain = answer_plain(answer)
    assert plain.startswith(answer.question) and answer.answer in plain
    assert f"[1] {answer.citations[0].label} {answer.citations[0].passage.url}" in plain
    path = write_markdown(answer, tmp_path)
    md = path.read_text(encoding="utf-8")
    assert path.name == "answer-abc.md" and md.startswith("# What is the Trade4MSMEs Platform?")
    assert f"(<{answer.citations[0].passage.url}>)" in md, "each source links docs.wto.org"


def test_the_download_folder_lets_old_answers_go(fake_helpdesk: Helpdesk) -> None:
    import os

    folder = DownloadFolder(keep_s=3600, every_s=0)
    old = folder.write(fake_helpdesk.ask("What is the Trade4MSMEs Platform?", id="old"))
    kept = folder.write(fake_helpdesk.ask("What is the Trade Game?", id="kept"))
    two_hours_ago = old.stat().st_mtime - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    new = folder.write(fake_helpdesk.ask("What is the MSME Handbook?", id="new"))
    assert not old.exists() and kept.exists() and new.read_text(encoding="utf-8").startswith("# What is the MSME")
    folder.close()
    assert not folder.path.exists(), "the folder goes with the server"


def test_markdown_keeps_hostile_text_inert() -> None:
    hostile = "[guide](javascript:alert(1)) <script>alert(2)</script> ![x](x onerror=alert(3))"
    passage = Passage(id="p", doc_id="d", symbol=None, title=hostile, cite_as="[a](javascript:x)", date=None,
                      year=None, para="1.1", page=None, headings=(), text=hostile, mentions=())
    md = answer_markdown(Answer(None, hostile, hostile, False, (Citation(1, passage, 0.5, ((0, 10),)),)))
    assert not re.search(r"(?<!\\)\]\((?!<https://)", md), "no Markdown link except docs.wto.org ones"
    assert "<script>" not in md and "\\<script\\>" in md
    assert md_escape("a_b*c") == "a\\_b\\*c"
