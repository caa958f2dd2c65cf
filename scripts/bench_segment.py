"""Segmentation throughput on the seed articles, next to Kiwi's own sentence splitter.

Prints bytes (UTF-8) per second for Korean and Chinese: the seeds, boilerplate included, repeated
until each language has at least --megabytes of text, segmented document by document as
`align segment` does. The baseline is kiwipiepy's `split_into_sents` on the same Korean and Chinese
text in the same run (on a slice, since it is much slower; its rate is what is compared).

Saved HTML pages, as `align segment` reads them (`segment_file`: decode, extract, clean the extracted
and the visible text, split), in bytes of the page per second: the real pages of tests/data/html, and
one page of --page-megabytes printing a real article's paragraphs again and again (a new user's 5 MB
page, report 10). Baselines in the same run, on the same pages: trafilatura's own extraction
(`bare_extraction`, as the toolkit calls it), and the text path (`segment_document`) over the text the
extraction gives (for the big page, the article's text repeated as often), in the same page bytes per
second: what the HTML path costs above extracting, and above reading text.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from align.text.decode import read_text
from align.text.segment import segment_document, segment_file

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SEEDS = DATA / "seeds"
LANG = {"000": "ko", "001": "zh", "002": "zh", "003": "zh", "004": "ko"}


def corpus(lang: str, megabytes: float) -> list[str]:
    texts = [next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8") for seed, seed_lang in LANG.items() if seed_lang == lang]
    documents: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for text in texts:
            documents.append(text)
            size += len(text.encode("utf-8"))
    return documents


def rate(documents: list[str], run) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    size = sum(len(d.encode("utf-8")) for d in documents)
    start = time.perf_counter()
    for document in documents:
        run(document)
    elapsed = time.perf_counter() - start
    return size / elapsed, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--baseline-megabytes", type=float, default=0.3)
    parser.add_argument("--page-megabytes", type=float, default=5.0, help="the size of the repeated saved page")
    args = parser.parse_args()

    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    segment_document("워밍업 문장이다. 预热。", "ko")  # load tables once, as a long-running process would
    total_bytes = total_seconds = 0.0
    print(f"{'lang':4}  {'system':28} {'MB':>6} {'MB/s':>8} {'ratio':>7}")
    for lang in ("ko", "zh"):
        documents = corpus(lang, args.megabytes)
        ours, seconds = rate(documents, lambda d, lang=lang: segment_document(d, lang))
        size = sum(len(d.encode("utf-8")) for d in documents)
        total_bytes += size
        total_seconds += seconds
        baseline_docs = corpus(lang, args.baseline_megabytes)
        kiwi_rate, _ = rate(baseline_docs, kiwi.split_into_sents)
        print(f"{lang:4}  {'align segment (clean+split)':28} {size / 1e6:6.2f} {ours / 1e6:8.2f} {ours / kiwi_rate:6.1f}x")
        print(f"{lang:4}  {'kiwipiepy split_into_sents':28} {sum(len(d.encode()) for d in baseline_docs) / 1e6:6.2f} {kiwi_rate / 1e6:8.3f} {1:6.1f}x")
    print(f"overall: {total_bytes / total_seconds / 1e6:.2f} MB/s over {total_bytes / 1e6:.1f} MB (target >= 1 MB/s)")
    html_pages(args.page_megabytes)


def repeated_page(megabytes: float, folder: Path) -> tuple[Path, Path]:
    """A saved page printing a real article's paragraphs again and again up to `megabytes`, and a text
    file of the article repeated as often (the text path's baseline)."""
    import html

    article = (DATA / "docpairs" / "ko" / "k008.txt").read_text(encoding="utf-8")
    lines = [line for line in article.splitlines() if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    copies = int(megabytes * 1e6) // len(body.encode()) + 1
    page, text = folder / "repeated.html", folder / "repeated.txt"
    page.write_text(f"<html><head><meta charset='utf-8'><title>길림신문</title></head><body><div class='article'>{body * copies}</div></body></html>", encoding="utf-8")
    text.write_text("\n".join(lines * copies) + "\n", encoding="utf-8")
    return page, text


def html_pages(megabytes: float) -> None:
    """Saved pages through `segment_file`, beside trafilatura's extraction and the text path on the same pages."""
    import tempfile

    import trafilatura

    from align.text.html import extract_html

    def extraction(path: Path) -> None:
        trafilatura.bare_extraction(read_text(path).text, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True)

    def timed(paths: list[Path], run) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        for path in paths:
            run(path)
        return time.perf_counter() - start

    print(f"\n{'pages':22} {'system':40} {'MB':>6} {'MB/s':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory() as folder:
        page, text = repeated_page(megabytes, Path(folder))
        real = sorted((DATA / "html").glob("*.html"))
        extracted = {path: extract_html(read_text(path).text).text for path in real}
        for name, paths, texts in ((f"tests/data/html ({len(real)})", real, None), ("one repeated page", [page], text)):
            size = sum(path.stat().st_size for path in paths)
            rows = [
                ("align segment (segment_file)", timed(paths, segment_file)),
                ("trafilatura bare_extraction (baseline)", timed(paths, extraction)),
                (
                    "text path on the extracted text (baseline)",
                    timed(paths, lambda path: segment_document(extracted[path], "auto"))
                    if texts is None
                    else timed([texts], lambda path: segment_document(read_text(path).text, "auto")),
                ),
            ]
            for system, seconds in rows:
                print(f"{name:22} {system:40} {size / 1e6:6.2f} {size / seconds / 1e6:8.2f} {seconds:8.1f}")


if __name__ == "__main__":
    main()
