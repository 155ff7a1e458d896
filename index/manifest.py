"""The manifest: what built an index, from which sources, and the hash of each file."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.corpus import file_sha256
from index.errors import IndexMissing, IndexStale

FORMAT_VERSION = 4  # 4: passage offsets, symbol maps, sentence starts, exact vectors beside HNSW
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Manifest:
    model: str
    multilingual_model: str
    tokenizer: str
    chunker: str
    dim: int
    passages: int
    index_type: str  # index.vectors: "flat-ip" (exact) or "hnsw-sq8-ip", by collection size
    sources: dict[str, str] = field(default_factory=dict)  # source file -> sha256
    files: dict[str, str] = field(default_factory=dict)  # index file -> sha256
    skipped: dict[str, str] = field(default_factory=dict)  # source file -> why it was left out
    settings: str = ""  # digest of the answering settings packaged when it was built (bot.settings)
    store: str = "faiss"  # where the vectors are: "faiss" files in the folder, or "milvus"
    milvus_uri: str = ""  # store "milvus": a milvus-lite .db file or a server URI
    collections: dict[str, str] = field(default_factory=dict)  # store "milvus": space -> collection
    format: int = FORMAT_VERSION
    created: str = ""

    def write(self, folder: Path) -> None:
        (folder / MANIFEST).write_text(json.dumps(asdict(self), indent=2, sort_keys=True), encoding="utf-8")

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST
        if not path.exists():
            raise IndexMissing(f"no index at {folder}; run `helpdesk ingest --index {folder}` to build one.")
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, TypeError) as exc:
            raise IndexStale(
                f"{path} is unreadable ({exc}); run `helpdesk ingest --index {folder}` to rebuild it."
            ) from exc


def hash_files(folder: Path) -> dict[str, str]:
    """The sha256 of every file an index folder holds, sub-folders too, but the manifest itself."""
    return {
        path.relative_to(folder).as_posix(): file_sha256(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.relative_to(folder).as_posix() != MANIFEST
    }


def check(manifest: Manifest, folder: Path, *, model: str, chunker: str, tokenizer: str) -> None:
    """Raise IndexStale, naming the fix, unless this install can read `folder` as it is."""
    fix = f"run `helpdesk ingest --index {folder}` to rebuild it."
    if manifest.format != FORMAT_VERSION:
        raise IndexStale(f"{folder} has index format {manifest.format}, this install reads {FORMAT_VERSION}; {fix}")
    if manifest.model != model:
        raise IndexStale(f"{folder} was built with {manifest.model}, this install uses {model}; {fix}")
    if manifest.tokenizer != tokenizer:
        raise IndexStale(f"{folder} has terms of tokenizer {manifest.tokenizer}, this install has {tokenizer}; {fix}")
    if manifest.chunker != chunker:
        raise IndexStale(f"{folder} was cut by chunker {manifest.chunker}, this install has {chunker}; {fix}")
    if not manifest.files:
        raise IndexStale(f"{folder}/{MANIFEST} lists no index files to verify; {fix}")
    for name, expected in manifest.files.items():
        path = folder / name
        if not path.exists() or file_sha256(path) != expected:
            raise IndexStale(f"{path} is missing or was changed after the index was built; {fix}")
