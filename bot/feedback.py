"""Thumbs up or down on an answer, appended to a JSONL file so rated answers can become gold questions.

Privacy: a line holds the time, the answer id, the question, the ids of the cited
passages, the rating and the optional comment, and nothing else (no address, no
browser, no session): what a gold question needs and no more.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from bot.records import Answer
from ingest.errors import HelpdeskError

DEFAULT_FEEDBACK = Path("var/feedback.jsonl")
MAX_COMMENT_CHARS = 2000
RATINGS = ("up", "down")
_LOCK = threading.Lock()  # the app serves several requests at once; lines must not interleave


@dataclass(frozen=True, slots=True)
class Feedback:
    """One rating: exactly the fields written to the file."""

    time: str  # UTC, ISO 8601
    answer_id: str | None
    question: str
    passage_ids: tuple[str, ...]  # the cited passages, in rank order
    rating: str  # "up" | "down"
    comment: str | None


def new_answer_id() -> str:
    """An id for an answer shown in the app, so its rating can name it."""
    return uuid.uuid4().hex[:12]


def feedback_for(answer: Answer, rating: str, comment: str | None = None, *, now: datetime | None = None) -> Feedback:
    """The record for a rating of `answer`; a bad rating is a HelpdeskError, a long comment is cut."""
    if rating not in RATINGS:
        raise HelpdeskError(f"rating must be one of {', '.join(RATINGS)}, not {rating!r}")
    text = " ".join((comment or "").split())[:MAX_COMMENT_CHARS] or None
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    return Feedback(stamp, answer.id, answer.question, tuple(c.passage.id for c in answer.citations), rating, text)


def append_feedback(path: str | Path, feedback: Feedback) -> None:
    """Append one JSON line; the folder is made if needed, earlier lines are never rewritten."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({**asdict(feedback), "passage_ids": list(feedback.passage_ids)}, ensure_ascii=False)
    with _LOCK, target.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def read_feedback(path: str | Path) -> list[Feedback]:
    """Every rating in the file, oldest first (for turning them into gold questions)."""
    target = Path(path)
    if not target.exists():
        return []
    out = []
    for line in target.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            out.append(Feedback(**{**data, "passage_ids": tuple(data["passage_ids"])}))
    return out
