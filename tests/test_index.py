"""The index on disk: round trip, atomic swap, and a manifest that catches stale or edited files."""

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index import build_index, is_current, load_index
from index.cache import cache_dir
from index.manifest import MANIFEST
from index.store import PASSAGES
from index.errors import IndexMissing, IndexStale
from ingest import read_corpus
from ingest.corpus import input_hashes
from tests.conftest import write_wto_pdf


@pytest.fixture()
def small(tmp_path: Path, fake_encoder, fake_multilingual):
    docs = tmp_path / "docs"
    docs.mkdir()
    write_wto_pdf(docs / "toolkit.pdf")
    read = read_corpus([docs])
    index_dir = tmp_path / "var" / "index"
    build_index(read.passages, index_dir, encoder=fake_encoder, multilingual=fake_multilingual, sources=read.sources)
    return docs, index_dir, read


def test_round_trip_keeps_records_and_vectors(small, fake_encoder, fake_multilingual) -> None:
    _, index_dir, read = small
    loaded = load_index(index_dir, model=fake_encoder.name)
    assert loaded.passages == read.passages, "the stored record is the ingested record"
    query = fake_encoder.encode(["cooperatives in the Andes cut shipping costs"])[0]
    row, score = loaded.search(query, 1)[0]
    assert loaded.passages[row].para == "1.3" and score > 0.3, "the passage sharing the most words comes first"


def test_rebuild_swaps_in_and_leaves_one_folder(small, fake_encoder, fake_multilingual) -> None:
    docs, index_dir, read = small
    build_index(read.passages[:2], index_dir, encoder=fake_encoder, multilingual=fake_multilingual, sources=read.sources)
    assert len(load_index(index_dir, model=fake_encoder.name).passages) == 2
    leftovers = [p.name for p in index_dir.parent.iterdir() if p.name not in ("index", cache_dir(index_dir).name)]
    assert len(leftovers) == 1 and not leftovers[0].endswith(".partial"), f"old builds are removed: {leftovers}"


def test_failed_build_leaves_previous_index_whole(small, fake_encoder, fake_multilingual) -> None:
    _, index_dir, read = small
    bad = replace(read.passages[0], text=object())  # cannot be written: the build fails midway
    with pytest.raises(TypeError):
        build_index([*read.passages, bad], index_dir, encoder=fake_encoder, multilingual=fake_multilingual)
    assert len(load_index(index_dir, model=fake_encoder.name).passages) == len(read.passages)
    assert not [p for p in index_dir.parent.iterdir() if p.name.endswith(".partial")], "no half index is left"


def test_other_model_is_stale_with_the_fix_named(small, fake_encoder, fake_multilingual) -> None:
    _, index_dir, _ = small
    manifest = json.loads((index_dir / MANIFEST).read_text())
    manifest["model"] = "some-other-model"
    (index_dir / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexStale, match=r"built with some-other-model.*helpdesk ingest --index"):
        load_index(index_dir, model=fake_encoder.name)


def test_edited_passages_file_is_detected(small, fake_encoder, fake_multilingual) -> None:
    _, index_dir, _ = small
    with (index_dir / PASSAGES).open("a") as fh:
        fh.write("\n")
    with pytest.raises(IndexStale, match="changed after the index was built"):
        load_index(index_dir, model=fake_encoder.name)


def test_missing_index_names_the_command(tmp_path: Path, fake_encoder) -> None:
    with pytest.raises(IndexMissing, match="helpdesk ingest --index"):
        load_index(tmp_path / "nowhere", model=fake_encoder.name)


def test_is_current_follows_the_sources(small, fake_encoder, fake_multilingual) -> None:
    docs, index_dir, _ = small
    assert is_current(index_dir, input_hashes([docs]), model=fake_encoder.name)
    write_wto_pdf(docs / "second.pdf", symbol="WT/MIN(99)/2")
    assert not is_current(index_dir, input_hashes([docs]), model=fake_encoder.name)


def test_an_index_of_other_e5_vectors_is_stale(small, fake_encoder, fake_multilingual) -> None:
    """Both vector spaces are checked: e5 vectors made another way (another cut) rank wrongly."""
    from bot.helpdesk import assemble

    _, index_dir, _ = small
    index = load_index(index_dir, model=fake_encoder.name)
    other = type("OtherE5", (type(fake_multilingual),), {"name": "multilingual-e5 passages<=512"})()
    with pytest.raises(IndexStale, match="helpdesk ingest"):
        assemble(index, encoder=fake_encoder, multilingual=other)


def test_the_rows_with_a_term_are_those_bm25_scores() -> None:
    """`rows_with` reads a term's column; BM25 gives exactly those rows a score."""
    from index.lexical import LexicalIndex

    lexical = LexicalIndex.build(["certificados de origen", "small exporters pay fees", "origen y destino", ""])
    for token in ("origen", "pay", "certificado"):
        assert sorted(lexical.rows_with(token)) == list(np.flatnonzero(lexical.scores([token]) > 0)), token
    assert lexical.rows_with("absent").size == 0
