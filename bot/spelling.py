"""A long word of the collection typed one letter off ("newsleters" for "newsletters"): found, and read as meant.

Users type fast; a typo turns a word the documents have into one no passage has, which BM25 cannot score and the
abstention reads as a sign of another topic. A deletion index finds them, with no dictionary and no model: the
abstention takes any word sharing a one-letter-less form (`meant`); a search reads a word as another only exactly
one insertion, deletion or substitution away (`typo_of`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# A word this long typed one letter off is a typo of the collection's word, not another word: "newslet" (the stem of
# "newsleters") and "newslett"; shorter words one letter apart are often both real ("bound", "found")
MISSPELT_LENGTH = 6
# A word read as the collection's is longer still: "replac" (of "replaced", which no passage has) is not "replic"
CORRECTED_LENGTH = 7


def less_one_letter(word: str) -> tuple[str, ...]:
    """The word without each of its letters in turn."""
    return tuple(word[:i] + word[i + 1:] for i in range(len(word)))


class OneLetterOff:
    """The collection's long words by each of their one-letter-less forms."""

    def __init__(self, words: Iterable[str]) -> None:
        self._by_form: dict[str, set[str]] = {}
        for word in words:
            if len(word) >= MISSPELT_LENGTH and word.isalpha():
                for form in (word, *less_one_letter(word)):
                    self._by_form.setdefault(form, set()).add(word)

    def meant(self, term: str) -> frozenset[str]:
        """The collection's words `term` may be a typo of (none for a short word or one the collection has)."""
        if len(term) < MISSPELT_LENGTH:
            return frozenset()
        return frozenset(w for form in (term, *less_one_letter(term)) for w in self._by_form.get(form, ()) if w != term)

    def typo_of(self, term: str) -> frozenset[str]:
        """The collection's words `term` is one insertion, deletion or substitution away from, for a term of
        `CORRECTED_LENGTH` letters or more: what a search reads it as ("newslet" as "newslett")."""
        if len(term) < CORRECTED_LENGTH:
            return frozenset()
        return frozenset(w for w in self.meant(term) if _one_edit(term, w))


@functools.lru_cache(maxsize=4)
def collection_typos(words: frozenset[str]) -> OneLetterOff:
    """The deletion index of one collection's words, built once: the search and the abstention both read it."""
    return OneLetterOff(words)


def _one_edit(a: str, b: str) -> bool:
    """Whether two words are one insertion, deletion or substitution apart ("manual" and "annual" share the form
    "anual" but are two apart)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and short in less_one_letter(long)
