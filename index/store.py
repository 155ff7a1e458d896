"""The index on disk: passages.jsonl, dense.faiss, multilingual.faiss, lexical/ and manifest.json.

A build writes a new folder beside the live one and swaps it in by replacing a
symlink, which is atomic: a crash or a bad file leaves the previous index whole.

What a loaded index holds in memory does not grow with the passages' text: passages are
read by row from passages.jsonl (`index.rows.PassageRows`), routing reads symbol -> rows
maps written at ingest (`index.symbol_rows`), and the exact and sentence vectors are
memory-mapped. What stays in RAM is the FAISS graphs and BM25 (docs/scaling.md).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index import sentences as sentence_table
from index import symbol_rows
from index.bridge import WordBridge, collection_words, write_bridge
from index.cache import EmbeddingCache, cache_dir
from index.embed import Encoder, MultilingualEncoder, load_encoder, load_multilingual
from index.lexical import TOKENIZER_VERSION, LexicalIndex
from index.periods import Coverage, covered
from index.rows import OFFSETS, PASSAGES, PassageRows, passage_from_json, passage_to_json, write_passages
from index.sentences import SentenceTable
from index.symbol_rows import SymbolRows
from index.vectors import HNSW, FaissStore, VectorStore, index_type_for
from index.manifest import Manifest, check, hash_files
from ingest.chunk import CHUNKER_VERSION
from index.errors import IndexStale
from ingest.errors import HelpdeskError
from ingest.passage import Passage

logger = logging.getLogger(__name__)

DENSE = "dense.faiss"
MULTILINGUAL = "multilingual.faiss"
__all__ = ["DENSE", "MULTILINGUAL", "OFFSETS", "PASSAGES", "DenseIndex", "StoreChoice", "build_index", "is_current",
           "load_index", "passage_from_json", "passage_to_json"]


@dataclass
class DenseIndex:
    """Passages with their vectors and terms, loaded; row i everywhere is passages[i]."""

    folder: Path
    manifest: Manifest
    passages: Sequence[Passage]  # PassageRows when loaded: read from disk by row
    vectors: VectorStore  # all-MiniLM-L6-v2
    multilingual: VectorStore  # multilingual-e5-small
    lexical: LexicalIndex
    sentences: SentenceTable  # every passage's sentences and their vectors in both spaces
    coverage: Coverage  # the days some document reports on or some passage records
    symbols: SymbolRows  # rows by their document's symbol and by the symbols they cite
    bridge: WordBridge = field(default_factory=WordBridge.empty)  # the collection's English words in e5's space

    @property
    def walks_graph(self) -> bool:
        """Whether a search walks an approximate graph (HNSW, from 200k passages): tens of
        milliseconds a space at a million, where an exact scan of a small index takes one."""
        return HNSW in self.manifest.index_type

    def search(self, query: np.ndarray, k: int, *, multilingual: bool = False) -> list[tuple[int, float]]:
        """The k nearest passages to one unit query vector: (row, cosine), best first."""
        return (self.multilingual if multilingual else self.vectors).search(query, min(k, len(self.passages)))

    def cosines(self, query: np.ndarray, rows: list[int], *, multilingual: bool = False) -> list[float]:
        """Cosine of the query with the given rows, for candidates a search did not reach."""
        return (self.multilingual if multilingual else self.vectors).cosines(query, rows)


@dataclass(frozen=True)
class StoreChoice:
    """Where a build puts its vectors: FAISS files in the index folder (the default) or Milvus."""

    kind: str = "faiss"  # "faiss" or "milvus"
    milvus_uri: str | None = None  # None: a milvus-lite file beside the index
    index_type: str | None = None  # None: by size (index.vectors.index_type_for)


def build_index(
    passages: list[Passage],
    index_dir: str | Path,
    *,
    encoder: Encoder | None = None,
    multilingual: MultilingualEncoder | None = None,
    sources: dict[str, str] | None = None,
    skipped: dict[str, str] | None = None,
    show_progress: bool = False,
    store: StoreChoice | None = None,
    cache: bool = True,
    settings: str = "",
    sentences: bool = True,
) -> Manifest:
    """Embed passages (cached ones are not encoded again) and write a complete index, then
    swap it in for the live one.

    Example:
        >>> build_index(read_corpus(["corpus/"]).passages, "var/index").passages
        143
    """
    live = Path(index_dir)
    live.parent.mkdir(parents=True, exist_ok=True)
    encoder = encoder or load_encoder()
    multilingual = multilingual or load_multilingual()
    store = store or StoreChoice()
    index_type = store.index_type or index_type_for(len(passages))
    remove_stale_builds(live)
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    building = live.parent / f".{live.name}-{stamp}.partial"
    building.mkdir()
    previous = _previous_manifest(live)
    milvus_uri, collections = "", {}
    try:
        write_passages(building, passages)
        symbol_rows.write(building, passages)
        texts = [p.indexed_text() for p in passages]
        # sentences=False (a BEIR run, the bench at a million passages): an empty sentence table, no vectors
        spans = sentence_table.sentence_spans(passages if sentences else [])
        said = sentence_table.sentence_texts(passages, spans)
        sentence_table.write_spans(building, spans, len(passages))
        del spans
        logger.info("embedding %d passages and their %d sentences", len(passages), len(said))
        client = None
        if store.kind == "milvus":
            from index.milvus import MilvusStore, collection_name, default_uri

            milvus_uri = store.milvus_uri or default_uri(live)
            index_type = f"milvus-{index_type}"  # Milvus FLAT or HNSW, chosen by size as for FAISS
            client = MilvusStore.connect(milvus_uri)
        # one space at a time, so a build holds one space's passage vectors, never both
        for name, model, encode, dim, said_file in (
            (DENSE, encoder.name, encoder.encode, encoder.dim, sentence_table.VECTORS),
            (MULTILINGUAL, multilingual.name, multilingual.encode_passages, multilingual.dim, sentence_table.VECTORS_E5),
        ):
            vectors = _embed_space(texts, said, building / said_file, model, encode, dim, live, cache, show_progress)
            if client is not None:
                collections[name] = collection_name(live, stamp, name.removesuffix(".faiss"))
                MilvusStore.build(client, collections[name], vectors)
            else:
                FaissStore.build(vectors, index_type).save(building / name)
            del vectors
        del said
        logger.info("writing %s", building)
        LexicalIndex.build(texts).save(building)
        Coverage(tuple(covered(passages))).save(building)
        if sentences:  # an index that answers (not a BEIR run or the bench) reads Spanish and French too
            words = collection_words(texts)
            vectors = (embed_cached(words, f"{multilingual.name} words", multilingual.encode_queries, multilingual.dim,
                                    live, show_progress) if cache else multilingual.encode_queries(words))
            logger.info("word bridge: %d words", write_bridge(building, words, vectors))
        manifest = Manifest(
            model=encoder.name,
            multilingual_model=multilingual.name,
            tokenizer=TOKENIZER_VERSION,
            chunker=CHUNKER_VERSION,
            dim=encoder.dim,
            passages=len(passages),
            index_type=index_type,
            sources=dict(sources or {}),
            files=hash_files(building),
            settings=settings,
            skipped=dict(skipped or {}),
            store=store.kind,
            milvus_uri=milvus_uri,
            collections=collections,
            created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
        manifest.write(building)
        done = building.with_name(building.name.removesuffix(".partial"))
        building.rename(done)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        if collections:
            from index.milvus import drop

            drop(milvus_uri, list(collections.values()))
        raise
    logger.info("swapping in %s", done.name)
    _swap_in(done, live)
    if previous is not None and previous.collections and previous.collections != collections:
        from index.milvus import drop

        drop(previous.milvus_uri, list(previous.collections.values()))
    logger.info("index of %d passages at %s", len(passages), live)
    return manifest


def _embed_space(
    texts: list[str], said: list[str], said_file: Path, model: str, encode, dim: int, live: Path, cache: bool,
    show_progress: bool,
) -> np.ndarray:
    """One model's passage vectors (float32, returned) and sentence vectors (float16, written to `said_file`).

    With the cache, passages and sentences go through it in one call, so it keeps exactly
    what this build uses. Without it (the bench at a million passages, where 5M vectors a
    space would be 7.7 GB of float32), sentences are encoded a block at a time into the file.
    """
    if cache:
        both = embed_cached([*texts, *said], model, encode, dim, live, show_progress)
        sentence_table.write_vectors(said_file, both[len(texts) :])
        return np.ascontiguousarray(both[: len(texts)])
    sentence_table.write_encoded(said_file, said, encode, dim)
    return np.ascontiguousarray(encode(texts), dtype=np.float32).reshape(len(texts), dim)


def embed_cached(texts: list[str], model: str, encode, dim: int, live: Path, show_progress: bool) -> np.ndarray:
    """Vectors for texts by one model: from the cache beside the index, encoding only what it lacks."""
    store = EmbeddingCache(cache_dir(live), model)
    vectors, encoded = store.embed(texts, encode, dim=dim, desc=model.split(" ")[0], show_progress=show_progress)
    logger.info("%s: %d of %d texts encoded, the rest from the cache", model, encoded, len(texts))
    store.compact(texts)
    return vectors


def _previous_manifest(live: Path) -> Manifest | None:
    try:
        return Manifest.read(live)
    except (HelpdeskError, OSError):
        return None


def _swap_in(built: Path, live: Path) -> None:
    """Point `live` at `built` with one rename; then remove what it pointed at before."""
    previous = live.resolve() if live.is_symlink() else None
    if live.exists() and not live.is_symlink():  # an index from before symlinks: move it aside
        live.rename(live.parent / f".{live.name}-{time.strftime('%Y%m%d-%H%M%S')}-old")
        previous = None
    link = live.parent / f".{live.name}.link-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(built.name)
    os.replace(link, live)
    if previous is not None and previous != built.resolve() and previous.exists():
        shutil.rmtree(previous, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_builds(live: Path) -> list[Path]:
    """Remove what an ingest killed mid-way left beside `live`: its half build, its built but
    never swapped folder, its link in the making. Only leftovers of dead processes go, and
    never the folder `live` points at, so a concurrent ingest is not disturbed."""
    pattern = re.compile(rf"^\.{re.escape(live.name)}(?:-\d{{8}}-\d{{6}}-|\.link-)(\d+)(?:-\d+)?(?:\.partial)?$")
    current = live.resolve() if live.is_symlink() else None
    removed = []
    for path in live.parent.iterdir() if live.parent.is_dir() else ():
        m = pattern.match(path.name)
        if not m or _pid_alive(int(m[1])) or (current is not None and path.resolve() == current):
            continue
        if path.is_symlink() or path.is_file():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    if removed:
        logger.info("removed %d leftovers of interrupted builds beside %s", len(removed), live)
    return removed


def load_index(index_dir: str | Path, *, model: str) -> DenseIndex:
    """Load and verify an index; IndexStale or IndexMissing name the command that fixes it."""
    folder = Path(index_dir)
    manifest = Manifest.read(folder)
    check(manifest, folder, model=model, chunker=CHUNKER_VERSION, tokenizer=TOKENIZER_VERSION)
    passages = PassageRows.open(folder)
    vectors, multilingual = _open_spaces(folder, manifest)
    lexical = LexicalIndex.load(folder)
    counts = {vectors.ntotal, multilingual.ntotal, lexical.size, len(passages), manifest.passages}
    if len(counts) != 1:
        raise IndexStale(
            f"{folder} holds {vectors.ntotal}/{multilingual.ntotal}/{lexical.size} vectors and term rows for "
            f"{len(passages)} passages; run `helpdesk ingest --index {folder}` to rebuild it."
        )
    return DenseIndex(folder, manifest, passages, vectors, multilingual, lexical, SentenceTable.load(folder, len(passages)),
                      Coverage.load(folder), SymbolRows.load(folder), WordBridge.load(folder))


def _open_spaces(folder: Path, manifest: Manifest) -> tuple[VectorStore, VectorStore]:
    """The two vector spaces, from FAISS files or from the Milvus collections the manifest names."""
    if manifest.store != "milvus":
        return FaissStore.load(folder / DENSE), FaissStore.load(folder / MULTILINGUAL)
    from index.milvus import MilvusStore

    client = MilvusStore.connect(manifest.milvus_uri)
    missing = [c for c in manifest.collections.values() if not client.has_collection(c)]
    if missing or set(manifest.collections) != {DENSE, MULTILINGUAL}:
        raise IndexStale(
            f"{folder} names Milvus collections {', '.join(missing) or '(none)'} that {manifest.milvus_uri} does "
            f"not have; run `helpdesk ingest --index {folder} --store milvus` to rebuild it."
        )
    return MilvusStore(client, manifest.collections[DENSE]), MilvusStore(client, manifest.collections[MULTILINGUAL])


def is_current(index_dir: str | Path, sources: dict[str, str], *, model: str, store: str = "faiss",
               multilingual: str | None = None) -> bool:
    """True when the index was built from exactly these input files by these models (MiniLM's, and
    e5's when named) and chunker, into this kind of vector store."""
    try:
        manifest = Manifest.read(Path(index_dir))
        check(manifest, Path(index_dir), model=model, chunker=CHUNKER_VERSION, tokenizer=TOKENIZER_VERSION)
        if manifest.store != store or (multilingual and manifest.multilingual_model != multilingual):
            return False
    except (HelpdeskError, OSError) as exc:
        logger.info("index needs a build: %s", exc)
        return False
    return manifest.sources == sources
