"""A document named by its order among its kind ("the most recent annual report", "the report before the 2024
one") is read as that document's period: the collection's own documents say which one it is."""

from __future__ import annotations

from datetime import date

import pytest

from bot.latest import document_periods, meeting_of_a_year, next_document_period, ordered_document_period
from ingest.dates import Period
from ingest.passage import Passage


def _passage(doc_id: str, kind: str, period: tuple[str, str] | None, para: str | None = "1.1") -> Passage:
    return Passage(id=f"{doc_id}-{para}", doc_id=doc_id, symbol=None, title=doc_id, cite_as=doc_id, date=None, year=None,
                   para=para, page=1, headings=(), text="The Group met.", mentions=(), kind=kind, period=period)


COLLECTION = [
    _passage("report-2021", "annual report", ("2021-01-01", "2021-12-31")),
    _passage("report-2021", "annual report", ("2021-01-01", "2021-12-31"), para="1.2"),
    _passage("report-2025-draft", "annual report", ("2025-01-01", "2025-12-31")),
    _passage("report-2023", "annual report", ("2023-01-01", "2023-12-31")),
    _passage("summary-2024-03-19", "meeting summary", ("2024-03-19", "2024-03-19")),
    _passage("summary-2023-03-21", "meeting summary", ("2023-03-21", "2023-03-21")),
    _passage("undated-note", "annual report", None),
]


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("According to the most recent annual report, how many Members does the Group have?", Period.year(2025)),
        ("What does the latest MSME Group annual report say about the platform?", Period.year(2025)),
        ("¿Qué dice el último informe anual sobre los miembros?", Period.year(2025)),
        ("Selon le rapport annuel le plus récent, combien de membres compte le Groupe ?", Period.year(2025)),
        ("Which is the oldest annual report in the collection?", Period.year(2021)),
        ("Who spoke according to the latest meeting summary?", Period.day(date(2024, 3, 19))),
        ("¿Quién habló según el resumen de la reunión más antiguo?", Period.day(date(2023, 3, 21))),
    ],
)
def test_the_order_names_the_newest_or_oldest_document_of_the_kind(question: str, period: Period) -> None:
    assert ordered_document_period(question, lambda: document_periods(COLLECTION)) == period


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2023 annual report say?",  # no order: the year asked is the question's own
        "What did the Group decide at its latest meeting?",  # a meeting is no document kind
        "When is the next convening notice due?",  # the kind, but no order
        "What does the latest convening notice say?",  # the order, but the collection holds no notice
    ],
)
def test_no_order_or_no_such_document_names_no_period(question: str) -> None:
    assert ordered_document_period(question, lambda: document_periods(COLLECTION)) is None


def test_each_document_counts_once_from_its_first_passage() -> None:
    periods = document_periods(COLLECTION)
    assert sorted(p.start.year for p in periods["annual report"]) == [2021, 2023, 2025], "undated and repeated rows add none"


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("Dans le rapport annuel qui précède celui de 2025, combien de visites ?", Period.year(2023)),  # no 2024 report
        ("What did the annual report before the 2023 one say?", Period.year(2021)),
        ("¿Qué dice el informe anual posterior al de 2021?", Period.year(2023)),
        ("Who spoke according to the meeting summary following the 2023 one?", Period.day(date(2024, 3, 19))),
    ],
)
def test_a_document_beside_a_year_is_the_next_one_of_its_kind(question: str, period: Period) -> None:
    assert next_document_period(question, lambda: document_periods(COLLECTION)) == period


@pytest.mark.parametrize(
    "question",
    [
        "What happened before 2024?",  # no document named
        "What did the annual report of 2023 say?",  # the year's own report
        "What did the annual report before the 2021 one say?",  # the collection's first: none before it
    ],
)
def test_no_document_beside_the_year_names_no_period(question: str) -> None:
    assert next_document_period(question, lambda: document_periods(COLLECTION)) is None


MEETINGS = [*COLLECTION, _passage("notice-2024-07-01", "convening notice", ("2024-07-01", "2024-07-01"))]


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("¿Quién presidió la reunión de marzo?", None),  # March 2023 and March 2024 alike
        ("¿Podemos asistir a la reunión del 19 de marzo?", None),  # its summary tells of it
        ("Qui va présenter à la réunion du 1er juillet ?", Period.day(date(2024, 7, 1))),
        ("How do I register for the meeting on Monday, 1 July?", Period.day(date(2024, 7, 1))),
        ("Who chaired the 1 July meeting?", Period.day(date(2024, 7, 1))),
        ("quels documents faut il apporter a la reunion du groupe en juillet ?", Period.month(2024, 7)),
        ("¿Quién habló en la reunión de agosto?", None),  # no meeting in August
        ("Who spoke on 1 July?", None),  # a day, not a meeting's
    ],
)
def test_a_meeting_named_without_its_year_is_the_one_the_collection_holds(question: str,
                                                                          period: Period | None) -> None:
    """Session 69: "la reunión del 12 de junio" named no period, and the notice of that meeting came nowhere. A
    meeting a summary tells of is left as it was: the summary, not the notice, says what happened there."""
    assert meeting_of_a_year(question, lambda: document_periods(MEETINGS)) == period
