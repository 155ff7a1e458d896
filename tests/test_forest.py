"""The reranker's trees: scored as LightGBM fitted them, kept in a file the settings name by digest,
read over each candidate's standing among the others; fitted on real dev questions by `calibrate`."""

import lightgbm
import numpy as np
import pytest

from bot.forest import Forest, file_digest, packaged_forest, parse
from bot.records import Features
from bot.rerank import STANDING, check_weights, with_standing
from bot.settings import Rerank, SettingsError, packaged
from eval.suites import suite
from eval.tune import FOREST_FILE, ask_all, fit_forest, forest_of, gold_rank

WIDTH = len(Features._fields)


def _features(**values: float) -> Features:
    return Features(*([0.0] * WIDTH))._replace(**values)


def test_forest_scores_each_candidate_as_the_fitted_trees_do_and_keeps_them_in_its_file() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(4200, WIDTH))
    y = x[:, 0] + x[:, 3] * x[:, 5] - np.abs(x[:, 8]) + rng.normal(scale=0.5, size=len(x)) > 1  # needs interactions
    model = lightgbm.LGBMRanker(objective="lambdarank", n_estimators=60, num_leaves=15, max_depth=4,
                                min_child_samples=20, random_state=0, verbose=-1)
    model.fit(x, y.astype(int), group=[30] * (len(x) // 30))  # questions of 30 candidates each
    forest = forest_of(model.booster_)
    candidates = [Features(*row) for row in x[:300]]
    assert forest.depth == 4 and forest.feature.shape[0] == 60
    np.testing.assert_allclose(forest.scores(candidates), model.predict(x[:300], raw_score=True), atol=1e-9)
    again = parse(forest.to_json(), "a forest file")
    np.testing.assert_allclose(again.scores(candidates), forest.scores(candidates), atol=0)
    assert forest.scores([]).shape == (0,)


def test_a_forest_file_for_other_features_or_not_the_settings_one_is_refused() -> None:
    rows = Forest.from_trees(("cosine", "fused"), 0.0, [{"feature": [0, 0, 0], "threshold": [0.5, 0, 0],
                                                         "left": [1, -1, -1], "right": [2, -1, -1],
                                                         "value": [0, -1.0, 1.0]}])
    with pytest.raises(SettingsError, match="other candidate features"):
        parse(rows.to_json(), "old.json")
    with pytest.raises(SettingsError, match="not a forest file"):
        parse("{\"columns\": []}\n[1, 2]\n", "bad.json")
    with pytest.raises(SettingsError, match="not the forest the settings were written with"):
        check_weights(Rerank({}, FOREST_FILE, "000000000000"))
    with pytest.raises(SettingsError, match="cannot be read"):
        check_weights(Rerank({}, "no_such_forest.json", "000000000000"))


def test_the_shipped_settings_name_the_shipped_forest() -> None:
    rerank = packaged().rerank
    assert rerank.forest == FOREST_FILE
    forest = packaged_forest(rerank.forest, rerank.forest_digest)
    assert forest.columns == Features._fields and forest.feature.shape[0] >= 50


def test_standing_is_the_gap_to_the_best_and_the_share_scoring_higher_among_the_pool() -> None:
    pool = [_features(cosine=0.8, coverage=0.5), _features(cosine=0.6, coverage=1.0),
            _features(cosine=0.6, coverage=0.2), _features(cosine=0.9, coverage=1.0)]  # the last is beyond the pool
    stood = with_standing(pool, among=3, foreign=True)
    assert [f.cosine_gap for f in stood] == pytest.approx([0.0, -0.2, -0.2, 0.1])
    assert [f.cosine_rank for f in stood] == pytest.approx([0.0, 1 / 3, 1 / 3, 0.0]), "ties share a rank"
    assert [f.coverage_rank for f in stood] == pytest.approx([1 / 3, 0.0, 2 / 3, 0.0])
    assert [f.most_coverage for f in stood] == [0.0, 1.0, 0.0, 1.0]
    assert all(f.foreign == 1.0 for f in stood) and not any(f.foreign for f in with_standing(pool, 3, False))
    assert {f"{name}_gap" for name in STANDING} | {f"{name}_rank" for name in STANDING} <= set(Features._fields)


def test_trees_fitted_on_dev_questions_put_their_gold_paragraph_first_more_often_than_fusion(helpdesk) -> None:
    """What `helpdesk calibrate --part forest` fits, on the shipped dev questions (in-sample: the trees must
    at least learn what the candidates' features say)."""
    from dataclasses import replace

    from bot.forest import fitted

    answerable = [q for q in suite("shipped").questions("dev") if q.answerable]
    asked = ask_all([(helpdesk, answerable)], helpdesk.settings)
    forest = fit_forest(asked, helpdesk.settings)
    trees = replace(helpdesk.settings.rerank, weights={}, forest=FOREST_FILE, forest_digest=fitted(forest))
    assert trees.forest_digest == file_digest(forest.to_json())

    def firsts(rerank: Rerank, use_rerank: bool) -> int:
        retrieval = replace(helpdesk.settings.retrieval, rerank=use_rerank)
        retriever = helpdesk.retriever.configured(retrieval, rerank)
        return sum(gold_rank(a.question, retriever.rank(a.signals, 5)) == 1 for a in asked)

    assert firsts(trees, True) > firsts(trees, False) + len(asked) // 10
