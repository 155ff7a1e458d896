"""Spanish and French questions reach BM25 through the glossary's English words."""

from __future__ import annotations

import pytest

from bot.glossary import english_words
from index.lexical import tokenize


@pytest.mark.parametrize(
    ("question", "language", "wanted"),
    [
        ("¿Cómo obtiene una PYME el estatus de OEA?", "es", {"sme", "aeo"}),
        ("¿Qué decidió el Grupo en la CM13 sobre el comercio electrónico?", "es", {"group", "mc13", "commerc", "electron"}),
        ("Quelles recommandations sur l'accès au financement ?", "fr", {"recommend", "access", "financ"}),
        ("Qui coordonne le Groupe de travail informel sur les MPME ?", "fr", {"inform", "work", "group", "msme"}),
    ],
)
def test_glossary_adds_the_english_words(question: str, language: str, wanted: set[str]) -> None:
    assert wanted <= set(tokenize(english_words(question, language)))


def test_longest_phrase_wins_and_english_is_left_alone() -> None:
    assert english_words("Les petites et moyennes entreprises", "fr") == "small and medium-sized enterprises"
    assert english_words("How do SMEs get AEO status?", "en") == ""
    assert english_words("réseau", "fr") == english_words("RESEAU", "fr") == "network", "accents and case are ignored"
