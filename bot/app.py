"""The Gradio face: an Ask tab and a Look-up tab, labelled in en/fr/es. Wiring only: logic lives in the library.

Each tab is built by its own function returning the components whose labels follow
the language picker, so a new panel is one more builder. Handlers read `live.current`
once per event, so an upload's re-index swaps the index between questions, never inside one.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from functools import lru_cache, partial
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an offline helpdesk
# Gradio's queue rebuilds a pandas table of its last 10,000 events after every event (for its
# monitoring page): 5% of the server's CPU under `make load`, growing with uptime. Every 1,000 events is enough.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")

import gradio as gr  # noqa: E402

from bot.export import DownloadFolder, answer_plain  # noqa: E402
from bot.feedback import DEFAULT_FEEDBACK, append_feedback, feedback_for, new_answer_id  # noqa: E402
from bot.helpdesk import Helpdesk  # noqa: E402
from bot.i18n import DEFAULT, LANGUAGES, label  # noqa: E402
from bot.lookup import context, documents, filter_for, lookup, rows_by_id, years  # noqa: E402
from bot.records import Answer  # noqa: E402
from bot.render import CSS, Neighbours, conversation_html, error_html, lookup_html, turn_html, when_html  # noqa: E402
from bot.upload_ui import LiveHelpdesk, UploadSettings, add_upload_panel  # noqa: E402
from bot.when import parse_when, what_happened  # noqa: E402
from ingest.errors import HelpdeskError  # noqa: E402

# Questions the shipped corpus answers from the right paragraph (checked by tests/test_app.py).
EXAMPLES = [
    "What is the Trade4MSMEs Platform?",
    "Which countries joined the MSME Group in 2024?",
    "What did INF/MSME/W/53 propose?",
    "Quand l'initiative Small Business Champions a-t-elle été lancée ?",
    "¿De qué trata la propuesta de México INF/MSME/W/54?",
]
# System fonts only: the default theme would fetch web fonts, which an offline page cannot.
THEME = gr.themes.Default(
    font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "monospace"],
)
# The page keeps this many turns: a long session (or a soak test) must not grow the page and
# the session state without bound.
MAX_TURNS = 20
# Only the latest turns carry their passages' neighbouring paragraphs (three quarters of a turn's
# HTML): the whole conversation goes to the browser on every answer, so at 20 turns with context
# each answer sent ~585 kB; older turns keep their answer, quotes and source cards.
CONTEXT_TURNS = 3
DOWNLOADS_KEPT_S = 86_400  # an answer's Markdown stays downloadable for a day
# component -> (what to relabel, label key): "label", "placeholder", "value" (buttons, markdown)
Labels = dict[gr.components.Component | gr.Tab, list[tuple[str, str]]]


def _relabel(labels: Labels, lang: str) -> list:
    updates = []
    for kinds in labels.values():
        updates.append(gr.update(**{kind: label(key, lang) for kind, key in kinds}))
    return updates


@lru_cache(maxsize=2)  # the live helpdesk and the one an upload is replacing
def _neighbours(helpdesk: Helpdesk) -> Neighbours:
    passages = helpdesk.index.passages
    return partial(context, passages, rows=rows_by_id(passages))


class TurnHtml:
    """Each turn's HTML, made once: it depends only on its answer, its number, the page's language and,
    for the latest CONTEXT_TURNS, the index its neighbouring paragraphs come from. Each answer re-sends
    the whole conversation: at 20 turns, rendering it anew took 3.6-3.9 ms of the server's CPU an answer,
    1.4-2.1 ms with the older turns kept; the latest three, shown with their neighbours, were what was left."""

    def __init__(self, chars: int = 16_000_000) -> None:
        """`chars`: the most kept, oldest let go first (16 M: some 16-32 MB; a turn with its neighbours is
        ~27 k characters, without ~7 k; 50 conversations of 20 turns hold ~10 M)."""
        self._html: OrderedDict[tuple[str, int, str, Neighbours | None], str] = OrderedDict()
        self._chars, self._kept = chars, 0
        self._lock = threading.Lock()

    def html(self, answer: Answer, turn: int, lang: str, neighbours: Neighbours | None = None) -> str:
        if answer.id is None:  # not an answer of this app's: nothing names it
            return turn_html(answer, turn=turn, lang=lang, neighbours=neighbours)
        key = (answer.id, turn, lang, neighbours)  # `_neighbours` gives one object per index
        with self._lock:
            if key in self._html:
                self._html.move_to_end(key)
                return self._html[key]
        made = turn_html(answer, turn=turn, lang=lang, neighbours=neighbours)
        with self._lock:
            if key not in self._html:
                self._html[key] = made
                self._kept += len(made)
            while self._kept > self._chars:
                self._kept -= len(self._html.popitem(last=False)[1])
        return made


def _render(answers: list[Answer], lang: str, neighbours: Neighbours, turns: TurnHtml) -> str:
    recent = len(answers) - CONTEXT_TURNS
    return conversation_html([turns.html(a, i + 1, lang, neighbours if i >= recent else None)
                              for i, a in enumerate(answers)])


def ask_tab(live: LiveHelpdesk, lang: gr.Radio, feedback_path: Path, downloads: DownloadFolder) -> Labels:
    """Question, filters, examples, the conversation with source cards, copy, download, rating."""
    passages = live.current.index.passages  # the filter choices are those of the index at start
    # No year in the index: no year range to offer (0 is "no bound" to filter_for, and keeps the API's defaults)
    span = years(passages)
    with gr.Tab(label("tab_ask"), id="ask") as tab:
        with gr.Row(equal_height=True):
            question = gr.Textbox(label=label("question"), placeholder=label("placeholder"), scale=5, autofocus=True,
                                  elem_id="question")
            ask = gr.Button(label("ask"), variant="primary", scale=1, elem_id="ask-button")
        with gr.Accordion(label("filters"), open=False) as filters:
            docs = gr.CheckboxGroup(choices=[(d.cite_as, d.doc_id) for d in documents(passages)],
                                    label=label("documents"), elem_id="filter-docs")
            with gr.Row(visible=span is not None):
                first, last = span or (0, 0)
                year_from = gr.Number(value=first, precision=0, label=label("year_from"), elem_id="year-from")
                year_to = gr.Number(value=last, precision=0, label=label("year_to"), elem_id="year-to")
        # The examples keep the label they are built with: gr.Examples takes no update after launch.
        gr.Examples(examples=[[q] for q in EXAMPLES], inputs=question, label=label("examples"))
        conversation = gr.HTML(conversation_html([]), elem_id="conversation")
        answers = gr.State([])
        with gr.Row():
            # Gradio's own copy icon sits inside the <label> and steals it from the textarea: our own button instead.
            plain = gr.Textbox(label=label("plain"), lines=3, max_lines=8, interactive=False, elem_id="plain", scale=3)
            with gr.Column(scale=1, min_width=200):
                copy = gr.Button(label("copy"), elem_id="copy")
                download = gr.DownloadButton(label("download"), value=None, elem_id="download")
        with gr.Row(equal_height=True):
            comment = gr.Textbox(label=label("comment"), scale=3, elem_id="comment", max_length=2000)
            up = gr.Button(label("up"), scale=1, elem_id="rate-up")
            down = gr.Button(label("down"), scale=1, elem_id="rate-down")
        rated = gr.Markdown("", elem_id="rated")
        clear = gr.Button(label("clear"), variant="secondary", size="sm", elem_id="clear")
    turns = TurnHtml()

    def on_ask(text, ui_lang, doc_ids, low, high, history):
        helpdesk = live.current
        neighbours = _neighbours(helpdesk)
        try:
            chosen = filter_for(helpdesk.index.passages, doc_ids, low, high)
            answer = helpdesk.ask(text, id=new_answer_id(), filters=chosen)
        except HelpdeskError as exc:
            return _render(history, ui_lang, neighbours, turns) + error_html(str(exc)), gr.update(), gr.update(), history, text
        history = [*history, answer][-MAX_TURNS:]
        md = downloads.write(answer, ui_lang)
        return _render(history, ui_lang, neighbours, turns), answer_plain(answer, ui_lang), str(md), history, ""

    outputs = [conversation, plain, download, answers, question]
    inputs = [question, lang, docs, year_from, year_to, answers]
    ask.click(on_ask, inputs=inputs, outputs=outputs, api_name="ask")
    question.submit(on_ask, inputs=inputs, outputs=outputs, api_name=False)

    def on_rate(rating: str):
        def rate(history, note, ui_lang):
            if not history:
                return label("nothing_to_rate", ui_lang), note
            append_feedback(feedback_path, feedback_for(history[-1], rating, note))
            return label("thanks", ui_lang), ""
        return rate

    copy.click(None, inputs=plain, js="(text) => { navigator.clipboard.writeText(text || ''); }", api_name=False)
    up.click(on_rate("up"), inputs=[answers, comment, lang], outputs=[rated, comment], api_name="rate_up")
    down.click(on_rate("down"), inputs=[answers, comment, lang], outputs=[rated, comment], api_name="rate_down")
    clear.click(lambda: (conversation_html([]), [], "", None, ""), outputs=[conversation, answers, plain, download, rated],
                api_name=False)
    lang.change(lambda ui_lang, history: _render(history, ui_lang, _neighbours(live.current), turns),
                inputs=[lang, answers], outputs=conversation, api_name=False)
    return {
        tab: [("label", "tab_ask")],
        question: [("label", "question"), ("placeholder", "placeholder")],
        ask: [("value", "ask")],
        filters: [("label", "filters")],
        docs: [("label", "documents")],
        year_from: [("label", "year_from")],
        year_to: [("label", "year_to")],
        plain: [("label", "plain")],
        copy: [("value", "copy")],
        download: [("label", "download")],
        comment: [("label", "comment")],
        up: [("value", "up")],
        down: [("value", "down")],
        clear: [("value", "clear")],
    }


def lookup_tab(live: LiveHelpdesk, lang: gr.Radio) -> Labels:
    """A document by symbol or from the list; what happened on a date or at a meeting."""
    passages = live.current.index.passages  # the list is the documents indexed at start
    with gr.Tab(label("tab_lookup"), id="lookup") as tab:
        with gr.Row(equal_height=True):
            symbol = gr.Textbox(label=label("symbol"), placeholder=label("symbol_placeholder"), scale=3, elem_id="symbol")
            pick = gr.Dropdown(choices=[(f"{d.cite_as} — {d.title}", d.doc_id) for d in documents(passages)],
                               value=None, label=label("pick"), scale=3, elem_id="pick")
            go = gr.Button(label("lookup"), variant="primary", scale=1, elem_id="lookup-button")
        report = gr.HTML("", elem_id="report")
        with gr.Row(equal_height=True):
            when = gr.Textbox(label=label("when"), placeholder=label("when_placeholder"), scale=4, elem_id="when")
            find = gr.Button(label("search_when"), variant="primary", scale=1, elem_id="when-button")
        happened = gr.HTML("", elem_id="happened")

    def on_lookup(query, ui_lang):
        try:
            return lookup_html(lookup(live.current.index.passages, query), ui_lang)
        except HelpdeskError as exc:
            return error_html(str(exc))

    def on_when(query, ui_lang):
        try:
            return when_html(parse_when(query), what_happened(live.current.index.passages, query), ui_lang)
        except HelpdeskError as exc:
            return error_html(str(exc))

    go.click(on_lookup, inputs=[symbol, lang], outputs=report, api_name="lookup")
    symbol.submit(on_lookup, inputs=[symbol, lang], outputs=report, api_name=False)
    pick.input(on_lookup, inputs=[pick, lang], outputs=report, api_name=False)
    find.click(on_when, inputs=[when, lang], outputs=happened, api_name="when")
    when.submit(on_when, inputs=[when, lang], outputs=happened, api_name=False)
    return {
        tab: [("label", "tab_lookup")],
        symbol: [("label", "symbol"), ("placeholder", "symbol_placeholder")],
        pick: [("label", "pick")],
        go: [("value", "lookup")],
        when: [("label", "when"), ("placeholder", "when_placeholder")],
        find: [("value", "search_when")],
    }


def build_app(
    helpdesk: Helpdesk, *, upload: UploadSettings | None = None, feedback_path: str | Path = DEFAULT_FEEDBACK
) -> gr.Blocks:
    """The Blocks page for a loaded helpdesk; the caller launches it (tests on a free port).

    `upload`: where browser uploads go; None (the default) shows no upload panel at all.
    `feedback_path`: the JSONL file ratings are appended to.
    """
    live = LiveHelpdesk(helpdesk)
    downloads = DownloadFolder(keep_s=DOWNLOADS_KEPT_S)
    # Gradio copies each download into its cache: files it made a day ago go, looked at every hour
    with gr.Blocks(title="MSME Helpdesk", analytics_enabled=False, delete_cache=(3600, DOWNLOADS_KEPT_S)) as app:
        with gr.Row():  # side by side when wide, stacked on a phone
            with gr.Column(scale=4, min_width=300):
                intro = gr.Markdown(f"# MSME Helpdesk\n{label('intro')}", elem_id="intro")
            with gr.Column(scale=1, min_width=260):
                lang = gr.Radio(choices=[(name, code) for code, name in LANGUAGES.items()], value=DEFAULT,
                                label=label("language"), elem_id="language")
        with gr.Tabs():
            labels = ask_tab(live, lang, Path(feedback_path), downloads)
            labels |= lookup_tab(live, lang)
        if upload is not None:
            add_upload_panel(live, upload)
        labels[lang] = [("label", "language")]
        outputs = list(labels)

        def on_language(ui_lang):
            return [f"# MSME Helpdesk\n{label('intro', ui_lang)}", *_relabel(labels, ui_lang)]

        lang.change(on_language, inputs=lang, outputs=[intro, *outputs], api_name=False)
    return app


def launch(
    app: gr.Blocks, *, host: str = "127.0.0.1", port: int = 7860, block: bool = True, max_file_bytes: int | None = None
) -> None:
    """Serve the page: loopback unless told, never a share link, no analytics, system fonts.

    `max_file_bytes`: Gradio refuses larger uploads before they reach the disk.
    """
    # How many questions run at once, and how often waiting browsers hear their place in the queue,
    # are the thread policy's (index/threads.py: one question per core, each encode on one thread);
    # at most 256 wait, so a flood gets "queue full" at once instead of growing memory and waits
    # without bound.
    from index import threads

    policy = threads.current()
    status_rate = "auto" if policy.queue_status_every_s is None else policy.queue_status_every_s
    app.queue(status_update_rate=status_rate, default_concurrency_limit=policy.concurrency, max_size=256).launch(
        server_name=host,
        server_port=port,
        share=False,  # a public *.gradio.live tunnel would expose the helpdesk: never
        max_file_size=max_file_bytes,
        theme=THEME,
        css=CSS,
        prevent_thread_lock=not block,
        quiet=True,
        footer_links=[],
    )
