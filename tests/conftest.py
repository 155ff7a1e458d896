"""Shared fixtures: the real packaged models, loaded once; the shipped corpus indexed once.

Two tiers: a test that uses the real models (through these fixtures, or by running the CLI or
a server) is marked `model`; `make test-fast` runs the others, with hashing encoders
(tests/fakes.py) where an index is needed but the model is not what is tested.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fpdf import FPDF

from bot.helpdesk import Helpdesk, assemble
from bot.settings import packaged
from index import Encoder, build_index, load_encoder, load_index
from index.embed import MultilingualEncoder, load_multilingual
from ingest import CorpusRead, read_corpus
from tests.fakes import HashingEncoder, HashingMultilingual

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MODEL_FIXTURES = {"encoder", "multilingual", "shipped_index", "helpdesk", "app_url"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs a real model, through any fixture, is in the slow tier."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


def indexed(read: CorpusRead, folder: Path, encoder, multilingual) -> Helpdesk:
    """A helpdesk over the documents read, indexed in `folder` by the real ingest path."""
    build_index(read.passages, folder, encoder=encoder, multilingual=multilingual, sources=read.sources)
    return assemble(load_index(folder, model=encoder.name), encoder=encoder, multilingual=multilingual)


@pytest.fixture(scope="session")
def fake_encoder() -> HashingEncoder:
    return HashingEncoder()


@pytest.fixture(scope="session")
def fake_multilingual() -> HashingMultilingual:
    return HashingMultilingual()


@pytest.fixture(scope="session")
def fake_helpdesk(tmp_path_factory: pytest.TempPathFactory, fake_encoder, fake_multilingual) -> Helpdesk:
    """The shipped corpus indexed with hashing encoders: real passages, look-ups and checks, no model."""
    folder = tmp_path_factory.mktemp("fake") / "index"
    read = read_corpus([CORPUS])
    build_index(read.passages, folder, encoder=fake_encoder, multilingual=fake_multilingual, sources=read.sources)
    return assemble(load_index(folder, model=fake_encoder.name), encoder=fake_encoder, multilingual=fake_multilingual)


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    return load_encoder()


@pytest.fixture(scope="session")
def multilingual() -> MultilingualEncoder:
    return load_multilingual()


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder) -> Path:
    """The shipped corpus, ingested and indexed once for the session (read-only for tests)."""
    folder = tmp_path_factory.mktemp("shipped") / "index"
    read = read_corpus([CORPUS])
    build_index(read.passages, folder, encoder=encoder, sources=read.sources, settings=packaged().digest())
    return folder


@pytest.fixture(scope="session")
def helpdesk(shipped_index: Path, encoder: Encoder, multilingual: MultilingualEncoder) -> Helpdesk:
    return assemble(load_index(shipped_index, model=encoder.name), encoder=encoder, multilingual=multilingual)


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus, for tests that add or break files."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def write_wto_pdf(path: Path, *, symbol: str = "WT/MIN(99)/1", password: str | None = None) -> Path:
    """A two-page PDF laid out like a WTO document: page headers with symbol and `- n -`,
    a section title, numbered paragraphs, a footnote glued to a word, a wrapped docs.wto.org link."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)

    def new_page(number: int) -> None:
        pdf.add_page()
        pdf.set_xy(150, 10)
        pdf.cell(40, 6, symbol, align="R")
        pdf.set_xy(10, 18)
        pdf.cell(190, 6, f"- {number} -", align="C")
        pdf.set_xy(20, 30)

    new_page(1)
    pdf.multi_cell(170, 6, "1  INTRODUCTION")
    pdf.ln(3)
    pdf.multi_cell(170, 6, "1.1.  The Group launched the Export Readiness Toolkit in March 2025 to help small "
                           "firms plan their first export sale (INF/MSME/W/99/Rev.1).1")
    pdf.ln(3)
    pdf.multi_cell(170, 6, "1.2.  Members agreed that the toolkit would be translated into French and Spanish.")
    pdf.set_xy(20, 250)
    pdf.multi_cell(170, 5, "1 The toolkit annex lists the partner agencies.")
    pdf.set_xy(20, 270)
    pdf.multi_cell(170, 5, "https://docs.wto.org/dol2fe/Pages/FE_Search/FE_S_S006.aspx?DataSource=Cat"
                           "&query=@Symbol=%22INF/MSME/W/99%22")
    new_page(2)
    pdf.multi_cell(170, 6, "1.3.  A pilot with twelve cooperatives in the Andes showed that shipping costs "
                           "fell by a third.")
    if password is not None:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="session")
def feedback_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the served app appends ratings."""
    return tmp_path_factory.mktemp("feedback") / "ratings.jsonl"


@pytest.fixture(scope="session")
def app_url(shipped_index: Path, feedback_file: Path) -> Iterator[str]:
    """The real `helpdesk serve` on the shipped index, on a free loopback port, shared by the app tests."""
    from eval.load.server import serve

    with serve(shipped_index, "--feedback", str(feedback_file)) as served:
        yield served.url
