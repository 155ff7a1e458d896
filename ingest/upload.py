"""Take a document a browser user uploads into the corpus folder: checked, safely named, inside it.

The upload panel is off unless `helpdesk serve --allow-upload`; when on, a file must be a PDF
or a text file under the size limit, and it is stored under a name this module makes: no
folder part (`../../etc/passwd.pdf` and `/etc/passwd.pdf` are refused, not cleaned), no hidden
name, no control characters, never over a different document already in the corpus.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ingest.corpus import file_sha256
from ingest.errors import HelpdeskError
from ingest.settings import human_size, max_file_bytes

UPLOAD_SUFFIXES = (".pdf", ".txt")
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.()\- ]+")  # \w is Unicode: "Résumé-2024" keeps its accents


class UploadRefused(HelpdeskError):
    """An upload the helpdesk will not store; the message says why, for the person uploading."""


def safe_name(name: str) -> str:
    """The name an upload is stored under; UploadRefused when the name is a path or hidden.

    Example:
        >>> safe_name("Trade4MSMEs note (final).PDF")
        'Trade4MSMEs note (final).pdf'
    """
    if not name or not name.strip():
        raise UploadRefused("the file has no name")
    if "/" in name or "\\" in name or name.strip() in (".", ".."):
        raise UploadRefused(f"{name!r} is a path, not a file name; upload the file itself")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise UploadRefused(f"{name!r} holds control characters")
    name = unicodedata.normalize("NFC", name.strip())
    if name.startswith("."):
        raise UploadRefused(f"{name!r} is a hidden file name")
    stem, dot, suffix = name.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadRefused(f"{name!r}: only {' and '.join(s[1:].upper() for s in UPLOAD_SUFFIXES)} files can be added")
    stem = re.sub(r"\s+", " ", _UNSAFE.sub("-", stem)).strip(" .-")[: MAX_NAME_CHARS - len(suffix)]
    if not stem or stem.startswith("."):
        raise UploadRefused(f"{name!r} has no usable name before {suffix}")
    return stem + suffix


def _check_content(data_head: bytes, suffix: str, name: str) -> None:
    if suffix == ".pdf" and not data_head.startswith(b"%PDF-"):
        raise UploadRefused(f"{name} is not a PDF (it does not start with %PDF-)")
    if suffix == ".txt" and b"\x00" in data_head:
        raise UploadRefused(f"{name} is not a text file (it holds NUL bytes)")


def store_upload(source: str | Path, name: str, corpus_dir: str | Path, *, max_bytes: int | None = None) -> Path:
    """Copy the uploaded file at `source` into `corpus_dir` as safe_name(`name`); return its path.

    Refuses (UploadRefused) an empty or too large file, a PDF that is not one, a text file
    with NUL bytes, and a name already taken by a different document. The same document
    uploaded twice is stored once.
    """
    source, folder = Path(source), Path(corpus_dir)
    target_name = safe_name(name)
    limit = max_file_bytes() if max_bytes is None else max_bytes
    size = source.stat().st_size
    if size == 0:
        raise UploadRefused(f"{target_name} is empty (0 bytes)")
    if size > limit:
        raise UploadRefused(f"{target_name} is {human_size(size)}; the limit is {human_size(limit)}")
    with source.open("rb") as fh:
        _check_content(fh.read(1 << 16), Path(target_name).suffix, target_name)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / target_name
    if target.resolve().parent != folder.resolve():  # a symlink already in the corpus may point outside it
        raise UploadRefused(f"{name!r} would be stored outside the corpus folder")
    if target.exists():
        if file_sha256(target) == file_sha256(source):
            return target
        raise UploadRefused(f"a different document named {target_name} is already in the corpus; rename the file")
    try:
        dst = target.open("xb")  # "x": never overwrite a file made meanwhile
    except FileExistsError:
        raise UploadRefused(f"a document named {target_name} was added meanwhile; rename the file") from None
    try:
        with source.open("rb") as src, dst:
            while block := src.read(1 << 20):
                dst.write(block)
    except BaseException:
        target.unlink(missing_ok=True)  # a half copy would be read as a damaged document
        raise
    return target
