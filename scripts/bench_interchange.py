"""Interchange with translators' tools, measured with translate-toolkit (not the project's readers):
TMX from `align sentences` and XLIFF-ready units, and the bundled glossary exported to every format
and read back as `--glossary`: entries kept, forms kept, and the three test terms found in a
sentence. The project TSV is the baseline every other format is compared with, in the same run.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.alignment.search import align_sentences  # noqa: E402
from align.io import to_tmx  # noqa: E402
from align.terms.export import export_glossary  # noqa: E402
from align.terms.glossary import BUNDLED, load_glossary  # noqa: E402
from align.terms.matching import find_terms  # noqa: E402
from align.text.inputs import read_presegmented  # noqa: E402

SENTENCE = "경무실과 파출소, 공안청이 함께 단속했다."


def main() -> None:
    from translate.storage import tmx

    bundled = load_glossary(BUNDLED)
    forms = {form for t in bundled.terms for form in t.korean_forms}
    print(f"{'format':8} {'entries back':>13} {'Korean forms back':>18} {'terms found':>12} {'read s':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for to in ("tsv", "tbx", "tbx2008", "google", "deepl", "omegat", "csv"):
            path = Path(folder) / f"glossary.{to}"
            path.write_text(export_glossary(bundled, to), encoding="utf-8")
            start = time.perf_counter()
            back = load_glossary(path)
            seconds = time.perf_counter() - start
            entries = len({(t.ko, t.zh_hans) for t in back.terms} & {(t.ko, t.zh_hans) for t in bundled.terms})
            back_forms = {t.ko for t in back.terms} | {v for t in back.terms for v in t.ko_variants}
            found = len({m.term.ko for m in find_terms(SENTENCE, "ko", back)})
            label = f"{to} (baseline)" if to == "tsv" else to
            print(f"{label:8} {entries:6d}/{len(bundled.terms):<6d} {len(forms & back_forms):8d}/{len(forms):<9d} {found:12d} {seconds:7.2f}")
        ko = read_presegmented(ROOT / "tests" / "data" / "compare" / "jilin-5years.ko.txt", "ko")
        zh = read_presegmented(ROOT / "tests" / "data" / "compare" / "jilin-5years.zh.txt", "zh")
        beads = align_sentences(ko.sentences, zh.sentences, bundled)
        path = Path(folder) / "aligned.tmx"
        path.write_text(to_tmx(beads, ko, zh), encoding="utf-8")
        units = list(tmx.tmxfile.parsefile(str(path)).units)
        both = sum(1 for b in beads if b.ko and b.zh)
        print(f"\nTMX (jilin-5years): {len(units)} units read by translate-toolkit for {both} two-sided beads; {sum(1 for u in units if u.source and u.target)} with source and target")


if __name__ == "__main__":
    main()
