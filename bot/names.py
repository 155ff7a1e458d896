"""The names an English question asks about, and whether an answer says them.

"How many users did the Global Trade Helpdesk have?" lands on the paragraph counting the
Trade4MSMEs platform's users; "What score did the jury give Divasity's proposal?" on one about
other winners. Both answers are near, and both are about something else: the name the
question asks about is nowhere in them. A name here is a run of capitalised words that is not
the question's first word, a month, a weekday, a document symbol or a Ministerial Conference;
only its words that the collection has, and rarely, count ("Group" and "MSME" are in every
paragraph). Spanish and French questions are left out: their names are spelt otherwise in
the English documents (Brasil, Brésil, Brazil).
"""

from __future__ import annotations

import re

from index.lexical import tokenize
from ingest.dates import MONTHS
from ingest.symbols import find_symbols

# A capitalised word, then more joined by nothing or by a short linking word: "Tour de France".
_NAME = re.compile(r"(?<![\w'’/])[A-Z][\w'’&.-]*(?:\s+(?:(?:of|on|and|de|for|the|&)\s+)?[A-Z][\w'’&.-]*)*")
_NOT_NAMES = frozenset([*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i"])
_MEETING = re.compile(r"^mc\d{1,2}$")
RARE_IDF = 2.0  # a word in more than about one paragraph in eight is not what names a thing here
PREFIX = 6  # "Uruguayan" and "Uruguay" share their first six letters: one name


def asked_name_words(question: str, idf: dict[str, float]) -> tuple[str, ...]:
    """The rare words (stemmed, as the lexical index has them) of the names an English question
    uses; `idf` gives the collection's idf of each word it has. A word it lacks is left out: a
    name the documents never print ("the Uruguayan envoy") is a paraphrase as often as a miss,
    and the unknown-word evidence weighs it.

    Example:
        >>> asked_name_words("How many users did the Global Trade Helpdesk have?", {"global": 2.9, "trade": 0.3, "helpdesk": 4.1})
        ('global', 'helpdesk')
    """
    text = question
    for found in reversed(find_symbols(question, lenient=True)):
        text = text[: found.start] + " , " + text[found.end :]
    words: list[str] = []
    for match in _NAME.finditer(text):
        name = match.group(0)
        if match.start() == len(text) - len(text.lstrip(" ¿¡\"'“")):
            name = name.partition(" ")[2]  # the question's first word is capitalised anyway
        for token in tokenize(" ".join(w for w in name.split() if w.lower().strip(".") not in _NOT_NAMES)):
            if not _MEETING.match(token) and not token.isdigit() and idf.get(token, 0.0) >= RARE_IDF:
                words.append(token)
    return tuple(dict.fromkeys(words))


def says_words(words: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether the texts hold every one of the words, a word matching one that starts with the same
    six letters ("uruguayan" and "uruguay")."""
    said = {t for text in texts for t in tokenize(text)}
    prefixes = {t[:PREFIX] for t in said if len(t) >= PREFIX}
    return all(w in said or (len(w) >= PREFIX and w[:PREFIX] in prefixes) for w in words)
