"""Errors a user can fix: the CLI prints their message, never a traceback."""


class HelpdeskError(Exception):
    """An error the user can fix; the message says what to do next."""


class BadDocument(HelpdeskError):
    """A source file that cannot be read; ingest names it, skips it and goes on."""
