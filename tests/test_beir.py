"""`helpdesk eval --beir`: a BEIR-format dataset made from the shipped corpus and gold questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from eval.beir import mrr_at_k, ndcg_at_k, read_qrels, recall, write_beir
from eval.suites import load_gold
from index import load_index

ROOT = Path(__file__).resolve().parent.parent


def test_ranking_metrics_on_a_known_ranking() -> None:
    relevant = {"a": 2, "b": 1}
    assert ndcg_at_k(["a", "b", "c"], relevant, 10) == pytest.approx(1.0)
    assert ndcg_at_k(["c", "b", "a"], relevant, 10) < ndcg_at_k(["b", "a", "c"], relevant, 10) < 1.0
    assert recall(["c", "a"], relevant, 1) == 0.0 and recall(["c", "a"], relevant, 2) == 0.5
    assert mrr_at_k(["c", "d", "b"], relevant, 10) == pytest.approx(1 / 3)
    assert mrr_at_k(["c", "d", "b"], relevant, 2) == 0.0


def test_beir_folder_runs_through_the_helpdesk_retrieval(tmp_path: Path, shipped_index: Path, encoder, capsys) -> None:
    passages = load_index(shipped_index, model=encoder.name).passages
    questions = load_gold(ROOT / "eval" / "gold.jsonl", "dev")
    dataset = tmp_path / "msme-dev"
    write_beir(passages, questions, dataset)
    qrels = read_qrels(dataset / "qrels" / "test.tsv")
    assert len(qrels) == sum(q.answerable for q in questions)

    out = tmp_path / "beir.json"
    index = tmp_path / "idx"
    assert main(["eval", "--beir", str(dataset), "--index", str(index), "--json", str(out)]) == 0
    assert (index / "manifest.json").exists(), "--index names the folder the BEIR index is built in"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["index"] == str(index) and report["passages_per_s"] > 0
    assert set(report["modes"]) == {"BM25 only", "dense only", "hybrid (RRF)", "hybrid + routing + rerank"}
    assert report["modes"]["hybrid + routing + rerank"] == report["metrics"], "metrics are the shipped retrieval's"
    m = report["metrics"]
    assert report["queries"] == len(qrels)
    assert set(m) == {"ndcg@10", "recall@10", "recall@100", "mrr@10"}
    assert 0.5 < m["ndcg@10"] <= 1.0 and m["recall@10"] <= m["recall@100"]
    assert m["recall@100"] >= 0.9, "every paragraph of a 100-document corpus is within 100"


def test_not_a_beir_folder_is_a_one_line_error(tmp_path: Path, capsys) -> None:
    assert main(["eval", "--beir", str(tmp_path)]) != 0
    assert "is not a BEIR folder" in capsys.readouterr().err
