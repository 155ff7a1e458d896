"""The upload panel: add a PDF/TXT to the corpus from the browser, re-index, answer from it.

Off unless `helpdesk serve --allow-upload`. The checks live in ingest.upload and the build
in index.refresh; this module only wires them to a Gradio accordion. Questions keep being
answered from the previous index while a new one is built; then the new one is swapped in.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from bot.helpdesk import Helpdesk, load
from index.refresh import Refresh, refresh_index
from ingest.errors import HelpdeskError
from ingest.settings import human_size
from ingest.upload import UPLOAD_SUFFIXES, safe_name, store_upload

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class UploadSettings:
    corpus_dir: Path  # where uploads are stored, and what is ingested after each one
    index_dir: Path
    max_bytes: int


class LiveHelpdesk:
    """The helpdesk the app answers from, replaced whole after a re-index.

    A question reads `current` once, so it runs on one index from start to end, old or new.
    """

    def __init__(self, helpdesk: Helpdesk) -> None:
        self.current = helpdesk

    def reload(self, index_dir: Path) -> None:
        self.current = load(index_dir, settings=self.current.settings)


def add_document(live: LiveHelpdesk, settings: UploadSettings, path: str | None, lock: threading.Lock) -> str:
    """Store one uploaded file, re-index the corpus, reload; a one-line result for the person.

    A stored file that ingest then cannot read (a scanned PDF, a damaged one) is removed again,
    so the corpus holds only documents the helpdesk answers from.
    """
    if not path:
        return "Choose a PDF or TXT file first."
    with lock:  # one re-index at a time
        try:
            existed = (settings.corpus_dir / safe_name(Path(path).name)).exists()
            stored = store_upload(path, Path(path).name, settings.corpus_dir, max_bytes=settings.max_bytes)
        except HelpdeskError as exc:
            return f"Not added: {exc}"
        if existed:
            return f"{stored.name} is already in the corpus."
        try:
            done = _reindex(live, settings)
            problem = next((s.reason for s in done.read.skipped if s.path == str(stored)), None)
        except HelpdeskError as exc:
            problem = str(exc)
        if problem is not None:
            stored.unlink()
            return f"Not added: {stored.name}: {problem}"
        live.reload(settings.index_dir)
    count = sum(p.doc_id == stored.stem for p in done.read.passages)
    logger.info("added %s (%d passages)", stored.name, count)
    return f"Added {stored.name}: {count} passages. Questions are now answered from it too."


def _reindex(live: LiveHelpdesk, settings: UploadSettings) -> Refresh:
    # force: the corpus folder changed, and the build path is the one `helpdesk ingest` takes
    return refresh_index(
        [settings.corpus_dir], settings.index_dir, encoder=live.current.retriever.encoder, force=True,
        max_bytes=settings.max_bytes, settings=live.current.settings.digest(),
    )


def add_upload_panel(live: LiveHelpdesk, settings: UploadSettings) -> None:
    """Inside an open gr.Blocks: an accordion with a file picker and an 'Add and re-index' button."""
    lock = threading.Lock()
    with gr.Accordion("Add a document", open=False, elem_id="upload"):
        gr.Markdown(f"PDF or TXT, at most {human_size(settings.max_bytes)}. It is stored in the corpus folder and indexed.")
        file = gr.File(label="Document", file_types=list(UPLOAD_SUFFIXES), file_count="single", type="filepath")
        button = gr.Button("Add and re-index")
        status = gr.Textbox(label="Result", interactive=False)  # plain text: nothing in a file name renders
    button.click(lambda path: add_document(live, settings, path, lock), inputs=file, outputs=status,
                 api_name="upload", concurrency_limit=1)
