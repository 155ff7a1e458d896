"""The settings record: shipped in the package, decoded in one place, named by a digest."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.helpdesk import Helpdesk
from bot.settings import MAX_QUESTION_CHARS_ENV, Abstention, Rerank, Settings, SettingsError, packaged, source_path


def test_the_packaged_settings_round_trip_and_have_a_stable_digest() -> None:
    settings = packaged()
    again = Settings.from_dict(json.loads(settings.to_json()))
    assert again == settings and again.digest() == settings.digest()
    assert len(settings.digest()) == 12 and settings.digest() != Settings().digest(), "calibrated, not the defaults"
    assert json.loads(source_path().read_text(encoding="utf-8")) == settings.to_dict(), "read from bot/settings.json"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"retrieval": {"rrf_kk": 1.0}}, "retrieval: unknown rrf_kk"),
        ({"retrieval": {"rrf_k": "one"}}, "retrieval.rrf_k must be a number"),
        ({"retrieval": {"depth": 2.5}}, "retrieval.depth must be a whole number"),
        ({"retrieval": {"dense": 1}}, "retrieval.dense must be true or false"),
        ({"abstention": {"weights": [1, 2]}}, "abstention.weights must be a mapping"),
        ({"colour": {}}, "settings: unknown colour"),
    ],
)
def test_a_bad_settings_file_is_a_named_error(data: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.from_dict(data)


def test_a_weight_for_a_feature_that_does_not_exist_is_refused(fake_helpdesk: Helpdesk) -> None:
    with pytest.raises(SettingsError, match="rerank.weights: unknown cosin"):
        fake_helpdesk.configured(replace(fake_helpdesk.settings, rerank=Rerank({"cosin": 1.0})))
    with pytest.raises(SettingsError, match="abstention.weights: unknown budget"):
        fake_helpdesk.configured(replace(fake_helpdesk.settings, abstention=Abstention(weights={"budget": 1.0})))


def test_the_question_limit_flag_wins_over_the_environment(monkeypatch) -> None:
    monkeypatch.setenv(MAX_QUESTION_CHARS_ENV, "300")
    assert Settings().with_question_limit().limits.max_question_chars == 300
    assert Settings().with_question_limit(50).limits.max_question_chars == 50
    monkeypatch.setenv(MAX_QUESTION_CHARS_ENV, "-3")
    with pytest.raises(SettingsError, match="must be a positive number"):
        Settings().with_question_limit()


def test_every_answer_names_its_settings(fake_helpdesk: Helpdesk) -> None:
    answer = fake_helpdesk.ask("What is the Trade4MSMEs Platform?")
    assert answer.settings == fake_helpdesk.settings.digest() == packaged().digest()
