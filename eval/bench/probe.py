"""The serving side of the benchmark, in its own process: start, first answer, latencies, peak RSS.

Run as `python -m eval.bench.probe INDEX QUESTIONS.json RUNS`; prints one JSON object. A fresh
process is what a user starts, so its start time and its peak memory are the app's own,
not the benchmark's, which holds corpora and vectors of its own.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402  (the clock starts before the imports: they are part of start-up)
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402


def memory_mb() -> dict[str, float]:
    """The process's resident memory now, split as the kernel counts it: anonymous (heap, FAISS graphs,
    models) and file-backed (memory-mapped index files, shared libraries)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("RssAnon", "RssFile", "VmHWM"):
            out[name] = int(value.split()[0]) / 1024
    return {"rss_anon_mb": out.get("RssAnon", 0.0), "rss_file_mb": out.get("RssFile", 0.0), "peak_mb": out.get("VmHWM", 0.0)}


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds of samples in seconds."""
    ms = np.asarray(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 95))


class StandIn:
    """The real e5 encoder under the name of the bench's hashed vectors, which stand in for its own:
    the index's vectors are synthetic, the encoding time is the model's."""

    def __init__(self, inner, name: str) -> None:
        self.inner, self.name = inner, name

    def __getattr__(self, attr: str):
        return getattr(self.inner, attr)


def main(index_dir: str, questions_file: str, runs: int) -> dict:
    from bot.helpdesk import assemble
    from index.embed import load_multilingual
    from index.manifest import Manifest
    from index.store import load_index

    questions = json.loads(Path(questions_file).read_text(encoding="utf-8"))
    manifest = Manifest.read(Path(index_dir))
    # The index holds the bench's fast vectors; questions are still encoded by the real models,
    # so every latency below includes MiniLM (and e5 where it applies) as a user's would.
    helpdesk = assemble(load_index(index_dir, model=manifest.model),
                        multilingual=StandIn(load_multilingual(), manifest.multilingual_model))
    loaded_s = time.perf_counter() - STARTED  # index and both models loaded, nothing asked yet
    helpdesk.ask(questions[0])
    start_s = time.perf_counter() - STARTED
    index, retriever = helpdesk.index, helpdesk.retriever
    encoder, depth = retriever.encoder, helpdesk.settings.retrieval.depth

    def dense(q: str) -> None:
        index.search(encoder.encode([q])[0], depth)

    def lexical(q: str) -> None:
        index.lexical.search(q, depth)

    def hybrid(q: str) -> None:
        retriever.search(q, 5)

    def answer(q: str) -> None:
        helpdesk.ask(q)

    out: dict[str, float] = {"start_s": start_s, "load_s": loaded_s}
    timed = [("dense", dense), ("lexical", lexical), ("hybrid", hybrid)]
    if len(index.sentences):  # an index built without sentence vectors (the bench above 200k) writes no answer
        timed.append(("answer", answer))
    for name, call in timed:
        p50s, p95s = [], []
        for _ in range(runs):
            took = []
            for q in questions:
                t = time.perf_counter()
                call(q)
                took.append(time.perf_counter() - t)
            p50, p95 = percentiles(took)
            p50s.append(p50)
            p95s.append(p95)
        out[f"{name}_p50_ms"] = statistics.median(p50s)
        out[f"{name}_p95_ms"] = statistics.median(p95s)
    # The peak, all kinds: VmHWM, this process's own high-water mark. Not getrusage's ru_maxrss, which
    # Linux carries over an exec from the process that spawned it (here the bench, which holds the
    # corpus and its vectors: 3.7 GB at 100k), so it reported the parent's peak, not the app's.
    memory = memory_mb()
    out["rss_mb"] = memory.pop("peak_mb")
    out["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kept to show the difference
    out.update(memory)
    out["passages_decoded"] = getattr(index.passages, "decoded", -1)  # rows read from disk in all the questions
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
