"""Document metadata read from the heading block, footnote marks, and the periods a question names.

No model: these run in the fast tier. The PDFs are made here with fpdf2, laid out as WTO
documents are (heading block, page headers, numbered paragraphs, footnotes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF

from ingest import DocMeta, read_corpus
from ingest.clean import clean_page, take_marks
from ingest.dates import Period, asked_months_alone, asked_periods, for_meeting, printed_periods, years_in

REPORT_2022 = [
    "WORLD TRADE ORGANIZATION",
    "INF/MSME/R/35",
    "15 March 2023",
    "(23-1822)          Page: 1/2",
    "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)      Original: English",
    "INFORMAL WORKING GROUP ON MSMES",
    "ANNUAL REPORT 2022",
    "Report by the Coordinator",
    "1  INTRODUCTION",
    "1.1.  The present report describes the activities of the MSME Group in 2022. Four new Members joined,",
    "bringing membership to 95 at the end of 2022.1",
    "1.2.  H.E. Mr Matthew Wilson, Ambassador of Barbados, took over as Coordinator on 1 July 2022 (MC12).",
    "1 The list of Members is in the Annex.",
]


def wto_pdf(path: Path, lines: list[str], *, header: str | None = None) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    if header:
        pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT", align="R")
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def one_document(folder: Path, lines: list[str]) -> DocMeta:
    """The one document a text file of `lines` reads as."""
    (folder / "doc.txt").write_text("\n".join(lines), encoding="utf-8")
    return read_corpus([folder]).documents[0]


def test_heading_block_gives_title_date_kind_and_period(tmp_path: Path) -> None:
    wto_pdf(tmp_path / "r35.pdf", REPORT_2022)
    doc = read_corpus([tmp_path]).documents[0]
    assert doc.symbol == "INF/MSME/R/35"
    assert doc.title == "Informal Working Group on MSMEs — Annual Report 2022", "not 'WORLD TRADE ORGANIZATION'"
    assert doc.date == "2023-03-15", "the date it bears"
    assert (doc.kind, doc.period, doc.year) == ("annual report", ("2022-01-01", "2022-12-31"), 2022), (
        "dated 2023, it reports on 2022")


@pytest.mark.parametrize("convenes", [
    "1.  The Coordinator is convening a meeting of the Group on Thursday, 22 April 2027, in Room W.",
    # the meeting named before its day: the notice was of the day it bears (6 April), so "Which room is the
    # meeting of 22 April in?" was refused as asking of a time after the notice was written
    "1.  The Coordinator is convening the first formal meeting of the Group in 2027 on Thursday, 22 April 2027.",
    "1.  The Coordinator is convening the first formal meeting of the Group in 2027, to be held on Thursday, 22\n"
    "April 2027, in Room W of the Centre William Rappard.",
])
def test_an_airgram_is_the_notice_of_the_meeting_it_convenes(tmp_path: Path, convenes: str) -> None:
    """The Coordinator's airgram convenes a meeting as a convening notice does, under another title: it was a
    "document" of its year, so a question on that day's meeting did not take it for the meeting's notice."""
    airgram = ["WORLD TRADE ORGANIZATION", "INF/MSME/CN/98", "6 April 2027", "(27-2590)     Page: 1/1",
               "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)", "AIRGRAM",
               "From:     The Coordinator of the Informal Working Group on MSMEs",
               "Subject:  Meeting of the Informal Working Group on MSMEs, Thursday, 22 April 2027",
               *convenes.split("\n"),
               "2.  All participants must register by Friday, 16 April 2027."]
    doc = one_document(tmp_path, airgram)
    assert doc.kind == "convening notice" and doc.period == ("2027-04-22", "2027-04-22"), (doc.kind, doc.period)
    assert "22 April 2027" in doc.title


@pytest.mark.parametrize(("kind_line", "lines"), [
    ("Convening Notice", ["MEETING OF THE INFORMAL WORKING GROUP ON MSMES", "THURSDAY, 17 MAY 2046"]),
    ("Convocatoria", ["REUNIÓN DEL GRUPO DE TRABAJO INFORMAL SOBRE LAS MIPYMES", "JUEVES 17 DE MAYO DE 2046"]),
    # session 69: a "document" of 2046 before
    ("Aviso de convocatoria", ["SEGUNDA REUNIÓN FORMAL DE 2046", "JUEVES 17 DE MAYO DE 2046"]),
    ("Aviso de convocación", ["SEGUNDA REUNIÓN FORMAL DE 2046", "JUEVES 17 DE MAYO DE 2046"]),
])
def test_a_notice_named_on_a_line_under_its_title_is_the_notice_of_its_meeting(tmp_path: Path, kind_line: str,
                                                                                lines: list[str]) -> None:
    """"Convening Notice" in small letters under a title naming the meeting, and an agenda "proposed" in other words
    than "items are proposed for the agenda": the notice was a "document" of 2046, not of its meeting's day."""
    notice = ["WORLD TRADE ORGANIZATION", "INF/MSME/CN/124", "30 April 2046", "(46-2890)     Page: 1/1",
              "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)", *lines, kind_line,
              "Note by the Secretariat",
              "1.1.  The second formal meeting of the Group in 2046 will take place on Thursday, 17 May 2046.",
              "2.1.  The following agenda is proposed: Item 1, Adoption of the agenda; Item 2, Other business."]
    doc = one_document(tmp_path, notice)
    assert doc.kind == "convening notice" and doc.period == ("2046-05-17", "2046-05-17"), (doc.kind, doc.period)


def test_layout_lines_leave_the_text_and_a_one_page_notice_has_page_1(tmp_path: Path) -> None:
    notice = ["WORLD TRADE ORGANIZATION", "INF/MSME/CN/27", "4 October 2024", "(24-6612)     Page: 1/1",
              "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)", "CONVENING NOTICE",
              "The next open-ended meeting of the Informal Working Group on MSMEs will be held on Friday, 18",
              "October 2024, in Room D of the Centre William Rappard.",
              "The following items are proposed for the agenda:", "a.  MSME Spotlight", "b.  Other business"]
    (tmp_path / "cn27.txt").write_text("\n".join(notice), encoding="utf-8")
    read = read_corpus([tmp_path])
    doc = read.documents[0]
    assert doc.kind == "convening notice" and doc.period == ("2024-10-18", "2024-10-18"), "the meeting, not the notice"
    assert "18 October 2024" in doc.title
    assert {p.page for p in read.passages} == {1}, "Page: 1/1 numbers the page"
    text = " ".join(p.text for p in read.passages)
    assert "WORLD TRADE ORGANIZATION" not in text and "24-6612" not in text and "Page:" not in text


def test_a_notice_whose_held_phrase_wraps_is_of_its_meeting(tmp_path: Path) -> None:
    """"… les MPME se" / "tiendra le jeudi 23 juin 2061": the layout breaks the phrase saying when the meeting is
    held, and the notice was read as of the meeting whose summary its list of documents names (14 April)."""
    notice = ["ORGANISATION MONDIALE DU COMMERCE", "INF/MSME/CN/146", "17 mai 2061", "(61-3388)     Page: 1/1",
              "Groupe de travail informel sur les micro, petites et moyennes entreprises (MPME)",
              "TROISIÈME RÉUNION FORMELLE DE 2061", "Avis de convocation",
              "1.1.  La troisième réunion formelle de 2061 du Groupe de travail informel sur les MPME se",
              "tiendra le jeudi 23 juin 2061, dans la salle D du Centre William Rappard.",
              "2.1.  Documents : le résumé de la réunion du 14 avril 2061 (INF/MSME/R/240)."]
    doc = one_document(tmp_path, notice)
    assert doc.kind == "convening notice" and doc.period == ("2061-06-23", "2061-06-23"), (doc.kind, doc.period)
    assert doc.title.endswith("meeting of 23 June 2061"), doc.title


def _heading(symbol: str, dated: str, *title: str) -> list[str]:
    return ["WORLD TRADE ORGANIZATION", symbol, dated, "(26-0101)     Page: 1/1",
            "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)", *title]


@pytest.mark.parametrize(
    ("lines", "kind", "period"),
    [
        # a revised notice of a session to come: the day it will be held, not the first notice's date
        (_heading("INF/MSME/W/118/Rev.1", "23 March 2026", "HYBRID INFORMATION SESSION ON SMALL SUPPLIERS",
                  "Note by the Secretariat", "1.1.  This document replaces document INF/MSME/W/118, circulated on 2",
                  "March 2026. The session will be held on Thursday, 30 April 2026, in Room W."),
         "event report", ("2026-04-30", "2026-04-30")),
        # a note dated in 2023 on the reviews of 2019-2022; a note dated February 2026 on 2025's use
        (_heading("INF/MSME/W/112", "20 March 2023", "MSME-RELATED MEASURES IN TRADE POLICY REVIEWS, 2019-2022",
                  "Note by the Secretariat", "1.1.  This note counts the measures recorded in the reviews."),
         "document", ("2019-01-01", "2022-12-31")),
        (_heading("INF/MSME/W/91", "10 February 2026", "VISITS TO THE TRADE4MSMES PLATFORM IN 2025",
                  "Note by the Secretariat", "1.1.  This note reports on the use of the Platform."),
         "document", ("2025-01-01", "2025-12-31")),
        # a plan for the next year, proposed in December: of the year it plans, not of the year it is dated in
        (_heading("INF/MSME/W/134", "10 December 2025", "WORK PLAN OF THE INFORMAL WORKING GROUP ON MSMES FOR 2026",
                  "Proposal by the Coordinator", "1.1.  This plan sets out the Group's work in 2026."),
         "proposal", ("2026-01-01", "2026-12-31")),
        # minutes are a meeting's own account, as a summary is: of the meeting's day, not of their year
        (_heading("INF/MSME/R/14", "6 November 2020", "MINUTES OF THE MEETING OF 21 OCTOBER 2020",
                  "Note by the Secretariat", "1.1.  The meeting was chaired by the Coordinator of the Group."),
         "meeting summary", ("2020-10-21", "2020-10-21")),
    ],
)
def test_a_document_reports_on_what_its_title_or_opening_names(tmp_path: Path, lines: list[str], kind: str,
                                                               period: tuple[str, str]) -> None:
    (tmp_path / "doc.txt").write_text("\n".join(lines), encoding="utf-8")
    doc = read_corpus([tmp_path]).documents[0]
    assert (doc.kind, doc.period) == (kind, period)


def _heading_in(symbol: str, dated: str, body: str, *title: str) -> list[str]:
    return ["ORGANIZACIÓN MUNDIAL DEL COMERCIO", symbol, dated, "(32-0101)     Página: 1/1", body, *title]


@pytest.mark.parametrize(
    ("lines", "kind", "period"),
    [
        # a French airgram convenes the meeting of the day it names, not of the Journée des MPME it also announces
        (_heading_in("INF/MSME/CN/103", "21 mai 2032", "Groupe de travail informel sur les MPME", "AÉROGRAMME",
                     "1.  Le Coordonnateur convoque une réunion formelle du Groupe le jeudi 17 juin 2032, dans la",
                     "salle S4.", "2.  La Journée des MPME se tiendra le lundi 28 juin 2032."),
         "convening notice", ("2032-06-17", "2032-06-17")),
        (_heading_in("INF/MSME/CN/90", "2 de mayo de 2030", "Grupo de Trabajo Informal sobre las MIPYMES", "AEROGRAMA",
                     "1.  El Coordinador convoca una reunión del Grupo el miércoles 15 de mayo de 2030, en la Sala E."),
         "convening notice", ("2030-05-15", "2030-05-15")),
        (_heading_in("INF/MSME/R/90", "4 de junio de 2030", "Grupo de Trabajo Informal sobre las MIPYMES",
                     "RESUMEN DE LA REUNIÓN CELEBRADA EL 15 DE MAYO DE 2030", "Nota de la Secretaría",
                     "1.1.  Presidió la reunión el Coordinador."),
         "meeting summary", ("2030-05-15", "2030-05-15")),
        (_heading_in("INF/MSME/R/35", "15 mars 2023", "Groupe de travail informel sur les MPME", "RAPPORT ANNUEL 2022",
                     "1.1.  Le présent rapport décrit les activités du Groupe en 2022."),
         "annual report", ("2022-01-01", "2022-12-31")),
    ],
)
def test_a_spanish_or_french_version_is_the_same_kind_of_document(tmp_path: Path, lines: list[str], kind: str,
                                                                  period: tuple[str, str]) -> None:
    """A notice, a summary or a report in Spanish or French was a "document" of its year: a question on its
    meeting's day did not find its notice (a French airgram was cited for all of 2032)."""
    (tmp_path / "doc.txt").write_text("\n".join(lines), encoding="utf-8")
    doc = read_corpus([tmp_path]).documents[0]
    assert (doc.kind, doc.period) == (kind, period)


def test_web_style_draft_gets_its_year_and_date(tmp_path: Path) -> None:
    lines = ["INFORMAL WORKING GROUP ON MSMES[1]", "DRAFT", "2025 ANNUAL REPORT", "dated 21 November 2025",
             "1.1. The following draft Annual Report describes the activities of the MSME Group in 2025.",
             "[1] Prepared by the Coordinator."]
    (tmp_path / "draft.txt").write_text("\n".join(lines), encoding="utf-8")
    doc = read_corpus([tmp_path]).documents[0]
    assert doc.title == "Informal Working Group on MSMEs — 2025 Annual Report (draft)"
    assert doc.cite_as == "IWG on MSMEs 2025 Annual Report (draft)", "no symbol: a short title, never an invented one"
    assert doc.date == "2025-11-21" and doc.period == ("2025-01-01", "2025-12-31")


def test_documents_alike_are_cited_apart(tmp_path: Path) -> None:
    for day in ("1 July 2024", "10 December 2024"):
        lines = ["INFORMAL WORKING GROUP ON MSMES", "NOTE ON THE MEETING", f"dated {day}",
                 "1.1. The Group met and discussed trade finance."]
        (tmp_path / f"note-{day.split()[1]}.txt").write_text("\n".join(lines), encoding="utf-8")
    read = read_corpus([tmp_path])
    cited = {d.cite_as for d in read.documents}
    assert len(cited) == 2, f"two documents, two citations: {cited}"
    assert {p.cite_as for p in read.passages} == cited


def test_footnote_marks_after_a_comma_or_a_year_go_and_mc12_stays() -> None:
    page = clean_page(1, "1.1. Members shared information,1 and at the end of 2022.2 they met at MC12.\n"
                         "1 See the Annex.\n2 See document INF/MSME/R/35.", next_footnote=1)
    body, marks = take_marks(" ".join(page.body))
    assert "information, and" in body and "2022. they" in body and "MC12" in body, body
    assert [(body[:at].rsplit(" ", 1)[-1], n) for at, n in marks] == [("information,", 1), ("2022.", 2)], "where each stood"
    assert [n for n, _ in page.footnotes] == [1, 2]


def test_a_rooms_or_groups_code_is_no_footnote_mark_and_marks_stand_in_order() -> None:
    # a made page like a meeting summary's: "Room S2" comes before the paragraph footnote 2 belongs to
    page = clean_page(1, "1.1. The Group met in Room S2 of the Centre, as the G20 had.\n"
                         "1.2. The Secretariat presented the original.1 It was downloaded often.\n"
                         "2.1. Mauritania spoke for the LDC Group.2 Others agreed.\n\n"
                         "1 The guide.\n2 The statement.", next_footnote=1)
    text, marks = take_marks("\n".join(page.body))
    assert "Room S2 of" in text and "G20 had" in text
    assert [(text[:offset].split()[-1], number) for offset, number in marks] == [("original.", 1), ("Group.", 2)]


def test_a_title_that_wraps_runs_on_and_a_blank_line_parts_it_from_the_next(tmp_path: Path) -> None:
    """A title wrapped over two lines was cut in two by a dash ("… Legal Recognition of Electronic — Trade
    Documents"); a blank line parts title and subtitle; a body's name that wraps ("… micro, petites et
    moyennes" / "entreprises (MPME)") is read whole."""
    english = ["WORLD TRADE ORGANIZATION", "INF/MSME/W/199", "24 June 2025",
               "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)", "",
               "PAPERLESS TRADE FOR SMALL BUSINESSES: TOWARDS THE LEGAL RECOGNITION OF ELECTRONIC",
               "TRADE DOCUMENTS", "", "MINISTERIAL DECISION OF 29 FEBRUARY 2024", "",
               "1  INTRODUCTION", "", "1.1.  The Group met and discussed paperless trade."]
    french = ["ORGANISATION MONDIALE DU COMMERCE", "INF/MSME/W/198", "22 avril 2025",
              "Groupe de travail informel sur les micro, petites et moyennes", "entreprises (MPME)", "",
              "PAIEMENTS NUMÉRIQUES TRANSFRONTIÈRES : AIDER LES PETITS EXPORTATEURS À ÊTRE PAYÉS",
              "PLUS VITE ET À MOINDRE COÛT", "", "1  CONTEXTE", "", "1.1.  Le Groupe s'est déjà penché sur la question."]
    (tmp_path / "en.txt").write_text("\n".join(english), encoding="utf-8")
    (tmp_path / "fr.txt").write_text("\n".join(french), encoding="utf-8")
    titles = {d.doc_id: d.title for d in read_corpus([tmp_path]).documents}
    assert titles["en"] == ("Informal Working Group on MSMEs — Paperless Trade for Small Businesses: Towards the Legal "
                            "Recognition of Electronic Trade Documents — Ministerial Decision of 29 February 2024")
    assert titles["fr"] == ("Groupe de travail informel sur les MPME — Paiements Numériques Transfrontières : Aider les "
                            "Petits Exportateurs à Être Payés Plus Vite et à Moindre Coût")


def test_a_decimal_in_a_tables_row_is_no_footnote_mark() -> None:
    """"11.2" in a row of figures lost its "2" to footnote 2 of the page (a helper writing extra10 found it)."""
    page = clean_page(1, "Table 2: Fees (per cent)\n   Kenya        10.7      11.2      9.8\n"
                         "   Ghana        12.1      11.4      11.2\n1.2. Members rose to 94.1\n1 See the Annex.\n"
                         "2 Source: survey.", next_footnote=1)
    body, marks = take_marks("\n".join(page.body))
    assert "10.7      11.2      9.8" in body and "11.4      11.2" in body, body
    assert [(body[:at].rsplit(" ", 1)[-1], n) for at, n in marks] == [("94.", 1)], "a count's full stop keeps its mark"


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("How many Members did the Group have at the end of 2022?", ["2022"]),
        ("¿Qué se discutió en la reunión de marzo de 2023?", ["March 2023"]),
        ("Que s'est-il passé le 19 mars 2024 ?", ["19 March 2024"]),
        ("What happened for MSMEs at MC12?", ["MC12"]),
        ("¿Qué logró el grupo en la CM13?", ["MC13"]),
        ("Qu'a proposé le document WT/MIN(24)/9 ?", []),
        ("What happened at the meeting of July 9, 2025?", ["9 July 2025"]),  # as Americans write a day
        ("What happened on the 1st of July 2024?", ["1 July 2024"]),
        ("After the meeting of 29 Sept 2026, when does the group meet next?", ["29 September 2026"]),  # typed short
        ("What happened in Dec. 2024?", ["December 2024"]),
        ("What did the Group do in 2023-2024?", ["2023", "2024"]),  # as "between 2023 and 2024" reads
        ("¿Qué hizo el Grupo en 2023/24?", ["2023", "2024"]),
        ("What did INF/MSME/W/53/Rev.1 propose?", []),
        ("¿Cuántas consultas respondió la línea de ayuda en 2042?", ["2042"]),  # a year of the 2040s is a year
        # a day or a month in figures, day first unless the month cannot be a month
        ("Quel membre a adhéré au groupe le 28.11.2022 ?", ["28 November 2022"]),
        ("¿Qué miembro se incorporó el 05/06/2023?", ["5 June 2023"]),
        ("What happened at the 11/28/2022 meeting?", ["28 November 2022"]),
        ("le 3.11.22", ["3 November 2022"]),
        ("the meeting on 2024-10-18", ["18 October 2024"]),
        ("la reunión del 2022-06", ["June 2022"]),
        ("1.340 empresas y 12.000.000 de dólares", []),
        # a year told by its Conference
        ("Which projects won in the year MC12 finally took place?", ["2022"]),
        ("¿Quiénes ganaron el concurso el año anterior a la CM13?", ["2023"]),
        ("Combien de réunions le groupe a-t-il tenues l'année de la CM13 ?", ["2024"]),
        ("Two years after MC12, what did Mexico propose?", ["2024"]),
        ("At the Group's last meeting before MC13, who spoke?", ["MC13"]),  # of the Conference, not a year
        # a Conference named by its host city; not a text it adopted
        ("In the year of the Abu Dhabi Ministerial, which Member presented its review?", ["2024"]),
        ("¿Qué proyecto ganó el año de la Ministerial de Abu Dabi?", ["2024"]),
        ("Qu'a préparé le Groupe pour la Conférence ministérielle de Yaoundé ?", ["MC14"]),
        ("What happened the year before the Buenos Aires Ministerial?", ["2016"]),
        ("What is the symbol of the Buenos Aires Joint Ministerial Statement?", []),
        ("¿Qué dice el párrafo 17 de la Declaración Ministerial de Abu Dabi?", []),
    ],
)
def test_periods_a_question_names(question: str, labels: list[str]) -> None:
    assert [p.label for p in asked_periods(question)] == labels


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("How many meetings in the first half of 2023?", ("2023-01-01", "2023-06-30")),
        ("¿Quién convocó las reuniones durante el segundo semestre de 2022?", ("2022-07-01", "2022-12-31")),
        ("Qu'est-ce qui était prévu au quatrième trimestre 2046 ?", ("2046-10-01", "2046-12-31")),
        ("what was planned for Q1 2047?", ("2047-01-01", "2047-03-31")),
        ("En la reunión de otoño de 2021, ¿qué miembro habló?", ("2021-09-01", "2021-11-30")),
        ("Au printemps 2021, qui a parlé ?", ("2021-03-01", "2021-05-31")),
        ("A mediados de 2021, ¿en qué foro?", ("2021-04-01", "2021-09-30")),
    ],
)
def test_a_part_of_a_year_is_its_months(question: str, span: tuple[str, str]) -> None:
    """A half, a quarter, a season or the middle of a year is the months it names, not the whole year, whose every
    paragraph ranked alike by its period. Only where asked for (`parts`): a title's "second half of 2046" still names
    the year its document is of."""
    (period,) = asked_periods(question, parts=True)
    assert (period.start.isoformat(), period.end.isoformat()) == span
    assert [p.days >= 365 for p in asked_periods(question)] == [True]


@pytest.mark.parametrize("question", ["How many Members were there at the end of 2022?", "¿Y a finales de 2022?",
                                      "Combien de membres fin 2022 ?", "What happened in early 2021?"])
def test_the_start_or_end_of_a_year_is_the_year(question: str) -> None:
    """"At the end of 2022" asks what the year's report counts, which says it of the year."""
    assert [p.label for p in asked_periods(question, parts=True)] == [p.label for p in asked_periods(question)]


@pytest.mark.parametrize(("question", "months"), [
    ("¿Qué se trató en la reunión de agosto del grupo?", (8,)),
    ("What presentations did the Group hear at its May meeting?", (5,)),
    ("Combien de liens pour la réunion du 12 mai ?", (5,)),
    ("May I register for the meeting?", ()),  # a verb
    ("What was agreed at the meeting of 12 May 2024?", ()),  # a year given
    ("¿Qué pasó en marzo de 2023?", ()),
])
def test_a_month_named_without_a_year(question: str, months: tuple[int, ...]) -> None:
    """A month alone ("the August meeting") is no period (`asked_periods`); the abstention asks whether the
    collection records a meeting in that month of any year."""
    assert asked_months_alone(question) == months
    assert not months or asked_periods(question) == []


def test_a_ministerial_conference_is_its_days() -> None:
    mc12 = asked_periods("MC12")[0]
    assert (mc12.start, mc12.end) == (date(2022, 6, 12), date(2022, 6, 17))
    assert mc12.overlaps(Period.year(2022)) and not mc12.overlaps(Period.year(2023))


@pytest.mark.parametrize(("text", "years"), [
    ("at about USD 1.6 trillion in 2016.", {2016}),  # a year that ends a sentence is a year
    ("in 2016, and again in 2017", {2016, 2017}),
    ("see WT/MIN(24)/9 and INF/MSME/R/2016", set()),
    ("a rate of 2016.5 per cent", set()),
    ("fell from 58 in 2041 to 27 in 2042", {2041, 2042}),
    ("the 2100 firms", set()),
])
def test_years_a_text_names(text: str, years: set[int]) -> None:
    assert years_in(text) == years


def test_a_workshop_report_is_of_the_day_the_workshop_was_held(tmp_path: Path) -> None:
    """Its report is dated weeks later, and a question on November 2021 is about the workshop's day."""
    lines = ["WORLD TRADE ORGANIZATION", "INF/MSME/R/62", "8 December 2021", "(21-9204)     Page: 1/1",
             "Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)",
             "WORKSHOP ON DIGITAL PAYMENTS FOR MICRO AND SMALL TRADERS", "Report by the Secretariat",
             "1.1.  The workshop was held on Tuesday, 16 November 2021 in Room S2 and online.",
             "1.2.  It followed up on the Declaration adopted on 11 December 2020."]
    (tmp_path / "r62.txt").write_text("\n".join(lines), encoding="utf-8")
    doc = read_corpus([tmp_path]).documents[0]
    assert (doc.kind, doc.period, doc.date) == ("event report", ("2021-11-16", "2021-11-16"), "2021-12-08")


def test_a_title_block_in_capitals_ends_a_sentence_and_acronyms_do_not() -> None:
    from ingest.chunk import is_heading, split_sentences

    text = ("Informal Working Group on MSMEs INFORMAL WORKING GROUP ON MSMES CONVENING NOTICE The Coordinator is "
            "convening a meeting. We met the UN WTO ICC Team at noon.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ["Informal Working Group on MSMEs INFORMAL WORKING GROUP ON MSMES CONVENING NOTICE",
                    "The Coordinator is convening a meeting.", "We met the UN WTO ICC Team at noon."]
    assert [is_heading(s) for s in said] == [True, False, False]
    # a title block that ends in its byline, with no full stop, is one too; a sentence with a name in capitals is not
    assert is_heading("11 December 2019 INFORMAL WORKING GROUP ON MSMES ANNUAL REPORT 2019 Report by the Coordinator")
    assert not is_heading("The ICC-ITC-WTO SMALL BUSINESS CHAMPIONS were announced on MSME Day.")
    # with the accents of a Spanish or French title: its capitals end the title block there too
    text = ("(MIPYMES) PROPUESTA DE UNA HERRAMIENTA DE COBRO Y FACTURACIÓN ELECTRÓNICA PARA MICROEXPORTADORES "
            "Comunicación del Paraguay La comunicación que figura a continuación, de fecha 14 de enero de 2036, se "
            "distribuye.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert [is_heading(s) for s in said] == [True, False], said


def test_a_spanish_or_french_title_before_a_name_ends_no_sentence() -> None:
    from ingest.chunk import split_sentences

    text = ("Presidió la reunión la Coordinadora del Grupo, Excma. Sra. Ingibjörg Sandvik-Oyelowo, Embajadora de "
            "Islandia. El Grupo adoptó el orden del día. La séance est présidée par S.E. M. Koffi Adjovi. Mme. Léa "
            "Martin a pris la parole.")
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said == ["Presidió la reunión la Coordinadora del Grupo, Excma. Sra. Ingibjörg Sandvik-Oyelowo, Embajadora "
                    "de Islandia.", "El Grupo adoptó el orden del día.", "La séance est présidée par S.E. M. Koffi "
                    "Adjovi.", "Mme. Léa Martin a pris la parole."]


def test_days_printed_without_a_year_are_days_of_the_year_given() -> None:
    from ingest.dates import yearless_days

    days = yearless_days("The Group met on 19 March, 1 July and 10 December, and again on 3 June 2025.", 2024)
    assert [p.label for p in days] == ["19 March 2024", "1 July 2024", "10 December 2024"], "3 June 2025 has its year"
    assert yearless_days("on 31 February", 2024) == ()


def test_months_named_without_a_day_or_year_are_months_of_the_year_given() -> None:
    from ingest.dates import Period, yearless_months

    months = yearless_months("Kazakhstan had joined the Group in October; the survey ran until late March 2019.", 2018)
    assert months == (Period.month(2018, 10),), "March 2019 has its year"
    assert yearless_months("a quote on 10 October, the October 2018 meeting", 2018) == ()


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("Según la nota de la Secretaría de marzo de 2023, ¿cuántas medidas se registraron en 2022?", ["March 2023"]),
        ("D'après la note du Secrétariat du 10 février 2026, quelle part des visites ?", ["10 February 2026"]),
        ("In its communication dated 7 March 2022, what did Ecuador propose?", ["7 March 2022"]),
        ("By what date were comments asked on the Coordinator's draft declaration of 20 January 2026?",
         ["20 January 2026"]),
        ("¿Qué dice el proyecto de declaración del 20 de enero de 2026?", ["20 January 2026"]),
        ("What does the report of the meeting of 10 December 2024 say?", []),  # the meeting's day
        ("What did the summary of the meeting of 9 July 2025 say?", []),
        ("What did the Group decide on 10 December 2024?", []),
        # a year alone: the note is of 2023, its figures of 2019-2022 (no document covers 2023)
        ("Avec le mobile money, en combien de jours, d'après le tableau 3 de la note de 2023 ?", ["2023"]),
        ("How many meetings did the Group hold in 2023?", []),
        ("What does the report of the meeting of 2023 say?", []),
        ("Per the Secretariat's 2023 note on payments, what share in 2021?", ["2023"]),
        ("What did the 2023 annual report say?", []),  # of the year it reports on
        # a version or revision dated: "the June 2025 version" is the proposal of that month, not its events
        ("In the June 2025 version of the proposal, what was the budget?", ["June 2025"]),
        ("¿Cuánto costaría según la revisión de septiembre de 2025?", ["September 2025"]),
        ("Que prévoit la version de juin 2025 ?", ["June 2025"]),
        ("What happened in June 2025?", []),
        ("Dans la révision du plan de travail (juillet 2022), quel atelier a été ajouté ?", ["July 2022"]),
        ("What did the Group do (in July 2022)?", []),
        # a day a document was circulated on
        ("La propuesta se distribuyó el 10 de junio de 2024, pero ¿qué fecha lleva la comunicación?", ["10 June 2024"]),
        ("The proposal was circulated on 10 June 2024; what date does it bear?", ["10 June 2024"]),
        ("La proposition a été diffusée le 10 juin 2024 : de quand date la communication ?", ["10 June 2024"]),
        ("What was agreed on 10 June 2024?", []),
    ],
)
def test_the_days_a_question_dates_a_document_by(question: str, labels: list[str]) -> None:
    from ingest.dates import document_dates

    assert [p.label for p in document_dates(question)] == labels


def test_a_month_that_names_a_thing_dates_no_event() -> None:
    """"the December 2020 MSME Package" is a name: a quote about implementing it does not record
    December 2020 ("Which Members joined in 2020?" was answered from one)."""
    from ingest.dates import printed_periods

    assert printed_periods("Members continued to implement the December 2020 MSME Package (INF/MSME/4/Rev.2).") == ()
    assert [p.label for p in printed_periods("In December 2020 Members adopted a package.")] == ["December 2020"]
    assert [p.label for p in printed_periods("It recalled the June 2023 launch of the game.")] == ["June 2023"]
    assert [p.label for p in printed_periods("The Group met on 3 December 2020 MSME Day.")] == ["3 December 2020"]


def test_the_line_under_the_title_says_what_a_document_is_and_its_dated_line_is_read(tmp_path: Path) -> None:
    """A subtitle longer than eight words ("Note on the virtual celebration of 26 June 2020") ended the
    heading block, so its "dated" line was never read: the note had no date and no period."""
    note = ["INFORMAL WORKING GROUP ON MSMES", "MSME DAY 2020", "Note on the virtual celebration of 26 June 2020",
            "dated 3 July 2020", "1 INTRODUCTION", "1.1. The Group marked MSME Day on 27 June 2020 with a webinar."]
    chile = ["WORLD TRADE ORGANIZATION", "INF/MSME/W/15", "24 June 2019",
             "TRADE-RELATED ASPECTS OF MSMES' ACCESS TO FINANCE", "Communication from Chile",
             "1.1. Chile proposes an exchange of experiences on cross-border payments for small firms."]
    (tmp_path / "note.txt").write_text("\n".join(note), encoding="utf-8")
    (tmp_path / "w15.txt").write_text("\n".join(chile), encoding="utf-8")
    docs = {d.doc_id: d for d in read_corpus([tmp_path]).documents}
    day = docs["note"]
    assert (day.date, day.kind, day.period) == ("2020-07-03", "event report", ("2020-06-26", "2020-06-26"))
    assert docs["w15"].kind == "proposal"


GUIDE_ES = [
    "ORGANIZACIÓN MUNDIAL DEL COMERCIO",
    "INF/MSME/W/958",
    "19 de mayo de 2026",
    "(26-3904)          Página: 1/1",
    "Grupo de Trabajo Informal sobre las MIPYME      Original: inglés",
    "GUÍA PARA PEQUEÑAS EMPRESAS",
    "Nota de la Secretaría",
    "1  ¿QUÉ ES UN PUNTO DE CONTACTO?",
    "1.1.  Es una oficina que responde a las preguntas de las pequeñas empresas. Al 30 de abril de 2026,",
    "64 Miembros habían designado uno.",
    "2  ¿CUÁNTO TARDARÁ LA RESPUESTA?",
    "2.1.  La primera reunión de los puntos de contacto se celebró del 17 al 18 de noviembre de 2025.",
    "ANEXO",
    "1  TÉRMINOS UTILIZADOS",
    "Acuse de recibo: mensaje que confirma que se ha recibido la pregunta.",
]


def test_a_spanish_version_gives_its_date_questions_as_headings_and_its_annex(tmp_path: Path) -> None:
    """The WTO issues its documents in Spanish and French too: "19 de mayo de 2026" dates one, a section may be
    titled by a question ("¿CUÁNTO TARDARÁ…?") and the annex is an ANEXO; "Página: 1/1" is layout."""
    wto_pdf(tmp_path / "guia.pdf", GUIDE_ES)
    read = read_corpus([tmp_path])
    doc = read.documents[0]
    assert (doc.date, doc.period) == ("2026-05-19", ("2026-01-01", "2026-12-31"))
    assert doc.title.startswith("Grupo de Trabajo Informal") and "Guía para Pequeñas Empresas" in doc.title
    by_para = {(p.para, p.in_annex): p for p in read.passages}
    assert by_para[("2.1", False)].headings == ("2 ¿CUÁNTO TARDARÁ LA RESPUESTA?",)
    assert by_para[("1", True)].text.startswith("Acuse de recibo"), "the ANEXO's section is an annex section"
    assert not any("Página" in p.text for p in read.passages)
    assert [p.label for p in printed_periods(by_para[("2.1", False)].text)] == ["17 November 2025", "18 November 2025"]


@pytest.mark.parametrize(("text", "labels"), [
    ("le 1er juillet 2025", ["1 July 2025"]),
    ("du 24 au 26 juin 2025", ["24 June 2025", "25 June 2025", "26 June 2025"]),
    ("en mars et octobre 2019", ["March 2019", "October 2019"]),
    ("Al 30 de abril de 2026", ["30 April 2026"]),
    ("de marzo a mayo de 2024", ["March 2024", "May 2024"]),
    ("on 10 December 2024", ["10 December 2024"]),
    ("exportado en 2025", ["2025"]),  # a year that dates an event, as "in 2025" does
    ("depuis 2022", ["2022"]),
    ("la Declaración de 2020", []),
])
def test_dates_printed_in_spanish_and_french(text: str, labels: list[str]) -> None:
    """A Member's communication written in Spanish dates its 2025 figures "en 2025": read as "in 2025" is,
    a question on 2025 was refused as of another period (extra13 x13-041)."""
    assert [p.label for p in printed_periods(text)] == labels


DECISION = [
    "WORLD TRADE ORGANIZATION",
    "WT/MIN(99)/7",
    "3 March 2099",
    "(99-1234)          Page: 1/1",
    "Ministerial Conference      Original: English",
    "DECISION ON SMALL BUSINESS CONTACT POINTS",
    "The Ministerial Conference,",
    "Having regard to the work of the Informal Working Group on MSMEs;",
    "Decides as follows:",
    "1.  Each Member is encouraged to designate a contact point for small businesses by 31 December 2099.",
    "2.  The contact point should answer within ten working days. It should give:",
    "1. the rules that apply; and",
    "3.  The General Council shall review the operation of this Decision in 2101.",
]


def test_a_decision_numbering_its_paragraphs_1_2_3_is_cited_by_them(tmp_path: Path) -> None:
    """A Ministerial decision numbers its operative paragraphs "1.", "2.", with no "1.1."; they were one unnumbered
    block, cited by the title block. A number out of the run ("1." inside ¶2) stays in its paragraph."""
    wto_pdf(tmp_path / "decision.pdf", DECISION)
    read = read_corpus([tmp_path])
    by_para = {p.para: p for p in read.passages}
    assert {"1", "2", "3"} <= set(by_para)
    assert by_para["2"].text.endswith("1. the rules that apply; and")
    assert by_para["3"].text.startswith("The General Council shall review")
    assert read.documents[0].title == "Ministerial Conference — Decision on Small Business Contact Points"


@pytest.mark.parametrize(("question", "prepared"), [
    ("What does the report to MC13 say?", True),
    ("What does the MC13 coordinator's report say?", True),
    ("What are the MC14 deliverables?", True),
    ("What did MC13 decide on MSMEs?", False),
    ("Who reported on MC13's outcome?", False),
    ("By the time of MC13, how many projects had won an award?", True),  # what stood when it met: its report tells
    ("¿Cuántos proyectos habían ganado hasta la CM13?", True),
    ("Au moment de la CM13, combien de bulletins le Groupe avait-il publiés ?", True),
])
def test_what_was_prepared_for_a_conference(question: str, prepared: bool) -> None:
    assert for_meeting(question) is prepared
