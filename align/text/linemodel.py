"""A learned second opinion on the short lines the cleaning rules keep.

The rules in `data/boilerplate.tsv` name the furniture of the pages they were written from; a site
never seen has its own captions, labels and widgets. This model scores a line by its character
n-grams (one to three characters, digits folded to 0, the line's edges marked) and two shape
features (its length in letters, as a power of two, and whether it ends like a sentence): a
logistic regression trained on the gold body lines and boilerplate snippets of the developed real
pages (`scripts/train_line_model.py`, which writes `data/line_model.json`). Cleaning asks it about
short lines, the headline's lines and the labels glued to a line's edge, after every rule has had
its say.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from align.data import data_file

_SENTENCE_END = re.compile(r"[.!?。！？…”\"'」』)）다요]\s*$")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def line_features(line: str) -> list[str]:
    """The features of a line, with repeats: its character 1-3-grams (NFKC, lower case, digits as
    0, `^` and `$` at the edges), `#len` + ⌊log2(letters + 1)⌋ (at most 8) and `#end` + whether it
    ends like a sentence."""
    text = _SPACES.sub(" ", _DIGIT.sub("0", unicodedata.normalize("NFKC", line).lower())).strip()
    marked = f"^{text}$"
    features = [marked[i : i + n] for n in (1, 2, 3) for i in range(len(marked) - n + 1)]
    letters = sum(ch.isalnum() for ch in text)
    features.append(f"#len{min(8, (letters + 1).bit_length() - 1)}")
    features.append(f"#end{bool(_SENTENCE_END.search(text))}")
    return features


@dataclass(frozen=True)
class LineModel:
    """Feature weights and a bias; a line's score is the sum of its features' weights divided by the
    square root of their count (long lines are not more certain for being long), plus the bias."""

    weights: dict[str, float]
    bias: float

    def probability(self, line: str) -> float:
        """How likely `line` is page furniture rather than article text (0 to 1)."""
        features = line_features(line)
        weights = self.weights
        score = sum(weights.get(feature, 0.0) for feature in features) / math.sqrt(len(features)) + self.bias
        if score >= 0:  # the logistic function, without overflow for a line of 100,000 commas
            return 1.0 / (1.0 + math.exp(-score))
        return math.exp(score) / (1.0 + math.exp(score))


@lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The bundled model (`data/line_model.json`: its training set, bias and feature weights)."""
    content = json.loads(data_file("line_model.json").read_text(encoding="utf-8"))
    return LineModel(dict(content["weights"]), float(content["bias"]))
