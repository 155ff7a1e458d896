"""HTML for the browser, built from records; every piece of document or user text is escaped.

Cards are `<details>`: a chip links to an element inside its card, and the browser
opens a closed `<details>` when a link targets its content, so no script is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from bot.i18n import label
from bot.language import detect_language
from bot.lookup import LookupReport
from bot.records import Answer, Citation
from bot.when import Record, When
from ingest.passage import Passage
from ingest.symbols import symbol_url

DOL_LANGUAGE = {"en": "English", "fr": "French", "es": "Spanish"}  # UI language -> docs.wto.org version


# passage id -> (paragraphs before, paragraphs after): `functools.partial(lookup.context, passages, rows=...)`
Neighbours = Callable[[str], tuple[list[Passage], list[Passage]]]


def _card_id(turn: int, rank: int) -> str:
    return f"t{turn}-s{rank}"


def _chip(citation: Citation, turn: int) -> str:
    return f'<a class="chip" href="#{_card_id(turn, citation.rank)}">{escape(citation.label)}</a>'


def _link(symbol: str | None, lang: str) -> str:
    """The docs.wto.org link in the reader's language, or a note that the document has no symbol."""
    url = symbol_url(symbol, language=DOL_LANGUAGE.get(lang, "English")) if symbol else None
    if not url:
        return f'<span class="nolink">{escape(label("no_symbol", lang))}</span>'
    text = escape(label("official", lang))
    return f'<a class="official" href="{escape(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'


def answer_html(answer: Answer, *, turn: int = 1, lang: str = "en") -> str:
    """The answer: each quoted sentence followed by a chip that opens its source card.

    An abstention is said plainly, in the language of the question.
    """
    if answer.abstained:  # composed in the question's language, naming a symbol the collection lacks
        return f'<div class="answer abstained" role="status"><p>{escape(answer.answer)}</p></div>'
    sentences = [
        " ".join(escape(c.passage.text[a:b].strip()) for a, b in c.spans) + f" {_chip(c, turn)}"
        for c in answer.citations
        if c.quoted
    ]
    return f'<div class="answer"><p>{" ".join(sentences) or escape(answer.answer)}</p></div>'


def _highlighted(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, at = [], 0
    for a, b in sorted(spans):
        out.append(f"{escape(text[at:a])}<mark>{escape(text[a:b])}</mark>")
        at = b
    return "".join(out) + escape(text[at:])


def _context_html(neighbours: Neighbours, citation: Citation, lang: str) -> str:
    before, after = neighbours(citation.passage.id)
    if not before and not after:
        return ""

    def para(p: Passage, cls: str) -> str:
        return f'<p class="{cls}"><span class="pno">{escape(p.label())}</span> {escape(p.text)}</p>'

    body = "".join(para(p, "near") for p in before)
    here = _highlighted(citation.passage.text, citation.spans)
    body += f'<p class="here"><span class="pno">{escape(citation.label)}</span> {here}</p>'
    body += "".join(para(p, "near") for p in after)
    return f'<details class="context"><summary>{escape(label("context", lang))}</summary>{body}</details>'


def source_card(citation: Citation, *, turn: int = 1, lang: str = "en", neighbours: Neighbours | None = None) -> str:
    """A closed card: symbol, title, date, ¶, page, heading trail, the passage with the quote marked."""
    p = citation.passage
    facts = [
        ("symbol", p.symbol or p.cite_as),
        ("title", p.title),
        ("date", p.date or (str(p.year) if p.year else None)),
    ]
    para = f"¶{p.para}" if p.para else None
    page = f"{label('page', lang)} {p.page}" if p.page else None
    where = " · ".join(x for x in (para, page) if x)
    meta = "".join(f"<dt>{escape(label(k, lang))}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
    trail = " › ".join(p.headings)
    return (
        f'<details class="card"><summary><span class="rank">[{citation.rank}]</span> {escape(citation.label)}'
        f' <span class="score">{escape(label("score", lang))} {citation.score:.2f}</span></summary>'
        f'<div class="card-body" id="{_card_id(turn, citation.rank)}">'
        f'<dl class="meta">{meta}</dl>'
        + (f'<p class="where">{escape(where)}</p>' if where else "")
        + (f'<p class="trail">{escape(trail)}</p>' if trail else "")
        + f'<blockquote class="passage">{_highlighted(p.text, citation.spans)}</blockquote>'
        + (_context_html(neighbours, citation, lang) if neighbours else "")
        + f"<footer>{_link(p.symbol, lang)}</footer></div></details>"
    )


def sources_html(answer: Answer, *, turn: int = 1, lang: str = "en", neighbours: Neighbours | None = None) -> str:
    """Source cards for every citation; an abstention's cards are the closest passages found."""
    if answer.abstained:
        heading = label("closest", detect_language(answer.question, default=lang))
    else:
        heading = label("sources", lang)
    cards = "".join(source_card(c, turn=turn, lang=lang, neighbours=neighbours) for c in answer.citations)
    return f'<section class="sources"><h3>{escape(heading)}</h3>{cards}</section>'


def turn_html(answer: Answer, *, turn: int, lang: str = "en", neighbours: Neighbours | None = None) -> str:
    """One question and its answer with cards, as the conversation keeps it on screen."""
    return (
        f'<article class="turn" id="turn-{turn}"><p class="question">{escape(answer.question)}</p>'
        f'<div class="reply">{answer_html(answer, turn=turn, lang=lang)}'
        f"{sources_html(answer, turn=turn, lang=lang, neighbours=neighbours)}</div></article>"
    )


def error_html(message: str) -> str:
    return f'<div class="answer error" role="alert"><p>{escape(message)}</p></div>'


def conversation_html(turns: list[str]) -> str:
    """Earlier turns stay on screen, newest last."""
    return f'<div class="conversation" aria-live="polite">{"".join(turns)}</div>'


def lookup_html(report: LookupReport, lang: str = "en") -> str:
    """A document's card, outline, citations both ways and its mentions in context."""
    doc = report.document
    parts = []
    if doc is not None:
        when = doc.date or (str(doc.year) if doc.year else None)
        facts = [("symbol", doc.symbol or doc.cite_as), ("title", doc.title), ("date", when), ("passages", str(doc.passages))]
        meta = "".join(f"<dt>{escape(label(k, lang))}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
        name = escape(doc.symbol or doc.cite_as)
        parts.append(f'<h3>{name}</h3><dl class="meta">{meta}</dl><p>{_link(doc.symbol, lang)}</p>')
    else:
        parts.append(f"<h3>{escape(report.symbol or report.query)}</h3><p>{escape(label('not_indexed', lang))}</p>"
                     f"<p>{_link(report.symbol, lang)}</p>")
    if report.outline:
        items, trail = [], ()
        for e in report.outline:
            for depth, heading in enumerate(e.headings):
                if trail[: depth + 1] != e.headings[: depth + 1]:
                    items.append(f'<li class="heading h{min(depth, 2)}">{escape(heading)}</li>')
            trail = e.headings
            number = escape(f"¶{e.para}" if e.para else "—")
            page = f' <span class="page">{escape(label("page", lang))} {e.page}</span>' if e.page else ""
            items.append(f'<li class="para"><span class="pno">{number}</span> {escape(e.opening)}{page}</li>')
        parts.append(f'<h4>{escape(label("outline", lang))}</h4><ol class="outline">{"".join(items)}</ol>')
    if doc is not None:
        cites = ", ".join(escape(s) for s in report.cites) or escape(label("none", lang))
        parts.append(f'<h4>{escape(label("cites", lang))}</h4><p class="cites">{cites}</p>')
    cited_by = ", ".join(escape(d.symbol or d.cite_as) for d in report.cited_by) or escape(label("none", lang))
    parts.append(f'<h4>{escape(label("cited_by", lang))}</h4><p class="cited-by">{cited_by}</p>')
    if report.mentions:
        items = "".join(
            f'<li><span class="pno">{escape(m.passage.label())}</span> '
            f"{escape(m.before)}<mark>{escape(m.found)}</mark>{escape(m.after)}</li>"
            for m in report.mentions
        )
        parts.append(f'<h4>{escape(label("mentions", lang))}</h4><ul class="mentions">{items}</ul>')
    return f'<section class="lookup">{"".join(parts)}</section>'


def when_html(when: When, records: list[Record], lang: str = "en") -> str:
    """The paragraphs that record a date or meeting, in date order, the match marked."""
    if not records:
        return f'<p class="when-none">{escape(label("nothing_when", lang, when=when.describe()))}</p>'
    items = "".join(
        f'<li><span class="pno">{escape(r.on.isoformat() if r.on else "—")} · {escape(r.passage.label())}</span> '
        f"{_highlighted(r.passage.text, ((r.start, r.end),))} "
        f"{_link(r.passage.symbol, lang) if r.passage.symbol else ''}</li>"
        for r in records
    )
    heading = escape(label("recorded", lang, when=when.describe()))
    return f'<section class="when"><h4>{heading}</h4><ol class="records">{items}</ol></section>'


CSS = """
.conversation { display: flex; flex-direction: column; gap: 1rem; }
.turn { border-top: 1px solid #d0d7e2; padding-top: .6rem; display: grid; gap: .3rem 1.2rem; }
.turn .question { font-weight: 700; margin: 0; }
.turn .question::before { content: "Q · "; color: #1d3f8f; }
@media (min-width: 900px) {
  .turn .reply { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2rem; }
}
.answer p { font-size: 1.05rem; line-height: 1.5; margin: .2rem 0; }
.answer.abstained p, .answer.error p { font-weight: 600; }
.chip { display: inline-block; padding: 0 .45em; margin: 0 .15em; border-radius: .6em; background: #e8eef9;
        color: #1d3f8f; font-size: .85em; text-decoration: none; white-space: nowrap; max-width: 100%;
        overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
.chip:focus-visible, .card summary:focus-visible, .context summary:focus-visible {
  outline: 3px solid #1d3f8f; outline-offset: 2px; }
.sources h3 { font-size: 1rem; margin: .2rem 0; }
.card { border: 1px solid #d0d7e2; border-radius: .5em; padding: .4em .7em; margin: .4em 0; overflow-wrap: anywhere; }
.card summary { cursor: pointer; font-weight: 600; }
.card .score { color: #666; font-size: .8em; font-weight: 400; }
.card .meta, .lookup .meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em;
                             font-size: .85em; margin: .4em 0; }
.card .meta dt, .lookup .meta dt { color: #555; }
.card .meta dd, .lookup .meta dd { margin: 0; }
.card .where, .card .trail { color: #444; font-size: .85em; margin: .2em 0; }
.card blockquote { margin: .4em 0; padding-left: .6em; border-left: 3px solid #d0d7e2; }
.card mark, .lookup mark, .when mark, .context mark { background: #fff3a8; color: inherit; }
.context .near { color: #555; font-size: .9em; }
.context .here { border-left: 3px solid #1d3f8f; padding-left: .5em; }
.pno { font-weight: 600; color: #1d3f8f; margin-right: .3em; }
.lookup, .when { overflow-wrap: anywhere; }
.outline { list-style: none; padding-left: 0; }
.outline .heading { font-weight: 700; margin-top: .5em; }
.outline .heading.h1 { margin-left: 1em; }
.outline .heading.h2 { margin-left: 2em; }
.outline .para { margin-left: 1em; }
.outline .page { color: #777; font-size: .8em; white-space: nowrap; }
.mentions li, .records li { margin: .3em 0; }
"""
