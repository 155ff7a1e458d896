"""Boosted regression trees that score a question's candidate paragraphs (the reranker `calibrate` fits).

A linear score adds each feature's weight whatever the others say; trees can weigh the e5 cosine
for a Spanish question and MiniLM's for an English one, or trust the word share only when the
cosine is near the best. Fitted on dev suites and scored on suites it never saw, they put the
gold paragraph first more often than the linear weights (README, "The reranker's trees").

The trees are kept in a JSON file beside the settings, one tree per line; the settings name the
file and its digest, so a settings digest changes when the trees do, and a file that is not the
one the settings were written with is refused rather than used.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources

import numpy as np

from bot.records import Features
from bot.settings import SettingsError


@dataclass(frozen=True)
class Forest:
    """Trees as padded arrays (tree × node): a split sends a candidate left when its feature is at most the
    threshold; a leaf (left == -1) holds the value it adds. The score is `base` plus one leaf of every tree."""

    columns: tuple[str, ...]  # the Features fields, in the order the trees read them
    base: float
    feature: np.ndarray  # int, tree × node
    threshold: np.ndarray
    left: np.ndarray  # int, -1 at a leaf
    right: np.ndarray
    value: np.ndarray
    depth: int  # the longest path from a root to a leaf

    def scores(self, features: list[Features]) -> np.ndarray:
        """Each candidate's log-odds of being the paragraph that answers."""
        if not features:
            return np.zeros(0)
        x = np.asarray(features, dtype=np.float64)  # candidate × feature
        trees = np.arange(self.feature.shape[0])[:, None]
        node = np.zeros((self.feature.shape[0], len(features)), dtype=np.int64)
        for _ in range(self.depth):
            feature = self.feature[trees, node]
            go_left = x[np.arange(len(features))[None, :], feature] <= self.threshold[trees, node]
            leaf = self.left[trees, node] < 0
            node = np.where(leaf, node, np.where(go_left, self.left[trees, node], self.right[trees, node]))
        return self.base + self.value[trees, node].sum(axis=0)

    def to_json(self) -> str:
        """One tree a line, its nodes without the padding."""
        lines = [json.dumps({"columns": list(self.columns), "base": self.base})]
        for t in range(self.feature.shape[0]):
            n = int(np.count_nonzero(self.left[t] != -2))
            lines.append(json.dumps({k: getattr(self, k)[t, :n].tolist()
                                     for k in ("feature", "threshold", "left", "right", "value")}))
        return "\n".join(lines) + "\n"

    @classmethod
    def from_trees(cls, columns: tuple[str, ...], base: float, trees: list[dict[str, list]]) -> Forest:
        """From each tree's node lists (`feature`, `threshold`, `left`, `right`, `value`; left -1 at a leaf)."""
        width = max((len(t["left"]) for t in trees), default=1)

        def padded(key: str, fill: float, dtype: type) -> np.ndarray:
            out = np.full((len(trees), width), fill, dtype=dtype)
            for i, t in enumerate(trees):
                out[i, : len(t[key])] = t[key]
            return out

        left = padded("left", -2, np.int64)  # -2 marks padding, which no path reaches
        return cls(tuple(columns), float(base), padded("feature", 0, np.int64), padded("threshold", 0.0, np.float64),
                   left, padded("right", -2, np.int64), padded("value", 0.0, np.float64),
                   max((_depth(t) for t in trees), default=0))


def _depth(tree: dict[str, list]) -> int:
    deepest, stack = 0, [(0, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if tree["left"][node] >= 0:
            stack += [(tree["left"][node], depth + 1), (tree["right"][node], depth + 1)]
    return deepest


def file_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse(text: str, where: str) -> Forest:
    """A forest from its file's text; a file for other features than this checkout's is a SettingsError."""
    try:
        head, *trees = (json.loads(line) for line in text.splitlines() if line.strip())
        forest = Forest.from_trees(tuple(head["columns"]), head["base"], trees)
    except (ValueError, KeyError, TypeError, IndexError) as e:
        raise SettingsError(f"{where} is not a forest file: {e}") from None
    if forest.columns != Features._fields:
        raise SettingsError(f"{where} was fitted on other candidate features than this checkout's; "
                            "run `helpdesk calibrate --part forest` again")
    return forest


_FITTED: dict[str, Forest] = {}  # digest -> forest fitted in this process and not yet written (calibration)


def fitted(forest: Forest) -> str:
    """Make a forest just fitted usable by its digest before its file is written; the digest it will bear."""
    digest = file_digest(forest.to_json())
    _FITTED[digest] = forest
    return digest


@functools.cache
def packaged_forest(name: str, digest: str) -> Forest:
    """The forest file `name` of the bot package, which must be the one whose digest the settings record
    (or a forest this process fitted with that digest)."""
    if digest in _FITTED:
        return _FITTED[digest]
    try:
        text = resources.files("bot").joinpath(name).read_text(encoding="utf-8")
    except OSError as e:
        raise SettingsError(f"the settings name the forest file bot/{name}, which cannot be read: {e}") from None
    if file_digest(text) != digest:
        raise SettingsError(f"bot/{name} is not the forest the settings were written with "
                            f"(its digest {file_digest(text)}, the settings' {digest})")
    return parse(text, f"bot/{name}")
