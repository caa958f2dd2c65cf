"""Start-up cost of the command line: `align --help` beside `python -c "import typer"` in the same run.

Each command runs --runs times as a fresh process; the medians of wall-clock time are compared as a
ratio (the target is at most 1.6). Also lists which heavy libraries `import align` and
`align --help` load: none of numpy, pandas, Kiwi, jieba, OpenCC, CTranslate2 should be among them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

HEAVY = ("numpy", "pandas", "kiwipiepy", "jieba", "opencc", "ctranslate2", "sentencepiece", "ahocorasick_rs", "sacrebleu", "tqdm")
PROBE = "import sys; {code}; print(','.join(m for m in {heavy!r} if m in sys.modules))"


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def heavy_modules(code: str) -> str:
    probe = PROBE.format(code=code, heavy=HEAVY)
    return subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.strip() or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    installed = shutil.which("align")  # the console script as users run it, else the same entry point
    help_command = [installed, "--help"] if installed else [sys.executable, "-c", "import sys; sys.argv = ['align', '--help']; from align.cli import main; main()"]
    baseline_command = [sys.executable, "-c", "import typer"]
    median_seconds(help_command, 2)  # warm the file cache and the bytecode
    ours = median_seconds(help_command, args.runs)
    baseline = median_seconds(baseline_command, args.runs)
    print(f"{'command':36} {'median s':>9}")
    print(f"{'align --help':36} {ours:9.3f}")
    label = 'python -c "import typer" (baseline)'
    print(f"{label:36} {baseline:9.3f}")
    print(f"ratio: {ours / baseline:.2f} (target <= 1.6)")
    print(f"heavy modules after `import align`: {heavy_modules('import align')}")
    print(f"heavy modules after `align --help`: {heavy_modules('import align.cli')}")


if __name__ == "__main__":
    main()
