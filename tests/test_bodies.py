"""The WTO bodies and international organizations a question names, in three languages, and whether an English
text names them."""

from __future__ import annotations

import pytest

from bot.bodies import bodies_named, names_any


@pytest.mark.parametrize(
    ("question", "bodies"),
    [
        ("What did the TRIPS Council decide about MSMEs?", ["TRIPS Council"]),
        ("¿Qué decidió el Comité OTC sobre las pymes?", ["TBT Committee"]),
        ("Qu'a décidé le Comité des marchés publics au sujet des PME ?", ["Committee on Government Procurement"]),
        ("¿Qué dijo el consejo general?", ["General Council"]),  # any case, accents ignored
        ("What did the Trade & Gender group and TESSD hold at MC13?",
         ["Informal Working Group on Trade and Gender", "TESSD"]),
        ("What did the MSME Group decide?", []),  # the Group itself is what every passage is about
        ("How do I get AEO status?", []),
        ("Quand la Banque européenne d'investissement a-t-elle parlé ?", ["European Investment Bank"]),
        ("¿Qué dijo la OMPI sobre las pymes?", ["World Intellectual Property Organization"]),
        ("¿Qué código adoptó el Reino Unido?", []),  # "Unido" is not UNIDO
        ("Is there a bad time to ship, or a bid to win?", []),  # nor "bad" the AfDB's French initials
    ],
)
def test_bodies_named_in_any_language(question: str, bodies: list[str]) -> None:
    assert [b.name for b in bodies_named(question)] == bodies


def test_a_text_names_a_body_by_any_of_its_english_names() -> None:
    trips = bodies_named("Qu'a décidé le Conseil des ADPIC ?")
    assert names_any(trips, "in the context of the Council for TRIPS")
    assert names_any(trips, "the TRIPS  Council discussed it")
    assert not names_any(trips, "the Group discussed intellectual property")
    gender = bodies_named("¿Qué hizo el grupo sobre comercio y género?")
    assert names_any(gender, "with the Informal Working Group on Trade & Gender")
    assert not names_any(gender, "the General Council")
    tbt = bodies_named("What did the TBT Committee tell the Group in October 2024?")
    assert names_any(tbt, "a briefing from the Technical Barriers to Trade (TBT) Committee on its new guide"), (
        "initials after the words they stand for")
    assert not names_any(tbt, "the Sanitary and Phytosanitary (SPS) Committee")


def test_an_organization_is_named_by_its_initials_or_any_spelling_of_its_name() -> None:
    ilo = bodies_named("¿Qué dijo la OIT en el Día de las mipymes?")
    assert names_any(ilo, "UN MSME Day at the International Labor Organization")
    assert names_any(ilo, "the ILO hosted the event")
    assert not names_any(ilo, "the International Trade Centre")
