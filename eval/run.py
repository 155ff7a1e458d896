"""Run the gold questions through the helpdesk and report what a delegate would care about.

Per question (kept, so a poor mean leads to its questions): the rank of the first gold
paragraph among the citations, whether the quoted passages are gold, whether it abstained
and why, and the answer keyword coverage: the share of the gold answer's key terms that the
answer text holds (an abstention holds none).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field

from tqdm import tqdm

from bot.helpdesk import Helpdesk
from bot.records import Answer
from eval.metrics import first_hit_rank, mrr, percentile, precision_recall_f1, recall_at_k
from eval.suites import GoldQuestion
from ingest.passage import paragraph_key

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " ", "\u2011": "-"})


@dataclass(frozen=True)
class Scored:
    """One question's outcome: what eval's means are made of, kept so a poor mean leads to its questions."""

    id: str
    suite: str
    lang: str
    type: str
    answerable: bool
    abstained: bool
    reason: str | None  # why it abstained
    gold_reason: str | None  # why the gold says the documents do not answer
    answer_kind: str
    rank: int | None  # first gold paragraph among the citations
    terms: float | None  # answer keyword coverage (answerable questions)
    quoted: int  # citations the answer text quotes
    quoted_gold: int  # of those, gold paragraphs
    total_ms: float
    cited: tuple[str, ...]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text)


def term_coverage(terms: tuple[str, ...], text: str) -> float:
    """The share of key terms found in `text`; a term "a|b" is found when either is."""
    if not terms:
        return 1.0
    said = normalise(text)
    return sum(any(normalise(alt) in said for alt in term.split("|")) for term in terms) / len(terms)


def score(q: GoldQuestion, answer: Answer) -> Scored:
    got = [paragraph_key(c.passage) for c in answer.citations]
    gold = set(q.answers)
    quoted = [paragraph_key(c.passage) for c in answer.citations if c.quoted]
    return Scored(
        id=q.id,
        suite=q.suite,
        lang=q.lang,
        type=q.type,
        answerable=q.answerable,
        abstained=answer.abstained,
        reason=answer.reason,
        gold_reason=q.reason,
        answer_kind=answer.answer_kind,
        rank=first_hit_rank(gold, got) if q.answerable else None,
        terms=(0.0 if answer.abstained else term_coverage(q.answer_terms, answer.answer)) if q.answerable else None,
        quoted=len(quoted),
        quoted_gold=sum(key in gold for key in quoted),
        total_ms=answer.timings_ms.get("total", 0.0),
        cited=tuple(c.label for c in answer.citations),
    )


METRICS = ("questions", "recall@1", "recall@5", "mrr", "answer_coverage", "citation_precision", "abstain_precision",
           "abstain_recall", "abstain_f1", "refused_answerable", "p50_ms", "p95_ms")


@dataclass
class Report:
    split: str
    rows: list[Scored] = field(default_factory=list)

    def metrics(self, rows: list[Scored] | None = None) -> dict[str, float | None]:
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
            "answer_coverage": sum(r.terms or 0.0 for r in answerable) / len(answerable) if answerable else None,
            "citation_precision": sum(r.quoted_gold for r in rows if not r.abstained) / quoted if quoted else 0.0,
            "abstain_precision": p,
            "abstain_recall": rc,
            "abstain_f1": f1,
            "refused_answerable": sum(r.abstained for r in answerable) / len(answerable) if answerable else None,
            "p50_ms": percentile(times, 50),
            "p95_ms": percentile(times, 95),
        }

    def slices(self) -> dict[str, dict[str, float | None]]:
        """All, then each language, then each suite when there are several."""
        out = {"all": self.metrics()}
        for lang in sorted({r.lang for r in self.rows}):
            out[lang] = self.metrics([r for r in self.rows if r.lang == lang])
        suites = sorted({r.suite for r in self.rows})
        if len(suites) > 1:
            for name in suites:
                out[name] = self.metrics([r for r in self.rows if r.suite == name])
        return out

    def reasons(self) -> dict[str, dict[str, int]]:
        """For each gold reason, how the unanswerable questions were refused (or `answered`)."""
        out: dict[str, dict[str, int]] = {}
        for r in self.rows:
            if not r.answerable:
                got = r.reason if r.abstained else "answered"
                out.setdefault(r.gold_reason or "?", {}).setdefault(got, 0)
                out[r.gold_reason or "?"][got] += 1
        return out

    def to_dict(self) -> dict:
        return {
            "split": self.split,
            "metrics": self.metrics(),
            "slices": self.slices(),
            "reasons": self.reasons(),
            "questions": [asdict(r) for r in self.rows],
        }

    def table(self):
        """A rich Table: overall, per language, per suite."""
        from rich.table import Table

        table = Table(title=f"eval ({self.split} split)")
        table.add_column("slice")
        for name in METRICS:
            table.add_column(name.replace("_", " "), justify="right")
        for label, m in self.slices().items():
            table.add_row(label, *(_fmt(m[n]) for n in METRICS))
        return table

    def markdown(self) -> str:
        head = "| slice | " + " | ".join(m.replace("_", " ") for m in METRICS) + " |"
        lines = [head, "|---" * (len(METRICS) + 1) + "|"]
        for label, m in self.slices().items():
            lines.append(f"| {label} | " + " | ".join(_fmt(m[n]) for n in METRICS) + " |")
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.3f}" if value < 10 else f"{value:.0f}"


def run_eval(helpdesk: Helpdesk, questions: list[GoldQuestion], *, split: str = "test",
             show_progress: bool = False, report: Report | None = None) -> Report:
    """Ask every question once and score it (into `report`, when several suites share one)."""
    report = report or Report(split)
    helpdesk.ask("warm-up question")  # the first call pays for lazy initialisation; not a gold question
    for q in tqdm(questions, desc="eval", unit="q", disable=not show_progress):
        report.rows.append(score(q, helpdesk.ask(q.question, id=q.id)))
    return report
