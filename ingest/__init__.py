"""Ingest: read WTO documents, clean them, find their structure, cut citable passages."""

from ingest.chunk import CHUNKER_VERSION, chunk
from ingest.corpus import CorpusRead, Skipped, read_corpus, read_document
from ingest.errors import BadDocument, HelpdeskError
from ingest.passage import DocMeta, Passage
from ingest.symbols import find_symbols, normalise_symbol, symbol_url

__all__ = [
    "CHUNKER_VERSION", "BadDocument", "CorpusRead", "DocMeta", "HelpdeskError", "Passage", "Skipped", "chunk", "find_symbols",
    "normalise_symbol", "read_corpus", "read_document", "symbol_url",
]
