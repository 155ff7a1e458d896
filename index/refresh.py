"""Bring an index up to date with a corpus: the one ingest path the CLI and the upload panel call."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from index.embed import (MODEL_NAME, Encoder, MultilingualEncoder, load_encoder, multilingual_backend_from_env,
                         multilingual_name)
from index.keep import Kept, keep_previous
from index.store import StoreChoice, build_index, is_current
from ingest.corpus import CorpusRead, input_hashes, read_corpus
from ingest.errors import HelpdeskError

logger = logging.getLogger(__name__)


class NothingReadable(HelpdeskError):
    """No file in the corpus could be read; the live index is left as it was."""

    def __init__(self, message: str, read: CorpusRead) -> None:
        super().__init__(message)
        self.read = read


@dataclass
class Refresh:
    """What an ingest did: the files read, what it kept for unreadable ones, whether it built."""

    read: CorpusRead | None  # None when the index was already current
    kept: list[Kept] = field(default_factory=list)
    built: bool = False
    build_seconds: float = 0.0  # embedding and writing, model load included when it happened here

    @property
    def passages(self) -> int:
        return len(self.read.passages) + sum(len(k.passages) for k in self.kept) if self.read else 0


def refresh_index(
    paths: list[str | Path],
    index_dir: str | Path,
    *,
    encoder: Encoder | None = None,
    multilingual: MultilingualEncoder | None = None,
    force: bool = False,
    max_bytes: int | None = None,
    show_progress: bool = False,
    store: StoreChoice | None = None,
    settings: str = "",
) -> Refresh:
    """Read `paths` and swap in a new index, unless the index is current (and not `force`).

    Raises NothingReadable when no document can be read: the live index is not touched.
    `settings`: the digest of the answering settings, recorded in the manifest.

    Example:
        >>> refresh_index(["corpus"], "var/index", force=True).passages
        143
    """
    inputs = input_hashes(list(paths))
    store = store or StoreChoice()
    e5_name = multilingual.name if multilingual else multilingual_name(multilingual_backend_from_env())
    if not force and is_current(index_dir, inputs, model=encoder.name if encoder else MODEL_NAME, store=store.kind,
                                multilingual=e5_name):
        return Refresh(None)
    logger.info("reading %d files", len(inputs))
    read = read_corpus(list(paths), sources=inputs, max_bytes=max_bytes, show_progress=show_progress)
    if not read.passages:
        raise NothingReadable(
            f"no document in {', '.join(map(str, paths))} could be read; the index at {index_dir} is unchanged.", read
        )
    kept = keep_previous(read, index_dir)
    skipped = {s.path: s.reason for s in read.skipped}
    for k in kept:
        skipped[k.path] = f"{k.reason}; kept its {len(k.passages)} passages from the previous index"
    encoder = encoder or load_encoder()  # loaded after reading: a bad corpus fails fast
    start = time.perf_counter()
    build_index(
        [*read.passages, *(p for k in kept for p in k.passages)],
        index_dir,
        encoder=encoder,
        multilingual=multilingual,
        sources=read.sources,
        skipped=skipped,
        show_progress=show_progress,
        store=store,
        settings=settings,
    )
    return Refresh(read, kept, built=True, build_seconds=time.perf_counter() - start)
