"""Start `helpdesk serve` as a subprocess on a free loopback port, and stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple


class Served(NamedTuple):
    url: str
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(
    index_dir: str | Path, *extra: str, timeout: float = 180, log: Path | None = None, env: dict[str, str] | None = None
) -> Iterator[Served]:
    """`helpdesk serve --index index_dir` on 127.0.0.1; yields once the page answers.

    `env`: variables set for the server only (e.g. HELPDESK_THREADS=legacy for a baseline)."""
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False", **(env or {})}
    out = log.open("w") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--index", str(index_dir), "--port", str(port), *extra],
        stdout=out, stderr=subprocess.STDOUT, env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"helpdesk serve exited with {proc.returncode}" + (f"; see {log}" if log else ""))
            try:
                urllib.request.urlopen(url, timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"helpdesk serve did not answer within {timeout:.0f} s") from None
                time.sleep(0.5)
        yield Served(url, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        if log:
            out.close()
