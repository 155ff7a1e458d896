"""HTML for the browser, built from an Answer; every piece of document text is escaped."""

from __future__ import annotations

from html import escape

from bot.records import Answer, Citation


def _chip(citation: Citation) -> str:
    return f'<a class="chip" href="#source-{citation.rank}">{escape(citation.label)}</a>'


def answer_html(answer: Answer) -> str:
    """The answer: each quoted sentence followed by a citation chip that jumps to its source card."""
    if answer.abstained:
        return f'<div class="answer abstained"><p>{escape(answer.answer)}</p></div>'
    sentences = [
        " ".join(escape(c.passage.text[a:b].strip()) for a, b in c.spans) + f" {_chip(c)}"
        for c in answer.citations
        if c.quoted
    ]
    return f'<div class="answer"><p>{" ".join(sentences) or escape(answer.answer)}</p></div>'


def _highlighted(citation: Citation) -> str:
    text, out, at = citation.passage.text, [], 0
    for a, b in citation.spans:
        out.append(f"{escape(text[at:a])}<mark>{escape(text[a:b])}</mark>")
        at = b
    return "".join(out) + escape(text[at:])


def source_card(citation: Citation) -> str:
    p = citation.passage
    link = (
        f'<a href="{escape(p.url)}" target="_blank" rel="noopener noreferrer">Open on docs.wto.org</a>'
        if p.url
        else "<span>No symbol known: cited by title</span>"
    )
    trail = " › ".join(p.headings)
    meta = " · ".join(x for x in (p.title, str(p.date or p.year or ""), trail) if x)
    return (
        f'<article class="card" id="source-{citation.rank}">'
        f"<header><strong>[{citation.rank}] {escape(citation.label)}</strong>"
        f' <span class="score">score {citation.score:.2f}</span></header>'
        f'<p class="meta">{escape(meta)}</p>'
        f"<p>{_highlighted(citation)}</p>"
        f'<footer>{link}</footer></article>'
    )


def sources_html(answer: Answer) -> str:
    """Source cards for every citation; an abstention's cards are the closest passages found."""
    heading = "Closest passages we found" if answer.abstained else "Sources"
    cards = "".join(source_card(c) for c in answer.citations)
    return f'<section class="sources"><h3>{heading}</h3>{cards}</section>'


def error_html(message: str) -> str:
    return f'<div class="answer error" role="alert"><p>{escape(message)}</p></div>'


CSS = """
.answer p { font-size: 1.05rem; line-height: 1.5; }
.answer.abstained p, .answer.error p { font-weight: 600; }
.chip { display: inline-block; padding: 0 .4em; margin: 0 .15em; border-radius: .6em;
        background: #e8eef9; color: #1d3f8f; font-size: .85em; text-decoration: none; white-space: nowrap; }
.card { border: 1px solid #d0d7e2; border-radius: .5em; padding: .6em .8em; margin: .5em 0; }
.card .meta { color: #555; font-size: .85em; margin: .2em 0; }
.card .score { color: #777; font-size: .8em; }
.card mark { background: #fff3a8; }
"""
