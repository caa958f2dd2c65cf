"""Cleaning on real pages: body-sentence recall and boilerplate kept, on the developed and the
held-out pages separately, beside a baseline measured in the same run.

Text pages (tests/data/pages: scraped text, boilerplate included): `segment_document` against a
naive splitter that keeps every line and splits it after sentence punctuation. HTML pages
(tests/data/html, when present): the toolkit's HTML path against trafilatura's text alone, and
their metadata (title, publication date, author) against trafilatura's own.
Also: a seed article with its newlines removed (sentences kept, time per 100 KB), and one long line
with a photo credit glued after each sentence, against the same line without them; on the text pages,
how many kept gold body lines the splitter cuts inside (a gold line is one sentence, or a quotation
and its speaker, as the annotators read it), beside a plain split after . ! ? 。！？ of the same lines.
Also: the lead lines of 160 pages from sites outside the gold set (tests/data/leads): the credits glued
before the first sentence that cleaning cuts off, and the leads without one it cuts into, beside the naive
splitter, which cuts nothing; and the photo captions (tests/data/captions) and related-article lines
(tests/data/related) of further pages: how many cleaning drops, and how many of the body lines beside them
it keeps, beside the rules alone and the naive splitter (which drops none). And the saved pages saved again
as one file, as Chromium's "Webpage, Single File" saves them (MHTML: tests/data/mhtml, or all of them with
`--mhtml-folder` after `scripts/save_mhtml.py tests/data/html/*.html -o DIR`), beside the pages themselves.
Bars (issue 12): recall >= 0.95 and boilerplate kept <= 5 % on held-out pages.
"""

from __future__ import annotations

import argparse
import re
import time
import timeit
from collections.abc import Callable, Collection, Mapping, Sequence
from pathlib import Path

from align.text.clean import CleaningSettings
from align.text.decode import read_text
from align.text.evaluate import (
    FURNITURE,
    AnnotatedPage,
    CleaningScore,
    LabelledLine,
    compact,
    labelled_lines_kept,
    leads_cut,
    listed_pages,
    read_annotated_page,
    read_labelled_lines,
    score_cleaning,
    shared_sites,
)
from align.text.segment import segment_document, segment_file

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def naive_sentences(text: str) -> list[str]:
    """Every non-blank line, split after . ! ? 。！？ — what a cleaner must beat on boilerplate."""
    sentences = []
    for line in text.splitlines():
        sentences += [s.strip() for s in re.split(r"(?<=[.!?。！？])\s*", line) if s.strip()]
    return sentences


def splits(folder: Path) -> dict[str, str]:
    return {page.id: page.split for page in listed_pages(folder)}


def evaluate(folder: Path, suffix: str, systems: dict[str, Callable[[Path], Sequence[str]]]) -> None:
    """Each system's figures on the folder's listed pages whose file ends in `suffix` (`.txt`, `.html`)."""
    split_of = splits(folder)
    annotated = [  # in PROVENANCE.tsv order
        page.path
        for page in listed_pages(folder)
        if page.path is not None
        and page.path.suffix == suffix
        and all((folder / f"{page.id}.{part}.txt").exists() for part in ("gold", "boilerplate"))
    ]
    pages = [read_annotated_page(path) for path in annotated]
    shown = folder.relative_to(DATA.parent.parent) if folder.is_relative_to(DATA.parent.parent) else folder
    print(f"\n{shown}: {len(pages)} pages")
    print(f"{'split':8} {'system':34} {'pages':>5} {'recall':>7} {'boilerplate kept':>17}")
    named = [split_of.get(p.path.name.split(".")[0], "") for p in pages]
    for split in [s for s in ("dev", "heldout", *sorted(set(named) - {"dev", "heldout"})) if s in named]:  # an outside folder's own splits after these
        chosen = [p for p in pages if split_of.get(p.path.name.split(".")[0]) == split]
        for name, total in scored(chosen, {name: _on_path(system) for name, system in systems.items()}).items():
            print(score_row(split, name, total))


def _on_path(system: Callable[[Path], Sequence[str]]) -> Callable[[AnnotatedPage], Sequence[str]]:
    return lambda page: system(page.path)


def _of_page(kept: dict[str, list[str]]) -> Callable[[AnnotatedPage], Sequence[str]]:
    return lambda page: kept[page.path.stem]


def scored(pages: Sequence[AnnotatedPage], systems: Mapping[str, Callable[[AnnotatedPage], Sequence[str]]]) -> dict[str, CleaningScore]:
    """Each system's cleaning score summed over the annotated pages (a system gives a page's kept sentences)."""
    totals = dict.fromkeys(systems, CleaningScore(0, 0, 0, 0, 0))
    for page in pages:
        for name, system in systems.items():
            totals[name] = totals[name] + score_cleaning(system(page), page.gold, page.boilerplate)
    return totals


def score_row(split: str, name: str, total: CleaningScore) -> str:
    """One line of a figures table: the split, the system, its pages, recall and boilerplate kept."""
    return f"{split:8} {name:34} {total.pages:5d} {total.recall:7.3f} {total.boilerplate_kept:17.3f}"


# the cleaning rules alone, without the learned line model's second opinion
RULES_ONLY = CleaningSettings(line_model_threshold=1.0)


def text_pages() -> None:
    def ours(path: Path) -> list[str]:
        return [s.text for s in segment_document(path.read_text(encoding="utf-8")).sentences]

    def rules_only(path: Path) -> list[str]:
        return [s.text for s in segment_document(path.read_text(encoding="utf-8"), cleaning=RULES_ONLY).sentences]

    def naive(path: Path) -> list[str]:
        return naive_sentences(path.read_text(encoding="utf-8"))

    evaluate(DATA / "pages", ".txt", {"align segment": ours, "rules only (line model off)": rules_only, "naive line splitter (baseline)": naive})


def split_agreement() -> None:
    """Of the gold body lines cleaning keeps, how many the splitter cuts inside (`…过?!睕荜…` a
    mojibake run read as a sentence end, a quotation cut from its speaker), beside the plain
    punctuation split of the same lines (`naive_sentences`)."""
    print("\ngold body lines kept but cut inside by the splitter (text pages)")
    for split_name, ids in _split_ids(DATA / "pages").items():
        kept = ours = naive = 0
        for page in ids:
            path = DATA / "pages" / f"{page}.txt"
            annotated = read_annotated_page(path)
            sentences = [compact(s.text) for s in segment_document(path.read_text(encoding="utf-8")).sentences]
            whole, flat = "\n".join(sentences), "".join(sentences)
            for line in annotated.gold:
                if not compact(line) or compact(line) not in flat:
                    continue
                kept += 1
                ours += compact(line) not in whole
                naive += len(naive_sentences(line)) > 1
        print(f"  {split_name:8} align segment {ours:4d} of {kept} ({ours / max(1, kept):.3f}); plain punctuation split (baseline) {naive:4d} ({naive / max(1, kept):.3f})")


def html_pages(folder: Path = DATA / "html") -> None:
    """The HTML path on a folder of annotated saved pages (`tests/data/html`, or one kept outside the
    repository in the same format: `--html-folder`)."""
    if not (folder / "PROVENANCE.tsv").exists():
        print(f"\n(no HTML pages in {folder})")
        return

    def ours(path: Path) -> list[str]:
        return [s.text for s in segment_file(path).sentences]

    def rules_only(path: Path) -> list[str]:
        return [s.text for s in segment_file(path, cleaning=RULES_ONLY).sentences]

    def trafilatura_alone(path: Path) -> list[str]:
        import trafilatura

        document = trafilatura.bare_extraction(read_text(path).text, include_comments=False, include_tables=False)
        return naive_sentences(document.text if document is not None and document.text else "")

    evaluate(folder, ".html", {"align segment (HTML)": ours, "rules only (line model off)": rules_only, "trafilatura alone (baseline)": trafilatura_alone})


def mhtml_pages(folder: Path = DATA / "mhtml", pages: Path = DATA / "html") -> None:
    """The saved pages of `pages` (tests/data/html) that `folder` holds saved again as one file, as
    Chromium's "Webpage, Single File" saves them (`ID.mhtml`, by `scripts/save_mhtml.py`): the
    figures of `align segment` on each archive beside its own on the page's HTML, how many archives
    give the very sentences and metadata their page gives, and trafilatura on the archive's bytes
    (the baseline: a reader of HTML given the archive as a saved page)."""
    saved = {path.stem: path for path in folder.glob("*.mhtml")}
    listed = [page for page in listed_pages(pages) if page.path is not None and page.id in saved]
    if not listed:
        print(f"\n(no MHTML saves of the pages of {pages.name} in {folder})")
        return

    def trafilatura_alone(path: Path) -> list[str]:
        import trafilatura

        document = trafilatura.bare_extraction(path.read_bytes().decode("utf-8", "replace"), include_comments=False, include_tables=False)
        return naive_sentences(document.text if document is not None and document.text else "")

    print(f"\nsaved pages of {pages.name} saved again as MHTML ({folder}): {len(listed)} pages")
    print(f"{'split':8} {'system':34} {'pages':>5} {'recall':>7} {'boilerplate kept':>17}  same sentences and metadata as the page")
    for split in ("dev", "heldout"):
        chosen = [page for page in listed if page.split == split]
        if not chosen:
            continue
        annotated = {page.id: read_annotated_page(page.path) for page in chosen}
        archives = {page_id: segment_file(saved[page_id]) for page_id in annotated}
        htmls = {page_id: segment_file(annotated[page_id].path) for page_id in annotated}
        same = sum([s.text for s in archives[i].sentences] == [s.text for s in htmls[i].sentences] and archives[i].metadata == htmls[i].metadata for i in annotated)
        kept = {
            "align segment (MHTML)": {i: [s.text for s in archives[i].sentences] for i in annotated},
            "align segment (its HTML)": {i: [s.text for s in htmls[i].sentences] for i in annotated},
            "trafilatura alone (baseline)": {i: trafilatura_alone(saved[i]) for i in annotated},
        }
        systems = {name: _of_page(by_page) for name, by_page in kept.items()}
        for name, total in scored(list(annotated.values()), systems).items():
            print(score_row(split, name, total) + (f"  {same} of {len(chosen)}" if name == "align segment (MHTML)" else ""))


def html_metadata(folder: Path = DATA / "html") -> None:
    """The metadata of the saved pages that have a `NN.meta.json` (the headline, the publication
    date, the author, as the annotators read them off the page): how often `segment_file`'s
    title, `published` date and byline (or source or editor line holding the author's name) are
    right, beside trafilatura's own title, date and author (default settings) on the same pages."""
    import json

    import trafilatura

    split_of = splits(folder)
    metas = sorted(folder.glob("*.meta.json"))
    if not metas:
        return

    def bare(text: str | None) -> str:
        return "".join((text or "").split())

    scores: dict[tuple[str, str], list[int]] = {}
    for meta in metas:
        page = meta.name.split(".")[0]
        gold = json.loads(meta.read_text(encoding="utf-8"))
        path = folder / f"{page}.html"
        if not path.exists():
            continue
        found = segment_file(path).metadata
        named = bare(f"{found.byline or ''}{found.source or ''}{found.editor or ''}")
        baseline = trafilatura.bare_extraction(read_text(path).text, with_metadata=True)
        author = bare(gold.get("author"))
        for system, title, date, credited in (
            ("align segment (HTML)", found.title, found.published, bool(author) and author in named),
            ("trafilatura alone (baseline)", getattr(baseline, "title", None), getattr(baseline, "date", None), bool(author) and author in bare(getattr(baseline, "author", None))),
        ):
            row = scores.setdefault((split_of.get(page, ""), system), [0, 0, 0, 0, 0])
            row[0] += 1
            row[1] += bare(title) == bare(gold["title"])
            row[2] += (date or "")[:10] == gold["date"]
            row[3] += bool(author)
            row[4] += credited
    print(f"\nmetadata of the saved pages with a meta.json ({folder.name}): right / pages (author: of the pages naming one)")
    print(f"{'split':8} {'system':34} {'pages':>5} {'title':>7} {'date':>7} {'author':>8}")
    for (split, system), (pages, title, date, authored, credited) in sorted(scores.items(), key=lambda item: (item[0][0] != "dev", item[0][0], item[0][1])):
        print(f"{split:8} {system:34} {pages:5d} {title:4d}/{pages:<2d} {date:4d}/{pages:<2d} {credited:4d}/{authored:<3d}")


def _time_one_line(line: str, lang: str, name: str) -> None:
    """The time to segment one long line, the best of three runs (a pause of the collector or a lazy
    load in one run is not the line's cost)."""
    text = line + "\n"
    seconds = min(timeit.repeat(lambda: segment_document(text, lang), number=1, repeat=3))
    print(f"  one {lang} line of {len(text.encode('utf-8')) // 1000} KB, {name}: {seconds / (len(text.encode('utf-8')) / 100_000):.3f} s per 100 KB")


def one_line_seeds() -> None:
    print("\nseeds with every newline removed")
    for path in sorted((DATA / "seeds").glob("0*_*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = [line for line in (DATA / "seeds" / f"{path.name[:3]}.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
        flat = re.sub(r"\s*\n\s*", " ", text)
        start = time.perf_counter()
        kept = [s.text for s in segment_document(flat).sentences]
        seconds = time.perf_counter() - start
        score = score_cleaning(kept, gold, [])
        per_100kb = seconds / (len(flat.encode("utf-8")) / 100_000)
        print(f"  {path.name[:3]}: {score.body_kept}/{score.body} gold sentences kept ({score.recall:.2f}), {per_100kb:.3f} s per 100 KB")
    # a page that lost its line breaks, with a photo credit glued after each sentence: each credit cut
    # out must not make the line's time grow with its square (the same sentences without credits: baseline)
    for lang, sentence, credit in (("zh", "民警接到报警后迅速赶到现场，将嫌疑人{}控制。", "(警方提供)"), ("ko", "경찰은 A씨 등 {}명을 검거했다고 밝혔다. ", "(사진=경남경찰청) ")):
        for name, glued in (("photo credits glued between its sentences", credit), ("no credits (baseline)", "")):
            _time_one_line("".join(sentence.format(number) + glued for number in range(4000)), lang, name)
    # the same with the spaces of the lost line breaks left between sentences and credits: each piece of
    # the line is cut at the lost breaks inside it alone, not asked about every break of the line; the
    # baseline has the credit's words unbracketed (no credit), and as many breaks found lost
    for name, glued in (("photo credits and lost line breaks", "(警方提供) 民警将嫌疑人控制 "), ("lost line breaks, no credits (baseline)", "警方通报民警将嫌疑人控制 ")):
        _time_one_line("".join(f"民警在现场勘查了{number}个小时。" + glued for number in range(8000)), "zh", name)
    # a long run of one character after a credit word (blanks, dashes): a pattern that
    # could start anywhere inside the run must not scan the rest of it from each place (code review 60c
    # found 20,000 blanks took 10 s); the baseline is ordinary sentences of the same length
    for lang, name, line in (
        ("zh", "记者 + 20,000 ideographic spaces + )", "记者" + "\u3000" * 20_000 + ")"),
        ("zh", "(张三 李四 + 20,000 spaces + 报道", "(张三 李四" + " " * 20_000 + "报道"),
        ("zh", "( + 20,000 spaces + 报道", "(" + " " * 20_000 + "报道"),
        ("ko", "[서울=뉴시스] + 40,000 dashes", "[서울=뉴시스]" + "-" * 40_000),
        ("zh", "ordinary sentences, 20,000 characters (baseline)", "民警在现场勘查了三个小时。" * 1540),
    ):
        _time_one_line(line, lang, name)
    # a page of one caption line printed thousands of times (each copy over the same photo credit)
    for name, line in (("a caption line and its credit", "民警在现场勘查。\n(警方提供)\n"), ("a sentence (baseline)", "民警在现场勘查了三个小时。\n")):
        text = line * 3500
        start = time.perf_counter()
        segment_document(text, "zh")
        print(f"  {len(text.splitlines())} lines, {name} repeated: {time.perf_counter() - start:.2f} s")


# a sentence that is finished: Korean, it ends in sentence punctuation, a closing quotation, or a
# predicate's final ending (했다, 합니다, 있어요: TV copy often drops the period); Chinese, in
# sentence punctuation or a closing quotation or bracket
_FINISHED = {
    "ko": re.compile(r"(?:[.!?。！？…”’\"'」』)\]]|[다요까죠])\s*$"),
    "zh": re.compile(r"[.!?。！？…”’\"'」』)）\]]\s*$"),
}
_WRAPPING = {
    "ko": "Korean sentences left unfinished (no sentence end), on pages the cleaner finds hard-wrapped at clause boundaries",
    "zh": "Chinese sentences left unfinished (no sentence end), on pages the cleaner finds wrapped at a fixed width",
}


def rejoined_pages(lang: str) -> None:
    """Copy hard-wrapped into lines (Korean: a broadcaster's script, a post a clause per line;
    Chinese: a board post wrapped at a fixed width) is rejoined into its sentences: on the gold
    pages' sentences of such pages, how many are left unfinished, beside the same cleaning with
    rejoining off (the baseline)."""
    off = CleaningSettings(rejoin=False)
    print(f"\n{_WRAPPING[lang]}")
    for split_name, ids in _split_ids(DATA / "pages").items():
        counts = {"rejoined": [0, 0, 0], "rejoining off (baseline)": [0, 0, 0]}
        for page in ids:
            text = (DATA / "pages" / f"{page}.txt").read_text(encoding="utf-8")
            document = segment_document(text)
            if document.lang != lang or not any("\n" in s.text for s in document.sentences):
                continue
            for name, sentences in (("rejoined", document.sentences), ("rejoining off (baseline)", segment_document(text, cleaning=off).sentences)):
                body = [s for s in sentences if s.text.strip() != (document.metadata.title or "").strip()]
                counts[name][0] += 1
                counts[name][1] += len(body)
                counts[name][2] += sum(1 for s in body if not _FINISHED[lang].search(s.clean))
        for name, (pages, total, unfinished) in counts.items():
            print(f"  {split_name:8} {name:26} {pages:3d} pages {total:4d} sentences, {unfinished:3d} unfinished ({unfinished / max(1, total):.3f})")


def _shared_note(table: Path) -> None:
    """One line naming how many of an unseen-sites table's sites the gold page set has taken a page from
    since (tests/data/unseen_sites_in_gold.tsv records them): rules may have been written from those
    pages, so the figures below are not all on unseen sites."""
    shared = shared_sites(DATA / "pages", table)
    if shared:
        print(f"  ({len(shared)} of its sites have a page in the gold set too, taken later; the figures include them)")


def glued_credits() -> None:
    """The lead lines of pages from sites outside the gold set (tests/data/leads), by split and
    language: how many credits glued before the first sentence cleaning cuts off, how many leads it
    cuts into (past the credit, or at the start of a lead without one), how many it loses; beside
    the naive splitter, which cuts nothing."""
    folder = DATA / "leads"
    if not (folder / "leads.tsv").exists():
        return
    scored = leads_cut(folder)
    print(f"\n{folder.relative_to(DATA.parent.parent)}: lead lines of {len(scored)} pages from sites not in the gold set when the set was made")
    _shared_note(folder / "leads.tsv")
    for split, lang in [(split, lang) for split in ("dev", "heldout") for lang in ("ko", "zh")]:
        group = [lead for lead in scored if lead.row.lang == lang and lead.row.split == split]
        if not group:
            continue
        credited = sum(bool(lead.row.prefix) for lead in group)
        cut = sum(bool(lead.cut.prefix_cut) for lead in group)
        overcut = sum(lead.cut.overcut for lead in group)
        lost = sum(not lead.cut.lead_kept for lead in group)
        credit_lines = sum(lead.credit_line_kept is not None for lead in group)
        credit_lines_kept = sum(bool(lead.credit_line_kept) for lead in group)
        print(
            f"  {split:8} {lang}  {len(group):3d} pages: glued credits cut {cut} of {credited} (naive splitter, baseline: 0), "
            f"leads cut into past their credit or without one {overcut}, leads lost {lost}; credit lines of their own kept {credit_lines_kept} of {credit_lines}"
        )


def labelled_lines(name: str, what: str) -> None:
    """A labelled-line set of pages from sites outside the gold set (tests/data/<name>/<name>.tsv:
    photo captions, lists of other articles), by split and script: how many of its furniture lines
    cleaning drops, how many of the body lines next to them (and of the body lines that look like
    furniture) it keeps; the same with the rules alone, and the naive splitter, which drops nothing,
    as the baseline."""
    folder = DATA / name
    if not (folder / f"{name}.tsv").exists():
        return
    rows = read_labelled_lines(folder / f"{name}.tsv")
    print(f"\n{folder.relative_to(DATA.parent.parent)}: {len(rows)} labelled lines of {len({row.id for row in rows})} pages from sites not in the gold set when the set was made ({what})")
    _shared_note(folder / f"{name}.tsv")
    kept = {"align segment": labelled_lines_kept(folder, rows), "rules only": labelled_lines_kept(folder, rows, RULES_ONLY)}
    for split in sorted({row.split for row in rows}):
        for script in ("hangul", "hans", "hant"):
            group = [row for row in rows if row.script == script and row.split == split]
            if not group:
                continue
            for system in ("align segment", "rules only", "naive splitter (baseline)"):
                furniture, body, alike = (_kept_of(group, kinds, kept, system) for kinds in (FURNITURE, {"body"}, {"notcaption", "notrelated"}))
                print(
                    f"  {split:8} {script:6} {system:26} {what} dropped {furniture[1] - furniture[0]:3d} of {furniture[1]:3d}, "
                    f"body lines kept {body[0]:3d} of {body[1]:3d}, look-alike body lines kept {alike[0]:2d} of {alike[1]:2d}"
                )


def _kept_of(rows: list[LabelledLine], kinds: Collection[str], kept: dict[str, dict[LabelledLine, bool]], system: str) -> tuple[int, int]:
    """How many of the rows of `kinds` the system kept, and how many there are (a system without
    figures in `kept`, the naive splitter, keeps every line)."""
    chosen = [row for row in rows if row.kind in kinds]
    return sum(kept[system][row] if system in kept else True for row in chosen), len(chosen)


def _split_ids(folder: Path) -> dict[str, list[str]]:
    by_split: dict[str, list[str]] = {}
    for page, split_name in splits(folder).items():
        by_split.setdefault(split_name, []).append(page)
    return {name: sorted(ids) for name, ids in sorted(by_split.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--html-folder",
        type=Path,
        action="append",
        default=[],
        help="also measure a folder of saved pages annotated as tests/data/html is (PROVENANCE.tsv with id and split, NN.html, NN.gold.txt, NN.boilerplate.txt), e.g. pages that may not be redistributed",
    )
    parser.add_argument(
        "--mhtml-folder",
        type=Path,
        default=DATA / "mhtml",
        help="MHTML saves of the pages of tests/data/html (ID.mhtml, by scripts/save_mhtml.py) to measure beside the pages themselves (default: tests/data/mhtml)",
    )
    arguments = parser.parse_args()
    text_pages()
    split_agreement()
    html_pages()
    html_metadata()
    mhtml_pages(arguments.mhtml_folder)
    for folder in arguments.html_folder:
        html_pages(folder)
        html_metadata(folder)
    glued_credits()
    labelled_lines("captions", "photo captions")
    labelled_lines("related", "related-article lines")
    one_line_seeds()
    rejoined_pages("ko")
    rejoined_pages("zh")


if __name__ == "__main__":
    main()
