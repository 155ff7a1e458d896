"""The loaded helpdesk: model, index and passages, and `ask()` that answers with citations."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from bot.abstain import AbstainRule
from bot.compose import abstain_text, answer_text, best_sentences, choose_quotes
from bot.question import check_question
from bot.records import Answer, Citation
from bot.retrieve import RetrievalConfig, Retriever, SearchFilter
from index.embed import Encoder, MultilingualEncoder, load_encoder, load_multilingual
from index.store import DenseIndex, load_index

logger = logging.getLogger(__name__)

DEFAULT_INDEX = Path("var/index")
DEFAULT_K = 5


class Helpdesk:
    """Answers questions from one index; build it once with `load()`, then `ask()` many times."""

    def __init__(
        self,
        index: DenseIndex,
        encoder: Encoder,
        multilingual: MultilingualEncoder,
        *,
        config: RetrievalConfig | None = None,
        rule: AbstainRule | None = None,
        max_question_chars: int | None = None,
    ) -> None:
        self.index = index
        self.encoder = encoder
        self.retriever = Retriever(index, encoder, multilingual)
        self.config = config or RetrievalConfig.from_calibration(index.manifest.calibration)
        self.rule = rule or AbstainRule.from_calibration(index.manifest.calibration)
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
        signals = self.retriever.signals(text, self.config, depth=self.retriever.depth(filters))
        embedded = time.perf_counter()
        result = self.retriever.rank(signals, max(1, k), self.config, filters)
        searched = time.perf_counter()
        passages = [h.passage for h in result.hits]
        abstained = self.rule.reason(result) is not None
        spans: dict[int, tuple[tuple[int, int], ...]] = {}
        if abstained:
            reply = abstain_text(result.signals.language, result.unknown_symbols)
        else:
            quotes = choose_quotes(best_sentences(result.signals.query, passages, self.encoder))
            for q in quotes:
                spans[q.hit] = (*spans.get(q.hit, ()), q.span)
            reply = answer_text(quotes, passages)
        done = time.perf_counter()
        citations = tuple(
            Citation(rank=i + 1, passage=h.passage, score=h.score, spans=spans.get(i, ()))
            for i, h in enumerate(result.hits)
        )
        timings = {  # embed: encode the question and read each ranking; search: fuse, route, rerank
            "embed": (embedded - start) * 1000,
            "search": (searched - embedded) * 1000,
            "compose": (done - searched) * 1000,
            "total": (done - start) * 1000,
        }
        return Answer(id, text, reply, abstained, citations, timings)


def load(index_dir: str | Path = DEFAULT_INDEX, *, max_question_chars: int | None = None) -> Helpdesk:
    """Load the models once and a verified index; errors name the command that fixes them."""
    encoder = load_encoder()
    return Helpdesk(
        load_index(index_dir, model=encoder.name), encoder, load_multilingual(), max_question_chars=max_question_chars
    )
