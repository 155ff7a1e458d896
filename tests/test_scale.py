"""Scale: incremental ingest through the embedding cache, the index kind by size, the Milvus
store on milvus-lite, and the benchmark at a tiny size."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from eval.bench.run import parse_sizes, run_bench, write_json
from eval.bench.synth import HashedProjection, SyntheticCorpus
from bot.helpdesk import assemble
from index import load_index
from index.bridge import collection_words
from index.cache import EmbeddingCache
from index.refresh import refresh_index
from index.sentences import sentence_spans, sentence_texts
from index.store import StoreChoice, build_index
from index.vectors import FLAT, HNSW, FaissStore, index_type_for
from tests.conftest import CORPUS

pytestmark = pytest.mark.model  # runs the CLI, a server or ingest with the real models

QUESTIONS = (
    "What is the Trade4MSMEs Platform?",
    "When did the Group launch the Export Readiness Toolkit?",
    "What did the pilot with cooperatives in the Andes show?",
    "Which recommendations were adopted in December 2020?",
)


def _top(index_dir: Path, encoder, multilingual) -> list[list[tuple[str, float]]]:
    helpdesk = assemble(load_index(index_dir, model=encoder.name), encoder=encoder, multilingual=multilingual)
    return [[(c.passage.id, c.score) for c in helpdesk.ask(q).citations] for q in QUESTIONS]


def _same_answers(a: list[list[tuple[str, float]]], b: list[list[tuple[str, float]]]) -> None:
    assert [[i for i, _ in hits] for hits in a] == [[i for i, _ in hits] for hits in b]
    assert [s for hits in a for _, s in hits] == pytest.approx([s for hits in b for _, s in hits], abs=1e-3)


NOTE = """WT/MIN(99)/5

1  EXPORT HELP DESKS

1.1.  The Group opened export help desks in {month} 2025 in twelve Members.

1.2.  Each help desk answers questions on rules of origin within two working days.
"""


class Counting:
    """The real encoder, counting the texts it is asked to encode."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim, self.texts, self.words = inner, inner.name, inner.dim, 0, 0

    def encode(self, texts, **kwargs):
        self.texts += len(texts)
        return self.inner.encode(texts, **kwargs)

    def encode_passages(self, texts):
        self.texts += len(texts)
        return self.inner.encode_passages(texts)

    def encode_queries(self, texts):  # e5 reads the word bridge's words as queries (index.bridge)
        self.words += len(texts)
        return self.inner.encode_queries(texts)


def _encoded(passages) -> set[str]:
    """The distinct texts an index embeds: its passages under their headings, and their sentences."""
    passages = list(passages)
    return {p.indexed_text() for p in passages} | set(sentence_texts(passages, sentence_spans(passages)))


def _words(passages) -> set[str]:
    """The words of the word bridge (index.bridge) for these passages."""
    return set(collection_words(p.indexed_text() for p in passages))


def test_incremental_ingest_encodes_one_document_and_answers_as_a_fresh_build(
    tmp_path: Path, encoder, multilingual
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS, docs)
    live = tmp_path / "var" / "index"
    mini, e5 = Counting(encoder), Counting(multilingual)
    first = refresh_index([docs], live, encoder=mini, multilingual=e5)
    assert mini.texts == e5.texts == len(_encoded(first.read.passages)) > 100
    assert e5.words == len(_words(first.read.passages)) > 100

    def step(change) -> int:
        before = load_index(live, model=encoder.name).passages
        change()
        mini.texts = e5.texts = e5.words = 0
        done = refresh_index([docs], live, encoder=mini, multilingual=e5)
        new = {p.indexed_text() for p in done.read.passages} - _encoded(before)
        assert mini.texts == e5.texts == len(_encoded(done.read.passages) - _encoded(before)), "only new texts are encoded"
        assert e5.words == len(_words(done.read.passages) - _words(before)), "and only new words of the bridge"
        fresh = tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}" / "index"
        refresh_index([docs], fresh, encoder=encoder, multilingual=multilingual)
        ours, theirs = load_index(live, model=encoder.name), load_index(fresh, model=encoder.name)
        assert [p.id for p in ours.passages] == [p.id for p in theirs.passages]
        _same_answers(_top(live, encoder, multilingual), _top(fresh, encoder, multilingual))
        return len(new)

    added = docs / "help-desks.txt"
    assert step(lambda: added.write_text(NOTE.format(month="March"), encoding="utf-8")) >= 2
    assert step(lambda: added.write_text(NOTE.format(month="May"), encoding="utf-8")) == 1, "one paragraph changed"
    assert step(added.unlink) == 0, "removing a document encodes nothing"
    assert not any(p.doc_id == "help-desks" for p in load_index(live, model=encoder.name).passages)


def test_interrupted_embedding_resumes_from_the_cache(tmp_path: Path, encoder) -> None:
    texts = [p.text for p in SyntheticCorpus(300, seed=3).passages()]
    cache = EmbeddingCache(tmp_path, encoder.name)
    calls = []

    def dies_after_one_part(batch):
        if calls:
            raise KeyboardInterrupt
        calls.append(len(batch))
        return encoder.encode(batch)

    import index.cache

    part = index.cache.PART_PASSAGES
    index.cache.PART_PASSAGES = 100
    try:
        with pytest.raises(KeyboardInterrupt):
            cache.embed(texts, dies_after_one_part, dim=encoder.dim)
        resumed = EmbeddingCache(tmp_path, encoder.name)
        assert len(resumed.vectors) == 100, "the part written before the interrupt is kept"
        vectors, encoded = resumed.embed(texts, encoder.encode, dim=encoder.dim)
    finally:
        index.cache.PART_PASSAGES = part
    assert encoded == 200
    np.testing.assert_allclose(vectors, encoder.encode(texts), atol=1e-5)


def test_index_kind_follows_size_with_one_search_path() -> None:
    assert index_type_for(1_000) == FLAT and index_type_for(5_000_000) == HNSW
    passages = SyntheticCorpus(3_000).passages()
    hashed = HashedProjection()
    vectors = hashed.encode([p.text for p in passages])
    exact, graph = FaissStore.build(vectors, FLAT), FaissStore.build(vectors, HNSW)
    queries = hashed.encode([p.text[:120] for p in passages[::100]])
    recall = np.mean([
        len({r for r, _ in exact.search(q, 10)} & {r for r, _ in graph.search(q, 10)}) / 10 for q in queries
    ])
    assert recall >= 0.95
    row, score = graph.search(queries[0], 1)[0]
    assert graph.cosines(queries[0], [row])[0] == pytest.approx(score, abs=0.02)


def test_milvus_store_answers_as_faiss(tmp_path: Path, shipped_index: Path, encoder, multilingual) -> None:
    pytest.importorskip("milvus_lite")
    passages = load_index(shipped_index, model=encoder.name).passages
    live = tmp_path / "milvus" / "index"
    uri = str(tmp_path / "vectors.db")
    manifest = build_index(passages, live, encoder=encoder, multilingual=multilingual,
                           store=StoreChoice("milvus", uri))
    assert manifest.store == "milvus" and manifest.milvus_uri == uri and len(manifest.collections) == 2
    assert manifest.index_type == f"milvus-{FLAT}"
    assert not (live / "dense.faiss").exists(), "the vectors live in Milvus"
    ours, theirs = load_index(live, model=encoder.name), load_index(shipped_index, model=encoder.name)
    query = encoder.encode(["How do MSMEs get access to finance?"])[0]
    hits, expected = ours.search(query, 10), theirs.search(query, 10)
    assert [r for r, _ in hits] == [r for r, _ in expected]
    assert [s for _, s in hits] == pytest.approx([s for _, s in expected], abs=1e-4)
    assert ours.cosines(query, [5, 7]) == pytest.approx(theirs.cosines(query, [5, 7]), abs=1e-4)
    _same_answers(_top(live, encoder, multilingual), _top(shipped_index, encoder, multilingual))

    old = set(manifest.collections.values())
    again = build_index(passages[:40], live, encoder=encoder, multilingual=multilingual,
                        store=StoreChoice("milvus", uri))
    from index.milvus import MilvusStore

    client = MilvusStore.connect(uri)
    assert not any(client.has_collection(c) for c in old), "the replaced build's collections are dropped"
    assert len(load_index(live, model=encoder.name).passages) == 40 == again.passages


def test_bench_runs_at_a_tiny_size(tmp_path: Path) -> None:
    assert parse_sizes("10k,100k,1M") == [10_000, 100_000, 1_000_000]
    with pytest.raises(ValueError):
        parse_sizes("lots")
    rows = run_bench([2_000], runs=1, questions=3, work=tmp_path)
    out = tmp_path / "bench.json"
    write_json(rows, out)
    [row] = json.loads(out.read_text())
    assert row["passages"] == 2_000 and row["index_type"] == FLAT and row["recall_at_10"] == 1.0
    for key in ("encode_per_s", "ingest_per_s", "dense_p50_ms", "hybrid_p50_ms", "hybrid_p95_ms",
                "answer_p50_ms", "answer_p95_ms", "rss_mb", "disk_mb", "rss_anon_mb", "rss_file_mb", "load_s",
                "sentence_mb"):
        assert row[key] > 0, key
    assert row["sentences"] > 2_000 * 3, "about four sentences a passage, each with vectors"
    assert row["candidates"] is None and row["rescore"] is None and row["sweep"] is None, "an exact index re-scores nothing"


def test_a_cached_vector_whose_key_ends_in_a_zero_byte_is_found_again(tmp_path: Path) -> None:
    """Keys are 16-byte hashes saved as fixed-width bytes; read back element by element, one that
    ends in zero bytes lost them, so about one text in 256 was encoded again at every build."""
    from index.cache import text_key

    text = next(f"text {i}" for i in range(10_000) if text_key(f"text {i}").endswith(b"\0"))
    calls: list[list[str]] = []

    def encode(batch: list[str]) -> np.ndarray:
        calls.append(batch)
        return np.ones((len(batch), 4), dtype=np.float32)

    EmbeddingCache(tmp_path, "m").embed([text, "another"], encode, dim=4)
    _, encoded = EmbeddingCache(tmp_path, "m").embed([text, "another"], encode, dim=4)
    assert encoded == 0 and len(calls) == 1, "both vectors come from the cache"
