"""What counts as a question: trimmed, control characters gone, within the length limit."""

from __future__ import annotations

import unicodedata

from bot.records import InvalidQuestion
from bot.settings import Limits

EXAMPLE = "What is the Trade4MSMEs Platform?"


def _printable(ch: str) -> str:
    # Cc: NUL, escape sequences, C1 controls. Format characters (Cf) stay: right-to-left marks
    # and the zero-width joiner inside emoji belong to the text.
    return " " if unicodedata.category(ch) == "Cc" else ch


def check_question(question: str | None, *, limit: int = Limits.max_question_chars) -> str:
    """The question as the bot will run it; InvalidQuestion says why it cannot be asked.

    Whitespace runs collapse to one space and control characters become spaces. A question
    with no letter or digit at all ("???", "🙂") is refused: there is nothing to search for.
    A lone symbol ("WT/MIN(24)/9"), emoji beside words, and right-to-left text are asked.

    Example:
        >>> check_question("  What is\\x00 the\\n Trade4MSMEs Platform? ")
        'What is the Trade4MSMEs Platform?'
    """
    raw = question or ""
    if len(raw) > 4 * limit + 1000:  # do not walk megabytes of pasted text to say it is too long
        raise InvalidQuestion(_too_long(len(raw), limit))
    text = " ".join("".join(map(_printable, raw)).split())
    if not text:
        raise InvalidQuestion(f"Please type a question, for example: {EXAMPLE}")
    if len(text) > limit:
        raise InvalidQuestion(_too_long(len(text), limit))
    if not any(ch.isalnum() for ch in text):
        raise InvalidQuestion(f"Please ask in words, for example: {EXAMPLE}")
    return text


def _too_long(length: int, limit: int) -> str:
    return f"The question is {length:,} characters long; the limit is {limit:,}. Please ask it in fewer words."
