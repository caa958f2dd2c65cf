"""Write `align/data/pairing_prior.tsv`, the document frequencies `align pairs` weighs features by
beside the pile's own: the pairing features (`align.corpus.pairing.article_features`, with the
bundled glossary) of the developed split of tests/data/pages, real scraped police-news pages of
many sites in both languages, each language's features found in at least 0.5 % of its pages. The
held-out pages stay out of it. Run after changing `article_features` (and its FEATURES_VERSION)
or the pages; `tests/corpus/test_pairing.py` checks the table's version and page counts."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.corpus.pairing import PRIOR_FILE, article_features, prior_from_articles, write_prior  # noqa: E402
from align.io import atomic_writer  # noqa: E402
from align.terms.glossary import BUNDLED, load_glossary  # noqa: E402
from align.text.segment import segment_file  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"


def reference_pages() -> list[tuple[Path, str]]:
    """The developed pages of tests/data/pages with their language, in their listed order."""
    with (PAGES / "PROVENANCE.tsv").open(encoding="utf-8") as stream:
        return [(PAGES / f"{row['id']}.txt", row["language"]) for row in csv.DictReader(stream, delimiter="\t") if row["split"] == "dev"]


def main() -> None:
    glossary = load_glossary(BUNDLED)
    prior = prior_from_articles(article_features(segment_file(path, lang), glossary) for path, lang in reference_pages())
    target = ROOT / "align" / "data" / PRIOR_FILE
    with atomic_writer(target) as out:
        write_prior(prior, out)
    print(
        f"wrote {target}: "
        + ", ".join(f"{lang} {count} pages, {len(prior.frequency.get(lang, {}))} features" for lang, count in sorted(prior.documents.items()))
    )


if __name__ == "__main__":
    main()
