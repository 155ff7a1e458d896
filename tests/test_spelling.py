"""A long word typed one letter off is read as the collection's word."""

from __future__ import annotations

import pytest

from bot.spelling import OneLetterOff

WORDS = ("newslett", "annual", "replic", "summari", "propos", "platform")


@pytest.mark.parametrize(("typed", "meant"), [
    ("newslet", {"newslett"}),  # a letter left out ("newsleters")
    ("platfform", {"platform"}),  # one typed twice
    ("platfarm", {"platform"}),  # one typed wrong
    ("replac", set()),  # too short to read as "replic": "replaced" is a word no passage has
    ("newsletter", set()),  # two letters off
])
def test_a_typo_is_read_as_the_word_one_letter_away(typed: str, meant: set[str]) -> None:
    assert OneLetterOff(WORDS).typo_of(typed) == meant


def test_two_words_sharing_a_shorter_form_are_not_one_letter_apart() -> None:
    """"manual" and "annual" both lose a letter to "anual"; the abstention takes that as a typo, a search does not."""
    spelling = OneLetterOff(("annual", "annuall"))
    assert spelling.meant("manual") == {"annual"}
    assert spelling.typo_of("manuall") == set()
