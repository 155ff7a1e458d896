"""The ablation: each stage added in turn, scored on the same gold questions.

The retrieval rows quote as the bot did before the reader (the top passage's nearest
sentence) and abstain as it did before the learned model (a cosine threshold); the last two
rows add the reader, then the learned abstention. Every row answers through `Helpdesk.ask`,
so the latency is the whole answer's, and runs are repeated for medians.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import replace
from pathlib import Path

from bot.abstain import AbstainRule, Evidence
from bot.helpdesk import Helpdesk
from bot.settings import RULE_SWITCHES, Settings
from bot.writer import ExtractiveWriter
from eval.run import Report, run_eval
from eval.suites import GoldQuestion

METRICS = ("recall@1", "recall@5", "mrr", "answer_coverage", "citation_precision", "abstain_f1", "refused_answerable",
           "p50_ms", "p95_ms")
class CosineThreshold(AbstainRule):
    """The abstention before issue 12: answer when the top passage's cosine is at least 0.16 (MiniLM,
    English) or 0.80 (e5, Spanish and French), the thresholds it shipped with; the symbol, period and
    off-topic rules still apply, the count rule (issue 12's) does not."""

    def probability(self, e: Evidence) -> float:
        return float(e.e5 >= 0.80 if e.foreign else e.minilm >= 0.16)


def stages(shipped: Settings) -> dict[str, tuple[Settings, bool, bool]]:
    """The rows, each a stage added to the one above: (settings, whether the reader writes, whether
    the learned abstention decides)."""
    plain = replace(shipped.retrieval, routing=False, rerank=False)
    return {
        "dense only (MiniLM; e5 for es/fr)": (replace(shipped, retrieval=replace(plain, lexical=False)), False, False),
        "BM25 only": (replace(shipped, retrieval=replace(plain, dense=False)), False, False),
        "hybrid (RRF)": (replace(shipped, retrieval=plain), False, False),
        "+ symbol routing": (replace(shipped, retrieval=replace(plain, routing=True)), False, False),
        "+ rerank": (shipped, False, False),
        "+ reader (answer by question kind)": (shipped, True, False),
        "+ learned abstention (shipped)": (shipped, True, True),
    }


def configured(helpdesk: Helpdesk, settings: Settings, reads: bool, learned: bool) -> Helpdesk:
    """The helpdesk of one ablation row, on the loaded index and models."""
    writer = None if reads else ExtractiveWriter(helpdesk.index.sentences)
    row = helpdesk.configured(settings, writer)
    if learned:
        return row
    before = replace(settings.abstention, threshold=0.5, **dict.fromkeys(RULE_SWITCHES, False))
    rule = CosineThreshold(before, helpdesk.index.coverage)
    return Helpdesk(row.retriever, rule, row.writer, settings)


def run_ablation(pairs: list[tuple[Helpdesk, list[GoldQuestion]]], *, split: str, runs: int = 3) -> list[dict]:
    """One row a stage: quality from the first run (it does not vary), latency medians over `runs`."""
    rows = []
    for name, (settings, reads, learned) in stages(pairs[0][0].settings).items():
        reports = []
        for _ in range(runs):
            report = Report(split)
            for helpdesk, questions in pairs:
                run_eval(configured(helpdesk, settings, reads, learned), questions, split=split, report=report)
            reports.append(report)
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
    head = ("| stage | R@1 | R@5 | MRR | answer coverage | citation precision | abstention F1 | answerable refused "
            "| p50 ms | p95 ms |\n|---|" + "---|" * len(METRICS))
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

    shown = ("recall@1", "recall@5", "answer_coverage", "abstain_f1")
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
