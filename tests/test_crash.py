"""Crashes: `helpdesk ingest` killed with SIGKILL mid-run, and index files damaged on disk."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.helpdesk import assemble
from index import load_index
from index.cache import cache_dir
from index.manifest import MANIFEST
from index.store import DENSE, PASSAGES
from index.errors import IndexStale
from tests.conftest import write_wto_pdf

pytestmark = pytest.mark.model  # runs the CLI, a server or ingest with the real models

QUESTIONS = [
    "What did the pilot with cooperatives in the Andes show?",
    "What is the Trade4MSMEs Platform?",
    "When was the Export Readiness Toolkit launched?",
]
# What the ingest logs at -v as it goes, in order; a kill is aimed inside each stage.
STAGES = ["", "reading", "embedding", "writing", "swapping in"]
NOTES = "".join(
    f"1.{n}.  Paragraph {n} of the notes: the Group discussed trade finance, e-commerce and "
    f"standards for small firms in meeting {n} of 2025.\n" for n in range(1, 21)
)  # small on purpose: each ingest takes a few seconds, most of it loading the model
KILLS = 12  # spread evenly over the five stages, delays drawn from the seeded generator
SEED = 20261124


def _answers(index_dir: Path, encoder) -> list[dict]:
    helpdesk = assemble(load_index(index_dir, model=encoder.name), encoder=encoder)
    out = []
    for q in QUESTIONS:
        data = helpdesk.ask(q).to_dict()
        data.pop("timings_ms")
        out.append(data)
    return out


class Ingest:
    """`helpdesk -v ingest --force` as a subprocess, with the time each stage's log line appeared.

    `kill_at=(stage, delay)`: SIGKILL `delay` seconds after `stage` is logged, sent from the
    thread that reads the log, so even a stage of a few milliseconds can be hit.
    """

    def __init__(self, docs: Path, index_dir: Path, kill_at: tuple[str, float] | None = None) -> None:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "300"}
        self.seen: dict[str, float] = {"": 0.0}
        self.kill_at, self.killed_alive = kill_at, False
        self.start = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "-v", "ingest", str(docs), "--index", str(index_dir), "--force"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )
        if kill_at and kill_at[0] == "":
            self._arm()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _arm(self) -> None:
        if self.kill_at[1] < 0.002:  # a thread would start too late for a stage this short
            self._kill()
            return
        timer = threading.Timer(self.kill_at[1], self._kill)
        timer.daemon = True
        timer.start()

    def _kill(self) -> None:
        if self.proc.poll() is None:
            self.killed_alive = True
            os.kill(self.proc.pid, signal.SIGKILL)

    def _read(self) -> None:
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace")
            for stage in STAGES[1:]:
                if stage in line and stage not in self.seen:
                    self.seen[stage] = time.monotonic() - self.start
                    if self.kill_at and self.kill_at[0] == stage:
                        self._arm()
        self.seen["exit"] = time.monotonic() - self.start

    def finish(self) -> int:
        code = self.proc.wait(timeout=300)
        self.reader.join(timeout=30)
        return code

    def last_stage(self) -> str:
        return max((s for s in self.seen if s in STAGES), key=STAGES.index)


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    write_wto_pdf(docs / "toolkit.pdf")
    write_wto_pdf(docs / "second.pdf", symbol="WT/MIN(99)/2")
    (docs / "notes.txt").write_text(NOTES, encoding="utf-8")
    return docs


def test_kill_9_at_random_points_never_breaks_the_index(small_corpus: Path, tmp_path: Path, encoder) -> None:
    index_dir = tmp_path / "var" / "index"
    reference = Ingest(small_corpus, index_dir)
    assert reference.finish() == 0, "the reference ingest completes"
    assert all(stage in reference.seen for stage in STAGES), f"every stage is logged: {reference.seen}"
    ends = [reference.seen[s] for s in STAGES[1:]] + [reference.seen["exit"]]
    length = {stage: max(end - reference.seen[stage], 0.01) for stage, end in zip(STAGES, ends)}
    baseline = _answers(index_dir, encoder)

    rng, landed = random.Random(SEED), []
    for i in range(KILLS):
        aim = STAGES[i % len(STAGES)]
        # writing a small index takes a millisecond or two, the swap a few more
        cap = {"writing": 0.002, "swapping in": 0.05}.get(aim, length[aim])
        delay = rng.uniform(0, 0.6 * min(length[aim], cap))  # stages vary run to run: aim early in each
        if aim in ("", "reading", "embedding"):
            # encode afresh, as the reference did: cached vectors make embedding instant, and the
            # run then ends seconds before a delay drawn from the reference's reading stage
            shutil.rmtree(cache_dir(index_dir), ignore_errors=True)
        run = Ingest(small_corpus, index_dir, kill_at=(aim, delay))
        code = run.finish()
        landed.append((aim or "start-up", run.last_stage() or "start-up", round(delay, 3), run.killed_alive))
        assert code == (-signal.SIGKILL if run.killed_alive else 0)
        assert _answers(index_dir, encoder) == baseline, f"kill {i} in {run.last_stage()!r}: the index answers as before"
    killed = [x for x in landed if x[3]]
    print("\nkill -9 points (aimed at, last stage logged, delay s, killed before exit):", *landed, sep="\n  ")
    assert len(killed) >= 10, f"at least 10 kills landed mid-run: {landed}"
    assert {x[1] for x in killed} >= {"reading", "embedding"}, f"kills spread over the run: {landed}"
    assert {x[1] for x in killed} & {"writing", "swapping in"}, f"some kills land after embedding: {landed}"

    assert main(["ingest", str(small_corpus), "--index", str(index_dir), "--force"]) == 0, "the next ingest completes"
    assert _answers(index_dir, encoder) == baseline
    beside = sorted(p.name for p in index_dir.parent.iterdir() if p != cache_dir(index_dir))
    assert len(beside) == 2 and "index" in beside, f"leftovers of killed builds are removed: {beside}"


# --- damaged index files ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("docs")
    write_wto_pdf(docs / "toolkit.pdf")
    index_dir = tmp_path_factory.mktemp("built") / "index"
    assert main(["ingest", str(docs), "--index", str(index_dir)]) == 0
    return index_dir


@pytest.fixture()
def built(built_once: Path, tmp_path: Path) -> Path:
    """A copy of one built index, for a test to damage."""
    return Path(shutil.copytree(built_once.resolve(), tmp_path / "index"))


def test_manifest_hashes_every_file_the_index_holds(built: Path) -> None:
    manifest = json.loads((built / MANIFEST).read_text())
    on_disk = {p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()} - {MANIFEST}
    assert set(manifest["files"]) == on_disk and {PASSAGES, DENSE} <= on_disk


def _truncate_faiss(folder: Path) -> None:
    data = (folder / DENSE).read_bytes()
    (folder / DENSE).write_bytes(data[: len(data) // 2])


def _edit_passages(folder: Path) -> None:
    text = (folder / PASSAGES).read_text(encoding="utf-8")
    (folder / PASSAGES).write_text(text.replace("Andes", "Alpes", 1), encoding="utf-8")  # same length


def _delete_faiss(folder: Path) -> None:
    (folder / DENSE).unlink()


def _truncate_manifest(folder: Path) -> None:
    data = (folder / MANIFEST).read_bytes()
    (folder / MANIFEST).write_bytes(data[:40])


@pytest.mark.parametrize("damage", [_truncate_faiss, _edit_passages, _delete_faiss, _truncate_manifest])
def test_a_damaged_index_file_is_caught_on_load_with_the_fix(built: Path, encoder, damage, capsys) -> None:
    damage(built.resolve())
    with pytest.raises(IndexStale, match=rf"run `helpdesk ingest --index {built}` to rebuild it"):
        load_index(built, model=encoder.name)
    assert main(["ask", "What is the toolkit?", "--index", str(built)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "helpdesk ingest --index" in err
