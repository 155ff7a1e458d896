"""The evaluation commands of `helpdesk`: eval, calibrate, bench.

They are a plugin (entry point group `helpdesk.commands`): the product's CLI imports no
`eval` module by name, and offers these commands only when the `eval` extra is installed
(`pip install 'msme-helpdesk[eval]'`). Importing this module checks that extra's packages and
raises ImportError naming what is missing; it imports nothing heavy itself.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from eval.suites import SUITES, TUNED
from ingest.errors import HelpdeskError

DEFAULT_INDEX = "var/index"

EXTRA = ("lightgbm", "matplotlib", "psutil")  # what the `eval` extra adds to the product's dependencies
_missing = [name for name in EXTRA if importlib.util.find_spec(name) is None]
if _missing:
    raise ImportError(f"the eval extra is not installed (missing: {', '.join(_missing)})")

def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _write_json(path: str, data: object, console) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    console.print(f"wrote {path}")


def _suites(args: argparse.Namespace) -> list[str]:
    names = [n.strip() for n in args.suite.split(",") if n.strip()]
    return names


def _helpdesks(args: argparse.Namespace):
    """(suite name, helpdesk) for each suite asked; the shipped suite answers from --index."""
    from eval.suites import open_suite

    for name in _suites(args):
        yield name, open_suite(name, index_dir=Path(args.index or DEFAULT_INDEX) if name == "shipped" else None,
                               show_progress=args.verbose)


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the gold questions (or a BEIR dataset): retrieval, answers, citations, abstention, latency."""
    console = _console()
    if args.beir:
        from eval.beir import run_beir

        folder = Path(args.beir)
        if not (folder / "corpus.jsonl").exists():
            raise HelpdeskError(f"{folder} is not a BEIR folder: corpus.jsonl, queries.jsonl and qrels/test.tsv expected.")
        from eval.beir import markdown

        # --index (or the older --beir-index) names the folder its index is built in; by default
        # var/beir/NAME, never the helpdesk's own index.
        index = args.beir_index or args.index or f"var/beir/{folder.resolve().name}"
        if args.english_only:
            from eval.beir import run_beir_english

            report = run_beir_english(folder, Path(index), show_progress=args.verbose)
        else:
            report = run_beir(folder, Path(index), show_progress=args.verbose)
        built = (f"built in {report.build_s:.0f} s, {report.passages_per_s:.1f} passages/s" if report.build_s
                 else "reused (current)")
        console.print(f"{report.dataset}: {report.queries} queries, {report.documents} documents; index {index} {built}",
                      markup=False)
        print(markdown(report))
        if args.json:
            _write_json(args.json, report.to_dict(), console)
        return 0
    from eval.suites import suite

    if args.export_beir:
        from bot.helpdesk import load
        from eval.beir import write_beir

        write_beir(load(args.index or DEFAULT_INDEX).index.passages, suite("shipped").questions(args.split), Path(args.export_beir))
        console.print(f"wrote the {args.split} questions and the indexed paragraphs as a BEIR folder: {args.export_beir}")
        return 0
    if args.ablation:
        from eval.ablation import markdown, plot, run_ablation, table, write_json

        pairs = [(h, suite(name).questions(args.split)) for name, h in _helpdesks(args)]
        rows = run_ablation(pairs, split=args.split, runs=args.runs)
        console.print(table(rows))
        print(markdown(rows))  # for README
        if args.json:
            write_json(rows, Path(args.json))
        if args.plot:
            plot(rows, Path(args.plot))
            console.print(f"wrote {args.plot}")
        return 0
    from eval.run import Report, run_eval

    report = Report(args.split)
    for name, helpdesk in _helpdesks(args):
        run_eval(helpdesk, suite(name).questions(args.split), split=args.split, report=report,
                 show_progress=args.verbose)
    console.print(report.table())
    print(report.markdown())  # for README
    console.print({"refusals by gold reason": report.reasons()})
    if args.json:
        _write_json(args.json, report.to_dict(), console)
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Choose fusion, rerank, reader and abstention settings on the dev questions; write them into the package."""
    from bot.settings import packaged, source_path
    from eval.suites import suite
    from eval.tune import PARTS, calibrate

    pairs = [(h, suite(name).questions(args.split)) for name, h in _helpdesks(args)]
    calibration = calibrate(pairs, packaged(), tuple(args.part or PARTS))
    console = _console()
    console.print(calibration.settings.to_dict())
    console.print(f"{args.split}: MRR@5 {calibration.dev_mrr:.3f}, answer coverage {calibration.dev_coverage:.3f}, "
                  f"abstention F1 {calibration.dev_abstain_f1:.3f} (cross-validated), "
                  f"answerable refused {calibration.dev_refused:.3f}")
    target = source_path()
    if calibration.forest is not None:  # first the trees, then the settings that name them by digest
        (target.parent / calibration.settings.rerank.forest).write_text(calibration.forest.to_json(), encoding="utf-8")
    target.write_text(calibration.settings.to_json(), encoding="utf-8")
    console.print(f"wrote {target} (settings {calibration.settings.digest()}); answers use it from the next start")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Build synthetic corpora at each size and print how ingest, index and answers scale."""
    from eval.bench.run import markdown, parse_sizes, plot, run_bench, table, write_json

    try:
        sizes = parse_sizes(args.sizes)
    except ValueError as exc:
        raise HelpdeskError(str(exc)) from None
    if args.runs < 1:
        raise HelpdeskError("--runs must be at least 1")
    rows = run_bench(sizes, args.runs, questions=args.questions, work=Path(args.work) if args.work else None)
    _console().print(table(rows))
    print(markdown(rows))  # for README
    if args.json:
        write_json(rows, Path(args.json))
    if args.plots:
        for path in plot(rows, Path(args.plots)):
            print(f"wrote {path}")
    return 0


# Each command is an entry point of its own (pyproject.toml), called with the CLI's
# `add(name, func, help, example)`, so a command that cannot load is named in the error.


def register_eval(add) -> None:
    p = add("eval", cmd_eval, "Score the gold questions, or a BEIR folder (--beir DIR, its index in --index DIR).",
            "helpdesk eval --suite shipped,multiyear --split test --json var/eval/test.json")
    p.add_argument("--suite", default="shipped,multiyear",
                   help=f"gold suites, comma-separated: {', '.join(SUITES)} (the extra suites, shipped2, "
                        "shipped3, shipped4, shipped5 and multiyear2 hold dev questions only, fresh test questions only; "
                        "default shipped,multiyear)")
    p.add_argument("--split", choices=("dev", "test", "all"), default="test")
    p.add_argument("--json", help="write the report as JSON here")
    p.add_argument("--ablation", action="store_true", help="score each retrieval stage in turn")
    p.add_argument("--runs", type=int, default=3, help="runs per ablation stage; latency is their median")
    p.add_argument("--plot", help="with --ablation: write a bar plot (PNG) here")
    p.add_argument("--beir", metavar="DIR", help="score a BEIR-format dataset instead of the gold questions")
    p.add_argument("--beir-index", metavar="DIR", help="same as --index with --beir (kept for old scripts)")
    p.add_argument("--english-only", action="store_true",
                   help="with --beir: English queries consult no e5 vectors, so build none (scored in memory)")
    p.set_defaults(index=None)  # with --beir: default var/beir/NAME, so a BEIR run never replaces var/index
    p.add_argument("--export-beir", metavar="DIR", help="write the gold questions of --split as a BEIR folder")


def register_calibrate(add) -> None:
    p = add("calibrate", cmd_calibrate, "Choose retrieval, reader and abstention settings on the dev questions.",
            "helpdesk calibrate --split dev")
    p.add_argument("--suite", default=",".join(TUNED), help=f"gold suites to tune on (default {','.join(TUNED)})")
    p.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    p.add_argument("--part", action="append", choices=("retrieval", "forest", "reader", "abstention"),
                   help="choose only this part anew, keeping the packaged others (repeatable; default all)")


def register_bench(add) -> None:
    p = add("bench", cmd_bench, "Measure ingest, index and answer speed and memory at growing corpus sizes.",
            "helpdesk bench --sizes 10k,100k,1M --runs 5 --json var/bench/bench.json")
    p.add_argument("--sizes", default="10k,100k,1M", help="passages per synthetic corpus (default 10k,100k,1M)")
    p.add_argument("--runs", type=int, default=5, help="runs per measurement; figures are medians (default 5)")
    p.add_argument("--questions", type=int, default=20, help="questions per latency run (default 20)")
    p.add_argument("--json", help="write the rows as JSON here")
    p.add_argument("--plots", help="write latency and memory plots (PNG) into this folder, e.g. docs")
    p.add_argument("--work", help="keep corpora and indexes here (default: a temporary folder)")
