"""Realistic test material for aligners: parallel text with merges, splits, omissions and insertions.

Starting from line-parallel sentences, a seeded perturbation merges adjacent sentences on one side,
splits sentences at a comma, deletes sentences on either side and inserts foreign ones, and keeps
the gold beads that result. Used by the alignment benchmark and tests.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from align.alignment.search import Bead


@dataclass(frozen=True)
class PerturbedPair:
    ko: list[str]
    zh: list[str]
    gold: list[Bead]


_COMMA = {"ko": re.compile(r", "), "zh": re.compile(r"[，,]")}


def _split_at_comma(sentence: str, lang: str) -> list[str] | None:
    commas = [m.end() for m in _COMMA[lang].finditer(sentence)]
    commas = [c for c in commas if 8 <= c <= len(sentence) - 8]
    if not commas:
        return None
    cut = min(commas, key=lambda c: abs(c - len(sentence) / 2))
    return [sentence[:cut].rstrip(), sentence[cut:].lstrip()]


def perturb_parallel(
    ko: Sequence[str],
    zh: Sequence[str],
    seed: int = 0,
    merge: float = 0.10,
    split: float = 0.05,
    delete: float = 0.05,
    insert: float = 0.03,
    foreign_ko: Sequence[str] = (),
    foreign_zh: Sequence[str] = (),
    delete_side: str | None = None,
) -> PerturbedPair:
    """Perturb line-parallel `ko`/`zh`; each rate is a share of the original sentence pairs.

    Deletions fall on either side at random, or all on `delete_side` ('ko' or 'zh') to model a
    report that condenses the other.
    """
    if len(ko) != len(zh):
        raise ValueError(f"not line-parallel: {len(ko)} Korean and {len(zh)} Chinese sentences")
    rng = random.Random(seed)
    units: list[tuple[list[str], list[str]]] = [([k], [z]) for k, z in zip(ko, zh)]
    touched: set[int] = set()
    n = len(units)

    def pick(count: int, allowed) -> list[int]:  # type: ignore[no-untyped-def]
        candidates = [u for u in range(n) if u not in touched and allowed(u)]
        chosen = rng.sample(candidates, min(count, len(candidates)))
        touched.update(chosen)
        return chosen

    merged_into: dict[int, int] = {}
    for u in pick(round(merge * n), lambda u: u + 1 < n and u + 1 not in touched and u not in merged_into.values()):
        touched.add(u + 1)
        side = rng.choice(("ko", "zh"))
        k1, z1 = units[u]
        k2, z2 = units[u + 1]
        joined = (k1[0] + " " + k2[0]) if side == "ko" else (z1[0] + z2[0])
        units[u] = ([joined], z1 + z2) if side == "ko" else (k1 + k2, [joined])
        merged_into[u + 1] = u
    for u in pick(round(split * n), lambda u: True):
        side = rng.choice(("ko", "zh"))
        k, z = units[u]
        pieces = _split_at_comma((k if side == "ko" else z)[0], side)
        if pieces:
            units[u] = (pieces, z) if side == "ko" else (k, pieces)
    for u in pick(round(delete * n), lambda u: True):
        k, z = units[u]
        side = delete_side or rng.choice(("ko", "zh"))
        units[u] = ([], z) if side == "ko" else (k, [])
    kept = [unit for u, unit in enumerate(units) if u not in merged_into]
    inserts = round(insert * n)
    for _ in range(inserts):
        side = rng.choice(("ko", "zh"))
        pool = foreign_ko if side == "ko" else foreign_zh
        if not pool:
            continue
        sentence = rng.choice(list(pool))
        kept.insert(rng.randrange(len(kept) + 1), ([sentence], []) if side == "ko" else ([], [sentence]))
    out_ko: list[str] = []
    out_zh: list[str] = []
    gold: list[Bead] = []
    for k, z in kept:
        ko_ids = tuple(range(len(out_ko), len(out_ko) + len(k)))
        zh_ids = tuple(range(len(out_zh), len(out_zh) + len(z)))
        out_ko.extend(k)
        out_zh.extend(z)
        if ko_ids and zh_ids:
            gold.append(Bead(ko_ids, zh_ids, 1.0))
        else:
            gold.extend(Bead((i,), (), 0.0) for i in ko_ids)
            gold.extend(Bead((), (j,), 0.0) for j in zh_ids)
    return PerturbedPair(out_ko, out_zh, gold)
