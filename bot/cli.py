"""The `helpdesk` command: ingest, ask, serve, eval, calibrate. Thin: each subcommand calls the library.

Examples:
    helpdesk ingest corpus/
    helpdesk ask "What is the Trade4MSMEs Platform?"
    helpdesk ask --json "What did INF/MSME/W/53 propose?"
    helpdesk ask --json --batch < questions.jsonl > answers.jsonl
    helpdesk lookup "wt/min(24)/9"
    helpdesk lookup --when "10 December 2024"
    helpdesk serve --port 7860
    helpdesk eval --split test
    helpdesk eval --ablation --plot docs/ablation.png
    helpdesk eval --beir path/to/scifact --json var/eval/scifact.json
    helpdesk calibrate --split dev
    helpdesk ingest corpus/ --store milvus --milvus-uri http://milvus:19530
    helpdesk bench --sizes 10k,100k,1M --runs 5 --json var/bench/bench.json
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from ingest.errors import HelpdeskError
from ingest.settings import MAX_FILE_MB_ENV, MAX_QUESTION_CHARS_ENV

QUESTION_LIMIT_HELP = f"refuse longer questions (default ${MAX_QUESTION_CHARS_ENV}, else 1000)"

logger = logging.getLogger("helpdesk")
DEFAULT_INDEX = "var/index"


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read the corpus and build the index, unless the index is already current."""
    from index.refresh import NothingReadable, refresh_index
    from index.store import StoreChoice
    from ingest.settings import max_file_bytes

    console = _console()
    paths = args.paths or ["corpus"]
    show = sys.stderr.isatty() or logging.getLogger().getEffectiveLevel() <= logging.INFO
    store = StoreChoice(args.store, args.milvus_uri)
    start = time.perf_counter()
    try:
        done = refresh_index(
            paths, args.index, force=args.force, max_bytes=max_file_bytes(args.max_file_mb), show_progress=show,
            store=store,
        )
    except NothingReadable as exc:
        console.print(_ingest_table(exc.read, []))
        raise
    if done.read is None:
        console.print(f"{args.index} is up to date with {', '.join(paths)}.")
        return 0
    console.print(_ingest_table(done.read, done.kept))
    read = done.read
    console.print(
        f"{len(read.documents)} documents, {len(read.passages)} passages, {len(read.skipped)} skipped"
        f"{f' ({len(done.kept)} kept from the previous index)' if done.kept else ''}; "
        f"index at {args.index} ({done.passages / done.build_seconds:.1f} passages/s embedded, "
        f"{time.perf_counter() - start:.1f} s in all).",
        markup=False,
    )
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


def _ingest_table(read, kept):
    """Each document with its passage count; each skipped file with its reason."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ingest")
    for column in ("file", "cited as", "passages / reason"):
        table.add_column(column, overflow="fold")
    for doc in read.documents:
        count = sum(p.doc_id == doc.doc_id for p in read.passages)
        table.add_row(escape(doc.file), escape(doc.cite_as), str(count))
    kept_by_path = {k.path: k for k in kept}
    for skip in read.skipped:
        if skip.path in kept_by_path:
            status = f"[yellow]kept {len(kept_by_path[skip.path].passages)} old passages[/yellow]"
        else:
            status = "[red]skipped[/red]"
        table.add_row(escape(Path(skip.path).name), status, escape(skip.reason))
    return table


def _print_answer(answer, console) -> None:
    console.print(answer.answer, markup=False)
    heading = "Nearest passages:" if answer.abstained else "Sources:"
    console.print(f"\n{heading}")
    for c in answer.citations:
        console.print(f"[{c.rank}] {c.label}  (score {c.score:.2f})", markup=False)
        if c.passage.url:
            console.print(f"    {c.passage.url}", markup=False, overflow="ignore", crop=False)


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or a JSONL batch from stdin with the model loaded once."""
    from bot.helpdesk import load

    helpdesk = load(args.index, max_question_chars=args.max_question_chars)
    if args.batch:
        for line in sys.stdin:
            if not line.strip():
                continue
            print(json.dumps(_batch_answer(helpdesk, line, args.k), ensure_ascii=False), flush=True)
        return 0
    if args.question is None:  # an empty one is the library's to refuse, with its message
        raise HelpdeskError('ask needs a question: helpdesk ask "What is the Trade4MSMEs Platform?"')
    answer = helpdesk.ask(args.question, k=args.k)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer, _console())
    return 0


def _batch_answer(helpdesk, line: str, k: int) -> dict:
    """One batch line in, one answer out; a bad line gets its reason in `answer`, not a crash."""
    try:
        item = json.loads(line)
        if not isinstance(item, dict):
            raise ValueError("each line must be a JSON object")
    except ValueError as exc:
        item, problem = {}, f"Not a JSON object with a question: {exc}"
    else:
        try:
            return helpdesk.ask(str(item.get("question") or ""), k=k, id=_id(item)).to_dict()
        except HelpdeskError as exc:
            problem = str(exc)
    return {"id": _id(item), "question": item.get("question"), "answer": problem, "abstained": True,
            "citations": [], "timings_ms": {}}


def _id(item: dict) -> str | None:
    return None if item.get("id") is None else str(item["id"])


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the browser app on host:port until interrupted."""
    from bot.app import build_app, launch
    from bot.helpdesk import load
    from bot.upload_ui import UploadSettings
    from ingest.settings import max_file_bytes

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host}: anyone who can reach this machine on port {args.port} "
              "can use the helpdesk" + (" and add documents" if args.allow_upload else ""), file=sys.stderr, flush=True)
    limit = max_file_bytes(args.max_file_mb)
    helpdesk = load(args.index, max_question_chars=args.max_question_chars)
    upload = UploadSettings(Path(args.corpus), Path(args.index), limit) if args.allow_upload else None
    print(f"MSME Helpdesk on http://{args.host}:{args.port} (Ctrl+C stops it)"
          f"{'; uploads to ' + args.corpus + ' are on' if upload else ''}", flush=True)
    app = build_app(helpdesk, upload=upload, feedback_path=args.feedback)
    launch(app, host=args.host, port=args.port, max_file_bytes=limit)
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    """A document by symbol (any spelling), the indexed documents, or what happened on a date or at a meeting."""
    from bot.lookup import documents, lookup
    from bot.when import parse_when, what_happened
    from index import MODEL_NAME, load_index

    passages = load_index(args.index, model=MODEL_NAME).passages  # no model needed: the look-up reads passages
    console = _console()
    if args.when:
        when, records = parse_when(args.when), what_happened(passages, args.when)
        if args.json:
            print(json.dumps({"when": when.describe(), "records": [r.to_dict() for r in records]}, ensure_ascii=False, indent=2))
            return 0
        console.print(f"{len(records)} paragraphs record {when.describe()}:", markup=False)
        for r in records:
            console.print(f"{r.on or '—'}  {r.passage.label()}\n    {r.passage.text}", markup=False)
        return 0
    if not args.symbol:
        docs = documents(passages)
        if args.json:
            print(json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2))
        else:
            for d in docs:
                console.print(f"{d.symbol or '—':<22} {d.doc_id:<32} {d.title}", markup=False)
        return 0
    report = lookup(passages, args.symbol)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    doc = report.document
    if doc is None:
        n = len(report.mentions)
        console.print(f"{report.symbol}: not in the index; {n} mention{'s' if n != 1 else ''} in indexed documents.",
                      markup=False)
    else:
        console.print(f"{doc.symbol or doc.cite_as}: {doc.title} ({doc.date or doc.year or 'no date'}), {doc.passages} passages",
                      markup=False)
    if report.url:
        console.print(report.url, markup=False, overflow="ignore", crop=False)
    heading: tuple[str, ...] = ()
    for e in report.outline:
        for h in e.headings:
            if h not in heading:
                console.print(f"  {h}", markup=False)
        heading = e.headings
        console.print(f"    {'¶' + e.para if e.para else '—'}  {e.opening}", markup=False)
    if doc is not None:
        console.print(f"cites: {', '.join(report.cites) or 'none'}", markup=False)
    console.print(f"cited by: {', '.join(d.symbol or d.cite_as for d in report.cited_by) or 'none'}", markup=False)
    for m in report.mentions:
        console.print(f"  {m.passage.label()}: {m.before}[{m.found}]{m.after}", markup=False)
    return 0


def _write_json(path: str, data: object, console) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    console.print(f"wrote {path}")


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the gold questions (or a BEIR dataset): retrieval, citations, abstention, latency."""
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
    from bot.helpdesk import load

    helpdesk = load(args.index or DEFAULT_INDEX)
    if args.export_beir:
        from eval.beir import write_beir
        from eval.run import load_gold

        write_beir(helpdesk.index.passages, load_gold(Path(args.gold), args.split), Path(args.export_beir))
        console.print(f"wrote the {args.split} questions and the indexed paragraphs as a BEIR folder: {args.export_beir}")
        return 0
    if args.ablation:
        from eval.ablation import markdown, plot, run_ablation, table, write_json

        rows = run_ablation(helpdesk, gold_path=Path(args.gold), split=args.split, runs=args.runs)
        console.print(table(rows))
        print(markdown(rows))  # for README
        if args.json:
            write_json(rows, Path(args.json))
        if args.plot:
            plot(rows, Path(args.plot))
            console.print(f"wrote {args.plot}")
        return 0
    from eval.run import run_eval

    report = run_eval(helpdesk, gold_path=Path(args.gold), split=args.split)
    console.print(report.table())
    if args.json:
        _write_json(args.json, report.to_dict(), console)
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    """Choose fusion, rerank and abstention settings on the dev questions; store them for every index."""
    from bot.helpdesk import load
    from eval.run import load_gold
    from eval.tune import calibrate, write_calibration
    from index.manifest import CALIBRATION

    calibration = calibrate(load(args.index), load_gold(Path(args.gold), args.split))
    console = _console()
    console.print(calibration.to_json())
    console.print(f"{args.split}: MRR@5 {calibration.dev_mrr:.3f}, abstention F1 {calibration.dev_abstain_f1:.3f}")
    write_calibration(calibration, CALIBRATION)
    console.print(f"wrote {CALIBRATION}; the next `helpdesk ingest` records it in the index manifest")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="helpdesk", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = top.add_subparsers(dest="command", required=True)

    def add(name: str, func, help_text: str, example: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=f"{help_text}\n\nExample:\n    {example}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--index", default=DEFAULT_INDEX, help=f"index folder (default {DEFAULT_INDEX})")
        p.set_defaults(func=func)
        return p

    p = add("ingest", cmd_ingest, "Read documents and build the index.", "helpdesk ingest corpus/")
    p.add_argument("paths", nargs="*", help="files or folders (default: corpus)")
    p.add_argument("--force", action="store_true", help="rebuild even if the index is current")
    p.add_argument("--max-file-mb", type=float, help=f"skip larger files (default ${MAX_FILE_MB_ENV}, else 40)")
    p.add_argument("--store", choices=("faiss", "milvus"), default="faiss",
                   help="where vectors live: FAISS files in the index (default) or Milvus")
    p.add_argument("--milvus-uri", help="with --store milvus: a server (http://host:19530) or a milvus-lite .db file "
                                        "(default: INDEX.milvus.db beside the index)")

    p = add("bench", cmd_bench, "Measure ingest, index and answer speed and memory at growing corpus sizes.",
            "helpdesk bench --sizes 10k,100k,1M --runs 5 --json var/bench/bench.json")
    p.add_argument("--sizes", default="10k,100k,1M", help="passages per synthetic corpus (default 10k,100k,1M)")
    p.add_argument("--runs", type=int, default=5, help="runs per measurement; figures are medians (default 5)")
    p.add_argument("--questions", type=int, default=20, help="questions per latency run (default 20)")
    p.add_argument("--json", help="write the rows as JSON here")
    p.add_argument("--plots", help="write latency and memory plots (PNG) into this folder, e.g. docs")
    p.add_argument("--work", help="keep corpora and indexes here (default: a temporary folder)")

    p = add("ask", cmd_ask, "Answer a question with cited passages.", 'helpdesk ask --json "What is the Trade4MSMEs Platform?"')
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.add_argument("--batch", action="store_true", help='read JSONL {"id", "question"} from stdin, write JSONL answers')
    p.add_argument("-k", type=int, default=5, help="passages to cite (default 5)")
    p.add_argument("--max-question-chars", type=int, help=QUESTION_LIMIT_HELP)

    p = add("serve", cmd_serve, "Serve the browser app.", "helpdesk serve --port 7860")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--max-question-chars", type=int, help=QUESTION_LIMIT_HELP)
    p.add_argument("--allow-upload", action="store_true",
                   help="let browser users add PDF/TXT files to --corpus and re-index (off by default)")
    p.add_argument("--corpus", default="corpus", help="folder uploads are stored in and ingested from (default corpus)")
    p.add_argument("--max-file-mb", type=float, help=f"largest upload (default ${MAX_FILE_MB_ENV}, else 40)")
    p.add_argument("--feedback", default="var/feedback.jsonl", help="JSONL file the ratings are appended to (default var/feedback.jsonl)")

    p = add("lookup", cmd_lookup, "Look up a document by symbol, list the documents, or find what happened when.",
            'helpdesk lookup "wt/min(24)/9"   |   helpdesk lookup --when MC13')
    p.add_argument("symbol", nargs="?", help="a symbol in any spelling, a doc id or a title (omit to list the documents)")
    p.add_argument("--when", help='a date, month or meeting: "10 December 2024", "March 2024", "MC13"')
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add("eval", cmd_eval, "Score the gold questions, or a BEIR folder (--beir DIR, its index in --index DIR).",
            "helpdesk eval --split test --json var/eval/test.json")
    p.add_argument("--gold", default="eval/gold.jsonl")
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

    p = add("calibrate", cmd_calibrate, "Choose fusion weights and abstention thresholds on the dev questions.",
            "helpdesk calibrate --split dev")
    p.add_argument("--gold", default="eval/gold.jsonl")
    p.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from rich.console import Console
    from rich.logging import RichHandler

    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(show_path=False, console=Console(stderr=True))],
    )
    if args.command == "ask" and args.batch:
        args.json = True
    from index import threads  # before any encoder loads: the policy is the process's, set once

    threads.apply("ingest" if args.command == "ingest" or (args.command == "eval" and args.beir) else "serve")
    try:
        return args.func(args)
    except HelpdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
