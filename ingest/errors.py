"""Errors a user can fix: the CLI prints their message, never a traceback."""


class HelpdeskError(Exception):
    """An error the user can fix; the message says what to do next."""


class BadDocument(HelpdeskError):
    """A source file that cannot be read; ingest names it, skips it and goes on."""


class IndexStale(HelpdeskError):
    """The index on disk was built by another model or chunker, or its files changed."""


class IndexMissing(HelpdeskError):
    """No index where one was expected."""


class InvalidQuestion(HelpdeskError):
    """A question the bot will not run: empty, or longer than the limit."""
