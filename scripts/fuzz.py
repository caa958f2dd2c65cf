"""Fuzz the toolkit's invariants with hostile text (tests/strategies.py): every Unicode digit kind,
digits glued to CJK characters, lone surrogates, combining marks, bidi controls, NUL, BOMs, emoji
and long runs of digits, 亿 or punctuation.

Runs each invariant --examples times (10,000 by default) and prints, per invariant, how many
examples ran and the first failure with its smallest example, if any. Exit status 1 if any failed.
The same invariants run 25-60 times each in tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.strategies import encodings, news_text
from tests.test_robustness import (
    check_decode,
    check_glossary_file,
    check_keys,
    check_numbers,
    check_pipeline,
    check_reading,
    check_segment,
)

LANG = st.sampled_from(["ko", "zh"])
GLOSSARY_HEADERS = st.sampled_from(["", "ko\tzh_hans\n", "ko,zh-CN,zh-TW\n", "<martif><text><body><termEntry>", "ko\tzh_hans\tzh_hant\tko_variants\tkind\tnote\tsource\n"])
INVARIANTS: dict[str, tuple[Callable[..., None], tuple[Any, ...], float]] = {
    # name: (check, strategies, share of --examples)
    "segment: every character kept or dropped, offsets exact": (check_segment, (news_text(), LANG), 1.0),
    "segment_file bytes: every supported encoding decodes or fails in one line": (check_decode, (news_text(), encodings()), 1.0),
    "parse_numbers: figures quote the text, finite values": (check_numbers, (news_text(), LANG), 1.0),
    "hanja_reading: same length, never a crash": (check_reading, (news_text(),), 1.0),
    "korean_key / chinese_key: offset maps stay inside the text": (check_keys, (news_text(),), 1.0),
    "align_sentences / compare / find_terms / HTML report": (check_pipeline, (news_text(12), news_text(12)), 1.0),
    "glossary loading: any file loads or is refused in FILE:LINE lines": (check_glossary_file, (news_text(), GLOSSARY_HEADERS), 1.0),
}


def run(check: Callable[..., None], strategies: tuple[Any, ...], examples: int) -> tuple[int, str | None]:
    ran = 0

    def counted(values: tuple[Any, ...]) -> None:
        nonlocal ran
        ran += 1
        check(*values)

    test = settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))(given(st.tuples(*strategies))(counted))
    try:
        test()
    except Exception as error:  # hypothesis re-raises the failure of the smallest example it found
        return ran, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    return ran, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    failed = 0
    print(f"{'invariant':76} {'examples':>9} {'failures':>9} {'seconds':>8}")
    for name, (check, strategies, share) in INVARIANTS.items():
        start = time.perf_counter()
        ran, failure = run(check, strategies, max(1, int(args.examples * share)))
        failed += failure is not None
        print(f"{name:76} {ran:9d} {int(failure is not None):9d} {time.perf_counter() - start:8.1f}")
        if failure:
            print(f"    {failure}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
