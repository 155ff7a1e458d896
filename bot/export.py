"""An answer as plain text (to copy) and as Markdown (to download), with its citations and links.

Document text in Markdown is escaped, so a passage holding `[x](javascript:…)` or
`<script>` stays text in whatever renders the file.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import time
from pathlib import Path

from bot.i18n import label
from bot.records import Answer

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as typed: no links, no HTML, no emphasis."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def answer_sentences(answer: Answer) -> list[tuple[str, str]]:
    """(quoted text, citation label) for each quoted citation, in the answer's order."""
    out = []
    for c in answer.citations:
        if c.quoted:
            out.append((" ".join(c.passage.text[a:b].strip() for a, b in c.spans), c.label))
    return out


def _reply(answer: Answer, lang: str) -> str:
    return label("abstain", lang) if answer.abstained else answer.answer


def answer_plain(answer: Answer, lang: str = "en") -> str:
    """The question, the answer with [citations], and each source with its docs.wto.org link."""
    lines = [answer.question, "", _reply(answer, lang), "", label("closest" if answer.abstained else "sources", lang) + ":"]
    for c in answer.citations:
        lines.append(f"[{c.rank}] {c.label}" + (f" {c.passage.url}" if c.passage.url else ""))
    return "\n".join(lines)


def answer_markdown(answer: Answer, lang: str = "en") -> str:
    """A Markdown file: question as heading, answer, sources as a numbered list with quoted passages."""
    lines = [f"# {md_escape(answer.question)}", "", md_escape(_reply(answer, lang)), "",
             f"## {label('closest' if answer.abstained else 'sources', lang)}", ""]
    for c in answer.citations:
        p = c.passage
        name = md_escape(c.label)
        lines.append(f"{c.rank}. [{name}](<{p.url}>)" if p.url else f"{c.rank}. {name}")
        lines.append(f"   {md_escape(p.title)}" + (f" ({p.date})" if p.date else ""))
        lines.append(f"   > {md_escape(p.text)}")
        lines.append("")
    return "\n".join(lines)


def write_markdown(answer: Answer, folder: str | Path, lang: str = "en") -> Path:
    """Write the answer's Markdown as `answer-<id>.md` in `folder` (for the download button)."""
    target = Path(folder) / f"answer-{answer.id or 'latest'}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(answer_markdown(answer, lang), encoding="utf-8")
    return target


class DownloadFolder:
    """Where the app writes each answer's Markdown: a temporary folder, removed when the server
    exits, whose files older than `keep_s` are removed as new ones come (looked at once every
    `every_s`). The app wrote every answer into a folder of its own that nothing removed: 258
    folders, one per server start, after a day of tests here; a server that runs for months
    would fill its disk a few kB an answer."""

    def __init__(self, keep_s: float = 86_400, every_s: float = 600) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="helpdesk-answers-")
        self.path = Path(self._folder.name)
        self.keep_s, self.every_s = keep_s, every_s
        self._pruned = time.monotonic()
        self._lock = threading.Lock()

    def write(self, answer: Answer, lang: str = "en") -> Path:
        self._prune()
        return write_markdown(answer, self.path, lang)

    def _prune(self) -> None:
        with self._lock:
            if time.monotonic() - self._pruned < self.every_s:
                return
            self._pruned = time.monotonic()
        oldest = time.time() - self.keep_s
        for entry in os.scandir(self.path):
            try:
                if entry.stat().st_mtime < oldest:
                    os.unlink(entry.path)
            except FileNotFoundError:  # another thread's prune took it
                pass

    def close(self) -> None:
        self._folder.cleanup()
