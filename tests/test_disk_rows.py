"""An index read from disk by row: passages by offset, symbol maps written at ingest, vector matrices
read by row without mapping them, and HNSW candidates re-scored with exact vectors."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.helpdesk import assemble
from eval.bench.synth import HashedProjection, SyntheticCorpus
from index import build_index, load_index
from index.mapped import DiskMatrix
from index.rows import PassageRows
from index.sentences import SentenceTable, sentence_spans, write_encoded, write_vectors
from index.symbol_rows import SymbolRows
from index.vectors import FLAT, HNSW, FaissStore, exact_path
from ingest.passage import Passage

ENCODER = HashedProjection(seed=0, name="dense")
MULTILINGUAL = HashedProjection(seed=1, name="multilingual")


def _passages(count: int = 400) -> list[Passage]:
    """Synthetic passages, with a revision, a longer number and a cited revision to route."""
    passages = SyntheticCorpus(count, seed=5).passages()
    extra = [
        replace(passages[0], id="rev2", doc_id="rev2", symbol="INF/MSME/W/1/Rev.2", cite_as="INF/MSME/W/1/Rev.2",
                text="The revised note INF/MSME/W/3/Rev.1 on single windows.", mentions=("INF/MSME/W/3/Rev.1",)),
        replace(passages[1], id="w10", doc_id="w10", symbol="INF/MSME/W/10", cite_as="INF/MSME/W/10",
                text="Café owners in Türkiye «export» too.", mentions=()),
    ]
    return [*passages, *extra]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Passage]]:
    passages = _passages()
    folder = tmp_path_factory.mktemp("rows") / "index"
    build_index(passages, folder, encoder=ENCODER, multilingual=MULTILINGUAL, cache=False)
    return folder, passages


def test_passages_are_read_by_row_as_ingest_made_them(built) -> None:
    folder, passages = built
    rows = load_index(folder, model=ENCODER.name).passages
    assert isinstance(rows, PassageRows), "a loaded index reads passages from disk"
    assert len(rows) == len(passages) and rows[5] == passages[5] and rows[-1] == passages[-1]
    assert rows[-1].text == "Café owners in Türkiye «export» too.", "UTF-8 offsets are bytes, not characters"
    assert rows[3:6] == passages[3:6] and list(rows) == passages and rows == passages
    with pytest.raises(IndexError):
        rows[len(passages)]


def test_a_loaded_index_keeps_reading_its_own_rows_after_a_rebuild(tmp_path: Path) -> None:
    passages = _passages(80)
    live = tmp_path / "index"
    build_index(passages, live, encoder=ENCODER, multilingual=MULTILINGUAL, cache=False)
    old = load_index(live, model=ENCODER.name).passages
    build_index(passages[:10], live, encoder=ENCODER, multilingual=MULTILINGUAL, cache=False)  # removes the old folder
    assert not old.path.exists(), "the replaced build's folder is gone"
    assert old[60] == passages[60] and list(old) == passages, "the open file still reads the old rows"


def test_loading_and_routing_decode_no_row_beyond_the_candidates(built) -> None:
    folder, passages = built
    index = load_index(folder, model=ENCODER.name)
    helpdesk = assemble(index, encoder=ENCODER, multilingual=MULTILINGUAL)
    assert index.passages.decoded == 0, "loading and assembling read no passage"
    hits = helpdesk.retriever.search("What did INF/MSME/W/1/Rev.2 say about single windows?", 5).hits
    assert hits[0].passage.doc_id == "rev2" and hits[0].routed, "the named revision is routed first"
    assert index.passages.decoded < 200, f"one question decoded {index.passages.decoded} rows"


def _scan(passages: list[Passage], asked: str, cited: bool) -> list[int]:
    """What routing found before the maps: a scan of every passage, keys in sorted order."""
    keys: dict[str, list[int]] = {}
    for row, p in enumerate(passages):
        for s in p.mentions if cited else [p.symbol] if p.symbol else []:
            keys.setdefault(s, []).append(row)
    return [r for k in sorted(keys) if k == asked or k.startswith(asked + "/") for r in keys[k]]


def test_symbol_maps_find_what_a_scan_finds(built) -> None:
    folder, passages = built
    symbols = SymbolRows.load(folder)
    asked = sorted({p.symbol for p in passages} | {m for p in passages for m in p.mentions})
    asked += ["INF/MSME/W", "INF/MSME/W/3", "G/MA/999", "X" * 80, ""]
    for symbol in asked:
        assert symbols.own(symbol) == _scan(passages, symbol, cited=False), symbol
        assert symbols.cited(symbol) == _scan(passages, symbol, cited=True), symbol
    assert symbols.own("INF/MSME/W/1") == [*range(40), len(passages) - 2], "a revision follows its symbol; /10 does not"


def test_sentence_starts_are_written_at_ingest(built) -> None:
    folder, passages = built
    spans = sentence_spans(passages)
    table = SentenceTable.load(folder, len(passages))
    assert [list(table.of(r)) for r in range(len(passages))] == [
        [i for i, row in enumerate(spans[:, 0]) if row == r] for r in range(len(passages))
    ]


def test_sentence_vectors_written_by_block_equal_written_whole(tmp_path: Path, monkeypatch) -> None:
    import index.sentences

    texts = [p.text for p in _passages(60)]
    monkeypatch.setattr(index.sentences, "BLOCK", 7)  # many blocks, one of them short
    write_encoded(tmp_path / "blocks.npy", texts, ENCODER.encode, ENCODER.dim)
    write_vectors(tmp_path / "whole.npy", ENCODER.encode(texts))
    assert np.array_equal(np.load(tmp_path / "blocks.npy"), np.load(tmp_path / "whole.npy"))
    assert np.load(tmp_path / "whole.npy").dtype == np.float16


def _rss_file_kb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"RssFile:\s+(\d+) kB", status)[1])


def test_disk_matrix_copies_rows_and_maps_none_of_the_file(tmp_path: Path) -> None:
    """Reading every row of a 29 MB matrix adds nothing to the process's file-backed RSS: a memory map
    read the same way added the whole file (and, with large folios, ~1 MB a scattered row)."""
    rng = np.random.default_rng(0)
    matrix = rng.standard_normal((40_000, 384)).astype(np.float16)  # 29 MB
    np.save(tmp_path / "m.npy", matrix)
    on_disk = DiskMatrix(tmp_path / "m.npy")
    assert on_disk.shape == matrix.shape and len(on_disk) == len(matrix)
    rows = rng.permutation(len(matrix))[:500]
    before = _rss_file_kb()
    assert np.array_equal(on_disk.take(rows), matrix[rows].astype(np.float32)), "rows come back in the order asked"
    query = rng.standard_normal(384).astype(np.float32)
    assert on_disk.dot(rows, query) == pytest.approx(matrix[rows].astype(np.float32) @ query, rel=1e-5, abs=1e-4)
    twice = [3, 9, 3, 4, 39_999, 0]  # repeats, a run of neighbours, both ends
    assert np.array_equal(on_disk.take(twice), matrix[twice].astype(np.float32))
    for start in range(0, len(matrix), 5_000):
        assert np.array_equal(on_disk.take(np.arange(start, start + 5_000)), matrix[start : start + 5_000].astype(np.float32))
    assert _rss_file_kb() - before < 2_000, "no page of the file is mapped into the process"
    with pytest.raises(IndexError):
        on_disk.take([len(matrix)])
    assert np.array_equal(DiskMatrix(tmp_path / "m.npy").take([]), np.zeros((0, 384), dtype=np.float32))


def test_hnsw_candidates_rescored_exactly_match_an_exact_scan(tmp_path: Path) -> None:
    passages = SyntheticCorpus(3_000).passages()
    vectors = ENCODER.encode([p.text for p in passages])
    FaissStore.build(vectors, HNSW).save(tmp_path / "dense.faiss")
    assert np.load(exact_path(tmp_path / "dense.faiss")).dtype == np.float16
    graph = FaissStore.load(tmp_path / "dense.faiss", candidates=500, rescore=500)
    assert isinstance(graph.exact, DiskMatrix), "a loaded HNSW index re-scores from the file, read by row"
    exact = FaissStore.build(vectors, FLAT)
    queries = ENCODER.encode([p.text[:150] for p in passages[::30]])
    recall = []
    for q in queries:
        truth, found = exact.search(q, 10), graph.search(q, 10)
        recall.append(len({r for r, _ in truth} & {r for r, _ in found}) / 10)
        assert [s for _, s in found] == pytest.approx(exact.cosines(q, [r for r, _ in found]), abs=2e-3), (
            "the scores returned are exact cosines (float16 rows), not 8-bit ones"
        )
    assert np.mean(recall) >= 0.99, np.mean(recall)
    rows = [5, 2_999, 17]
    assert graph.cosines(queries[0], rows) == pytest.approx(exact.cosines(queries[0], rows), abs=2e-3)


def test_rescore_sweep_reports_recall_by_candidates(tmp_path: Path) -> None:
    from eval.bench.run import rescore_sweep

    passages = SyntheticCorpus(2_000).passages()
    vectors = ENCODER.encode([p.text for p in passages])
    FaissStore.build(vectors, HNSW).save(tmp_path / "dense.faiss")
    queries = ENCODER.encode([p.text[:150] for p in passages[::50]])
    rows = rescore_sweep(tmp_path / "dense.faiss", FaissStore.build(vectors, FLAT), queries, ((0, 0), (200, 200)))
    assert [r["candidates"] for r in rows] == [0, 200]
    assert rows[1]["recall_at_10"] >= rows[0]["recall_at_10"] and rows[1]["recall_at_10"] >= 0.95
    assert all(r["p50_ms"] > 0 for r in rows)


def test_document_table_lists_what_a_scan_of_the_passages_lists(fake_helpdesk) -> None:
    from bot.lookup import context, documents, lookup, outline, rows_by_id, years

    rows = fake_helpdesk.index.passages
    plain = list(rows)  # a list carries no table: the functions scan it, as before
    assert rows.documents is not None and documents(rows) == documents(plain)
    assert years(rows) == years(plain)
    by_id = rows_by_id(rows)
    assert dict(by_id) == rows_by_id(plain) and by_id.get("no-such-id") is None
    for doc in documents(plain):
        assert outline(rows, doc.doc_id) == outline(plain, doc.doc_id), doc.doc_id
    for p in plain[::20]:
        assert context(rows, p.id, rows=by_id) == context(plain, p.id), p.id
    assert lookup(rows, "WT/MIN(24)/9").to_dict() == lookup(plain, "WT/MIN(24)/9").to_dict()
    decoded = rows.decoded
    documents(rows), years(rows)
    assert rows.decoded == decoded, "listing documents and years reads no passage"


def test_an_index_without_sentence_vectors_loads_searches_and_asks(tmp_path: Path) -> None:
    """build_index(sentences=False) (BEIR, the bench at a million) on the disk-row index: empty sentence
    files, every row present, search and routing as with sentences, and asking does not fail."""
    passages = _passages(80)
    live = tmp_path / "index"
    build_index(passages, live, encoder=ENCODER, multilingual=MULTILINGUAL, cache=False, sentences=False)
    index = load_index(live, model=ENCODER.name)
    assert len(index.sentences) == 0 and len(index.sentences.first) == len(passages) + 1
    assert all(not index.sentences.of(r) for r in range(len(passages)))
    helpdesk = assemble(index, encoder=ENCODER, multilingual=MULTILINGUAL)
    hits = helpdesk.retriever.search("What did INF/MSME/W/1/Rev.2 say about single windows?", 5).hits
    assert hits[0].passage.doc_id == "rev2" and hits[0].routed
    helpdesk.ask("What did INF/MSME/W/1/Rev.2 say about single windows?")


def test_symbol_maps_built_in_memory_match_the_written_ones(built) -> None:
    folder, passages = built
    written, held = SymbolRows.load(folder), SymbolRows.of(passages)
    for symbol in sorted({p.symbol for p in passages} | {m for p in passages for m in p.mentions}) + ["INF/MSME/W/1"]:
        assert held.own(symbol) == written.own(symbol) and held.cited(symbol) == written.cited(symbol), symbol


def test_a_symbol_written_short_is_completed_by_the_one_symbol_ending_with_it(built) -> None:
    """A delegate writes "W/1/Rev.2" for INF/MSME/W/1/Rev.2; read as written it was an unknown symbol and
    the question was refused. Completed only when one symbol ends with it, of a document or else cited."""
    folder, passages = built
    symbols = SymbolRows.load(folder)
    assert symbols.completed("W/1/Rev.2") == "INF/MSME/W/1/Rev.2"
    assert symbols.completed("MSME/W/10") == "INF/MSME/W/10", "a document's symbol, not the cited W/110"
    assert symbols.completed("W/3/Rev.1") == "INF/MSME/W/3/Rev.1", "no document has it: the one cited symbol"
    assert symbols.completed("INF/MSME/W/1") == "INF/MSME/W/1", "known as written"
    assert symbols.completed("W/999") == "W/999", "unknown stays unknown"
    helpdesk = assemble(load_index(folder, model=ENCODER.name), encoder=ENCODER, multilingual=MULTILINGUAL)
    result = helpdesk.retriever.search("What did W/1/Rev.2 say about single windows?", 5)
    assert not result.unknown_symbols and result.hits[0].passage.doc_id == "rev2" and result.hits[0].routed


def test_a_symbol_asked_routes_to_that_document_and_asked_as_revised_to_its_revision(built) -> None:
    """"INF/MSME/W/1" and "the original INF/MSME/W/1" are W/1 as issued, which the collection has: its revision
    is not routed with it. "The revised INF/MSME/W/1" is its revision alone."""
    folder, _ = built
    helpdesk = assemble(load_index(folder, model=ENCODER.name), encoder=ENCODER, multilingual=MULTILINGUAL)
    for question in ("What did INF/MSME/W/1 say about single windows?",
                     "What did the original INF/MSME/W/1 say about single windows?"):
        hits = helpdesk.retriever.search(question, 50).hits
        assert any(h.routed for h in hits) and all(h.passage.symbol == "INF/MSME/W/1" for h in hits if h.routed)
    revised = helpdesk.retriever.search("What did the revised INF/MSME/W/1 say about single windows?", 50).hits
    assert any(h.routed for h in revised) and all(h.passage.doc_id == "rev2" for h in revised if h.routed)
