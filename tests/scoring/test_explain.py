"""Occlusion explanations: the words that drive a score are found, offsets point into the text."""

from __future__ import annotations

from collections.abc import Sequence

from moderation.scoring.explain import MAX_VARIANTS, explain
from moderation.scoring.labels import LABELS, LabelScores


class WordListScorer:
    """A transparent scorer for testing the method: toxicity rises with each listed word.

    The explanation code must find exactly the words this scorer reacts to.
    """

    name = "wordlist"
    version = "test"

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights
        self.calls: list[int] = []

    def score(self, texts: Sequence[str]) -> list[LabelScores]:
        self.calls.append(len(texts))
        out = []
        for text in texts:
            words = text.lower().split()
            toxicity = min(1.0, sum(self.weights.get(w.strip(".,!?"), 0.0) for w in words))
            out.append({**dict.fromkeys(LABELS, 0.0), "toxicity": toxicity})
        return out


def test_the_driving_words_are_found_with_offsets() -> None:
    text = "Du bist ein Idiot und ein Vollpfosten, aber der Artikel ist gut."
    scorer = WordListScorer({"idiot": 0.5, "vollpfosten": 0.3})
    result = explain(scorer, text, "toxicity")
    assert result["method"] == "occlusion" and result["label"] == "toxicity"
    assert [s["text"] for s in result["spans"]] == ["Idiot", "Vollpfosten"]
    assert [s["weight"] for s in result["spans"]] == [0.5, 0.3]
    for span in result["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert scorer.calls == [len(text.split()) + 1]  # one batched call


def test_known_base_scores_save_a_scoring() -> None:
    scorer = WordListScorer({"mist": 0.4})
    base = scorer.score(["So ein Mist"])[0]
    result = explain(scorer, "So ein Mist", "toxicity", base=base)
    assert [s["text"] for s in result["spans"]] == ["Mist"]
    assert scorer.calls == [1, 3]


def test_long_comments_are_grouped_to_bound_the_cost() -> None:
    text = " ".join(["harmlos"] * 300 + ["Drecksack"] + ["harmlos"] * 300)
    scorer = WordListScorer({"drecksack": 0.9})
    result = explain(scorer, text, "toxicity")
    assert scorer.calls[0] <= MAX_VARIANTS + 1
    [span] = result["spans"]
    assert "Drecksack" in span["text"] and span["weight"] == 0.9


def test_nothing_to_explain() -> None:
    scorer = WordListScorer({})
    assert explain(scorer, "Alles gut hier.", "toxicity")["spans"] == []
    assert explain(scorer, "!!!", "toxicity")["spans"] == []
