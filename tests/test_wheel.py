"""A wheel built from the repo, installed in a fresh venv outside the checkout, answers as the
checkout does: the settings travel inside the package, not beside the source.

The fresh venv gets the product's dependencies from this venv's site-packages by a .pth
line (installing torch again would take minutes), but not the `eval` extra's packages and
not the checkout's editable install, so the wheel alone supplies `bot`, `index` and `ingest`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from bot.helpdesk import Helpdesk
from bot.settings import packaged
from eval.metrics import first_hit_rank, precision_recall_f1, recall_at_k
from eval.suites import load_gold
from tests.conftest import ROOT

pytestmark = pytest.mark.model
EXTRA = ("lightgbm", "matplotlib", "mpl_toolkits", "psutil")  # the eval extra, left out of the fresh venv


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The venv's bin folder, with the wheel installed and the product's dependencies linked."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(work / "dist"), str(ROOT)], check=True, cwd=work)
    wheel = next((work / "dist").glob("msme_helpdesk-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, cwd=work)
    ours = Path(sysconfig.get_paths()["purelib"])
    deps = work / "deps"
    deps.mkdir()
    for entry in ours.iterdir():
        name = entry.name.lower()
        if "msme_helpdesk" in name or name.startswith("__editable__") or name.split("-")[0].split(".")[0] in EXTRA:
            continue
        (deps / entry.name).symlink_to(entry)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    return venv / "bin"


def test_the_wheel_carries_the_settings_and_answers_the_test_split_alike(
    installed: Path, helpdesk: Helpdesk, shipped_index: Path, tmp_path: Path
) -> None:
    questions = load_gold(ROOT / "eval" / "gold.jsonl", "test")
    batch = "".join(json.dumps({"id": q.id, "question": q.question}) + "\n" for q in questions)
    run = subprocess.run([str(installed / "helpdesk"), "ask", "--json", "--batch", "--index", str(shipped_index)],
                         input=batch, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert run.returncode == 0, run.stderr
    wheel_answers = {a["id"]: a for a in map(json.loads, run.stdout.splitlines())}
    here = {q.id: helpdesk.ask(q.question, id=q.id).to_dict() for q in questions}
    assert {a["settings"] for a in wheel_answers.values()} == {packaged().digest()}, "the packaged settings answered"
    differ = [i for i in here if _without_timings(here[i]) != _without_timings(wheel_answers[i])]
    assert not differ, f"the wheel answered {len(differ)} test questions otherwise, e.g. {differ[:3]}"
    assert _figures(questions, wheel_answers) == _figures(questions, here)


def test_without_the_eval_extra_its_commands_are_not_offered(installed: Path, tmp_path: Path) -> None:
    helped = subprocess.run([str(installed / "helpdesk"), "--help"], capture_output=True, text=True, cwd=tmp_path)
    assert helped.returncode == 0
    assert "{ingest,ask,serve,lookup}" in helped.stdout, "only the product's commands are offered"
    asked = subprocess.run([str(installed / "helpdesk"), "eval", "--split", "test"], capture_output=True, text=True,
                           cwd=tmp_path)
    assert asked.returncode == 1 and "msme-helpdesk[eval]" in asked.stderr and "Traceback" not in asked.stderr


def _without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def _figures(questions, answers: dict[str, dict]) -> tuple[float, float, float | None]:
    """Recall@1, Recall@5 and abstention F1 of a set of JSON answers."""
    ranks = [first_hit_rank(set(q.answers), [(c["doc_id"], c["para"], c["annex"]) for c in answers[q.id]["citations"]])
             for q in questions if q.answerable]
    _, _, f1 = precision_recall_f1([answers[q.id]["abstained"] for q in questions], [not q.answerable for q in questions])
    return recall_at_k(ranks, 1), recall_at_k(ranks, 5), f1
