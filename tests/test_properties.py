"""Property tests (hypothesis): the symbol grammar, the chunker and the reader's list items on generated input."""

from __future__ import annotations

import re

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from bot.reader import item_naming
from ingest.chunk import MAX_WORDS, chunk, join_windows
from ingest.clean import CleanPage
from ingest.passage import DocMeta
from ingest.segment import segment
from ingest.symbols import find_symbols, normalise_symbol

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_word = st.text(LETTERS, min_size=1, max_size=8)
_year = st.integers(0, 99).map(lambda n: f"({n:02d})")
_number = st.integers(1, 99999).map(str)
_part = st.one_of(_number, _word, st.tuples(_word, _year).map("".join))
_suffix = st.tuples(st.sampled_from(["Rev", "Add", "Corr", "Suppl"]), st.integers(1, 99)).map(lambda t: f"{t[0]}.{t[1]}")


@st.composite
def symbols(draw) -> str:
    """A symbol as WTO prints it: series, parts, a number somewhere, maybe a Rev./Add. suffix."""
    series = draw(st.text(LETTERS, min_size=1, max_size=6)) + draw(st.sampled_from(["", *["(24)", "(17)"]]))
    parts = draw(st.lists(_part, min_size=0, max_size=3))
    parts.append(draw(_number))  # a digit is what tells a symbol from UN/CEFACT
    parts += draw(st.lists(_part, max_size=1))
    suffix = draw(st.lists(_suffix, max_size=1))
    return "/".join([series, *parts, *suffix])


@st.composite
def typed(draw, symbol: str) -> str:
    """How people type a symbol: any case, spaces around slashes, `rev 2`, `, rev. 2`."""
    parts = symbol.split("/")
    out = draw(st.sampled_from([str.lower, str.upper, lambda s: s]))(parts[0])
    for part in parts[1:]:
        if m := re.fullmatch(r"(Rev|Add|Corr|Suppl)\.(\d+)", part):
            sep = draw(st.sampled_from(["/", " ", ", ", "/ "]))
            word = draw(st.sampled_from([m[1].lower(), m[1].upper(), m[1]]))
            out += sep + word + draw(st.sampled_from([".", ". ", " ", ""])) + m[2]
        else:
            sep = draw(st.sampled_from(["/", " / ", "/ ", " /"]))
            out += sep + draw(st.sampled_from([part.lower(), part]))
    return out


def _is_tricky_word_part(symbol: str) -> bool:
    """A part spelled like a suffix word (`.../REV/7`) reads as a revision when typed loosely."""
    return bool(re.search(r"/(?:REV|ADD|CORR|SUPPL)(?:/|$)", symbol))


@settings(max_examples=150, deadline=None)
@given(symbols())
@example("WT/MIN(24)/9")
@example("INF/MSME/W/47/Rev.2")
def test_normalise_is_idempotent_and_parse_finds_it_whole(symbol: str) -> None:
    canonical = normalise_symbol(symbol)
    assert canonical == symbol, "a symbol as printed is already canonical"
    assert normalise_symbol(canonical) == canonical
    assert [m.symbol for m in find_symbols(canonical)] == [canonical], "strict parse finds the whole symbol"
    found = find_symbols(f"as set out in {canonical}, the Group")
    assert [(m.symbol, m.start) for m in found] == [(canonical, 14)]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_typed_symbol_parses_to_the_canonical_one(data) -> None:
    symbol = data.draw(symbols().filter(lambda s: not _is_tricky_word_part(s)))
    loose = data.draw(typed(symbol))
    assert normalise_symbol(loose) == symbol
    assert [m.symbol for m in find_symbols(f"what did {loose} say?", lenient=True)] == [symbol]
    assert normalise_symbol(normalise_symbol(loose)) == normalise_symbol(loose)


@settings(max_examples=100, deadline=None)
@given(symbols(), symbols())
def test_joint_symbols_normalise_whole_and_parse_as_two(first: str, second: str) -> None:
    joint = normalise_symbol(f"{first}-_{second}")
    assert joint == f"{first}-{second}"
    assert normalise_symbol(joint) == joint
    assert [m.symbol for m in find_symbols(f"({joint})")] == [first, second]


# --- the chunker: segment + chunk over cleaned pages --------------------------------------

_plain_word = st.text("abcdefghijklmnopqrstuvwxyzé’-", min_size=1, max_size=12).filter(lambda w: w.strip("-") == w)
_token = st.one_of(_plain_word, _plain_word.map(lambda w: w + ","), _plain_word.map(lambda w: w + "."),
                   symbols(), st.sampled_from(["Mr.", "e.g.", "(INF/MSME/", "W/47)", "Members", "2024"]))


@st.composite
def documents(draw) -> list[CleanPage]:
    """Pages of numbered paragraphs (`1.2.  text`) and lines that continue them, in lower case."""
    pages, section, para = [], 1, 0
    for number in range(1, draw(st.integers(1, 3)) + 1):
        lines = []
        for _ in range(draw(st.integers(1, 6))):
            words = draw(st.lists(_token, min_size=1, max_size=90))
            if draw(st.booleans()):
                para += 1
                lines.append(f"{section}.{para}.  " + " ".join(w.capitalize() if i == 0 else w for i, w in enumerate(words)))
            else:
                lines.append(" ".join(["and", *words]))  # a continuation line never looks like a heading
        pages.append(CleanPage(number, lines, [], []))
    return pages


def _stream(text: str) -> str:
    return "".join(text.split())


def _cleaned_stream(pages: list[CleanPage]) -> str:
    """The document's non-space characters, without the paragraph numbers the chunker lifts out."""
    body = [re.sub(r"^\d+\.\d+\.\s+", "", line) for page in pages for line in page.body]
    return _stream(" ".join(body))


DOC = DocMeta("doc", "doc.txt", "A document", "WT/MIN(99)/1", "WT/MIN(99)/1", None, None)


@settings(max_examples=60, deadline=None)
@given(documents())
def test_chunking_loses_no_text_and_keeps_its_order(pages: list[CleanPage]) -> None:
    passages = chunk(segment(pages), DOC)
    whole, covered, previous_start = _cleaned_stream(pages), 0, 0
    for p in passages:
        piece = _stream(p.text)
        start = whole.rfind(piece, previous_start, covered + len(piece))  # overlap allowed, no gap
        assert 0 <= start <= covered, f"passage {p.para} is not the next piece of the document: {p.text[:80]!r}"
        previous_start, covered = start, max(covered, start + len(piece))
        assert len(p.text.split()) <= MAX_WORDS
    assert covered == len(whole), f"text after character {covered} of {len(whole)} is in no passage"


@settings(max_examples=40, deadline=None)
@given(st.lists(_token, min_size=151, max_size=600))
def test_one_long_paragraph_is_windowed_without_loss(words: list[str]) -> None:
    pages = [CleanPage(1, ["1.1.  " + " ".join(words)], [], [])]
    passages = chunk(segment(pages), DOC)
    assert len(passages) >= 2 and {p.para for p in passages} == {"1.1"}, "every window keeps the paragraph number"
    assert _stream(passages[0].text) == _stream(" ".join(words))[: len(_stream(passages[0].text))]
    assert _stream(" ".join(words)).endswith(_stream(passages[-1].text))


@settings(max_examples=40, deadline=None)
@example(["a a a a a a a a a a a a."] * 30)  # the same sentence over and over: only ingest knows where windows overlap
@example(["a a a a a a a a."] * 7 + ["a a a a a a a a a a a aa. Mr. aa. A/1."] + ["a " * 39 + "a."] * 2)  # a short one
@given(st.lists(st.lists(_token, min_size=8, max_size=40).map(lambda ws: " ".join(ws) + "."), min_size=10, max_size=30))
def test_windows_joined_give_back_their_paragraph(sentences: list[str]) -> None:
    """An answer quoting two windows of a paragraph cites them joined: the paragraph's text, the sentence two
    windows share once, each window found where `join_windows` says it starts."""
    text = " ".join(sentences)
    passages = chunk(segment([CleanPage(1, ["1.1.  " + text], [], [])]), DOC)
    event(f"{min(len(passages), 3)}+ windows")
    joined, starts = join_windows(passages)
    assert _stream(joined.text) == _stream(text), "the joined windows are the paragraph, no sentence twice"
    for window, start in zip(passages, starts, strict=True):
        assert joined.text[start : start + len(window.text)] == window.text
    assert joined.id == passages[0].id and joined.page == passages[0].page


_topic = st.lists(st.sampled_from("trade finance for women-led firms on low-value shipments e-commerce".split()),
                  min_size=1, max_size=6).map(" ".join)
_marker = st.sampled_from([lambda i: f"{i + 1})", lambda i: f"({'abcdefgh'[i]})", lambda i: f"{'abcdefgh'[i]}."])


@given(st.lists(_topic, min_size=2, max_size=6), _marker, st.sampled_from(["; ", ", ", "; and ", ", and "]), st.data())
def test_a_symbol_question_quotes_the_list_item_that_names_it(topics: list[str], marker, last: str, data) -> None:
    """"What did INF/MSME/W/53 propose?" over "...: 1) ... (INF/MSME/W/51) ...; 2) ... (INF/MSME/W/53) ...":
    the quote is the one item naming W/53, without its marker or the separator after it."""
    items = [f"Member proposal (INF/MSME/W/{50 + i}) on {topic}" for i, topic in enumerate(topics)]
    listed = [f"{marker(i)} {item}" for i, item in enumerate(items)]
    sentence = "The Group discussed new proposals: " + "; ".join(listed[:-1]) + last + listed[-1] + "."
    text = f"Lead sentence. {sentence} Closing sentence."
    span = (text.index(sentence), text.index(sentence) + len(sentence))
    asked = data.draw(st.integers(0, len(items) - 1))
    start, end = item_naming(text, span, (f"INF/MSME/W/{50 + asked}",))
    assert text[start:end].rstrip(".") == items[asked]
    assert item_naming(text, span, ("INF/MSME/W/99",)) == span, "no item names it: the whole sentence"
    plain = "The Group discussed a proposal (INF/MSME/W/50) on trade."
    assert item_naming(plain, (0, len(plain)), ("INF/MSME/W/50",)) == (0, len(plain)), "no list: the sentence"
