"""The ingest limit a deployment may change: a flag wins, else an environment variable, else the default.

Read at call time, not import time, so a test or a server started with another value sees it.
"""

from __future__ import annotations

import os

from ingest.errors import HelpdeskError

MAX_FILE_MB_ENV = "HELPDESK_MAX_FILE_MB"
DEFAULT_MAX_FILE_MB = 40.0  # a larger file is almost surely not a report: name it, skip it


def _positive(name: str, raw: str | float | int) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise HelpdeskError(f"{name} must be a positive number, got {raw!r}")
    return value


def max_file_bytes(megabytes: float | None = None) -> int:
    """The largest source file ingest or upload accepts, in bytes (MB = 2**20 bytes)."""
    if megabytes is None:
        raw = os.environ.get(MAX_FILE_MB_ENV)
        megabytes = DEFAULT_MAX_FILE_MB if raw is None else _positive(MAX_FILE_MB_ENV, raw)
    return int(_positive("the file size limit", megabytes) * 1024 * 1024)


def human_size(n: int) -> str:
    """`50.0 MB`, `1.0 kB`, `104 bytes`: sizes in messages, in the unit a person reads."""
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    return f"{n / 1024:.1f} kB" if n >= 1024 else f"{n} bytes"
