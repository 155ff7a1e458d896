"""Bot: retrieve passages, compose a cited answer or abstain; the CLI and the Gradio app."""

from bot.helpdesk import Helpdesk, load
from bot.question import check_question
from bot.records import Answer, Citation

__all__ = ["Answer", "Citation", "Helpdesk", "check_question", "load"]
