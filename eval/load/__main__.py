"""`python -m eval.load`: 50 clients x 20 questions against a real `helpdesk serve`, then an optional soak.

Examples:
    python -m eval.load                          # make load
    python -m eval.load --clients 0 --soak 600   # make soak: 10 minutes, server RSS sampled every 5 s
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

from eval.load.run import gold_questions, run_clients
from eval.load.server import serve

COLUMNS = ("phase", "clients", "requests", "errors", "wall_s", "throughput_per_s", "p50_ms", "p95_ms", "p99_ms",
           "max_ms", "rss_start_mb", "rss_end_mb", "rss_max_mb", "rss_slope_mb_per_min")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.load", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", default="var/index")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients in the load phase (0: skip it)")
    ap.add_argument("--questions", type=int, default=20, help="questions per client in the load phase")
    ap.add_argument("--soak", type=float, default=0, help="seconds of soak after the load phase (0: none)")
    ap.add_argument("--soak-clients", type=int, default=4, help="clients asking without pause during the soak")
    ap.add_argument("--json", default="var/load/load.json", help="write the figures here")
    args = ap.parse_args(argv)

    console = Console()
    questions = gold_questions()
    rows = []
    log = Path(args.json).with_suffix(".server.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    with serve(args.index, log=log) as served:
        server = psutil.Process(served.process.pid)
        console.print(f"helpdesk serve at {served.url} (pid {server.pid}), {psutil.cpu_count()} cores; "
                      f"server log {log}")
        if args.clients:
            phase = run_clients(served.url, server.pid, questions, name="load", clients=args.clients,
                                per_client=args.questions, sample_every_s=1.0)
            rows.append(phase.summary())
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
    for row in rows:
        for sample in row["error_samples"]:
            console.print(f"[red]{row['phase']} error[/red] {sample}", markup=True, highlight=False)
    Path(args.json).write_text(json.dumps({"cores": psutil.cpu_count(), "runs": rows}, indent=2), encoding="utf-8")
    console.print(f"wrote {args.json}")
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
