"""Eval: metric functions by hand, the gold set's integrity, and a run on the real pipeline."""

import re
from collections import Counter
from pathlib import Path

import pytest

from eval.metrics import first_hit_rank, mrr, percentile, precision_recall_f1, recall_at_k
from eval.run import load_gold, run_eval
from index.lexical import tokenize
from ingest import read_corpus
from tests.conftest import CORPUS, ROOT

GOLD = ROOT / "eval" / "gold.jsonl"


def test_rank_recall_mrr_by_hand() -> None:
    gold = {("d", "1.2")}
    assert first_hit_rank(gold, [("d", "1.1"), ("d", "1.2")]) == 2
    assert first_hit_rank(gold, [("d", "1.1")]) is None
    ranks = [1, 2, None, 5]
    assert recall_at_k(ranks, 1) == 0.25 and recall_at_k(ranks, 5) == 0.75
    assert mrr(ranks) == pytest.approx((1 + 0.5 + 0 + 0.2) / 4)


def test_precision_recall_f1_by_hand() -> None:
    p, r, f1 = precision_recall_f1([True, True, False, False], [True, False, True, False])
    assert (p, r) == (0.5, 0.5) and f1 == pytest.approx(0.5)
    assert precision_recall_f1([False, False], [True, False]) == (None, 0.0, None), "nothing abstained: precision undefined"
    assert percentile([10, 20, 30, 40, 50], 50) == 30


def test_gold_set_is_as_the_issue_asks() -> None:
    gold = load_gold(GOLD)
    types, langs = Counter(q.type for q in gold), Counter(q.lang for q in gold)
    assert len(gold) >= 120 and types["unanswerable"] >= 20 and langs["es"] + langs["fr"] >= 25
    assert types["symbol"] >= 15 and types["paraphrase"] >= 15
    assert len({q.id for q in gold}) == len(gold)
    assert {q.split for q in gold} == {"dev", "test"}
    for q in gold:
        assert q.answerable == bool(q.answers) == bool(q.evidence), q.id


def test_paraphrases_share_no_content_word_with_their_paragraph() -> None:
    passages = read_corpus([CORPUS]).passages
    for q in load_gold(GOLD):
        if q.type == "paraphrase":
            words = {t for p in passages if (p.doc_id, p.para) in q.answers for t in tokenize(p.text)}
            assert words, q.id
            assert not set(tokenize(q.question)) & words, f"{q.id} shares {set(tokenize(q.question)) & words}"


def test_every_evidence_quote_lies_in_its_gold_paragraph() -> None:
    """The gold labels speak the chunker's language: each quote is inside a passage it names."""
    passages = read_corpus([CORPUS]).passages
    text_of: dict[tuple[str, str | None], str] = {}
    for p in passages:  # windows of one paragraph in order; a quote may cross a window edge
        key = (p.doc_id, p.para)
        text_of[key] = text_of.get(key, " ".join(p.headings) + " |") + " " + p.text

    def squash(text: str) -> str:  # the cleaner's own normalisation: one space, plain hyphens
        return re.sub(r"\s+", " ", text.replace("\u2011", "-"))

    for q in load_gold(GOLD):
        if q.answerable:
            assert any(squash(q.evidence) in squash(text_of.get(a, "")) for a in q.answers), (
                f"{q.id}: evidence not found in {q.answers}"
            )


def test_eval_run_reports_means_and_per_question_rows(helpdesk) -> None:
    report = run_eval(helpdesk, gold_path=GOLD, split="dev")
    data = report.to_dict()
    assert len(data["questions"]) == len(load_gold(GOLD, "dev"))
    m = data["metrics"]
    assert set(m) >= {"recall@1", "recall@5", "mrr", "citation_precision", "abstain_precision",
                      "abstain_recall", "p50_ms", "p95_ms"}
    assert 0 <= m["recall@1"] <= m["recall@5"] <= 1
    assert m["recall@5"] >= 0.6, "dense retrieval found the gold paragraph in the top 5 for >= 60% before; a drop is a regression"
    assert set(data["by_language"]) == {"en", "es", "fr"}
    unanswerable = [r for r in report.rows if not r.answerable]
    assert m["abstain_recall"] == sum(r.abstained for r in unanswerable) / len(unanswerable)
