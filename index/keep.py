"""Never lose an indexed document to a bad copy: an unreadable file keeps its last good passages.

The rule: a file that is still in the corpus but cannot be read now (truncated, corrupt,
locked, grown over the size limit) keeps the passages the live index holds for it, and the
ingest summary says so. A file removed from the folder is removed from the index: that is
the user's choice, not a loss. A file skipped as a duplicate keeps nothing: its text is in
the index under the other name.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from index.manifest import Manifest
from index.store import PASSAGES, passage_from_json
from ingest.chunk import CHUNKER_VERSION
from ingest.corpus import CorpusRead, file_sha256
from ingest.errors import HelpdeskError
from ingest.passage import Passage

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Kept:
    """An unreadable file's passages, carried over from the live index."""

    path: str
    reason: str  # why the file cannot be read now
    passages: tuple[Passage, ...]


def keep_previous(read: CorpusRead, index_dir: str | Path) -> list[Kept]:
    """Passages of the live index for each file that was indexed before and is unreadable now."""
    folder = Path(index_dir)
    try:
        manifest = Manifest.read(folder)
        stored = folder / PASSAGES
        if manifest.chunker != CHUNKER_VERSION or file_sha256(stored) != manifest.files.get(PASSAGES):
            logger.info("%s was cut by another chunker or changed: nothing to keep from it", folder)
            return []
        with stored.open(encoding="utf-8") as fh:
            old = [passage_from_json(line) for line in fh if line.strip()]
    except (HelpdeskError, OSError, ValueError) as exc:
        logger.info("no previous index to keep passages from: %s", exc)
        return []
    skipped = {s.path for s in read.skipped}
    read_hashes = {digest for path, digest in read.sources.items() if path not in skipped}
    read_ids = {d.doc_id for d in read.documents}
    kept = []
    for skip in read.skipped:
        doc_id = Path(skip.path).stem
        if skip.path not in manifest.sources or doc_id in read_ids or read.sources.get(skip.path) in read_hashes:
            continue
        passages = tuple(p for p in old if p.doc_id == doc_id)
        if passages:
            logger.warning("%s is unreadable now; keeping its %d passages from the previous index", skip.path, len(passages))
            kept.append(Kept(skip.path, skip.reason, passages))
    return kept
