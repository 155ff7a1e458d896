"""Synthetic WTO-like corpora for the benchmark, deterministic by seed.

Documents have symbols, dates and numbered paragraphs written from templates and the
shipped documents' own words, so the tokenizer, the symbol grammar and BM25 see text of
the real shape. `HashedProjection` gives such text fast vectors: a bag of hashed words
projected onto 384 random directions, so a question shares neighbours with the passages
that share its words, at a million passages in minutes instead of days of MiniLM.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from index.lexical import STOPWORDS
from ingest.passage import Passage, passage_id

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"

MEMBERS = (
    "Argentina", "Brazil", "Canada", "Chile", "China", "Colombia", "Costa Rica", "Ecuador", "the European Union",
    "Guatemala", "Hong Kong, China", "India", "Indonesia", "Japan", "Kenya", "Korea", "Malaysia", "Mexico",
    "Morocco", "New Zealand", "Nigeria", "Norway", "Peru", "the Philippines", "Singapore", "South Africa",
    "Switzerland", "Thailand", "Türkiye", "the United Kingdom", "the United States", "Uruguay", "Viet Nam",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SERIES = ("INF/MSME/W/{n}", "INF/MSME/W/{n}/Rev.{r}", "WT/MIN({y})/{n}", "G/L/{n}", "JOB/GC/{n}", "INF/MSME/R/{n}")
TEMPLATES = (
    "{m} presented {s}, a proposal on {w} and {w} for micro, small and medium-sized enterprises, on {d}.",
    "Members discussed {w} {w} and agreed to continue work on {w} at the meeting of {d} ({s}).",
    "The Informal Working Group took note of the {w} {w} circulated by {m} in {s}.",
    "{n} Members supported the recommendation on {w} and {w}, adopted on {d}.",
    "The Secretariat reported that {n} Members had submitted information on {w} {w} since {y}.",
    "{m} and {m} invited delegations to a workshop on {w} and {w} held on {d}.",
)


def shipped_vocabulary(corpus: Path = CORPUS) -> list[str]:
    """Content words of the shipped documents, most frequent first."""
    words: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.txt")):
        for w in re.findall(r"[A-Za-z][a-z]{3,}", path.read_text(encoding="utf-8")):
            if w.lower() not in STOPWORDS:
                words[w.lower()] += 1
    return [w for w, _ in words.most_common()]


@dataclass(frozen=True)
class SyntheticCorpus:
    """`size` passages in documents of `per_doc` numbered paragraphs, the same for the same seed."""

    size: int
    seed: int = 7
    per_doc: int = 40

    def documents(self) -> Iterator[tuple[str, str, str, list[str]]]:
        """(doc_id, symbol, ISO date, paragraph texts) per document."""
        rng = np.random.default_rng(self.seed)
        vocab = shipped_vocabulary()
        zipf = 1.0 / np.arange(1, len(vocab) + 1) ** 0.9
        zipf /= zipf.sum()
        made = 0
        doc = 0
        while made < self.size:
            count = min(self.per_doc, self.size - made)
            year = 2017 + doc % 9
            symbol = f"INF/MSME/W/{doc + 1}"
            date = f"{year}-{1 + doc % 12:02d}-{1 + doc % 28:02d}"
            words = iter(rng.choice(vocab, size=count * 40, p=zipf).tolist())
            picks = rng.integers(0, 1 << 30, size=(count, 16)).tolist()
            paragraphs = [self._paragraph(words, pick, year) for pick in picks]
            yield f"doc-{doc:06d}", symbol, date, paragraphs
            made += count
            doc += 1

    @staticmethod
    def _paragraph(words: Iterator[str], pick: list[int], year: int) -> str:
        sentences, slots = [], itertools.count()
        for i in range(3):
            template = TEMPLATES[pick[i] % len(TEMPLATES)]
            sentence = re.sub(r"\{(\w)\}", lambda m: _fill(m[1], next(slots), words, pick, year), template)
            sentences.append(sentence)
        tail = " ".join(next(words) for _ in range(12))
        return " ".join(sentences) + f" The report also covers {tail}."

    def passages(self) -> list[Passage]:
        """The corpus as Passage records, as ingest would cut them."""
        out = []
        for doc_id, symbol, date, paragraphs in self.documents():
            year = int(date[:4])
            for i, text in enumerate(paragraphs):
                para = f"{1 + i // 10}.{1 + i % 10}"
                out.append(Passage(
                    passage_id(doc_id, para, 0, text), doc_id, symbol, f"Communication {symbol}", symbol, date,
                    year, para, 1 + i // 6, (), text, tuple(sorted(set(re.findall(r"INF/MSME/W/\d+", text)))),
                ))
        return out

    def write_text_files(self, folder: Path) -> int:
        """The corpus as WTO-shaped .txt files (symbol line, date, numbered paragraphs); passages written."""
        folder.mkdir(parents=True, exist_ok=True)
        count = 0
        for doc_id, symbol, date, paragraphs in self.documents():
            lines = [symbol, "", f"Communication dated {date}", "", "1  WORK OF THE GROUP", ""]
            for i, text in enumerate(paragraphs):
                lines += [f"{1 + i // 10}.{1 + i % 10}.  {text}", ""]
            (folder / f"{doc_id}.txt").write_text("\n".join(lines), encoding="utf-8")
            count += len(paragraphs)
        return count


def _fill(slot: str, k: int, words: Iterator[str], pick: list[int], year: int) -> str:
    p = pick[3 + k % 13]
    if slot == "m":
        return MEMBERS[p % len(MEMBERS)]
    if slot == "w":
        return next(words)
    if slot == "d":
        return f"{1 + p % 28} {MONTHS[p % 12]} {year}"
    if slot == "y":
        return str(2015 + p % 10)
    if slot == "n":
        return str(10 + p % 120)
    y = f"{year % 100:02d}"
    return SERIES[p % len(SERIES)].format(n=1 + p % 400, r=1 + p % 3, y=y)


class HashedProjection:
    """Fast deterministic vectors for benchmark text: hashed words, randomly projected, unit length.

    Not a language model: neighbours are passages sharing words. It stands in for MiniLM and
    e5 where encoding a million passages would take days on two cores; the table says so.
    """

    BUCKETS = 1 << 16

    def __init__(self, dim: int = 384, seed: int = 0, name: str = "hashed-projection") -> None:
        rng = np.random.default_rng(seed)
        self.dim = dim
        self.name = f"{name} (bench, seed {seed})"
        self._projection = rng.standard_normal((self.BUCKETS, dim)).astype(np.float32)

    @staticmethod
    def _bucket(word: str) -> int:
        return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little") & 0xFFFF

    def encode(self, texts: list[str], *, batch_size: int = 0, show_progress: bool = False) -> np.ndarray:
        block = 50_000  # bags of words are built in Python lists: bounded, so a million texts fit in memory
        if len(texts) > block:
            return np.vstack([self.encode(texts[i : i + block]) for i in range(0, len(texts), block)])
        cache: dict[str, int] = {}
        rows, cols = [], []
        for i, text in enumerate(texts):
            for w in set(re.findall(r"\w+", text.lower())) - STOPWORDS:
                b = cache.get(w)
                if b is None:
                    b = cache[w] = self._bucket(w)
                rows.append(i)
                cols.append(b)
        bag = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(texts), self.BUCKETS))
        out = np.asarray(bag @ self._projection, dtype=np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        return np.ascontiguousarray(out)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self.encode(texts)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.encode(texts)
