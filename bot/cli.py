"""The `helpdesk` command: ingest, ask, serve, lookup. Thin: each subcommand calls the library.

The evaluation commands come from the `eval` extra, as a plugin (entry points in the group
`helpdesk.commands`); without the extra they are not offered.

Examples:
    helpdesk ingest corpus/
    helpdesk ask "What is the Trade4MSMEs Platform?"
    helpdesk ask --json "What did INF/MSME/W/53 propose?"
    helpdesk ask --json --batch < questions.jsonl > answers.jsonl
    helpdesk lookup "wt/min(24)/9"
    helpdesk lookup --when "10 December 2024"
    helpdesk serve --port 7860
    helpdesk ingest corpus/ --store milvus --milvus-uri http://milvus:19530
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time
from pathlib import Path

from importlib.metadata import entry_points

from bot.settings import MAX_QUESTION_CHARS_ENV
from ingest.errors import HelpdeskError
from ingest.settings import MAX_FILE_MB_ENV

QUESTION_LIMIT_HELP = f"refuse longer questions (default ${MAX_QUESTION_CHARS_ENV}, else 1000)"

logger = logging.getLogger("helpdesk")
DEFAULT_INDEX = "var/index"
PLUGINS = "helpdesk.commands"  # entry point group: command name -> module:register(add)
EXTRA_HINT = "pip install 'msme-helpdesk[eval]'"


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read the corpus and build the index, unless the index is already current."""
    from bot.settings import packaged
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
            store=store, settings=packaged().digest(),
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
            "citations": [], "timings_ms": {}, "settings": helpdesk.settings.digest(), "answer_kind": None,
            "reason": None}


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
    # A service manager's or a test harness's SIGTERM stops it as Ctrl+C does: Gradio closes the
    # server and the process exits normally, so the answers' download folder is removed
    signal.signal(signal.SIGTERM, signal.default_int_handler)
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


def load_plugins(add) -> dict[str, str]:
    """Register the commands of every installed plugin; the ones that cannot load, with why."""
    unavailable = {}
    for point in entry_points(group=PLUGINS):
        try:
            point.load()(add)
        except ImportError as exc:
            logger.debug("plugin %s not offered: %s", point.name, exc)
            unavailable[point.name] = str(exc)
    return unavailable


def parser() -> tuple[argparse.ArgumentParser, dict[str, str]]:
    """The parser with the product's commands and the installed plugins'; and the plugins that failed."""
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

    return top, load_plugins(add)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    top, unavailable = parser()
    wanted = next((a for a in argv if not a.startswith("-")), None)
    if wanted in unavailable:
        print(f"error: `helpdesk {wanted}` needs the evaluation extra: {EXTRA_HINT} ({unavailable[wanted]})",
              file=sys.stderr)
        return 1
    args = top.parse_args(argv)
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

    threads.apply("ingest" if args.command == "ingest" or getattr(args, "beir", None) else "serve")
    try:
        return args.func(args)
    except HelpdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
