"""The Gradio face: a question box, the cited answer, the source cards. Logic lives in Helpdesk."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an offline helpdesk

import gradio as gr  # noqa: E402

from bot.helpdesk import Helpdesk  # noqa: E402
from bot.render import CSS, answer_html, error_html, sources_html  # noqa: E402
from bot.upload_ui import LiveHelpdesk, UploadSettings, add_upload_panel  # noqa: E402
from ingest.errors import HelpdeskError  # noqa: E402

EXAMPLES = [
    "What is the Trade4MSMEs Platform?",
    "Which Members joined the MSME Group in 2024?",
    "What did INF/MSME/W/53 propose?",
    "How can small businesses benefit from AEO programmes?",
]
# System fonts only: the default theme would fetch web fonts, which an offline page cannot.
THEME = gr.themes.Default(
    font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "monospace"],
)


def build_app(helpdesk: Helpdesk, *, upload: UploadSettings | None = None) -> gr.Blocks:
    """The Blocks page for a loaded helpdesk; the caller launches it (tests on a free port).

    `upload`: where browser uploads go; None (the default) shows no upload panel at all.
    """
    live = LiveHelpdesk(helpdesk)

    def ask(question: str) -> tuple[str, str]:
        try:
            answer = live.current.ask(question)
        except HelpdeskError as exc:
            return error_html(str(exc)), ""
        return answer_html(answer), sources_html(answer)

    with gr.Blocks(title="MSME Helpdesk", analytics_enabled=False) as app:
        gr.Markdown(
            "# MSME Helpdesk\nAnswers from WTO documents on micro, small and medium-sized "
            "enterprises, each sentence cited by document, paragraph and page."
        )
        with gr.Row():
            question = gr.Textbox(
                label="Your question", placeholder="e.g. What is the Trade4MSMEs Platform?", scale=5, autofocus=True
            )
            button = gr.Button("Ask", variant="primary", scale=1)
        answer = gr.HTML(elem_id="answer")
        sources = gr.HTML(elem_id="sources")
        gr.Examples(examples=EXAMPLES, inputs=question, label="Try")
        button.click(ask, inputs=question, outputs=[answer, sources], api_name="ask")
        question.submit(ask, inputs=question, outputs=[answer, sources], api_name=False)
        if upload is not None:
            add_upload_panel(live, upload)
    return app


def launch(
    app: gr.Blocks, *, host: str = "127.0.0.1", port: int = 7860, block: bool = True, max_file_bytes: int | None = None
) -> None:
    """Serve the page: loopback unless told, never a share link, no analytics, system fonts.

    `max_file_bytes`: Gradio refuses larger uploads before they reach the disk.
    """
    # 4 questions run at once (CPU-bound: more only adds contention on 2 cores); at most 256
    # wait, so a flood gets "queue full" at once instead of growing memory and waits without bound.
    app.queue(default_concurrency_limit=4, max_size=256).launch(
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
