"""Run a BEIR-format dataset through the helpdesk's own retrieval, and export ours as one.

A BEIR folder holds `corpus.jsonl` ({"_id", "title", "text"}), `queries.jsonl` ({"_id",
"text"}) and `qrels/test.tsv` (query-id, corpus-id, score, with a header line). Each corpus
document becomes one Passage, is indexed as ingest would index it, and is ranked by the
same Retriever and calibration the helpdesk answers with.
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from bot.helpdesk import assemble
from eval.run import GoldQuestion
from index import build_index, is_current, load_encoder, load_index
from ingest.corpus import file_sha256
from ingest.passage import Passage
from ingest.symbols import find_symbols

DEPTH = 100


@dataclass(frozen=True)
class BeirReport:
    dataset: str
    queries: int
    documents: int
    metrics: dict[str, float]

    def to_dict(self) -> dict:
        return {"dataset": self.dataset, "queries": self.queries, "documents": self.documents, "metrics": self.metrics}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """query id -> {document id: relevance}; relevance 0 rows are kept out."""
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t")
        next(rows, None)  # header
        for row in rows:
            if len(row) >= 3 and int(row[2]) > 0:
                qrels[row[0]][row[1]] = int(row[2])
    return dict(qrels)


def beir_passages(corpus: list[dict]) -> list[Passage]:
    """One Passage a document: id and doc_id are the BEIR id, the title heads the text."""
    passages = []
    for doc in corpus:
        title = (doc.get("title") or "").strip()
        text = " ".join(part for part in (title, (doc.get("text") or "").strip()) if part)
        mentions = tuple(dict.fromkeys(m.symbol for m in find_symbols(text)))
        passages.append(Passage(str(doc["_id"]), str(doc["_id"]), None, title, title or str(doc["_id"]),
                                None, None, None, None, (), text, mentions))
    return passages


def ndcg_at_k(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    gains = sum((2 ** relevant.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(relevant.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return gains / best if best else 0.0


def recall(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    return len(set(ranked[:k]) & set(relevant)) / len(relevant) if relevant else 0.0


def mrr_at_k(ranked: list[str], relevant: dict[str, int], k: int) -> float:
    return next((1 / (i + 1) for i, d in enumerate(ranked[:k]) if d in relevant), 0.0)


def run_beir(folder: Path, index_dir: Path, *, show_progress: bool = False) -> BeirReport:
    """Index the dataset's corpus (once; reused while corpus.jsonl is unchanged) and score its test queries."""
    corpus_file = folder / "corpus.jsonl"
    encoder = load_encoder()
    sources = {str(corpus_file.resolve()): file_sha256(corpus_file)}
    if not is_current(index_dir, sources, model=encoder.name):
        build_index(beir_passages(read_jsonl(corpus_file)), index_dir, encoder=encoder, sources=sources,
                    show_progress=show_progress)
    helpdesk = assemble(load_index(index_dir, model=encoder.name), encoder=encoder)
    qrels = read_qrels(folder / "qrels" / "test.tsv")
    queries = [q for q in read_jsonl(folder / "queries.jsonl") if str(q["_id"]) in qrels]
    scores: dict[str, list[float]] = defaultdict(list)
    for q in tqdm(queries, desc="beir", unit="q", disable=not show_progress):
        result = helpdesk.retriever.search(q["text"], DEPTH)
        ranked = [h.passage.doc_id for h in result.hits]
        relevant = qrels[str(q["_id"])]
        scores["ndcg@10"].append(ndcg_at_k(ranked, relevant, 10))
        scores["recall@10"].append(recall(ranked, relevant, 10))
        scores["recall@100"].append(recall(ranked, relevant, 100))
        scores["mrr@10"].append(mrr_at_k(ranked, relevant, 10))
    metrics = {name: sum(v) / len(v) for name, v in scores.items()} if queries else {}
    return BeirReport(folder.name, len(queries), helpdesk.index.manifest.passages, metrics)


def write_beir(passages: list[Passage], questions: list[GoldQuestion], folder: Path) -> None:
    """Export passages and answerable gold questions as a BEIR dataset: a paragraph is one document."""
    (folder / "qrels").mkdir(parents=True, exist_ok=True)
    docs: dict[str, list[Passage]] = defaultdict(list)
    for p in passages:
        docs[f"{p.doc_id}#{'A' if p.in_annex else ''}{p.para or 'intro'}"].append(p)
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for doc_id, parts in docs.items():
            text = " ".join(p.text for p in parts)
            fh.write(json.dumps({"_id": doc_id, "title": parts[0].cite_as, "text": text}, ensure_ascii=False) + "\n")
    with (folder / "queries.jsonl").open("w", encoding="utf-8") as fh:
        for q in questions:
            if q.answerable:
                fh.write(json.dumps({"_id": q.id, "text": q.question}, ensure_ascii=False) + "\n")
    with (folder / "qrels" / "test.tsv").open("w", encoding="utf-8") as fh:
        fh.write("query-id\tcorpus-id\tscore\n")
        for q in questions:
            for doc_id, para in q.answers if q.answerable else ():
                for key in docs:
                    if key.split("#", 1)[0] == doc_id and key.split("#", 1)[1].lstrip("A") == (para or "intro"):
                        fh.write(f"{q.id}\t{key}\t1\n")
