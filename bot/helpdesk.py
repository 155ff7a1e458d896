"""The loaded helpdesk: model, index and passages, and `ask()` that answers with citations."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from bot.compose import ABSTAIN_BELOW, ABSTAIN_TEXT, answer_text, best_sentences, choose_quotes
from bot.question import check_question
from bot.records import Answer, Citation
from bot.retrieve import SearchFilter, dense_search
from index.embed import Encoder, load_encoder
from index.store import DenseIndex, load_index

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("var/index")
DEFAULT_K = 5


class Helpdesk:
    """Answers questions from one index; build it once with `load()`, then `ask()` many times."""

    def __init__(self, index: DenseIndex, encoder: Encoder, *, max_question_chars: int | None = None) -> None:
        self.index = index
        self.encoder = encoder
        self.max_question_chars = max_question_chars  # None: HELPDESK_MAX_QUESTION_CHARS, else 1000

    def ask(
        self, question: str, *, k: int = DEFAULT_K, id: str | None = None, filters: SearchFilter | None = None
    ) -> Answer:
        """Answer from the documents, or abstain and show the nearest passages.

        Example:
            >>> helpdesk.ask("What is the Trade4MSMEs Platform?").citations[0].label
            'WT/MIN(24)/9 ¶1.3, p. 1'
        """
        start = time.perf_counter()
        text = check_question(question, limit=self.max_question_chars)
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


def load(index_dir: str | Path = DEFAULT_INDEX, *, max_question_chars: int | None = None) -> Helpdesk:
    """Load the model once and a verified index; errors name the command that fixes them."""
    encoder = load_encoder()
    return Helpdesk(load_index(index_dir, model=encoder.name), encoder, max_question_chars=max_question_chars)
