"""Run the gold questions through the helpdesk and report what a delegate would care about."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from bot.helpdesk import Helpdesk
from bot.records import Answer
from eval.metrics import first_hit_rank, mrr, percentile, precision_recall_f1, recall_at_k


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    split: str
    lang: str
    type: str
    question: str
    answerable: bool
    answers: tuple[tuple[str, str | None], ...]
    evidence: str


@dataclass(frozen=True)
class Scored:
    """One question's outcome: what eval's means are made of, kept so a poor mean leads to its questions."""

    id: str
    lang: str
    type: str
    answerable: bool
    abstained: bool
    rank: int | None  # first gold paragraph among the citations
    top_score: float
    quoted: int  # citations the answer text quotes
    quoted_gold: int  # of those, gold paragraphs
    total_ms: float
    cited: tuple[str, ...]


def load_gold(path: Path, split: str = "all") -> list[GoldQuestion]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if split != "all" and d["split"] != split:
            continue
        answers = tuple((a["doc_id"], a["para"]) for a in d["answers"])
        rows.append(GoldQuestion(d["id"], d["split"], d["lang"], d["type"], d["question"], d["answerable"], answers, d["evidence"]))
    return rows


def score(q: GoldQuestion, answer: Answer) -> Scored:
    got = [(c.passage.doc_id, c.passage.para) for c in answer.citations]
    gold = set(q.answers)
    quoted = [(c.passage.doc_id, c.passage.para) for c in answer.citations if c.quoted]
    return Scored(
        id=q.id,
        lang=q.lang,
        type=q.type,
        answerable=q.answerable,
        abstained=answer.abstained,
        rank=first_hit_rank(gold, got) if q.answerable else None,
        top_score=answer.citations[0].score if answer.citations else 0.0,
        quoted=len(quoted),
        quoted_gold=sum(key in gold for key in quoted),
        total_ms=answer.timings_ms.get("total", 0.0),
        cited=tuple(c.label for c in answer.citations),
    )


@dataclass
class Report:
    split: str
    rows: list[Scored] = field(default_factory=list)

    def metrics(self, rows: list[Scored] | None = None) -> dict[str, float]:
        rows = self.rows if rows is None else rows
        answerable = [r for r in rows if r.answerable]
        ranks = [r.rank for r in answerable]
        quoted = sum(r.quoted for r in rows if not r.abstained)
        p, rc, f1 = precision_recall_f1([r.abstained for r in rows], [not r.answerable for r in rows])
        times = [r.total_ms for r in rows]
        return {
            "questions": len(rows),
            "answerable": len(answerable),
            "recall@1": recall_at_k(ranks, 1),
            "recall@5": recall_at_k(ranks, 5),
            "mrr": mrr(ranks),
            "citation_precision": sum(r.quoted_gold for r in rows if not r.abstained) / quoted if quoted else 0.0,
            "abstain_precision": p,
            "abstain_recall": rc,
            "abstain_f1": f1,
            "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95),
        }

    def by_language(self) -> dict[str, dict[str, float]]:
        langs = sorted({r.lang for r in self.rows})
        return {lang: self.metrics([r for r in self.rows if r.lang == lang]) for lang in langs}

    def to_dict(self) -> dict:
        return {
            "split": self.split,
            "metrics": self.metrics(),
            "by_language": self.by_language(),
            "questions": [asdict(r) for r in self.rows],
        }

    def table(self):
        """A rich Table: overall and per language."""
        from rich.table import Table

        table = Table(title=f"eval ({self.split} split)")
        names = ["questions", "recall@1", "recall@5", "mrr", "citation_precision", "abstain_precision",
                 "abstain_recall", "abstain_f1", "p50_ms", "p95_ms"]
        table.add_column("slice")
        for name in names:
            table.add_column(name.replace("_", " "), justify="right")
        slices = {"all": self.metrics(), **self.by_language()}
        for label, m in slices.items():
            table.add_row(label, *(_fmt(m[n]) for n in names))
        return table


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}" if value < 10 else f"{value:.0f}"


def run_eval(helpdesk: Helpdesk, *, gold_path: Path = Path("eval/gold.jsonl"), split: str = "test",
             show_progress: bool = False) -> Report:
    """Ask every gold question of `split` once and score it."""
    report = Report(split)
    questions = load_gold(gold_path, split)
    helpdesk.ask("warm-up question")  # the first call pays for lazy initialisation; not a gold question
    for q in tqdm(questions, desc="eval", unit="q", disable=not show_progress):
        report.rows.append(score(q, helpdesk.ask(q.question, id=q.id)))
    return report
