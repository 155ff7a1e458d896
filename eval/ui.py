"""The app as a person sees it: a served helpdesk, Debian's Chromium driven by Playwright, screenshots and timing.

Used by the browser tests, `make screenshots` and `make bench-ui`; the server is
`eval.load.server.serve`, the one the load tests start. Chromium is the
system one (`/usr/bin/chromium`, installed by `make setup`); Playwright never
downloads a browser of its own here.

Examples:
    python -m eval.ui screenshots --index var/index --out docs
    python -m eval.ui bench --index var/index --runs 5 --json var/bench/ui.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from ingest.errors import HelpdeskError
from eval.load.server import serve

CHROMIUM = Path("/usr/bin/chromium")
# No GPU, no sandbox (root in a container), and nothing that calls home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
WIDTHS = {"phone": 375, "desktop": 1440}
BENCH_QUESTIONS = [
    "What is the Trade4MSMEs Platform?",
    "When was the 2024 annual report adopted?",
    "What did INF/MSME/W/53 propose?",
    "Which Members joined the MSME Group in 2024?",
    "How can small businesses benefit from AEO programmes?",
]


def launch_chromium(playwright):
    """Debian's Chromium, headless; a clear error naming `make setup` when it is missing."""
    if not CHROMIUM.exists():
        raise HelpdeskError(f"no browser at {CHROMIUM}; run `make setup` (it installs Debian's chromium)")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def ask_in_page(page, question: str) -> float:
    """Type a question, press Enter, wait for its answer; seconds from Enter to the answer on screen."""
    turns = page.locator("#conversation article.turn")
    before = turns.count()
    box = page.locator("#question textarea, #question input").first
    box.fill(question)
    start = time.perf_counter()
    box.press("Enter")
    turns.nth(before).locator(".answer").wait_for(state="visible")
    return time.perf_counter() - start


def screenshots(url: str, out: Path) -> list[Path]:
    """The Ask tab (an answer with a card open) and the Look-up tab (WT/MIN(24)/9), at 375 and 1440 px."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        for name, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(url)
            ask_in_page(page, "What is the Trade4MSMEs Platform?")
            page.locator("#conversation a.chip").first.click()
            page.locator("#t1-s1 .context > summary").click()  # the neighbouring paragraphs, opened
            page.evaluate("window.scrollTo(0, 0)")
            written.append(out / f"ask-{width}.png")
            page.screenshot(path=str(written[-1]), full_page=True)
            page.get_by_role("tab", name="Look up a document").click()
            page.locator("#symbol textarea, #symbol input").first.fill("WT/MIN(24)/9")
            page.locator("#lookup-button").click()
            page.locator("#report .outline").wait_for()
            page.evaluate("window.scrollTo(0, 0)")
            written.append(out / f"lookup-{width}.png")
            # the card and the start of the outline: two phone screens, one desktop screen
            page.screenshot(path=str(written[-1]), full_page=True, clip={"x": 0, "y": 0, "width": width, "height": 1500})
            page.close()
        browser.close()
    return written


def bench(url: str, *, runs: int = 5) -> dict:
    """Seconds from Enter to the answer on screen, warm (one question asked first), per question and overall."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(url)
        ask_in_page(page, "What is the Trade4MSMEs Platform?")  # warm-up: model, caches, page
        per_question = {q: [] for q in BENCH_QUESTIONS}
        for _ in range(runs):
            for q in BENCH_QUESTIONS:
                per_question[q].append(ask_in_page(page, q))
            page.reload()
            page.locator("#question").wait_for()
        browser.close()
    every = [s for times in per_question.values() for s in times]
    return {
        "runs": runs,
        "questions": {q: {"median_s": statistics.median(t), "max_s": max(t)} for q, t in per_question.items()},
        "median_s": statistics.median(every),
        "p95_s": sorted(every)[max(0, round(0.95 * len(every)) - 1)],
        "n": len(every),
    }


def main(argv: list[str] | None = None) -> int:
    top = argparse.ArgumentParser(prog="python -m eval.ui", description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", required=True)
    shots = sub.add_parser("screenshots", help="Ask and Look-up tabs at 375 and 1440 px")
    shots.add_argument("--out", default="docs")
    timing = sub.add_parser("bench", help="answer on screen after Enter, warm, in Chromium")
    timing.add_argument("--runs", type=int, default=5)
    timing.add_argument("--json", help="write the result as JSON here")
    for p in (shots, timing):
        p.add_argument("--index", default="var/index")
    args = top.parse_args(argv)
    try:
        with serve(args.index) as served:
            if args.command == "screenshots":
                for path in screenshots(served.url, Path(args.out)):
                    print(path)
                return 0
            result = bench(served.url, runs=args.runs)
    except (HelpdeskError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"answer on screen after Enter (warm, Chromium, {result['runs']} runs, shared 2-core machine)")
    for column in ("question", "median s", "max s"):
        table.add_column(column, justify="left" if column == "question" else "right")
    for q, t in result["questions"].items():
        table.add_row(q, f"{t['median_s']:.3f}", f"{t['max_s']:.3f}")
    table.add_row("all", f"{result['median_s']:.3f}", f"p95 {result['p95_s']:.3f}")
    Console().print(table)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
