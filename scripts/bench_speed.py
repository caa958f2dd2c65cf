"""Speed where users wait, each figure beside its yardstick in the same run, on text that is not
repeated (unique paragraphs built from real sentences with fresh figures), as issue 18 asks:

* `compare` on claim-dense text: time at 2,000 lines against 4.5 x its time at 500 (linear growth);
* `segment` of unique paragraphs: 10 MB against 12 x 1 MB, both languages; Korean without line
  breaks: 1 MB against 5 x 0.25 MB; a page of short lines with no sentence end (a list, a menu, a
  wrapped poem): 20,000 lines against 4 x 5,000, both languages;
* Korean and Chinese term matching over whole documents against a bare ahocorasick-rs scan of the
  same glossary forms over the same text (the ratio is the share of the automaton's speed kept);
* the commands as users run them, each a fresh process (CPU seconds of the child): `align compare`
  on the bundled sample pair (bar <= 3 s, yardstick: a process that only imports typer); `align
  segment` and `align terms find` on 5 MB of Korean against a regex sentence splitter and a bare
  automaton scan of the same text; `align sentences` 1,000 x 1,000 against nltk's Gale-Church on
  the same sentences; the peak RSS of `align sentences` at --rss-sentences per side (bar <= 1 GB).
"""

from __future__ import annotations

import argparse
import compileall
import gc
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.comparison.compare import compare_reports  # noqa: E402
from align.terms.glossary import BUNDLED, load_glossary  # noqa: E402
from align.terms.matching import term_matcher  # noqa: E402
from align.text.segment import segment_document  # noqa: E402

PARALLEL = ROOT / "tests" / "data" / "parallel"


def lines(lang: str) -> list[str]:
    return (PARALLEL / f"ntrex300.{lang}.txt").read_text(encoding="utf-8").splitlines() + (PARALLEL / f"flores200.{lang}.txt").read_text(encoding="utf-8").splitlines()


def claim_dense(count: int, seed: int) -> tuple[list[str], list[str]]:
    """Line-parallel reports where every other line carries figures."""
    rng = random.Random(seed)
    ko_lines, zh_lines = lines("ko"), lines("zh")
    ko, zh = [], []
    for number in range(count):
        i = rng.randrange(len(ko_lines))
        value = rng.randrange(100, 100_000)
        if number % 2:
            ko.append(f"{ko_lines[i]} 경찰은 사건 {value:,}건을 해결하고 {value // 7}명을 검거했다.")
            zh.append(f"{zh_lines[i]}警方破获案件{value}起，抓获{value // 7}人。")
        else:
            ko.append(ko_lines[i])
            zh.append(zh_lines[i])
    return ko, zh


def unique_text(lang: str, megabytes: float, seed: int, breaks: bool = True) -> str:
    rng = random.Random(seed)
    pool = lines(lang)
    pieces: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        paragraph = (" " if lang == "ko" else "").join(f"{rng.choice(pool)}" for _ in range(4)) + (f" 사건 {rng.randrange(10**6)}건." if lang == "ko" else f"案件{rng.randrange(10**6)}起。")
        pieces.append(paragraph)
        size += len(paragraph.encode())
    return ("\n" if breaks else " ").join(pieces) + "\n"


def fragment_page(lang: str, count: int, seed: int) -> str:
    """An article of five real sentences over `count` short lines cut from other sentences, none
    ending one: the shape of a page whose footer is a long menu or list of links, which cleaning
    reads line by line."""
    rng = random.Random(seed)
    pool = [line for line in lines(lang) if len(line) > 20]
    article = [rng.choice(pool) for _ in range(5)]
    cut: list[str] = []
    for _ in range(count):
        line = rng.choice(pool)
        start = rng.randrange(len(line) - 14)
        cut.append(line[start : start + rng.randint(4, 10)].strip(" .,。，、!?！？\"“”"))
    return "\n".join(article + cut) + "\n"


def seconds(run) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of `run` (the issue's figures are CPU seconds: other work on the machine
    must not move a ratio measured in one process)."""
    gc.collect()  # garbage left by an earlier run is not this run's work
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=float, default=10.0, help="MB of unique paragraphs for the segmentation growth test")
    parser.add_argument("--rss-sentences", type=int, default=100_000, help="sentences per side for the peak-memory run (0: skip)")
    parser.add_argument("--only-processes", action="store_true", help="only the fresh-process figures")
    args = parser.parse_args()
    if args.only_processes:
        fresh_processes(args.rss_sentences)
        return
    glossary = load_glossary(BUNDLED)

    small, large = claim_dense(500, 1), claim_dense(2000, 2)
    compare_reports(*claim_dense(50, 0), glossary)  # warm: matchers, word lists, tables
    # rounds of one small and one large run each, so that both sizes meet the same state of a shared
    # machine (CPU time here varies by a quarter from run to run); the ratio is the median of the rounds' ratios
    rounds = [(seconds(lambda: compare_reports(small[0], small[1], glossary)), seconds(lambda: compare_reports(large[0], large[1], glossary))) for _ in range(5)]
    t500, t2000 = (statistics.median(times) for times in zip(*rounds, strict=True))
    ratio = statistics.median(t_large / t_small for t_small, t_large in rounds)
    print(f"compare, claim-dense (5 rounds): median 500 lines {t500:.2f} s, 2,000 lines {t2000:.2f} s; median of the rounds' ratios {ratio:.2f} (yardstick: linear 4.0, bar <= 4.5)")

    from align.text.kiwi import kiwi

    kiwi().tokenize("경찰이 왔다")  # warm: Kiwi loads once per process, not inside a timing
    for lang in ("ko", "zh"):
        one = unique_text(lang, 1.0, 3)
        ten = unique_text(lang, args.large, 4)
        t1 = seconds(lambda text=one, lang=lang: segment_document(text, lang))
        t10 = seconds(lambda text=ten, lang=lang: segment_document(text, lang))
        print(f"segment {lang}, unique paragraphs: 1 MB {t1:.2f} s, {args.large:g} MB {t10:.2f} s; ratio {t10 / t1:.2f} (yardstick: linear {args.large:g}, bar <= {1.2 * args.large:g})")
    quarter = unique_text("ko", 0.25, 5, breaks=False)
    whole = unique_text("ko", 1.0, 6, breaks=False)
    # medians of 3: a quarter of a MB takes about a tenth of a second, which one run measures too roughly for a ratio
    tq = statistics.median(seconds(lambda: segment_document(quarter, "ko")) for _ in range(3))
    tw = statistics.median(seconds(lambda: segment_document(whole, "ko")) for _ in range(3))
    print(f"segment ko without line breaks (median of 3): 0.25 MB {tq:.2f} s, 1 MB {tw:.2f} s; ratio {tw / tq:.2f} (yardstick: linear 4, bar <= 5)")
    for lang in ("ko", "zh"):
        small_page, large_page = fragment_page(lang, 5000, 8), fragment_page(lang, 20000, 9)
        t_small = statistics.median(seconds(lambda text=small_page, lang=lang: segment_document(text, lang)) for _ in range(3))
        t_large = statistics.median(seconds(lambda text=large_page, lang=lang: segment_document(text, lang)) for _ in range(3))
        print(f"segment {lang}, a page of short lines (median of 3): 5,000 lines {t_small:.2f} s, 20,000 lines {t_large:.2f} s; ratio {t_large / t_small:.2f} (yardstick: linear 4, bar <= 5)")

    import ahocorasick_rs

    for lang in ("ko", "zh"):
        text = unique_text(lang, 2.0, 7)
        matcher = term_matcher(glossary, lang, check_morphemes=False)
        ours = seconds(lambda matcher=matcher, text=text: matcher.find(text))
        forms = sorted({f for t in glossary.terms for f in (t.korean_forms if lang == "ko" else t.chinese_forms)})
        bare = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        baseline = seconds(lambda bare=bare, text=text: bare.find_matches_as_indexes(text))
        megabytes = len(text.encode()) / 1e6
        print(f"terms {lang}: {megabytes / ours:.1f} MB/s against a bare ahocorasick-rs scan {megabytes / baseline:.1f} MB/s: {baseline / ours:.2f} x (bar >= {0.25 if lang == 'ko' else 0.4})")
    fresh_processes(args.rss_sentences)


def child_cpu(*command: str) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS (MB) of one fresh child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, after.ru_maxrss / 1024


def regex_sentences(text: str) -> list[str]:
    """The yardstick splitter: line by line, after . ! ? and whitespace."""
    return [s for line in text.splitlines() for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]


# The yardsticks as commands too (start-up, reading and writing included, as for `align`)
_REGEX_PROCESS = """import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[.!?])\\s+", line.strip()):
            if sentence:
                out.write(sentence + "\\n")
"""
_SCAN_PROCESS = """import sys, ahocorasick_rs
forms = open(sys.argv[1], encoding="utf-8").read().splitlines()
text = open(sys.argv[2], encoding="utf-8").read()
automaton = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for index, start, end in automaton.find_matches_as_indexes(text):
        out.write(f"{start}\\t{end}\\t{forms[index]}\\n")
"""


def fresh_processes(rss_sentences: int) -> None:
    # An installed package runs from its byte-code (pip compiles it on install); an editable
    # checkout under PYTHONDONTWRITEBYTECODE would recompile every module in every child and charge
    # that to the command, so the package is byte-compiled once first (the children only read it).
    compileall.compile_dir(str(ROOT / "align"), quiet=1)
    align = [sys.executable, "-m", "align.cli"]
    samples = ROOT / "data" / "samples"
    typer_cpu = statistics.median(child_cpu(sys.executable, "-c", "import typer")[0] for _ in range(3))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        compare_cpu = statistics.median(
            child_cpu(*align, "compare", str(samples / "jilin-police-2024.ko.txt"), str(samples / "jilin-police-2024.zh.txt"), "-o", str(out / "c.tsv"))[0]
            for _ in range(3)
        )
        print(f"align compare, sample pair, fresh process: {compare_cpu:.2f} s CPU (bar <= 3 s); a process importing typer: {typer_cpu:.2f} s")

        korean = unique_text("ko", 5.0, 11)
        (out / "ko5.txt").write_text(korean, encoding="utf-8")
        start = time.process_time()
        regex_sentences((out / "ko5.txt").read_text(encoding="utf-8"))
        regex = time.process_time() - start
        segment_cpu = child_cpu(*align, "segment", str(out / "ko5.txt"), "-q", "-o", str(out / "s.tsv"))[0]
        (out / "regex_split.py").write_text(_REGEX_PROCESS, encoding="utf-8")
        regex_process = child_cpu(sys.executable, str(out / "regex_split.py"), str(out / "ko5.txt"), str(out / "r.tsv"))[0]
        print(
            f"align segment, 5 MB Korean, fresh process: {segment_cpu:.2f} s CPU; regex splitter {regex:.3f} s: {regex / segment_cpu:.3f} x (bar >= 0.20); "
            f"the regex splitter as a fresh process that reads the file and writes its sentences {regex_process:.3f} s: {regex_process / segment_cpu:.3f} x"
        )

        import ahocorasick_rs

        glossary = load_glossary(BUNDLED)
        start = time.process_time()
        forms = sorted({f for t in glossary.terms for f in t.korean_forms})
        ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest).find_matches_as_indexes(korean)
        bare = time.process_time() - start
        find_cpu = child_cpu(*align, "terms", "find", str(out / "ko5.txt"), "-q", "-o", str(out / "t.tsv"))[0]
        (out / "forms.txt").write_text("\n".join(forms) + "\n", encoding="utf-8")
        (out / "scan.py").write_text(_SCAN_PROCESS, encoding="utf-8")
        scan_process = child_cpu(sys.executable, str(out / "scan.py"), str(out / "forms.txt"), str(out / "ko5.txt"), str(out / "m.tsv"))[0]
        print(
            f"align terms find, 5 MB Korean, fresh process: {find_cpu:.2f} s CPU; bare automaton build and scan {bare:.3f} s: {bare / find_cpu:.3f} x (bar >= 0.25); "
            f"the bare scan as a fresh process that reads the files and writes its matches {scan_process:.3f} s: {scan_process / find_cpu:.3f} x"
        )

        rng = random.Random(0)
        ko_lines, zh_lines = lines("ko"), lines("zh")
        picks = [rng.randrange(len(ko_lines)) for _ in range(1000)]
        (out / "a.ko.txt").write_text("\n".join(ko_lines[i] for i in picks) + "\n", encoding="utf-8")
        (out / "a.zh.txt").write_text("\n".join(zh_lines[i] for i in picks) + "\n", encoding="utf-8")
        sentences_cpu = statistics.median(
            child_cpu(*align, "sentences", str(out / "a.ko.txt"), str(out / "a.zh.txt"), "--presegmented", "-o", str(out / "a.tsv"))[0] for _ in range(3)
        )
        from nltk.translate.gale_church import align_blocks

        start = time.process_time()
        align_blocks([len(ko_lines[i]) for i in picks], [len(zh_lines[i]) for i in picks])
        gale_church = time.process_time() - start
        print(f"align sentences 1,000 x 1,000, fresh process: {sentences_cpu:.2f} s CPU; nltk Gale-Church {gale_church:.2f} s: {sentences_cpu / gale_church:.3f} x (bar <= 0.05)")

        if rss_sentences:
            picks = [rng.randrange(len(ko_lines)) for _ in range(rss_sentences)]
            (out / "b.ko.txt").write_text("\n".join(f"{ko_lines[i]} {n}" for n, i in enumerate(picks)) + "\n", encoding="utf-8")
            (out / "b.zh.txt").write_text("\n".join(f"{zh_lines[i]}{n}" for n, i in enumerate(picks)) + "\n", encoding="utf-8")
            start = time.perf_counter()
            _, rss = child_cpu(*align, "sentences", str(out / "b.ko.txt"), str(out / "b.zh.txt"), "--presegmented", "-o", str(out / "b.tsv"))
            print(f"align sentences {rss_sentences:,} x {rss_sentences:,}: peak RSS {rss:.0f} MB (bar <= 1024 MB), {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
