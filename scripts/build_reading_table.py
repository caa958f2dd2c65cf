"""Write `align/data/hanja_readings.tsv`, the main Hangul reading of each Chinese character, derived
from libhangul's character dictionary by `align.script.readings.derive_reading_table`, then
`align/data/hanja_traditional.tsv`, the simplified-to-traditional conversion the readings use,
derived from OpenCC's `s2t` and jieba's word list by `derive_traditional_table` (run after changing
the dictionary, OpenCC, jieba or the derivation; `tests/script/test_readings.py` checks both files
are current)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402
from align.script.readings import (  # noqa: E402
    READING_TABLE,
    TRADITIONAL_TABLE,
    TRADITIONAL_WORD_MINIMUM,
    derive_reading_table,
    derive_traditional_table,
    reading_table_text,
    traditional_table_text,
)
from align.terms.words import dictionary_words  # noqa: E402


def main() -> None:
    target = ROOT / "align" / "data" / READING_TABLE
    table = derive_reading_table()
    with atomic_writer(target) as stream:
        stream.write(reading_table_text(table))
    print(f"{target}: {len(table):,} characters")
    target = ROOT / "align" / "data" / TRADITIONAL_TABLE
    try:
        conversion = derive_traditional_table(dictionary_words(TRADITIONAL_WORD_MINIMUM))
    except (ValueError, ModuleNotFoundError) as error:  # OpenCC's output out of step, or jieba missing
        sys.exit(f"build_reading_table: {target.name}: {error}")
    with atomic_writer(target) as stream:
        stream.write(traditional_table_text(conversion))
    words = sum(1 for simplified in conversion if len(simplified) > 1)
    print(f"{target}: {len(conversion) - words:,} characters, {words:,} words")


if __name__ == "__main__":
    main()
