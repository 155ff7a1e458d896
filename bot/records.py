"""What the bot returns: an Answer with its Citations, serialised exactly as scripts read it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingest.passage import Passage


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage shown as evidence, with its rank, score and the sentence the answer quotes."""

    rank: int  # 1-based
    passage: Passage
    score: float  # cosine similarity of question and passage, in [-1, 1]
    spans: tuple[tuple[int, int], ...] = ()  # the sentences of passage.text the answer quotes, in order

    @property
    def quoted(self) -> bool:
        return bool(self.spans)

    @property
    def label(self) -> str:
        return self.passage.label()

    def to_dict(self) -> dict[str, Any]:
        p = self.passage
        return {
            "rank": self.rank,
            "doc_id": p.doc_id,
            "symbol": p.symbol,
            "title": p.title,
            "para": p.para,
            "page": p.page,
            "text": p.text,
            "score": round(self.score, 4),
            "url": p.url,
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """The bot's reply: short extractive text with [citations], or an abstention with the nearest passages."""

    id: str | None
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON answer: every field present, null where there is no value."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
