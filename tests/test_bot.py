"""Cited answers on the shipped corpus with the real model: the paragraph a delegate would cite."""

from pathlib import Path

import pytest

from bot.helpdesk import Helpdesk, assemble
from bot.records import InvalidQuestion
from bot.retrieve import SearchFilter
from bot.settings import Limits
from index import load_index

SCHEMA = {"id", "question", "answer", "abstained", "citations", "timings_ms", "settings", "answer_kind", "reason"}
CITATION = {"rank", "doc_id", "symbol", "title", "para", "annex", "page", "text", "score", "url"}


def test_members_joined_in_2024(helpdesk: Helpdesk) -> None:
    answer = helpdesk.ask("Which Members joined the MSME Group in 2024?")
    first = answer.citations[0]
    assert (first.passage.doc_id, first.passage.para) == ("msme-iwg-annual-report-2024", "1.2")
    assert not answer.abstained
    assert "Cabo Verde" in answer.answer
    assert "[IWG on MSMEs 2024 Annual Report ¶1.2]" in answer.answer


def test_trade4msmes_platform(helpdesk: Helpdesk) -> None:
    answer = helpdesk.ask("What is the Trade4MSMEs Platform?")
    first = answer.citations[0]
    assert first.label == "WT/MIN(24)/9 ¶1.3, p. 1"
    assert "[WT/MIN(24)/9 ¶1.3, p. 1]" in answer.answer
    assert "gateway to trade information" in answer.answer
    assert first.passage.url and "docs.wto.org" in first.passage.url
    assert len(first.spans) == 3, "the best sentence and the two beside it are marked in their passage"
    quoted = " ".join(first.passage.text[a:b] for a, b in first.spans)
    assert quoted in answer.answer, "the marked sentences are the answer's words"


def test_same_answer_after_reload(helpdesk: Helpdesk, shipped_index: Path, encoder, multilingual) -> None:
    fresh = assemble(load_index(shipped_index, model=encoder.name), encoder=encoder, multilingual=multilingual)
    for question in ("What is the Trade4MSMEs Platform?", "Which Members joined the MSME Group in 2024?"):
        before, after = helpdesk.ask(question), fresh.ask(question)
        assert before.answer == after.answer
        assert [c.label for c in before.citations] == [c.label for c in after.citations]


def test_abstains_off_topic_and_still_shows_nearest(helpdesk: Helpdesk) -> None:
    answer = helpdesk.ask("What is the boiling point of water at sea level?")
    assert answer.abstained
    assert answer.answer.startswith("The documents do not answer this")
    assert len(answer.citations) == 5 and not any(c.quoted for c in answer.citations)


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_empty_question_gets_a_message(fake_helpdesk: Helpdesk, question: str) -> None:
    with pytest.raises(InvalidQuestion, match="Please type a question"):
        fake_helpdesk.ask(question)


def test_huge_question_gets_a_message(fake_helpdesk: Helpdesk) -> None:
    with pytest.raises(InvalidQuestion, match="limit is 1,000"):
        fake_helpdesk.ask("trade " * (Limits.max_question_chars // 5))


def test_json_answer_has_exactly_the_schema_with_nulls(helpdesk: Helpdesk) -> None:
    data = helpdesk.ask("Which Members joined the MSME Group in 2024?", id="q1").to_dict()
    assert set(data) == SCHEMA and data["id"] == "q1"
    for c in data["citations"]:
        assert set(c) == CITATION
    report = next(c for c in data["citations"] if c["doc_id"] == "msme-iwg-annual-report-2024")
    assert report["symbol"] is None and report["page"] is None and report["url"] is None, "absent values are null"
    assert [c["rank"] for c in data["citations"]] == [1, 2, 3, 4, 5]
    assert set(data["timings_ms"]) >= {"embed", "search", "compose", "total"}


def test_filters_keep_answers_inside_the_chosen_documents(helpdesk):
    only_report = SearchFilter(doc_ids=frozenset({"msme-iwg-annual-report-2024"}))
    answer = helpdesk.ask("What is the Trade4MSMEs Platform?", filters=only_report)
    assert answer.citations
    assert {c.passage.doc_id for c in answer.citations} == {"msme-iwg-annual-report-2024"}
    assert not helpdesk.ask("What is the Trade4MSMEs Platform?", filters=SearchFilter(year_from=2030)).citations
