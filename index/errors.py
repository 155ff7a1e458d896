"""Errors of the index on disk; each message names the command that fixes it."""

from ingest.errors import HelpdeskError


class IndexStale(HelpdeskError):
    """The index on disk was built by another model or chunker, or its files changed."""


class IndexMissing(HelpdeskError):
    """No index where one was expected."""
