"""The `helpdesk` command: ingest, ask, serve, eval. Thin: each subcommand calls the library.

Examples:
    helpdesk ingest corpus/
    helpdesk ask "What is the Trade4MSMEs Platform?"
    helpdesk ask --json "What did INF/MSME/W/53 propose?"
    helpdesk ask --json --batch < questions.jsonl > answers.jsonl
    helpdesk lookup "wt/min(24)/9"
    helpdesk lookup --when "10 December 2024"
    helpdesk serve --port 7860
    helpdesk eval --split test
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from ingest.errors import HelpdeskError

logger = logging.getLogger("helpdesk")
DEFAULT_INDEX = "var/index"


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read the corpus and build the index, unless the index is already current."""
    from index import MODEL_NAME, build_index, is_current, load_encoder
    from ingest.corpus import input_hashes, read_corpus
    from rich.table import Table

    console = _console()
    paths = args.paths or ["corpus"]
    inputs = input_hashes(paths)
    if not args.force and is_current(args.index, inputs, model=MODEL_NAME):
        console.print(f"{args.index} is up to date with {', '.join(paths)}.")
        return 0
    show = logging.getLogger().getEffectiveLevel() <= logging.INFO
    start = time.perf_counter()
    read = read_corpus(paths, sources=inputs, show_progress=show)
    table = Table(title="ingest")
    for column in ("file", "cited as", "passages / reason"):
        table.add_column(column, overflow="fold")
    for doc in read.documents:
        count = sum(p.doc_id == doc.doc_id for p in read.passages)
        table.add_row(doc.file, doc.cite_as, str(count))
    for skip in read.skipped:
        table.add_row(Path(skip.path).name, "[red]skipped[/red]", skip.reason)
    console.print(table)
    if not read.passages:
        raise HelpdeskError(f"no document in {', '.join(paths)} could be read; the index at {args.index} is unchanged.")
    encoder = load_encoder()
    built = time.perf_counter()
    build_index(
        read.passages,
        args.index,
        encoder=encoder,
        sources=read.sources,
        skipped={s.path: s.reason for s in read.skipped},
        show_progress=show,
    )
    done = time.perf_counter()
    console.print(
        f"{len(read.documents)} documents, {len(read.passages)} passages, {len(read.skipped)} skipped; "
        f"index at {args.index} ({len(read.passages) / (done - built):.1f} passages/s embedded, "
        f"{done - start:.1f} s in all)."
    )
    return 0


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

    helpdesk = load(args.index)
    if args.batch:
        for line in sys.stdin:
            if not line.strip():
                continue
            print(json.dumps(_batch_answer(helpdesk, line, args.k), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
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

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        logger.warning("serving on %s: anyone who can reach this machine can use the helpdesk", args.host)
    helpdesk = load(args.index)
    print(f"MSME Helpdesk on http://{args.host}:{args.port} (Ctrl+C stops it)", flush=True)
    launch(build_app(helpdesk, feedback_path=args.feedback), host=args.host, port=args.port)
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


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the gold questions: retrieval, citations, abstention, latency."""
    from bot.helpdesk import load
    from eval.run import abstention_sweep, run_eval

    report = run_eval(load(args.index), gold_path=Path(args.gold), split=args.split)
    console = _console()
    console.print(report.table())
    if args.sweep:
        from rich.table import Table

        sweep = Table(title="abstention threshold sweep (top passage cosine)")
        for column in ("threshold", "abstain precision", "abstain recall", "abstain F1", "answerable answered"):
            sweep.add_column(column, justify="right")
        for row in abstention_sweep(report.rows, [t / 100 for t in range(20, 62, 2)]):
            sweep.add_row(*("–" if v is None else f"{v:.2f}" for v in row.values()))
        console.print(sweep)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"wrote {args.json}")
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

    p = add("ask", cmd_ask, "Answer a question with cited passages.", 'helpdesk ask --json "What is the Trade4MSMEs Platform?"')
    p.add_argument("question", nargs="?", help="the question (omit with --batch)")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.add_argument("--batch", action="store_true", help='read JSONL {"id", "question"} from stdin, write JSONL answers')
    p.add_argument("-k", type=int, default=5, help="passages to cite (default 5)")

    p = add("serve", cmd_serve, "Serve the browser app.", "helpdesk serve --port 7860")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--feedback", default="var/feedback.jsonl", help="JSONL file the ratings are appended to (default var/feedback.jsonl)")

    p = add("lookup", cmd_lookup, "Look up a document by symbol, list the documents, or find what happened when.",
            'helpdesk lookup "wt/min(24)/9"   |   helpdesk lookup --when MC13')
    p.add_argument("symbol", nargs="?", help="a symbol in any spelling, a doc id or a title (omit to list the documents)")
    p.add_argument("--when", help='a date, month or meeting: "10 December 2024", "March 2024", "MC13"')
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = add("eval", cmd_eval, "Score the gold questions.", "helpdesk eval --split test --json var/eval/test.json")
    p.add_argument("--gold", default="eval/gold.jsonl")
    p.add_argument("--split", choices=("dev", "test", "all"), default="test")
    p.add_argument("--json", help="write the report as JSON here")
    p.add_argument("--sweep", action="store_true", help="also print abstention metrics for a range of thresholds")
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
    try:
        return args.func(args)
    except HelpdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
