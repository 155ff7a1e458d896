"""Many clients asking at once, and a long soak: errors, latency percentiles, server memory.

Each client is a gradio_client.Client in its own thread, asking gold questions one after
another through the app's /ask endpoint (the conversation the browser shows), exactly as the browser does; every wait is bounded.
"""

from __future__ import annotations

import json
import statistics
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from gradio_client import Client

REQUEST_TIMEOUT_S = 120.0


@dataclass
class Phase:
    """One run's figures: what a client saw, and what the server's memory did."""

    name: str
    clients: int
    requests: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    rss_mb: list[tuple[float, float]] = field(default_factory=list, repr=False)  # (seconds, MB)

    def summary(self) -> dict:
        lat = sorted(self.latencies_ms)
        rss = [mb for _, mb in self.rss_mb]
        out = {
            "phase": self.name,
            "clients": self.clients,
            "requests": self.requests,
            "errors": self.errors,
            "error_samples": self.error_samples[:5],
            "wall_s": round(self.wall_s, 1),
            "throughput_per_s": round(self.requests / self.wall_s, 2) if self.wall_s else None,
            "p50_ms": round(_pct(lat, 50), 1) if lat else None,
            "p95_ms": round(_pct(lat, 95), 1) if lat else None,
            "p99_ms": round(_pct(lat, 99), 1) if lat else None,
            "max_ms": round(lat[-1], 1) if lat else None,
        }
        if rss:
            out.update(rss_start_mb=round(rss[0], 1), rss_end_mb=round(rss[-1], 1), rss_max_mb=round(max(rss), 1))
            out["rss_slope_mb_per_min"] = _slope_per_min(self.rss_mb)
        return out


def _pct(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile: a value that was observed."""
    rank = max(1, round(q / 100 * len(sorted_values) + 0.5 - 1e-9))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _slope_per_min(samples: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of RSS over time: a leak shows as a steady climb."""
    if len(samples) < 3:
        return None
    slope = statistics.linear_regression([t for t, _ in samples], [mb for _, mb in samples]).slope
    return round(slope * 60, 3)


def gold_questions(path: str | Path = "eval/gold.jsonl") -> list[str]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line)["question"] for line in fh if line.strip()]


def _client(url: str) -> Client:
    """A gradio_client on loopback HTTP. `ssl_verify=False`: gradio_client opens a new httpx client for
    each call, and each would build a TLS context from the CA bundle (measured with py-spy: 69% of
    the load generator's CPU, ~120 ms a request, taken from the two cores the server runs on).
    The server is plain HTTP on 127.0.0.1, so nothing is left unverified."""
    return Client(url, verbose=False, analytics_enabled=False, download_files=False, ssl_verify=False,
                  httpx_kwargs={"timeout": REQUEST_TIMEOUT_S})


def _ask(client: Client, question: str) -> None:
    page, *_ = client.submit(question, api_name="/ask").result(timeout=REQUEST_TIMEOUT_S)
    if 'class="answer' not in page or 'class="answer error' in page:
        raise RuntimeError(f"no answer to {question!r}: {page[-200:]}")


def _sample_rss(pid: int, phase: Phase, stop: threading.Event, every_s: float) -> None:
    proc, start = psutil.Process(pid), time.monotonic()
    while not stop.is_set():
        phase.rss_mb.append((time.monotonic() - start, proc.memory_info().rss / 2**20))
        stop.wait(every_s)


def run_clients(
    url: str,
    server_pid: int,
    questions: list[str],
    *,
    name: str,
    clients: int,
    per_client: int | None = None,
    duration_s: float | None = None,
    sample_every_s: float = 5.0,
) -> Phase:
    """`clients` threads asking in turn: `per_client` questions each, or until `duration_s` is over."""
    phase, lock = Phase(name, clients), threading.Lock()
    connected = [_client(url) for _ in range(clients)]  # connecting is not part of the timed run
    start_line = threading.Barrier(clients + 1)
    stop_sampling = threading.Event()

    def worker(i: int, client: Client) -> None:
        start_line.wait()
        n = 0
        while (per_client is not None and n < per_client) or (
            duration_s is not None and time.monotonic() - started < duration_s
        ):
            question = questions[(i * 7 + n) % len(questions)]
            t0 = time.perf_counter()
            try:
                _ask(client, question)
                ok, problem = True, ""
            except Exception as exc:  # a load run counts every failure, whatever its type
                ok, problem = False, f"{type(exc).__name__}: {exc}"[:200]
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                phase.requests += 1
                if ok:
                    phase.latencies_ms.append(elapsed)
                else:
                    phase.errors += 1
                    phase.error_samples.append(problem)
            n += 1

    threads = [threading.Thread(target=worker, args=(i, c), daemon=True) for i, c in enumerate(connected)]
    for t in threads:
        t.start()
    sampler = threading.Thread(target=_sample_rss, args=(server_pid, phase, stop_sampling, sample_every_s), daemon=True)
    sampler.start()
    started = time.monotonic()
    start_line.wait()
    for t in threads:
        t.join()
    phase.wall_s = time.monotonic() - started
    stop_sampling.set()
    sampler.join()
    for client in connected:
        client.close()
    return phase
