"""What a document is, read from its own heading block when no catalog says it.

A WTO document opens with a block like::

    WORLD TRADE ORGANIZATION
                                        INF/MSME/R/35
                                        15 March 2023
    (23-1822)                           Page: 1/4
    Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)   Original: English
                     INFORMAL WORKING GROUP ON MSMES
                           ANNUAL REPORT 2022
                        Report by the Coordinator

From it come the title ("Informal Working Group on MSMEs — Annual Report 2022"), the date it
bears, its kind and the period it reports on (the 2022 report is dated 2023 but reports on
2022). Web-page text has a shorter block (`2024 ANNUAL REPORT`, `DRAFT`, `dated 21 November
2025`). What the block does not give is left unknown, never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ingest.dates import Period, asked_periods, dates_in, first_printed_date, meetings_in, years_in
from ingest.symbols import is_symbol_line

# Lines that are layout, not content: the organisation's name, the job number, the page count.
BOILERPLATE = re.compile(
    r"^\s*(?:WORLD TRADE ORGANI[SZ]ATION|ORGANISATION MONDIALE DU COMMERCE|ORGANIZACI[OÓ]N MUNDIAL DEL COMERCIO)\s*$",
    re.IGNORECASE,
)
JOB_NUMBER = re.compile(r"\(\d{2}-\d{3,5}\)")
PAGE_OF = re.compile(r"\b(?:Page|P[áa]gina)\s*:?\s*(\d{1,4})\s*/\s*\d{1,4}\b", re.IGNORECASE)  # "Página: 1/3"
ORIGINAL = re.compile(r"\bOriginal\s*:\s*(?:English|French|Spanish|anglais|français|espagnol|inglés|francés|español)\b",
                      re.IGNORECASE)
_DATED = re.compile(r"\bdated\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
# "1.1.  The", "1  INTRODUCTION", "1  ¿QUÉ ES ESTA GUÍA…?"
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,3})+\.?\s+\S|\d{1,2}\s+[¿¡]?[A-ZÀ-Ý]{2,})")
# the line under the title, in English, Spanish or French: "Note by the Secretariat", "Nota de la Secretaría",
# "Communication de la Suisse"
_BYLINE = re.compile(r"^(?:(?:Report|Note|Summary|Communication|Statement|Proposal|Submission)\s+(?:by|from|of|on)|"
                     r"(?:Nota|Informe|Resumen|Comunicaci[oó]n|Declaraci[oó]n|Propuesta)\s+"
                     r"(?:de|del|sobre|presentada)|"
                     r"(?:Note|Rapport|Résumé|Communication|Déclaration|Proposition)\s+"
                     r"(?:de|du|des|d['’]|sur|présentée))\b", re.IGNORECASE)
_BODY = re.compile(r"\b(?:Working Group|Committee|Council|Group|Sub-Committee|Grupo|Comité|Consejo|Groupe|Conseil)\b")
# the body a heading block may name above the title: a decision's "Ministerial Conference" (not a body a title
# names: "… Ahead of the Eleventh Ministerial Conference" is of the General Council)
_ISSUER = re.compile(rf"{_BODY.pattern}|"
                     r"^(?:Ministerial Conference|Conferencia Ministerial|Conférence ministérielle)\b")
_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z]{1,9}\)\s*$")  # a body's name ends with its initials: "(MSMEs)"
_MARK = re.compile(r"(?<=[A-Za-z)])\d{1,2}$|\[\d{1,3}\]")
# Where a notice says when its meeting is: a lookahead, so overlapping phrases are all tried.
_HELD = re.compile(r"(?=(\b(?:will be|was|to be)\s+(?:held|convened)\b[^.]{0,80}|\bwill (?:take place|meet|hold)\b"
                   r"[^.]{0,80}|\bmeeting (?:on|of)\b[^.]{0,40}"
                   # an airgram's "is convening the first formal meeting of the Group in 2034 on Thursday, 27 April"
                   r"|\bis convening\b[^.]{0,100}"
                   # a Spanish or French version: "convoca una reunión … el miércoles 15 de mayo", "se tiendra le …"
                   r"|\b(?:convoca|convoque)\s+un[ae]?\s+r[eé]uni[oó]n\b[^.]{0,80}"
                   r"|\b(?:se celebrará|tendrá lugar|se tiendra|aura lieu)\b[^.]{0,80}"
                   r"|\b(?:reunión|réunion) (?:del?|el|du|le)\b[^.]{0,40}))", re.IGNORECASE)
# The title of a report on one event: a workshop, a thematic or information session, a dialogue.
_EVENT = re.compile(r"\b(?:WORKSHOP|SEMINAR|WEBINAR|SYMPOSIUM|DIALOGUE|CELEBRATION|(?:THEMATIC|INFORMATION) SESSION"
                    r"|TALLER|SEMINARIO|WEBINARIO|SIMPOSIO|DIÁLOGO|CELEBRACIÓN|SESIÓN (?:TEMÁTICA|INFORMATIVA)"
                    r"|ATELIER|SÉMINAIRE|WEBINAIRE|CÉLÉBRATION|SESSION (?:THÉMATIQUE|D'INFORMATION))\b")
# Each kind's title words in the WTO's three languages: a Spanish or French version is the same kind of document
_ANNUAL = re.compile(r"\b(?:ANNUAL REPORT|INFORME ANUAL|RAPPORT ANNUEL)\b")
_ACCOUNT = re.compile(r"\b(?:SUMMARY|MINUTES|RECORD|RESUMEN|ACTA|RÉSUMÉ|COMPTE RENDU)\b")
_MEETING = re.compile(r"\b(?:MEETING|REUNIÓN|RÉUNION)\b")
_NOTICE = re.compile(r"\b(?:CONVENING|AIRGRAM|AEROGRAMA|AÉROGRAMME|CONVOCATORIA|CONVOCACIÓN|CONVOCATION)\b")
# a notice's kind on a line of its own under the title, in small letters: "Convening Notice", "Aviso de convocatoria"
_NOTICE_LINE = re.compile(r"^(?:Convening Notice|(?:Aviso de )?Convocatoria|Aviso de convocaci[oó]n|"
                          r"Avis de convocation|Convocation|Airgram|Aerograma|Aérogramme)$", re.IGNORECASE)
_CONVENES = re.compile(r"items are proposed for the agenda|\bis convening a meeting\b|\bconvoca una reunión\b"
                       r"|\bconvoque une réunion\b|\bse proponen los (?:siguientes )?puntos\b"
                       r"|\bpoints suivants sont proposés\b", re.IGNORECASE)
_MINISTERIAL = re.compile(r"\b(?:MINISTERIAL CONFERENCE|CONFERENCIA MINISTERIAL|CONFÉRENCE MINISTÉRIELLE"
                          r"|(?:MC|CM)\d{1,2})\b")
_PROPOSAL = re.compile(r"\b(?:PROPOSAL|COMMUNICATION|PROPUESTA|COMUNICACIÓN|PROPOSITION)\b")
_OPENING_CHARS = 1500  # the heading block and about the first paragraph
SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
               # Spanish and French (not "un", which is the UN)
               "de", "del", "el", "la", "las", "los", "y", "en", "para", "por", "con", "sobre",
               "du", "des", "le", "les", "et", "à", "au", "aux", "pour", "sur"}


@dataclass(frozen=True, slots=True)
class Heading:
    """What the heading block says, before any catalog is consulted."""

    title: str | None
    body: str | None  # the Group or Committee the document is of, as printed
    date: date | None
    draft: bool
    kind: str  # "annual report", "meeting summary", "convening notice", "proposal", "event report",
    # "report to the Ministerial Conference", "document"
    period: Period | None


def strip_layout(line: str) -> str:
    """A line without job number, page count and "Original:" (what is left may be empty)."""
    if BOILERPLATE.match(line):
        return ""
    return ORIGINAL.sub("", PAGE_OF.sub("", JOB_NUMBER.sub("", line))).rstrip()


def printed_page(text: str) -> int | None:
    """The page number a "Page: 1/4" line prints, if any."""
    m = PAGE_OF.search(text)
    return int(m[1]) if m else None


def heading_lines(lines: list[str]) -> list[str]:
    """The first page's lines before the text proper: a numbered paragraph, a section, or prose. A blank line
    between two of them stays as "": it parts a title from the next ("SMALL BUSINESS TRADE CONTACT POINTS",
    "MINISTERIAL DECISION OF 29 FEBRUARY 2024"), where a title that wraps runs on."""
    block: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            if block and block[-1]:
                block.append("")
            continue
        if is_symbol_line(text):
            continue
        is_date = _date_line(text, 5)
        prose = len(text.split()) > 8 and not _is_caps(text) and not _BODY.search(text) and not _BYLINE.match(text)
        if not is_date and (_NUMBERED.match(text) or prose):
            break
        block.append(text)
        if sum(map(bool, block)) >= 14:
            break
    return block[:-1] if block and not block[-1] else block


def read_heading(lines: list[str], body_text: str) -> Heading:
    """Title, date, kind and period from a heading block (`heading_lines`) and the text that follows it."""
    block = [_MARK.sub("", ln).strip() for ln in lines]
    dated = next((m[1] for ln in block if (m := _DATED.search(ln))), None)
    day = first_printed_date(dated) if dated else next(
        (first_printed_date(ln) for ln in block if _date_line(ln, 4)), None
    )
    draft = any(ln.upper() == "DRAFT" or ln.upper().startswith("DRAFT ") for ln in block)
    spelled = _spellings(body_text)
    caps = _join_wrapped([_title_case(ln, spelled) for ln in _title_lines(block)])
    at = next((i for i, ln in enumerate(block) if ln and not _is_caps(ln) and _ISSUER.search(ln)
               and not _BYLINE.match(ln)), None)
    body = None if at is None else block[at]
    if body and at + 1 < len(block) and _ACRONYM_END.search(block[at + 1]) and not _ACRONYM_END.search(body):
        body = f"{body} {block[at + 1]}"  # "… sur les micro, petites et moyennes" wraps to "entreprises (MPME)"
    byline = next((ln for ln in block if re.match(r"^(?:Communication|Proposal)\s+(?:from|by)\b", ln)), None)
    group = next((w for w in caps if _BODY.search(w) and len(w.split()) <= 8), None)
    rest = [w for w in caps if w != group] + ([byline] if byline else [])
    name = group or (_long_body(body) if body else None)
    main = " — ".join(rest) if rest else None
    if main and draft:
        main = f"{main} (draft)"
    title = main if main and _BODY.search(main) else f"{name} — {main}" if name and main else main or name
    # what the document is, from its title and the line under it ("Communication from Chile", "Note on the
    # virtual celebration of 26 June 2020")
    subtitle = next((ln for ln in block if _BYLINE.match(ln)), "")
    named = [ln.upper() for ln in block if _NOTICE_LINE.match(ln)]  # "Convening Notice" under "MEETING OF …"
    # the body read as running text: a phrase the layout wraps is still one ("… les MPME se\ntiendra le jeudi 23 juin")
    flat = re.sub(r"\s+", " ", body_text)
    kind = kind_of(" ".join([*caps, subtitle.upper(), *named]), flat)
    period = period_of(kind, " ".join([*caps, subtitle]), flat, day)
    if title and period and kind in ("meeting summary", "convening notice") and period.label not in title:
        title = f"{title} — meeting of {period.label}"  # notices all share a title; their meeting tells them apart
    return Heading(title, body, day, draft, kind, period)


def _date_line(line: str, words: int) -> bool:
    """Whether a line of the heading block is a date: "21 November 2017", "19 de mayo de 2026" ("de" aside)."""
    return first_printed_date(line) is not None \
        and sum(w.lower() not in ("de", "del") for w in line.split()) <= words


def _title_lines(block: list[str]) -> list[str]:
    """The block's lines in capitals, a title that wraps over lines with no blank between them as one
    ("… TOWARDS THE LEGAL RECOGNITION OF ELECTRONIC" and "TRADE DOCUMENTS"); a body's name ("INFORMAL
    WORKING GROUP ON MSMES") stays a line of its own."""
    out: list[str] = []
    runs = False  # whether the last line taken may run on into this one
    for line in block:
        title = _is_caps(line) and line.upper() != "DRAFT" and not _date_line(line, 4)
        named = bool(_BODY.search(line.title()))
        if title and runs and not named:
            out[-1] = f"{out[-1]} {line}"
        elif title:
            out.append(line)
        runs = title and not named
    return out


def _join_wrapped(lines: list[str]) -> list[str]:
    """Title lines, with a line that wraps ("... FOR THE FUTURE WORK OF THE") joined to the next."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].split()[-1].lower() in SMALL_WORDS:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def short_title(title: str) -> str:
    """How a citation names a document without a symbol: "IWG on MSMEs Annual Report 2022"."""
    name, _, rest = title.partition(" — ")
    text = f"{_short_body(name)} {rest}".strip() if rest else title
    return re.sub(r"Informal Working Group on MSMEs", "IWG on MSMEs", text.replace(" — ", " "))


def _long_body(name: str) -> str:
    """"Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)" -> "... on MSMEs"; "Groupe
    de travail informel sur les micro, petites et moyennes entreprises (MPME)" -> "... sur les MPME"."""
    m = re.match(r"^(.+?\b(?:on|sobre(?: las| los)?|sur les))\s+.+\(([A-Z][A-Za-z]{1,9})\)\s*$", name)
    return f"{m[1]} {m[2]}" if m else name


def _short_body(name: str) -> str:
    """"Informal Working Group on Micro, Small and Medium-Sized Enterprises (MSMEs)" -> "IWG on MSMEs"."""
    acronym = re.search(r"\(([A-Z][A-Za-z]{1,9})\)\s*$", name)
    m = re.match(r"^((?:[A-Z][a-z]+\s+){1,4})on\s+(.+)$", name)
    if not m:
        return name
    topic = acronym[1] if acronym else re.sub(r"\s*\([^)]*\)\s*$", "", m[2])
    initials = "".join(w[0] for w in m[1].split())
    return f"{initials} on {topic}"


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _held_on(text: str) -> date | None:
    """The day a meeting "will be held" / "will hold ... on" / "meeting on", as the text says it."""
    for m in _HELD.finditer(text):
        if held := first_printed_date(m[1]):
            return held
    return None


def _spellings(text: str) -> dict[str, str]:
    """How the document writes each word in running text: "msmes" -> "MSMEs", "annual" -> "Annual".

    Lines in capitals (titles, headings) are left out: they say nothing of a word's case.
    """
    seen: dict[str, Counter[str]] = {}
    prose = " ".join(ln for ln in text.splitlines() if not _is_caps(ln))
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", prose):
        seen.setdefault(word.lower(), Counter())[word] += 1
    out = {}
    for lower, forms in seen.items():
        capital = [f for f in forms if f[0].isupper()]
        out[lower] = max(capital or forms, key=lambda f: (forms[f], f != f.upper()))
    return out


def _title_case(line: str, spelled: dict[str, str]) -> str:
    words = []
    for i, word in enumerate(line.split()):
        core = re.sub(r"^[^\w]+|[^\w]+$", "", word)
        lower = core.lower()
        if not core or any(ch.isdigit() for ch in core):
            words.append(word)
            continue
        if i and lower in SMALL_WORDS:
            form = lower
        else:
            stem = spelled.get(lower[:-1], "") if lower.endswith("s") else ""
            plural = f"{stem}s" if stem.isupper() and len(stem) > 1 else None  # "MSMES" where prose says "MSME"
            form = spelled.get(lower) or plural or core.capitalize()
            if form.islower():
                form = form.capitalize()
        words.append(word.replace(core, form, 1))
    return " ".join(words)


def kind_of(title: str, text: str) -> str:
    """The kind of document, from its title and, for a convening notice, its wording; in English, Spanish or French."""
    caps = title.upper()
    if _ANNUAL.search(caps):
        return "annual report"
    if _ACCOUNT.search(caps) and _MEETING.search(caps):  # a meeting's own account
        return "meeting summary"
    # an airgram is the Coordinator's notice of a meeting: "AIRGRAM ... Subject: Meeting of the Informal Working Group"
    if _NOTICE.search(caps) or _CONVENES.search(text):
        return "convening notice"
    if _MINISTERIAL.search(caps):
        return "report to the Ministerial Conference"
    if _PROPOSAL.search(caps):
        return "proposal"
    if _EVENT.search(caps):
        return "event report"
    return "document"


def period_of(kind: str, title: str, text: str, day: date | None) -> Period | None:
    """The days a document reports on, by its kind; None when nothing says.

    An annual report: the year its title names. A meeting summary: the meeting in its title.
    A convening notice: the day the meeting "will be held". A report on a workshop, a thematic
    session or a celebration: the first day its title or opening prints before the report's own
    date (which is weeks later). A report to a Ministerial Conference: from the earliest day it
    records to its own date. A notice of a session to come: the day it "will be held". Another
    document: the years its title names, else the year it is dated.
    """
    title_years = sorted(years_in(title))
    if kind == "annual report":
        year = title_years[0] if title_years else (day.year if day else None)
        return Period.year(year) if year else None
    if kind in ("meeting summary", "convening notice"):
        held = first_printed_date(title) or _held_on(text) or first_printed_date(text)
        return Period.day(held) if held else None
    if kind == "event report":  # the report opens with the day: "On Tuesday, 22 September 2020, the Group held"
        coming = _held_on(text[:_OPENING_CHARS])
        if coming and day and coming > day:  # a notice of a session to come: "the session will be held on 30 April"
            return Period.day(coming)
        before = (d for _, _, days, has_day in dates_in(text[:_OPENING_CHARS]) if has_day for d in days
                  if day is None or d < day)
        if held := first_printed_date(title) or next(before, None):
            return Period.day(held)
    if kind == "report to the Ministerial Conference":
        starts = [Period.meeting(n).start for n in meetings_in(text) if Period.meeting(n)]
        starts += [d for _, _, days, _ in dates_in(text) for d in days]
        end = day or max(starts, default=None)
        start = min(starts, default=end)
        return Period(start, end, f"{start.year}–{end.year}") if start and end else None
    named = [p for p in asked_periods(title) if p.days >= 365]  # "Measures Recorded in Trade Policy Reviews, 2019-2022"
    if kind in ("document", "proposal") and named:  # "Work Plan ... for 2026 — Proposal by the Coordinator"
        first, last = min(p.start for p in named), max(p.end for p in named)
        return Period(first, last, "–".join(dict.fromkeys((str(first.year), str(last.year)))))
    return Period.year(day.year) if day else None
