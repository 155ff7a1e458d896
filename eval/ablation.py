"""The ablation: each retrieval stage added in turn, scored on the same gold questions.

Every row answers through `Helpdesk.ask` with the index's calibrated abstention rule, so the
latency is the whole answer's, and runs are repeated for medians.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import replace
from pathlib import Path

from bot.helpdesk import Helpdesk
from bot.settings import Settings
from eval.run import run_eval

METRICS = ("recall@1", "recall@5", "mrr", "citation_precision", "abstain_f1", "p50_ms", "p95_ms")


def stages(shipped: Settings) -> dict[str, Settings]:
    """The rows: dense only, BM25 only, hybrid, + symbol routing, + rerank (what ships)."""
    plain = replace(shipped.retrieval, routing=False, rerank=False)
    return {
        "dense only (MiniLM; e5 for es/fr)": replace(shipped, retrieval=replace(plain, lexical=False)),
        "BM25 only": replace(shipped, retrieval=replace(plain, dense=False)),
        "hybrid (RRF)": replace(shipped, retrieval=plain),
        "hybrid + symbol routing": replace(shipped, retrieval=replace(plain, routing=True)),
        "+ rerank (shipped)": shipped,
    }


def run_ablation(helpdesk: Helpdesk, *, gold_path: Path, split: str, runs: int = 3) -> list[dict]:
    """One row a stage: quality from the first run (it does not vary), latency medians over `runs`."""
    rows = []
    for name, settings in stages(helpdesk.settings).items():
        staged = helpdesk.configured(settings)
        reports = [run_eval(staged, gold_path=gold_path, split=split) for _ in range(runs)]
        metrics = reports[0].metrics()
        for timing in ("p50_ms", "p95_ms"):
            metrics[timing] = statistics.median(r.metrics()[timing] for r in reports)
        rows.append({"stage": name, "split": split, "runs": runs, **{m: metrics[m] for m in METRICS}})
    return rows


def table(rows: list[dict]):
    from rich.table import Table

    t = Table(title=f"ablation ({rows[0]['split']} split, latency median of {rows[0]['runs']} runs)")
    t.add_column("stage")
    for m in METRICS:
        t.add_column(m.replace("_", " "), justify="right")
    for row in rows:
        t.add_row(row["stage"], *("–" if row[m] is None else f"{row[m]:.3f}" if m not in ("p50_ms", "p95_ms")
                                  else f"{row[m]:.0f}" for m in METRICS))
    return t


def markdown(rows: list[dict]) -> str:
    head = "| stage | R@1 | R@5 | MRR | citation precision | abstention F1 | p50 ms | p95 ms |\n|---|" + "---|" * 7
    lines = [head]
    for r in rows:
        cells = ["–" if r[m] is None else f"{r[m]:.3f}" if not m.endswith("_ms") else f"{r[m]:.0f}" for m in METRICS]
        lines.append(f"| {r['stage']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(rows: list[dict], path: Path) -> None:
    """Grouped bars: R@1, R@5, MRR and abstention F1 for each stage."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    shown = ("recall@1", "recall@5", "mrr", "abstain_f1")
    fig, ax = plt.subplots(figsize=(9, 4.2))
    width = 0.8 / len(shown)
    for i, m in enumerate(shown):
        xs = [j + i * width for j in range(len(rows))]
        ax.bar(xs, [r[m] or 0.0 for r in rows], width, label=m)
    ax.set_xticks([j + width * (len(shown) - 1) / 2 for j in range(len(rows))])
    ax.set_xticklabels([r["stage"].replace(" (", "\n(") for r in rows], fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_title(f"Retrieval ablation on the gold {rows[0]['split']} split")
    ax.legend(fontsize=8, ncol=4, loc="upper left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_json(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
