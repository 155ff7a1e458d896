"""The lexical index: BM25 (bm25s) over stemmed words, with WTO symbols and numbers kept whole.

Dense vectors blur "INF/MSME/W/47/Rev.2", "103 Members" and "10 December" into their
neighbours; a term index finds them exactly. The tokenizer is shared by ingest and query,
so a symbol typed in any spelling meets its printed form as one token.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from ingest.symbols import find_symbols

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each build at DEBUG

LEXICAL_DIR = "lexical"
TOKENIZER_VERSION = "2"

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)
# An acronym's plural: "MSMEs" and "MSME" are one word, which the stemmer leaves apart ("msmes").
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# French and Spanish questions name things the same way: "l'OMC" is the token "omc".
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t)'")
# Short English function words; content words, numbers and names stay.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our ours out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours""".split()
)


@functools.cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Symbols as one lower-case token each, then stemmed content words and numbers, in order.

    Example:
        >>> tokenize("Mexico's proposal inf/msme/w/47 rev 2 on 103 Members")
        ['inf/msme/w/47/rev.2', 'mexico', 'propos', '103', 'member']
    """
    symbols = find_symbols(text, lenient=True)
    rest, cut = [], 0
    for found in symbols:
        rest.append(text[cut : found.start])
        cut = found.end
    rest.append(text[cut:])
    typed = [w[:-1] if _ACRONYM_PLURAL.fullmatch(w) else w for w in _WORD.findall(" ".join(rest))]
    words = [_ELISION.sub("", w.lower().replace("’", "'")).removesuffix("'s") for w in typed]
    words = [w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return [s.symbol.lower() for s in symbols] + _stemmer().stemWords(words)


class LexicalIndex:
    """BM25 scores for every passage row; row i is the same passage as row i of the dense index."""

    def __init__(self, model: bm25s.BM25) -> None:
        self._model = model
        self._vocab: dict[str, int] = model.vocab_dict

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        model = bm25s.BM25()
        model.index([tokenize(t) or [""] for t in texts], show_progress=False)
        return cls(model)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder / LEXICAL_DIR)))

    def save(self, folder: Path) -> list[Path]:
        """Write the index under folder/lexical; the files written, for the manifest's hashes."""
        target = folder / LEXICAL_DIR
        self._model.save(str(target))
        return sorted(p for p in target.iterdir() if p.is_file())

    def __contains__(self, token: object) -> bool:
        return token in self._vocab

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every token the collection has."""
        return frozenset(self._vocab)

    def known(self, tokens: list[str] | tuple[str, ...]) -> list[str]:
        """The tokens the collection contains; a word no passage has cannot score."""
        return [t for t in tokens if t in self._vocab]

    def scores(self, tokens: list[str] | tuple[str, ...]) -> np.ndarray:
        """BM25 score of every row for the tokenized question (zeros when no term is known)."""
        known = self.known(tokens)
        if not known:
            return np.zeros(self._model.scores["num_docs"], dtype=np.float32)
        return self._model.get_scores(known)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """The k best rows with a positive score: (row, BM25), best first."""
        return self.search_tokens(tuple(tokenize(query)), k)

    def search_tokens(self, tokens: tuple[str, ...], k: int) -> list[tuple[int, float]]:
        """`search` for a question already tokenized (the retriever tokenizes each question once)."""
        scores = self.scores(tokens)
        k = min(k, len(scores))
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(int(r), float(scores[r])) for r in top if scores[r] > 0]

    def document_frequency(self, token: str) -> int:
        """How many passages contain the token (0 when none does)."""
        row = self._vocab.get(token)
        if row is None:
            return 0
        indptr = self._model.scores["indptr"]
        return int(indptr[row + 1] - indptr[row])

    def rows_with(self, token: str) -> np.ndarray:
        """The rows whose passage contains the token (none when no passage does), read from the term's column."""
        column = self._vocab.get(token)
        if column is None:
            return np.zeros(0, dtype=np.int64)
        indptr = self._model.scores["indptr"]
        return np.asarray(self._model.scores["indices"][indptr[column]:indptr[column + 1]], dtype=np.int64)

    @property
    def size(self) -> int:
        return int(self._model.scores["num_docs"])
