"""`helpdesk bench`: how ingest, index and answers scale from thousands to a million passages.

Per size: a synthetic corpus (eval.bench.synth) is indexed with fast hashed-projection vectors
(encoding a million passages with MiniLM and e5 would take days on two cores); a fresh
process then loads it with the real models and times dense, lexical, hybrid and full
answers. Encoding and whole-ingest speed are measured once, with the real models, on the
same sample of synthetic documents. Medians of `runs` runs throughout.

Above `SENTENCE_LIMIT` passages the index is built without sentence vectors
(`build_index(sentences=False)`): at a million passages they would be ~4M sentences, 6 GB of
float16 in two spaces, which neither the hybrid search nor the serving RSS reads. Answers need
them, so at those sizes the answer latencies are not measured (None, "—" in the table).
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from eval.bench.synth import HashedProjection, SyntheticCorpus
from index import sentences
from index.store import DENSE, StoreChoice, build_index
from index.vectors import FLAT, GRAPH_CANDIDATES, HNSW, RESCORE_CANDIDATES, FaissStore

logger = logging.getLogger(__name__)

RECALL_QUERIES = 200
# (graph candidates, re-scored) pairs tried on HNSW indexes; (0, 0): no re-scoring, the graph's 8-bit order
SWEEP = ((0, 0), (1000, 500), (2000, 500), (3000, 500), (4000, 0), (4000, 100), (4000, 500), (4000, 4000),
         (6000, 500))
SLICE_DOCS = 2  # documents per encode/ingest run: 80 passages
SENTENCE_LIMIT = 200_000  # above this many passages the bench index has no sentence vectors (see above)


@dataclass
class EncodeSpeed:
    """Passages per second on the same synthetic documents, medians over runs."""

    minilm_per_s: float  # all-MiniLM-L6-v2 alone
    encode_per_s: float  # MiniLM and e5 both, as ingest needs them: the raw-model bound
    ingest_per_s: float  # the whole `refresh_index`: read, segment, chunk, embed both, index, write, swap
    passages: int  # per run


@dataclass
class BenchRow:
    passages: int
    index_type: str
    vectors: str  # what the index's vectors are: the bench's hashed projection, said in the table
    encode_per_s: float
    ingest_per_s: float
    build_s: float
    add_doc_s: float | None  # re-ingest after adding one 40-passage document (cache on); None at sizes without cache
    exact_p50_ms: float  # one exact scan of the dense space: what flat search costs at this size
    dense_p50_ms: float
    dense_p95_ms: float
    lexical_p50_ms: float
    lexical_p95_ms: float
    hybrid_p50_ms: float
    hybrid_p95_ms: float
    answer_p50_ms: float | None  # None: an index without sentence vectors (above SENTENCE_LIMIT) writes no answer
    answer_p95_ms: float | None
    recall_at_10: float  # HNSW: after re-scoring `rescore` graph candidates with exact vectors
    rss_mb: float  # peak resident memory of the serving process
    disk_mb: float
    start_s: float  # process start to the first answer
    runs: int
    questions: int
    rss_anon_mb: float = 0.0  # at the end of the probe: heap, FAISS graphs, BM25, models
    rss_file_mb: float = 0.0  # at the end of the probe: memory-mapped files and libraries
    load_s: float = 0.0  # process start to a loaded helpdesk (models, index)
    sentences: int = 0  # sentences with vectors in both spaces
    sentence_mb: float = 0.0  # their files on disk: vectors (both spaces, float16), spans, starts
    candidates: int | None = None  # HNSW candidates asked of the graph per search; None for an exact index
    rescore: int | None = None  # how many of them are re-scored with exact vectors
    sweep: list[dict[str, float]] | None = None  # HNSW: recall@10 and search ms by (candidates, re-scored)
    sentence_vectors: bool = True  # False above SENTENCE_LIMIT: built with build_index(sentences=False)


def parse_sizes(text: str) -> list[int]:
    """'10k,100k,1M' -> [10000, 100000, 1000000]."""
    scale = {"k": 1_000, "m": 1_000_000}
    sizes = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        factor = scale.get(part[-1], 1)
        number = part[:-1] if part[-1] in scale else part
        try:
            sizes.append(int(float(number) * factor))
        except ValueError:
            raise ValueError(f"not a size: {part!r} (use e.g. 10k,100k,1M)") from None
    if not sizes or min(sizes) < 100:
        raise ValueError(f"sizes must be at least 100 passages: {text!r}")
    return sizes


def measure_encoding(work: Path, runs: int) -> EncodeSpeed:
    """Raw encode and whole-ingest passages/s on the same documents, `runs` disjoint slices."""
    from index.embed import load_encoder, load_multilingual
    from index.refresh import refresh_index
    from ingest.corpus import read_corpus

    encoder, multilingual = load_encoder(), load_multilingual()
    docs = work / "encode-docs"
    SyntheticCorpus(runs * SLICE_DOCS * 40, seed=11).write_text_files(docs)
    files = sorted(docs.glob("*.txt"))
    minilm, both, ingest, count = [], [], [], 0
    for i in range(runs):
        part = files[i * SLICE_DOCS : (i + 1) * SLICE_DOCS]
        texts = [p.text for p in read_corpus(part).passages]
        count = len(texts)
        t = time.perf_counter()
        encoder.encode(texts)
        mini = time.perf_counter() - t
        t = time.perf_counter()
        multilingual.encode_passages(texts)
        e5 = time.perf_counter() - t
        minilm.append(len(texts) / mini)
        both.append(len(texts) / (mini + e5))
        t = time.perf_counter()
        refresh_index(part, work / f"ingest-{i}" / "index", encoder=encoder, force=True)  # a fresh cache
        ingest.append(len(texts) / (time.perf_counter() - t))
    return EncodeSpeed(statistics.median(minilm), statistics.median(both), statistics.median(ingest), count)


def questions_for(corpus: SyntheticCorpus, passages: list, count: int, *, tuning: bool = False) -> list[str]:
    """Questions of the corpus's own shape: a sentence of a passage (names, symbols, dates).
    `tuning`: another seed, so what tunes the index is not what the bench reports."""
    rng = np.random.default_rng(corpus.seed + (2 if tuning else 1))
    out = []
    for row in rng.integers(0, len(passages), size=count).tolist():
        sentences = [s for s in passages[row].text.split(". ") if len(s) > 30]
        out.append(sentences[row % len(sentences)].rstrip(".") + "?")
    return out


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.resolve().rglob("*") if p.is_file()) / 2**20


def bench_size(size: int, work: Path, runs: int, speed: EncodeSpeed, questions: int) -> BenchRow:
    corpus = SyntheticCorpus(size)
    passages = corpus.passages()
    dense, e5 = HashedProjection(seed=0, name="dense"), HashedProjection(seed=1, name="multilingual")
    index_dir = work / f"index-{size}"
    cache = size <= 200_000  # a million cached vectors per space would cost more than hashing them again
    said = size <= SENTENCE_LIMIT  # ~4 sentences a passage: 6 GB of sentence vectors at 1M, unused by search
    t = time.perf_counter()
    manifest = build_index(passages, index_dir, encoder=dense, multilingual=e5, store=StoreChoice(), cache=cache,
                           sentences=said)
    build_s = time.perf_counter() - t
    logger.info("built %d passages (%s) in %.1f s", size, manifest.index_type, build_s)

    add_doc_s = None
    if cache:
        extra = SyntheticCorpus(40, seed=99).passages()
        t = time.perf_counter()
        build_index([*passages, *extra], index_dir, encoder=dense, multilingual=e5, cache=True, sentences=said)
        add_doc_s = time.perf_counter() - t
        # back to the measured corpus
        build_index(passages, index_dir, encoder=dense, multilingual=e5, cache=True, sentences=said)

    asked = questions_for(corpus, passages, max(questions, RECALL_QUERIES))
    tuning = questions_for(corpus, passages, RECALL_QUERIES, tuning=True)
    exact = FaissStore.build(dense.encode([p.text for p in passages]), FLAT)
    del passages
    recall, exact_ms = recall_at_10(index_dir / DENSE, exact, dense.encode(asked))
    sweep = rescore_sweep(index_dir / DENSE, exact, dense.encode(tuning)) if manifest.index_type == HNSW else None
    del exact

    qfile = work / f"questions-{size}.json"
    qfile.write_text(json.dumps(asked[:questions]), encoding="utf-8")
    probe = subprocess.run(
        [sys.executable, "-m", "eval.bench.probe", str(index_dir), str(qfile), str(runs)],
        capture_output=True, text=True, check=False, env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    if probe.returncode != 0:
        raise RuntimeError(f"bench probe failed at {size} passages: {probe.stderr.strip()[-2000:]}")
    served = json.loads(probe.stdout.strip().splitlines()[-1])
    return BenchRow(
        passages=size, index_type=manifest.index_type, vectors="hashed projection",
        encode_per_s=speed.encode_per_s, ingest_per_s=speed.ingest_per_s, build_s=build_s, add_doc_s=add_doc_s,
        exact_p50_ms=exact_ms, recall_at_10=recall, disk_mb=folder_mb(index_dir), runs=runs, questions=questions,
        sentences=len(np.load(index_dir / sentences.SPANS, mmap_mode="r")), sentence_mb=sentence_mb(index_dir),
        candidates=GRAPH_CANDIDATES if manifest.index_type == HNSW else None,
        rescore=RESCORE_CANDIDATES if manifest.index_type == HNSW else None, sweep=sweep, sentence_vectors=said,
        answer_p50_ms=served.get("answer_p50_ms"), answer_p95_ms=served.get("answer_p95_ms"),
        **{k: served[k] for k in (
            "dense_p50_ms", "dense_p95_ms", "lexical_p50_ms", "lexical_p95_ms", "hybrid_p50_ms", "hybrid_p95_ms",
            "rss_mb", "start_s", "load_s", "rss_anon_mb", "rss_file_mb")},
    )


def sentence_mb(folder: Path) -> float:
    """The sentence files of an index on disk: both spaces' vectors, spans and starts."""
    names = (sentences.SPANS, sentences.FIRST, sentences.VECTORS, sentences.VECTORS_E5)
    return sum((folder / n).stat().st_size for n in names) / 2**20


def recall_at_10(index_file: Path, exact: FaissStore, queries: np.ndarray) -> tuple[float, float]:
    """Recall@10 of the built index (as the app loads it: HNSW candidates re-scored exactly) against
    `exact`, an exact scan of the same vectors; and the scan's p50 ms."""
    built = FaissStore.load(index_file)
    hits, took = [], []
    for q in queries:
        t = time.perf_counter()
        truth = {r for r, _ in exact.search(q, 10)}
        took.append(time.perf_counter() - t)
        hits.append(len(truth & {r for r, _ in built.search(q, 10)}) / 10)
    return float(np.mean(hits)), float(np.median(took) * 1000)


def rescore_sweep(
    index_file: Path, exact: FaissStore, queries: np.ndarray, pairs: tuple[tuple[int, int], ...] = SWEEP
) -> list[dict[str, float]]:
    """Recall@10 against `exact` and search p50/p95 ms of an HNSW index for each (graph candidates,
    re-scored) pair; (0, 0) is the graph's own 8-bit order at efSearch, no re-scoring. Run on
    questions other than the reported recall's, so choosing the pair does not tune on what is reported."""
    truth = [{r for r, _ in exact.search(q, 10)} for q in queries]
    out = []
    for candidates, rescore in pairs:
        built = FaissStore.load(index_file, candidates=candidates, rescore=rescore)
        if candidates == 0:
            built.exact = None
        hits, took = [], []
        for q, true in zip(queries, truth):
            t = time.perf_counter()
            found = built.search(q, 10)
            took.append(time.perf_counter() - t)
            hits.append(len(true & {r for r, _ in found}) / 10)
        ms = np.asarray(took) * 1000
        out.append({"candidates": candidates, "rescore": rescore, "recall_at_10": float(np.mean(hits)),
                    "p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95))})
        logger.info("graph candidates %d, re-scored %d: recall@10 %.3f, p50 %.1f ms", candidates, rescore,
                    out[-1]["recall_at_10"], out[-1]["p50_ms"])
    return out


def run_bench(sizes: list[int], runs: int, questions: int = 20, work: Path | None = None) -> list[BenchRow]:
    """The benchmark rows, smallest size first; `work` holds the corpora and indexes (a temp dir by default)."""
    with tempfile.TemporaryDirectory(prefix="helpdesk-bench-") as tmp:
        folder = work or Path(tmp)
        speed = measure_encoding(folder, runs)
        logger.info("encode %.1f/s (MiniLM alone %.1f/s), ingest %.1f/s", speed.encode_per_s, speed.minilm_per_s,
                    speed.ingest_per_s)
        rows = [bench_size(size, folder, runs, speed, questions) for size in sorted(sizes)]
    return rows


def write_json(rows: list[BenchRow], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")


COLUMNS = [
        ("passages", "{:,}"), ("index_type", "{}"), ("encode_per_s", "{:.1f}"), ("ingest_per_s", "{:.1f}"),
        ("build_s", "{:.1f}"), ("add_doc_s", "{:.1f}"), ("exact_p50_ms", "{:.1f}"), ("dense_p50_ms", "{:.1f}"),
        ("lexical_p50_ms", "{:.1f}"), ("hybrid_p50_ms", "{:.1f}"), ("hybrid_p95_ms", "{:.1f}"),
        ("answer_p50_ms", "{:.1f}"), ("answer_p95_ms", "{:.1f}"), ("candidates", "{:,}"), ("rescore", "{:,}"), ("recall_at_10", "{:.3f}"),
        ("rss_mb", "{:,.0f}"), ("rss_anon_mb", "{:,.0f}"), ("disk_mb", "{:,.0f}"), ("sentences", "{:,}"),
        ("sentence_mb", "{:,.0f}"), ("start_s", "{:.1f}"),
]


def _cells(row: BenchRow) -> list[str]:
    values = asdict(row)
    return ["—" if values[n] is None else fmt.format(values[n]) for n, fmt in COLUMNS]


def markdown(rows: list[BenchRow]) -> str:
    """The table as Markdown, for README."""
    head = [n.replace("_", " ") for n, _ in COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(_cells(r)) + " |" for r in rows])


def table(rows: list[BenchRow]):
    """The rich table `helpdesk bench` prints."""
    from rich.table import Table

    t = Table(title="helpdesk bench (vectors: hashed projection; questions encoded by MiniLM/e5; "
                    f"no sentence vectors above {SENTENCE_LIMIT:,} passages, so no answer timed there)")
    for name, _ in COLUMNS:
        t.add_column(name.replace("_", " "), justify="right")
    for r in rows:
        t.add_row(*_cells(r))
    return t


def plot(rows: list[BenchRow], folder: Path) -> list[Path]:
    """Latency and memory against corpus size, log axes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    sizes = [r.passages for r in rows]
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for key, label in (("dense_p50_ms", "dense p50"), ("lexical_p50_ms", "lexical p50"),
                       ("hybrid_p50_ms", "hybrid p50"), ("hybrid_p95_ms", "hybrid p95"),
                       ("answer_p50_ms", "answer() p50"), ("answer_p95_ms", "answer() p95"),
                       ("exact_p50_ms", "exact scan (one space)")):
        ax.plot(sizes, [np.nan if getattr(r, key) is None else getattr(r, key) for r in rows], marker="o", label=label)
    ax.axhline(100, color="grey", linestyle=":", label="100 ms target (hybrid p95 at 1M)")
    ax.set(xscale="log", yscale="log", xlabel="passages", ylabel="ms per question", title="Query latency")
    ax.legend(fontsize=7)
    fig.tight_layout()
    latency = folder / "bench-latency.png"
    fig.savefig(latency, dpi=120)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    ax.plot(sizes, [r.rss_mb for r in rows], marker="o", label="peak RSS of the app (MB)")
    ax.plot(sizes, [r.disk_mb for r in rows], marker="o", label="index on disk (MB)")
    ax.axhline(3072, color="grey", linestyle=":", label="3 GB target")
    ax.set(xscale="log", yscale="log", xlabel="passages", ylabel="MB", title="Memory and disk")
    ax.legend(fontsize=7)
    fig.tight_layout()
    memory = folder / "bench-memory.png"
    fig.savefig(memory, dpi=120)
    plt.close(fig)
    written = [latency, memory]
    swept = [r for r in rows if r.sweep]
    if swept:
        fig, ax = plt.subplots(figsize=(6.4, 4.2))
        for r in swept:
            ax.scatter([s["p50_ms"] for s in r.sweep], [s["recall_at_10"] for s in r.sweep],
                       label=f"{r.passages:,} passages")
            for s in r.sweep:
                name = "graph only" if s["candidates"] == 0 else f"{s['candidates']:,}/{s['rescore']:,}"
                ax.annotate(name, (s["p50_ms"], s["recall_at_10"]), fontsize=7, xytext=(3, 3),
                            textcoords="offset points")
        ax.axhline(0.95, color="grey", linestyle=":", label="0.95 target")
        ax.set(xlabel="search p50 ms (one space, one question)", ylabel="recall@10 vs exact scan",
               title="HNSW candidates / re-scored exactly (tuning questions)")
        ax.legend(fontsize=7, loc="lower right")
        fig.tight_layout()
        rescore = folder / "bench-rescore.png"
        fig.savefig(rescore, dpi=120)
        plt.close(fig)
        written.append(rescore)
    return written
