"""The reranker's sentence features: each candidate window's best sentence, read from the index's sentence vectors."""

from __future__ import annotations

import numpy as np
import pytest


@pytest.mark.parametrize(("question", "foreign"), [
    ("When did the Group hold its last meeting of 2024?", False),
    ("¿Quién presentó su ventanilla única electrónica en la última reunión de 2024?", True),
])
def test_each_candidate_reads_its_sentence_nearest_the_question(helpdesk, encoder, multilingual, question: str,
                                                                 foreign: bool) -> None:
    result = helpdesk.retriever.search(question, 10)
    sentences, passages = helpdesk.index.sentences, helpdesk.index.passages
    encode = multilingual.encode_passages if foreign else encoder.encode
    query = result.signals.multilingual_query if foreign else result.signals.query
    for hit in result.hits:
        said = [passages[hit.row].text[slice(*sentences.span(n))] for n in sentences.of(hit.row)]
        nearest = float(np.max(encode(said) @ query))  # encoded again, not read from the table
        f = hit.features
        assert f.sentence_cosine == pytest.approx(nearest, abs=3e-3), hit.passage.label()
        assert f.sentence_gain == pytest.approx(f.sentence_cosine - f.cosine, abs=1e-6)
        assert 0.0 <= f.kind_coverage <= f.coverage + 1e-9, "a sentence holds no more of the question than its window"


def test_a_window_whose_one_dated_sentence_answers_when_scores_that_sentence(helpdesk) -> None:
    result = helpdesk.retriever.search("When did the Group hold its last meeting of 2024?", 30)
    sentences = helpdesk.index.sentences
    meeting = next(h for h in result.hits if h.passage.para == "2.5" and "10 December 2024" in h.passage.text)
    first = sentences.of(meeting.row)[0]  # "The Group held its last meeting of the year on 10 December 2024"
    cosine = float(sentences.cosines([first], result.signals.query)[0])
    assert meeting.features.sentence_kind == 1.0
    assert meeting.features.kind_cosine == pytest.approx(cosine, abs=1e-6)
    undated = [h for h in result.hits if not any(ch.isdigit() for ch in h.passage.text)]
    assert undated, "some candidate prints no figure at all"
    for hit in undated:  # no sentence of it can say when
        assert (hit.features.sentence_kind, hit.features.kind_cosine, hit.features.kind_coverage) == (0.0, 0.0, 0.0)
