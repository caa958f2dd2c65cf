"""Train the line model that cleaning consults on short lines (`align/text/linemodel.py`).

Training units are the gold body lines (label 0) and the boilerplate snippets (label 1) of the
developed pages only: tests/data/pages and tests/data/html, `split` = dev in their PROVENANCE.tsv.
Held-out pages are never read. The model is an L2-regularised logistic regression over
`line_features`, fitted with L-BFGS (scipy, `pip install '.[train]'`); weights smaller than
`--prune` are left out of the file. Deterministic: the same pages give the same file.

    python scripts/train_line_model.py            # writes align/data/line_model.json
    python scripts/train_line_model.py --sites-except FILE -o OUT   # for experiments
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402
from align.text.evaluate import read_annotated_page  # noqa: E402
from align.text.linemodel import line_features  # noqa: E402

FOLDERS = (ROOT / "tests" / "data" / "pages", ROOT / "tests" / "data" / "html")
OUTPUT = ROOT / "align" / "data" / "line_model.json"


def developed_pages(folders: Sequence[Path] = FOLDERS, exclude_sites: Iterable[str] = ()) -> list[Path]:
    """The annotated developed pages of the folders (`NNN.txt` or `NNN.html`), minus some sites."""
    excluded = set(exclude_sites)
    unknown = set(excluded)
    pages = []
    for folder in folders:
        with open(folder / "PROVENANCE.tsv", encoding="utf-8") as stream:
            for row in csv.DictReader(stream, delimiter="\t"):
                unknown.discard(row.get("site", ""))
                if row["split"] != "dev" or row.get("site", "") in excluded:
                    continue
                page = next((p for p in (folder / f"{row['id']}.txt", folder / f"{row['id']}.html") if p.exists()), None)
                if page is not None:
                    pages.append(page)
    if unknown:
        raise ValueError(f"sites to leave out that no page has: {', '.join(sorted(unknown))}")
    return pages


def training_units(pages: Iterable[Path]) -> tuple[list[str], list[int]]:
    """Gold lines (0) and boilerplate snippets of at least two characters (1)."""
    texts: list[str] = []
    labels: list[int] = []
    for path in pages:
        page = read_annotated_page(path)
        snippets = [s for s in page.boilerplate if len(s.strip()) >= 2]
        texts += [*page.gold, *snippets]
        labels += [0] * len(page.gold) + [1] * len(snippets)
    return texts, labels


def fit(texts: Sequence[str], labels: Sequence[int], l2: float = 1.0) -> tuple[dict[str, float], float]:
    """Feature weights and bias of the logistic regression (features scaled by 1/sqrt(count))."""
    from scipy.optimize import minimize

    index: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        features = line_features(text)
        scale = 1 / math.sqrt(len(features))
        for feature in features:
            rows.append(row)
            cols.append(index.setdefault(feature, len(index)))
            values.append(scale)
    r, c, v = np.array(rows), np.array(cols), np.array(values)
    y = np.array(labels, dtype=float)
    size = len(index)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.bincount(r, weights=v * w[c], minlength=len(texts)) + w[-1]
        p = 1 / (1 + np.exp(-z))
        value = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) + l2 * float(w[:-1] @ w[:-1]) / 2
        residual = p - y
        gradient = np.append(np.bincount(c, weights=v * residual[r], minlength=size) + l2 * w[:-1], residual.sum())
        return value, gradient

    result = minimize(loss, np.zeros(size + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    if not result.success:
        raise RuntimeError(f"training did not converge: {result.message}")
    names = sorted(index, key=index.__getitem__)
    return {name: float(result.x[index[name]]) for name in names}, float(result.x[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--prune", type=float, default=0.01, help="leave out weights smaller than this")
    parser.add_argument("--sites-except", type=Path, help="a file of sites (one per line) to leave out of training")
    args = parser.parse_args()
    try:
        excluded = [site.strip() for site in args.sites_except.read_text(encoding="utf-8").splitlines() if site.strip()] if args.sites_except else []
        pages = developed_pages(exclude_sites=excluded)
        texts, labels = training_units(pages)
        weights, bias = fit(texts, labels, args.l2)
    except (OSError, ValueError, RuntimeError) as error:
        sys.exit(f"train_line_model: {error}")
    kept = {feature: round(weight, 4) for feature, weight in sorted(weights.items()) if abs(weight) >= args.prune}
    content = {
        "trained_on": f"{len(pages)} developed pages of tests/data/pages and tests/data/html: {labels.count(0)} body lines, {labels.count(1)} boilerplate snippets",
        "l2": args.l2,
        "bias": round(bias, 4),
        "weights": kept,
    }
    with atomic_writer(args.output) as stream:
        json.dump(content, stream, ensure_ascii=False, indent=0, sort_keys=True)
        stream.write("\n")
    print(f"{content['trained_on']}; {len(kept)} of {len(weights)} weights kept -> {args.output}")


if __name__ == "__main__":
    main()
