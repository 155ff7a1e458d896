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
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from tqdm import tqdm

from bot.helpdesk import Helpdesk, assemble
from bot.settings import Retrieval, packaged
from eval.suites import GoldQuestion
from index import build_index, is_current, load_encoder, load_index
from ingest.corpus import file_sha256
from ingest.passage import Passage
from ingest.symbols import find_symbols

DEPTH = 100
SHIPPED = "hybrid + routing + rerank"


@dataclass(frozen=True)
class BeirReport:
    """`metrics`: the retrieval the helpdesk answers with; `modes`: each mode of `modes_of()`."""

    dataset: str
    queries: int
    documents: int
    metrics: dict[str, float]
    modes: dict[str, dict[str, float]] = field(default_factory=dict)
    index: str = ""
    build_s: float | None = None  # None: the index was current and reused
    passages_per_s: float | None = None  # documents / build_s: both encoders, BM25, FAISS, write

    def to_dict(self) -> dict:
        return {"dataset": self.dataset, "queries": self.queries, "documents": self.documents, "metrics": self.metrics,
                "modes": self.modes, "index": self.index, "build_s": self.build_s, "passages_per_s": self.passages_per_s}


def modes_of(calibrated: Retrieval) -> dict[str, Retrieval]:
    """BM25 only, dense only, their reciprocal-rank fusion, and what ships (+ symbol routing and
    the feature rerank). Weights are the calibration's, chosen on our dev questions: nothing is
    tuned on a BEIR set, which is a test set."""
    plain = replace(calibrated, routing=False, rerank=False)
    return {
        "BM25 only": replace(plain, dense=False),
        "dense only": replace(plain, lexical=False),
        "hybrid (RRF)": plain,
        SHIPPED: calibrated,
    }


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
    """Index the dataset's corpus into `index_dir` (once; reused while corpus.jsonl is unchanged) and
    score its test queries in each mode of `modes_of()`; the question is encoded once for all modes."""
    corpus_file = folder / "corpus.jsonl"
    encoder = load_encoder()
    sources = {str(corpus_file.resolve()): file_sha256(corpus_file)}
    build_s = rate = None
    if not is_current(index_dir, sources, model=encoder.name):
        passages = beir_passages(read_jsonl(corpus_file))
        start = time.perf_counter()
        build_index(passages, index_dir, encoder=encoder, sources=sources, show_progress=show_progress,
                    sentences=False)  # ranking only: no answer is written, so no sentence vectors
        build_s = time.perf_counter() - start
        rate = len(passages) / build_s
    helpdesk = assemble(load_index(index_dir, model=encoder.name), encoder=encoder)
    return _score(helpdesk, folder, index_dir, build_s, rate, show_progress)


def _score(helpdesk: Helpdesk, folder: Path, index_dir: Path, build_s: float | None, rate: float | None,
           show_progress: bool) -> BeirReport:
    """Each query encoded once, ranked in every mode of `modes_of()`."""
    qrels = read_qrels(folder / "qrels" / "test.tsv")
    queries = [q for q in read_jsonl(folder / "queries.jsonl") if str(q["_id"]) in qrels]
    retriever = helpdesk.retriever
    modes = {mode: retriever.configured(config) for mode, config in modes_of(retriever.retrieval).items()}
    scores: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in modes}
    for q in tqdm(queries, desc="beir", unit="q", disable=not show_progress):
        signals = retriever.signals(q["text"])
        relevant = qrels[str(q["_id"])]
        for mode, ranker in modes.items():
            ranked = [h.passage.doc_id for h in ranker.rank(signals, DEPTH).hits]
            scores[mode]["ndcg@10"].append(ndcg_at_k(ranked, relevant, 10))
            scores[mode]["recall@10"].append(recall(ranked, relevant, 10))
            scores[mode]["recall@100"].append(recall(ranked, relevant, 100))
            scores[mode]["mrr@10"].append(mrr_at_k(ranked, relevant, 10))
    means = {m: {name: sum(v) / len(v) for name, v in s.items()} if queries else {} for m, s in scores.items()}
    return BeirReport(folder.name, len(queries), helpdesk.index.manifest.passages, means[SHIPPED], means,
                      str(index_dir), build_s, rate)


def run_beir_english(folder: Path, index_dir: Path, *, show_progress: bool = False) -> BeirReport:
    """The scores without the e5 space: MiniLM and BM25 only, every mode with `multilingual="off"`.

    The shipped settings consult e5 for English questions too, so this is not what ships; it is
    the quick check (e5's passage vectors are most of an ingest's time). MiniLM vectors come from
    (and go to) the embedding cache beside `index_dir`; BM25 and an exact FAISS index are built
    in memory and nothing is written as an index.
    """
    from index.lexical import TOKENIZER_VERSION, LexicalIndex
    from index.manifest import Manifest
    from index.periods import Coverage
    from index.sentences import SentenceTable
    from index.store import DenseIndex, embed_cached
    from index.symbol_rows import SymbolRows
    from index.vectors import FLAT, FaissStore
    from ingest.chunk import CHUNKER_VERSION

    encoder = load_encoder()
    passages = beir_passages(read_jsonl(folder / "corpus.jsonl"))
    texts = [p.text for p in passages]
    start = time.perf_counter()
    vectors = embed_cached(texts, encoder.name, encoder.encode, encoder.dim, Path(index_dir), show_progress)
    dense = FaissStore.build(vectors, FLAT)
    manifest = Manifest(model=encoder.name, multilingual_model="(not built: MiniLM and BM25 only)",
                        tokenizer=TOKENIZER_VERSION, chunker=CHUNKER_VERSION, dim=encoder.dim, passages=len(passages),
                        index_type=FLAT)
    index = DenseIndex(Path(index_dir), manifest, passages, dense, dense, LexicalIndex.build(texts),
                       SentenceTable.empty(len(passages)), Coverage(()), SymbolRows.of(passages))
    build_s = time.perf_counter() - start
    shipped = packaged()
    helpdesk = assemble(index, replace(shipped, retrieval=replace(shipped.retrieval, multilingual="off")), encoder=encoder)
    return _score(helpdesk, folder, index_dir, build_s, len(passages) / build_s, show_progress)


def markdown(report: BeirReport) -> str:
    """The modes as a README table."""
    lines = ["| retrieval | nDCG@10 | Recall@10 | Recall@100 | MRR@10 |", "|---|---|---|---|---|"]
    for mode, m in report.modes.items():
        if "ndcg@10" not in m:
            continue
        lines.append(f"| {mode} | {m['ndcg@10']:.3f} | {m['recall@10']:.3f} | {m['recall@100']:.3f} | {m['mrr@10']:.3f} |")
    return "\n".join(lines)


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
            for doc_id, para, annex in q.answers if q.answerable else ():
                key = f"{doc_id}#{'A' if annex else ''}{para or 'intro'}"
                if key in docs:
                    fh.write(f"{q.id}\t{key}\t1\n")
