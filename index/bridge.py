"""The collection's English words in e5's space: a bridge for the Spanish and French words of a
question that neither the glossary nor a shared root turns into the collection's English.

"¿Durante cuántos años debo guardar mis registros?" shares no word with the paragraph that says
"Keep ... records for at least five years": the glossary lists the WTO's names, not "años", and
"registros" only begins like "registers". e5 reads single words across languages well enough
that the nearest English word of the collection to "años" is "years" (cosine 0.95 as queries)
and to "certificado" is "certificate" (0.96). The bridge adds the English word nearest to such a
word, when it is near enough, to the question's BM25 terms only; the abstention's reading of the
question (its known and unknown terms) does not change. On the dev questions, bridged at a cosine
of 0.93: Recall@1 0.792 -> 0.805 (Spanish 0.770 -> 0.824, French unchanged), answer coverage 0.740 ->
0.754, abstention F1 0.845 -> 0.844. A trial at 0.90 that let the bridged words into the
abstention's terms too raised Spanish and French Recall@1 more but lowered their F1 0.841 -> 0.789.

Built at ingest, beside the index: `bridge_words.json` (the words, most frequent first) and
`bridge_vectors.npy` (their e5 vectors, float16). An index without them bridges nothing.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.lexical import tokenize

WORDS = "bridge_words.json"
VECTORS = "bridge_vectors.npy"
MAX_WORDS = 30_000  # the most frequent: about 70 s of e5 at ingest, 23 MB of float16
NEAR = 0.93  # the least cosine at which a foreign word reads as an English one
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")


def collection_words(texts: Iterable[str], limit: int = MAX_WORDS) -> list[str]:
    """The collection's English words (lower case, three letters or more, that BM25 indexes), most frequent first."""
    counts = Counter(w.lower() for text in texts for w in _WORD.findall(text))
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return [w for w, _ in ranked if tokenize(w)][:limit]


def write_bridge(folder: Path, words: list[str], vectors: np.ndarray) -> int:
    """Write the words and their e5 vectors (read as queries, as the foreign words will be); returns how many."""
    (folder / WORDS).write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
    np.save(folder / VECTORS, np.asarray(vectors, dtype=np.float16).reshape(len(words), -1))
    return len(words)


@dataclass(frozen=True)
class WordBridge:
    """The words and their vectors, loaded once with the index; `terms` reads foreign words through them."""

    words: tuple[str, ...]
    vectors: np.ndarray  # (len(words), dim) float32, unit rows

    @classmethod
    def empty(cls) -> WordBridge:
        return cls((), np.zeros((0, 1), dtype=np.float32))

    @classmethod
    def load(cls, folder: Path) -> WordBridge:
        """The bridge beside an index; an empty one when the index was built without it."""
        if not (folder / WORDS).exists() or not (folder / VECTORS).exists():
            return cls.empty()
        words = tuple(json.loads((folder / WORDS).read_text(encoding="utf-8")))
        return cls(words, np.load(folder / VECTORS).astype(np.float32))

    def terms(self, vectors: np.ndarray, near: float = NEAR) -> list[str]:
        """The BM25 term of the collection's word nearest to each of the foreign words' unit
        vectors (`vectors`, e5 as queries), where their cosine is at least `near`."""
        if not self.words or len(vectors) == 0:
            return []
        cosines = np.asarray(vectors, dtype=np.float32) @ self.vectors.T
        best = cosines.argmax(axis=1)
        return [tokenize(self.words[i])[0] for row, i in enumerate(best) if cosines[row, i] >= near]
