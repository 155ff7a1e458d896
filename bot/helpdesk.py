"""The loaded helpdesk: model, index and passages, and `ask()` that answers with citations."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from bot.compose import ABSTAIN_BELOW, ABSTAIN_TEXT, answer_text, best_sentences, choose_quotes
from bot.records import Answer, Citation
from bot.retrieve import SearchFilter, dense_search
from index.embed import Encoder, load_encoder
from index.store import DenseIndex, load_index
from ingest.errors import InvalidQuestion

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("var/index")
MAX_QUESTION_CHARS = 1000  # longer text is a pasted document, not a question
DEFAULT_K = 5


def check_question(question: str | None) -> str:
    """The question, trimmed; InvalidQuestion says why it cannot be asked."""
    text = " ".join((question or "").split())
    if not text:
        raise InvalidQuestion("Please type a question, for example: What is the Trade4MSMEs Platform?")
    if len(text) > MAX_QUESTION_CHARS:
        raise InvalidQuestion(
            f"The question is {len(text):,} characters long; the limit is {MAX_QUESTION_CHARS:,}. "
            "Please ask it in fewer words."
        )
    return text


class Helpdesk:
    """Answers questions from one index; build it once with `load()`, then `ask()` many times."""

    def __init__(self, index: DenseIndex, encoder: Encoder) -> None:
        self.index = index
        self.encoder = encoder

    def ask(
        self, question: str, *, k: int = DEFAULT_K, id: str | None = None, filters: SearchFilter | None = None
    ) -> Answer:
        """Answer from the documents, or abstain and show the nearest passages.

        Example:
            >>> helpdesk.ask("What is the Trade4MSMEs Platform?").citations[0].label
            'WT/MIN(24)/9 ¶1.3, p. 1'
        """
        start = time.perf_counter()
        text = check_question(question)
        query = self.encoder.encode([text])[0]
        embedded = time.perf_counter()
        hits = dense_search(self.index, query, max(1, k), filters)
        searched = time.perf_counter()
        passages = [p for p, _ in hits]
        abstained = not hits or hits[0][1] < ABSTAIN_BELOW
        spans: dict[int, tuple[tuple[int, int], ...]] = {}
        if abstained:
            reply = ABSTAIN_TEXT
        else:
            quotes = choose_quotes(best_sentences(query, passages, self.encoder))
            for q in quotes:
                spans[q.hit] = (*spans.get(q.hit, ()), q.span)
            reply = answer_text(quotes, passages)
        done = time.perf_counter()
        citations = tuple(
            Citation(rank=i + 1, passage=p, score=s, spans=spans.get(i, ())) for i, (p, s) in enumerate(hits)
        )
        timings = {
            "embed": (embedded - start) * 1000,
            "search": (searched - embedded) * 1000,
            "compose": (done - searched) * 1000,
            "total": (done - start) * 1000,
        }
        return Answer(id, text, reply, abstained, citations, timings)


def load(index_dir: str | Path = DEFAULT_INDEX) -> Helpdesk:
    """Load the model once and a verified index; errors name the command that fixes them."""
    encoder = load_encoder()
    return Helpdesk(load_index(index_dir, model=encoder.name), encoder)
