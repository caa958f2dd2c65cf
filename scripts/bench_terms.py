"""Term-matching throughput with a 10,000-term glossary, next to one big regular expression.

The bundled glossary is grown to --terms entries with generated variants (place and unit prefixes:
길림성 경무실 / 吉林省警务室 …), then both matchers run over the seed articles repeated to
--megabytes per language. The baseline is the textbook approach: one alternation of every
Korean (or Chinese) form, longest first, over the raw text — no spelling or script tolerance,
so it also finds less. Figures are UTF-8 megabytes per second, in the same run.
"""

from __future__ import annotations

import argparse
import itertools
import re
import time
from pathlib import Path

from align.terms.glossary import BUNDLED, Glossary, Term, load_glossary
from align.terms.matching import TermMatcher

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"
LANG = {"000": "ko", "001": "zh", "002": "zh", "003": "zh", "004": "ko"}
PREFIXES = [
    ("길림성", "吉林省"), ("연변주", "延边州"), ("장춘시", "长春市"), ("통화시", "通化市"), ("백성시", "白城市"),
    ("연길시", "延吉市"), ("도문시", "图们市"), ("훈춘시", "珲春市"), ("룡정시", "龙井市"), ("화룡시", "和龙市"),
    ("돈화시", "敦化市"), ("왕청현", "汪清县"), ("안도현", "安图县"), ("사평시", "四平市"), ("료원시", "辽源市"),
    ("송원시", "松原市"), ("백산시", "白山市"), ("매하구시", "梅河口市"), ("공주령시", "公主岭市"), ("유하현", "柳河县"),
    ("집안시", "集安市"), ("림강시", "临江市"), ("반석시", "磐石市"), ("교하시", "蛟河市"), ("화전시", "桦甸市"),
]


def grown_glossary(size: int) -> Glossary:
    base = load_glossary(BUNDLED)
    terms = list(base.terms)
    for (ko_prefix, zh_prefix), term in itertools.product(PREFIXES, base.terms):
        if len(terms) >= size:
            break
        terms.append(Term(f"{ko_prefix} {term.ko}", zh_prefix + term.zh_hans, "", (), term.kind))
    return Glossary(tuple(terms[:size]))


def documents(lang: str, megabytes: float) -> list[str]:
    texts = [next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8") for seed, seed_lang in LANG.items() if seed_lang == lang]
    out: list[str] = []
    while sum(len(t.encode()) for t in out) < megabytes * 1e6:
        out.extend(texts)
    return out


def throughput(texts: list[str], find) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    size = sum(len(t.encode()) for t in texts)
    start = time.perf_counter()
    found = sum(len(find(t)) for t in texts)
    return size / (time.perf_counter() - start), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    glossary = grown_glossary(args.terms)
    print(f"glossary: {len(glossary)} terms; text: {args.megabytes:g} MB per language")
    print(f"{'lang':4}  {'system':34} {'MB/s':>7} {'matches':>9} {'ratio':>6}")
    overall = []
    for lang in ("ko", "zh"):
        texts = documents(lang, args.megabytes)
        start = time.perf_counter()
        matcher = TermMatcher(glossary, lang)
        matcher.find(texts[0])
        build = time.perf_counter() - start
        ours, found = throughput(texts, matcher.find)
        forms = {f for t in glossary.terms for f in (t.korean_forms if lang == "ko" else t.chinese_forms)}
        regex = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
        baseline, baseline_found = throughput(texts, regex.findall)
        overall.append(ours)
        print(f"{lang:4}  {f'align TermMatcher (build {build:.1f}s)':34} {ours / 1e6:7.2f} {found:9d} {ours / baseline:5.1f}x")
        print(f"{lang:4}  {'one regex alternation, raw text':34} {baseline / 1e6:7.2f} {baseline_found:9d} {1:5.1f}x")
    print(f"slowest language: {min(overall) / 1e6:.2f} MB/s (target >= 10 MB/s)")


if __name__ == "__main__":
    main()
