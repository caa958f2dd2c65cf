"""Write `align/data/hanja_readings.tsv`, the main Hangul reading of each Chinese character, derived
from libhangul's character dictionary by `align.script.readings.derive_reading_table` (run after
changing the dictionary or the derivation; `tests/script/test_readings.py` checks the file is
current)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402
from align.script.readings import READING_TABLE, derive_reading_table, reading_table_text  # noqa: E402


def main() -> None:
    target = ROOT / "align" / "data" / READING_TABLE
    table = derive_reading_table()
    with atomic_writer(target) as stream:
        stream.write(reading_table_text(table))
    print(f"{target}: {len(table):,} characters")


if __name__ == "__main__":
    main()
