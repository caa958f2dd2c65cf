"""Train the line model that cleaning consults on short lines, or (`--model credit`) the credit model it
consults on the lead's start (`align/text/linemodel.py`).

Training units are the gold body lines (label 0) and the boilerplate snippets (label 1) of the
developed pages only: tests/data/pages and tests/data/html, `split` = dev in their PROVENANCE.tsv.
Held-out pages are never read. The model is an L2-regularised logistic regression over
`line_features`, fitted with L-BFGS (scipy, `pip install '.[train]'`); weights smaller than
`--prune` are left out of the file. Deterministic: the same pages give the same file.

    python scripts/train_line_model.py            # writes align/data/line_model.json
    python scripts/train_line_model.py --sites-except FILE -o OUT   # for experiments
    python scripts/train_line_model.py --cross-validate 0.1,0.3,1 --thresholds 0.7,0.8   # folds by site
    python scripts/train_line_model.py --cross-validate 0.1 --setting line_model_fragmented_threshold --thresholds 0.9,0.95,1

Cross-validation groups the developed pages by site into --folds folds; each fold's pages are scored
by a model trained on the others, so every figure is for sites the model never saw. It prints, per
L2 weight: the share of short boilerplate snippets caught when at most 1 % of short body lines are
(the line model alone), and what cleaning keeps of the fold's pages (text and HTML) with the model at the cleaning
threshold (body lines lost, boilerplate snippets kept), beside cleaning with the model off.

The credit model's units are the places a credit may end in the developed text pages' lines that
open a gold body line (`credit_cuts`): the end of the snippets tagged `prefix` glued before it (1),
every other place (0).

    python scripts/train_line_model.py --model credit      # writes align/data/credit_model.json
    python scripts/train_line_model.py --model credit --cross-validate 0.1 --thresholds 0.1,0.3,0.5,1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.io import atomic_writer  # noqa: E402
from align.text.evaluate import listed_pages, read_annotated_page, site_host  # noqa: E402
from align.text.linemodel import CreditModel, LineModel, credit_cuts, credit_features, line_features  # noqa: E402

FOLDERS = (ROOT / "tests" / "data" / "pages", ROOT / "tests" / "data" / "html")
OUTPUT = ROOT / "align" / "data" / "line_model.json"


def developed_pages(folders: Sequence[Path] = FOLDERS, exclude_sites: Iterable[str] = ()) -> list[Path]:
    """The annotated developed pages of the folders (`NNN.txt` or `NNN.html`), minus some sites."""
    excluded = set(exclude_sites)
    listed = [page for folder in folders for page in listed_pages(folder)]
    unknown = excluded - {page.site for page in listed}
    pages = [page.path for page in listed if page.split == "dev" and page.site not in excluded and page.path is not None]
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


def glued_credit_end(line: str, credits: Sequence[str], gold: Sequence[str]) -> int | None:
    """Where the credits glued to the start of `line` (a stripped page line) end, 0 where none is,
    each credit within two characters of the one before (`本报讯 (记者 王某)`); None when what follows
    them is not the start of a gold body line."""
    position, found = 0, True
    while found:
        found = False
        for credit in sorted(credits, key=len, reverse=True):
            at = line.find(credit, position)
            if 0 <= at - position <= 2:
                position, found = at + len(credit), True
                break
    rest = line[position:].lstrip(" \u3000")
    return position if len(rest) >= 4 and any(rest.startswith(body) for body in gold) else None


def credit_units(pages: Iterable[Path]) -> tuple[list[tuple[str, int]], list[int]]:
    """Each place a credit may end (`credit_cuts`) in the lines of the text pages that open a gold
    body line, as (line, place): 1 at the end of the `prefix` snippets glued before it, 0 elsewhere."""
    units: list[tuple[str, int]] = []
    labels: list[int] = []
    for path in pages:
        if path.suffix != ".txt":
            continue
        page = read_annotated_page(path)
        credits = [snippet.strip() for snippet, tag in zip(page.boilerplate, page.tags) if tag == "prefix" and snippet.strip()]
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            end = glued_credit_end(line, credits, page.gold) if len(line) >= 8 else None
            if end is None:
                continue
            for cut in credit_cuts(line):
                units.append((line, cut))
                labels.append(int(cut == end))
    return units, labels


@dataclass(frozen=True)
class ModelKind:
    """What one of the two models is trained on and how cleaning meets it."""

    units: Callable[[Iterable[Path]], tuple[list[Any], list[int]]]  # the training units of some pages, and their labels
    features: Callable[[Any], list[str]]  # a unit's features
    build: Callable[[dict[str, float], float], LineModel | CreditModel]  # the model of some weights and a bias
    patched: str  # where cleaning gets the bundled model (patched by a fold's model in cross-validation)
    output: Path
    setting: str  # the cleaning threshold of the model's answers
    described: str  # how `trained_on` names the labels 0 and 1


KINDS = {
    "line": ModelKind(
        training_units, line_features, LineModel, "align.text.linemodel.line_model", OUTPUT, "line_model_threshold", "{0} body lines, {1} boilerplate snippets"
    ),
    "credit": ModelKind(
        credit_units,
        lambda unit: credit_features(*unit),
        CreditModel,
        "align.text.linemodel.credit_model",
        ROOT / "align" / "data" / "credit_model.json",
        "credit_model_threshold",
        "{0} places in the text pages' lines opening a body line that end no credit, {1} that end one",
    ),
}


def fit(units: Sequence[list[str]], labels: Sequence[int], l2: float = 1.0) -> tuple[dict[str, float], float]:
    """Feature weights and bias of the logistic regression (features scaled by 1/sqrt(count))."""
    from scipy.optimize import minimize

    index: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, features in enumerate(units):
        scale = 1 / math.sqrt(len(features))
        for feature in features:
            rows.append(row)
            cols.append(index.setdefault(feature, len(index)))
            values.append(scale)
    r, c, v = np.array(rows), np.array(cols), np.array(values)
    y = np.array(labels, dtype=float)
    size = len(index)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = np.bincount(r, weights=v * w[c], minlength=len(units)) + w[-1]
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


def _site_folds(folds: int) -> dict[Path, int]:
    """Each developed page's fold: its site's host hashed modulo `folds` (a site is never split)."""
    return {
        page.path: int(hashlib.sha256(site_host(page.site).encode()).hexdigest(), 16) % folds
        for folder in FOLDERS
        for page in listed_pages(folder)
        if page.split == "dev" and page.path is not None
    }


def cross_validate(kind: ModelKind, l2s: Sequence[float], values: Sequence[float], folds: int, prune: float, setting: str) -> None:
    """Print the site-grouped cross-validation figures for each L2 weight and each value of a
    cleaning setting (`setting`, the model's threshold unless told; see the module doc)."""
    from dataclasses import replace
    from unittest import mock

    from align.text.clean import CleaningSettings
    from align.text.evaluate import CleaningScore, score_cleaning
    from align.text.segment import segment_file

    fold_of = _site_folds(folds)
    letters = CleaningSettings().line_model_letters
    units = {page: kind.units([page]) for page in fold_of}
    annotated = {page: read_annotated_page(page) for page in fold_of}

    def cleaned(page: Path, value: float, field: str = setting) -> CleaningScore:
        kept = [s.text for s in segment_file(page, cleaning=replace(CleaningSettings(), **{field: value})).sentences]
        return score_cleaning(kept, annotated[page].gold, annotated[page].boilerplate)

    def line(name: str, score: CleaningScore) -> str:
        return f"{name}: {score.body - score.body_kept} body lines lost, {score.snippets_kept} snippets kept (recall {score.recall:.4f}, boilerplate kept {score.boilerplate_kept:.4f})"

    print(f"{len(fold_of)} developed pages in {folds} folds by site; " + line("model off", sum((cleaned(page, 1.0, "line_model_threshold") for page in fold_of), CleaningScore(0, 0, 0, 0, 0))))
    for l2 in l2s:
        scored: list[tuple[float, int]] = []  # (probability, label) of short units, each from a model that never saw its site
        scores = dict.fromkeys(values, CleaningScore(0, 0, 0, 0, 0))
        for fold in range(folds):
            asked_in_fold = 0
            train = [page for page, f in fold_of.items() if f != fold]
            training, labels = _joined(units[page] for page in train)
            weights, bias = fit([kind.features(unit) for unit in training], labels, l2)
            model = kind.build({f: w for f, w in weights.items() if abs(w) >= prune}, bias)
            for page in (page for page, f in fold_of.items() if f == fold):
                if isinstance(model, LineModel):
                    scored += [(model.probability(text), label) for text, label in zip(*units[page]) if sum(ch.isalnum() for ch in text) <= letters]
                with mock.patch(kind.patched, return_value=model) as asked:
                    for value in values:
                        scores[value] = scores[value] + cleaned(page, value)
                asked_in_fold += asked.call_count
            if not asked_in_fold:  # cleaning no longer asks for the model where it is patched: the figures would be the bundled model's
                raise RuntimeError("cleaning never consulted the fold's model")
        body = sorted((p for p, label in scored if label == 0), reverse=True)
        if body:
            cut = body[len(body) // 100]
            caught = sum(p > cut for p, label in scored if label == 1) / max(1, sum(label for _, label in scored))
            print(f"l2 {l2:g}: the model alone catches {caught:.3f} of short snippets at 1 % of short body lines")
        else:
            print(f"l2 {l2:g}:")
        for value, score in scores.items():
            print("  " + line(f"cleaning at {setting} {value:g}", score))


def _joined(parts: Iterable[tuple[list[Any], list[int]]]) -> tuple[list[Any], list[int]]:
    """Several pages' training units, as one list of units and one of labels."""
    texts: list[Any] = []
    labels: list[int] = []
    for part_texts, part_labels in parts:
        texts += part_texts
        labels += part_labels
    return texts, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=sorted(KINDS), default="line", help="the model to train (line: the line model; credit: the credit model)")
    parser.add_argument("-o", "--output", type=Path, help="where to write it (default: the bundled model's file)")
    parser.add_argument("--l2", type=float, default=0.1, help="L2 weight (0.1, with the cleaning threshold 0.8: chosen by --cross-validate; the credit model's too)")
    parser.add_argument("--prune", type=float, default=0.05, help="leave out weights smaller than this (0.05: half the weights of 0.01, the same cleaning on the developed pages, and half the load time of every process that cleans)")
    parser.add_argument("--sites-except", type=Path, help="a file of sites (one per line) to leave out of training")
    parser.add_argument("--cross-validate", metavar="L2S", help="comma-separated L2 weights to cross-validate by site (writes nothing)")
    parser.add_argument("--thresholds", default="0.8", help="comma-separated values of --setting for --cross-validate")
    parser.add_argument("--setting", help="the CleaningSettings field --thresholds sweeps (default: the model's threshold; line_model_fragmented_threshold, line_model_letters, …)")
    parser.add_argument("--folds", type=int, default=6)
    args = parser.parse_args()
    kind = KINDS[args.model]
    if args.cross_validate and (args.output or args.sites_except):
        parser.error("--cross-validate writes nothing and uses every developed page: leave out -o and --sites-except")
    if args.cross_validate:
        from dataclasses import fields

        from align.text.clean import CleaningSettings

        setting = args.setting or kind.setting
        if setting not in {field.name for field in fields(CleaningSettings)}:
            parser.error(f"--setting: CleaningSettings has no field {setting!r}")
        cross_validate(kind, [float(x) for x in args.cross_validate.split(",")], [float(x) for x in args.thresholds.split(",")], args.folds, args.prune, setting)
        return
    output = args.output or kind.output
    try:
        excluded = [site.strip() for site in args.sites_except.read_text(encoding="utf-8").splitlines() if site.strip()] if args.sites_except else []
        pages = developed_pages(exclude_sites=excluded)
        units, labels = kind.units(pages)
        weights, bias = fit([kind.features(unit) for unit in units], labels, args.l2)
    except (OSError, ValueError, RuntimeError) as error:
        sys.exit(f"train_line_model: {error}")
    kept = {feature: round(weight, 4) for feature, weight in sorted(weights.items()) if abs(weight) >= args.prune}
    content = {
        "trained_on": f"{len(pages)} developed pages of tests/data/pages and tests/data/html: " + kind.described.format(labels.count(0), labels.count(1)),
        "l2": args.l2,
        "bias": round(bias, 4),
        "weights": kept,
    }
    with atomic_writer(output) as stream:
        json.dump(content, stream, ensure_ascii=False, indent=0, sort_keys=True)
        stream.write("\n")
    print(f"{content['trained_on']}; {len(kept)} of {len(weights)} weights kept -> {output}")


if __name__ == "__main__":
    main()
