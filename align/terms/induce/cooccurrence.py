"""Co-occurrence over aligned sentence pairs: terms that are not readings (격자원 ↔ 网格员)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from typing import NamedTuple

from align.terms.induce.words import bounds_a_term, chinese_lexicon

_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


class BeadWords(NamedTuple):
    """The Korean units and Chinese words of one aligned sentence pair, with its texts."""

    units: set[str]
    words: set[str]
    korean: str
    chinese: str


@dataclass(frozen=True)
class Association:
    """A Korean unit and the Chinese word it keeps company with."""

    ko: str
    zh: str
    together: int  # sentence pairs with both
    dice: float
    example_ko: str
    example_zh: str


def associations(
    beads: Sequence[BeadWords],
    explained_ko: set[str],
    explained_zh: set[str],
    minimum: int = 2,
    min_dice: float = 0.6,
    untied_from: int = 3,
) -> list[Association]:
    """Dice over aligned sentence pairs: for each Korean unit its best Chinese word, only where no
    reading or gloss already explains either side (a surname-led short word needs the bridge: names).

    Two shared sentence pairs are enough when the best word is unambiguous (벌금 ~ 罚款, each seen
    twice, always together); from `untied_from` on, ties go to the longest dictionary word. A pair
    needs `minimum` shared sentence pairs and a Dice of `min_dice`."""
    ko_count = Counter(unit for bead in beads for unit in bead.units)
    zh_count = Counter(word for bead in beads for word in bead.words)
    joint: Counter[tuple[str, str]] = Counter()
    for bead in beads:
        frequent_words = [w for w in bead.words if zh_count[w] >= minimum and bounds_a_term(w)]
        frequent_units = [unit for unit in bead.units if ko_count[unit] >= minimum]
        joint.update(product(frequent_units, frequent_words))
    options: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    for (unit, word), together in joint.items():
        dice = 2 * together / (ko_count[unit] + zh_count[word])
        if together >= minimum and dice >= min_dice:
            options[unit].append((together, dice, word))
    found = []
    for unit, scored in options.items():
        top = max((together, dice) for together, dice, _ in scored)
        tied = [word for together, dice, word in scored if (together, dice) == top and word not in explained_zh]
        tied = [w for w in tied if not any(w != other and w in other for other in tied)]  # 恐怖 inside 恐怖主义
        if not tied or (len(tied) > 1 and top[0] < untied_from) or unit in explained_ko:
            continue
        word = max(tied, key=lambda w: (w in chinese_lexicon(), len(w), w))
        if word[0] in _SURNAMES and len(word) <= 3:
            continue
        example = next(bead for bead in beads if unit in bead.units and word in bead.words)
        found.append(Association(unit, word, top[0], top[1], example.korean, example.chinese))
    return found
