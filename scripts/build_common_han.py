"""Write `align/data/common_han.txt`, the Han characters of everyday Chinese text in both scripts:
the `COMMON_HAN` most frequent characters of jieba's dictionary (each character weighted by the
counts of the words it is in), and their traditional forms by OpenCC's `s2t`. Decoding asks it
whether a reading of a page's bytes is Chinese text or another codec's bytes read as Chinese
characters (`align/text/decode.py`). Run after changing jieba or OpenCC; `tests/text/test_decode.py`
checks the file is current."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402
from align.terms.words import common_han_text  # noqa: E402
from align.text.decode import COMMON_HAN_FILE  # noqa: E402


def main() -> None:
    target = ROOT / "align" / "data" / COMMON_HAN_FILE
    with atomic_writer(target) as out:
        out.write(common_han_text())
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
