"""A learned second opinion on the short lines the cleaning rules keep.

The rules in `data/boilerplate.tsv` name the furniture of the pages they were written from; a site
never seen has its own captions, labels and widgets. This model scores a line by its character
n-grams (one to three characters, digits folded to 0, the line's edges marked) and two shape
features (its length in letters, as a power of two, and whether it ends like a sentence): a
logistic regression trained on the gold body lines and boilerplate snippets of the developed real
pages (`scripts/train_line_model.py`, which writes `data/line_model.json`). Cleaning asks it about
short lines, the headline's lines and the labels glued to a line's edge, after every rule has had
its say.

A second model (`CreditModel`) finds where a credit glued before the article's lead ends when no
`data/prefixes.tsv` row knows its shape (`晋江新闻网讯 记者 王某 通讯员 李某 近日…`): it scores each
place a credit may end (`credit_cuts`) by the text before it, trained on the credits the annotators
marked `prefix` at the start of the developed pages' lines (`scripts/train_line_model.py --model
credit`, which writes `data/credit_model.json`).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from align.data import data_file
from align.script.chars import is_han, is_hangul

_SENTENCE_END = re.compile(r"[.!?。！？…”\"'」』)）다요]\s*$")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def _edge_grams(text: str) -> list[str]:
    """The character 1-3-grams of `text` with `^` and `$` marking its edges, with repeats."""
    marked = f"^{text}$"
    return [marked[i : i + n] for n in (1, 2, 3) for i in range(len(marked) - n + 1)]


def line_features(line: str) -> list[str]:
    """The features of a line, with repeats: its character 1-3-grams (NFKC, lower case, digits as
    0, `^` and `$` at the edges), `#len` + ⌊log2(letters + 1)⌋ (at most 8) and `#end` + whether it
    ends like a sentence."""
    text = _SPACES.sub(" ", _DIGIT.sub("0", unicodedata.normalize("NFKC", line).lower())).strip()
    features = _edge_grams(text)
    letters = sum(ch.isalnum() for ch in text)
    features.append(f"#len{min(8, (letters + 1).bit_length() - 1)}")
    features.append(f"#end{bool(_SENTENCE_END.search(text))}")
    return features


def logistic(weights: dict[str, float], bias: float, features: list[str]) -> float:
    """A logistic regression's probability: the sum of the features' weights divided by the square
    root of their count (a long text is not more certain for being long), plus the bias, through
    the logistic function."""
    score = sum(weights.get(feature, 0.0) for feature in features) / math.sqrt(max(1, len(features))) + bias
    if score >= 0:  # the logistic function, without overflow for a line of 100,000 commas
        return 1.0 / (1.0 + math.exp(-score))
    return math.exp(score) / (1.0 + math.exp(score))


@dataclass(frozen=True)
class LineModel:
    """Feature weights and a bias over `line_features` (see `logistic`)."""

    weights: dict[str, float]
    bias: float

    def probability(self, line: str) -> float:
        """How likely `line` is page furniture rather than article text (0 to 1)."""
        return logistic(self.weights, self.bias, line_features(line))


@lru_cache(maxsize=1)
def line_model() -> LineModel:
    """The bundled model (`data/line_model.json`: its training set, bias and feature weights)."""
    content = json.loads(data_file("line_model.json").read_text(encoding="utf-8"))
    return LineModel(dict(content["weights"]), float(content["bias"]))


# a credit ends at a closing bracket, a bar, a colon, an equals sign or a slash, after the word of a
# dispatch (本报讯, 新华社北京9月24日电), or before a space; the marks are the first two
CREDIT_END_MARKS = frozenset("]】)）〕」』>》〉＞|｜:：=/／讯訊电電")
_CREDIT_REACH = 60  # characters: a credit glued before a lead is shorter
_CREDIT_REST_LETTERS = 8  # the lead keeps at least this many letters after it
_SENTENCE_MARK = re.compile(r"[。！？!?]|[다요]\.")


def credit_cuts(line: str) -> list[int]:
    """Where a credit glued to the start of `line` (a stripped line) may end: after a closing bracket,
    a bar, a colon, an equals sign, a slash or 讯/电, or before a space, within `_CREDIT_REACH`
    characters, leaving at least `_CREDIT_REST_LETTERS` letters of the line."""
    cuts = []
    rest = sum(ch.isalnum() for ch in line)  # the letters from the place on: counted once, a 1 MB line is read once
    for cut in range(1, min(len(line) - 4, _CREDIT_REACH) + 1):
        before, after = line[cut - 1], line[cut]
        rest -= before.isalnum()
        if cut < 2 or before.isspace() or not (before in CREDIT_END_MARKS or after in " \u3000"):
            continue
        if rest >= _CREDIT_REST_LETTERS:
            cuts.append(cut)
    return cuts


def _shape(text: str) -> str:
    """`text` as character classes, each run of Han (H), Hangul (K), digits (9), Latin (A) or spaces
    (_) one mark, other characters themselves: `[K=K_K]` for `[서울=뉴시스 홍길동 기자]`."""
    out: list[str] = []
    for ch in text:
        if is_han(ch):
            mark = "H"
        elif is_hangul(ch):
            mark = "K"
        elif ch.isdigit():
            mark = "9"
        elif ch.isascii() and ch.isalpha():
            mark = "A"
        elif ch.isspace():
            mark = "_"
        else:
            mark = ch
        if not out or out[-1] != mark or mark not in "HK9A_":
            out.append(mark)
    return "".join(out)


def credit_features(line: str, cut: int) -> list[str]:
    """The features of `line[:cut]` as a credit before the rest of `line`: the character it ends on,
    its shape's first four and last six marks, its length (a power of two), whether it holds a
    sentence mark or a comma, the shape of what follows and whether a space does, and its character
    1-3-grams (NFKC, lower case, digits as 0, edges marked)."""
    head = unicodedata.normalize("NFKC", line[:cut]).strip().lower()
    shape = _shape(head)
    features = [
        "t:" + line[cut - 1],
        "sh:" + shape[-6:],
        "shs:" + shape[:4],
        "len:" + str(min(6, len(head).bit_length())),
        "sent:" + str(bool(_SENTENCE_MARK.search(head))),
        "comma:" + str("，" in head or ", " in head),
        "tl:" + _shape(line[cut : cut + 64].lstrip()[:3])[:2],
        "sp:" + str(line[cut : cut + 1].isspace()),
    ]
    features += ["g:" + gram for gram in _edge_grams(_DIGIT.sub("0", head))]
    return features


@dataclass(frozen=True)
class CreditModel:
    """Feature weights and a bias over `credit_features` (see `logistic`)."""

    weights: dict[str, float]
    bias: float

    def probability(self, line: str, cut: int) -> float:
        """How likely `line[:cut]` is a credit glued before the line's own text (0 to 1)."""
        return logistic(self.weights, self.bias, credit_features(line, cut))

    def best_cut(self, line: str, admits: Callable[[str], bool] = lambda head: True) -> tuple[int, float] | None:
        """The likeliest end of a credit at the start of `line` (a stripped line) and its
        probability, among the places `credit_cuts` finds whose text before them `admits`
        accepts; None where no place qualifies."""
        scored = [(self.probability(line, cut), -cut) for cut in credit_cuts(line) if admits(line[:cut])]
        if not scored:
            return None
        probability, cut = max(scored)
        return -cut, probability


@lru_cache(maxsize=1)
def credit_model() -> CreditModel:
    """The bundled credit model (`data/credit_model.json`)."""
    content = json.loads(data_file("credit_model.json").read_text(encoding="utf-8"))
    return CreditModel(dict(content["weights"]), float(content["bias"]))
