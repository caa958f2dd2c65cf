"""Corpus runs: many document pairs through `compare`, on a local process pool or on Dask, and
resumable; and the per-pair half of `terms build` (reading, splitting, aligning) on the same engines.

Each pair is one job: a pure function of the two files' content and the settings (`compare_pair`),
so it runs the same in any worker. Its result is written atomically to `DIR/pairs/KEY.json` as it
finishes, the key hashing the inputs' bytes and the settings: a rerun into the same folder reuses
every finished pair and computes only the rest, and a killed run leaves no half-written file. The
tables (`claims.tsv`, `pairs.tsv`, `aligned.tmx`, `index.html`, and Parquet copies of the first
two when asked) are rebuilt from those files in the pair list's
order, so they are identical whatever the engine, the number of workers or the order of finishing.
Memory stays flat: results go to disk as they come and the tables are written by streaming them.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from align.errors import AlignError, InternalError, fault
from align.io import COMPARE_COLUMNS, atomic_file, atomic_writer, signals_held, tmx_head, tmx_tail, tmx_unit, write_records, xml_safe
from align.types import CorpusTables, Verdict

if TYPE_CHECKING:
    from align.terms.glossary import Glossary
    from align.terms.induce import Candidate
    from align.text.document import ReadingNote, Sentence

PAIR_SUMMARY_COLUMNS = (
    "ko_file", "zh_file", "claims_ko", "claims_zh", "shared", "same", "rounded", "differs", "ko_only", "zh_only", "report", "warnings", "error",
)
CLAIM_COLUMNS = ("ko_file", "zh_file", *COMPARE_COLUMNS)
# the files a corpus run writes into its folder (besides `pairs/` and `reports/`)
CORPUS_TABLES = CLAIMS_TABLE, PAIRS_TABLE, MEMORY_FILE, INDEX_PAGE = ("claims.tsv", "pairs.tsv", "aligned.tmx", "index.html")
CORPUS_PARQUET = CLAIMS_PARQUET, PAIRS_PARQUET = ("claims.parquet", "pairs.parquet")
RESULTS_FOLDER, REPORTS_FOLDER = "pairs", "reports"  # each pair's kept result, and its report
RUN_PARTS = frozenset({RESULTS_FOLDER, REPORTS_FOLDER, *CORPUS_TABLES, *CORPUS_PARQUET})  # what a run writes into its folder
# the per-pair counts of `pairs.tsv` (summed in index.html, integers in Parquet)
PAIR_COUNT_COLUMNS = tuple(c for c in PAIR_SUMMARY_COLUMNS if c not in ("ko_file", "zh_file", "report", "warnings", "error"))
# the Parquet type of each column that is not text (a missing value is null)
_PARQUET_TYPES = {
    "ko_id": "int64", "zh_id": "int64", "ko_number": "float64", "zh_number": "float64", "score": "float64",
    **{count: "int64" for count in PAIR_COUNT_COLUMNS},
}
_PARQUET_ROWS = 50_000  # claim rows per Parquet row group: written as they come, never the whole table at once
_FORMAT = 5  # raise when what a pair's result file holds changes (4: no translation units from an unrelated pair; 5: the report links the index)


@dataclass(frozen=True)
class PairJob:
    """One pair of a corpus run: its files, the glossaries, and the key its result is kept under."""

    ko: str
    zh: str
    glossaries: tuple[str, ...]  # () for the bundled glossary, ("none",) for none
    presegmented: bool
    key: str
    lang_check: bool = True
    keep_boilerplate: bool = False


_KEY = 24  # hexadecimal digits of a pair's key (SHA-256 of its inputs and settings)


def pair_jobs(
    pairs: Sequence[tuple[Path, Path]], glossaries: Sequence[str] = (), presegmented: bool = False, lang_check: bool = True, keep_boilerplate: bool = False
) -> list[PairJob]:
    """Jobs keyed on the pair's bytes, the glossaries' bytes and the settings (a file that cannot
    be read still gets a job: its error is recorded when it runs)."""
    settings = hashlib.sha256()
    settings.update(json.dumps([_FORMAT, presegmented, list(glossaries), lang_check] + ([keep_boilerplate] if keep_boilerplate else [])).encode())
    for glossary in glossaries:
        if glossary.lower() != "none":
            settings.update(_content(Path(glossary)))
    jobs = []
    for ko, zh in pairs:
        digest = settings.copy()
        digest.update(_content(ko))
        digest.update(b"\0")
        digest.update(_content(zh))
        jobs.append(PairJob(str(ko), str(zh), tuple(glossaries), presegmented, digest.hexdigest()[:_KEY], lang_check, keep_boilerplate))
    return jobs


def _content(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"unreadable:" + str(path).encode()


@lru_cache(maxsize=4)
def _glossary(glossaries: tuple[str, ...]) -> Any:
    """Loaded once per worker process and kept (its matchers are cached on it)."""
    from align.terms.glossary import glossary_from_option

    return glossary_from_option(list(glossaries) or None)


def compare_pair(job: PairJob) -> dict[str, Any]:
    """Compare one pair: its claim rows, its summary and its HTML report, or the error that stopped
    it, whatever stopped it (the result holds only plain data, so it reaches the caller from any
    worker). Runs in any worker (a plain function of plain data)."""
    try:
        return _compared(job)
    except Exception as error:  # one pair's failure, kept with the pair, must not stop the others
        return {"format": _FORMAT, "key": job.key, "ko_file": job.ko, "zh_file": job.zh, "claims": [], "summary": {}, **failure(error)}


def _compared(job: PairJob) -> dict[str, Any]:
    from align.alignment.search import bead_texts
    from align.comparison.compare import compare_documents
    from align.comparison.report import render_html
    from align.text.inputs import read_pair

    ko_doc, zh_doc = read_pair(Path(job.ko), Path(job.zh), job.presegmented, job.lang_check, job.keep_boilerplate)
    comparison = compare_documents(ko_doc, zh_doc, _glossary(job.glossaries), lang_check=False)  # (read_pair checked, unless told not to)
    records = comparison.records()
    unrelated = comparison.unrelated_warning()
    # a pair the comparison finds unrelated adds no units to the translation memory: its beads would be wrong translations
    units = [] if unrelated else [[*bead_texts(bead, comparison.ko, comparison.zh), bead.score] for bead in comparison.beads if bead.ko and bead.zh]
    counts = comparison.verdict_counts()
    summary = {
        "claims_ko": sum(1 for r in records if r["ko_id"] is not None),
        "claims_zh": sum(1 for r in records if r["zh_id"] is not None),
        "shared": comparison.shared(),
        **{v.value: counts[v] for v in Verdict},
        "warnings": "; ".join(
            [
                *(f"{side}: {note.text}" for side, document in (("ko", ko_doc), ("zh", zh_doc)) for note in document.reading_notes()),
                *([f"{unrelated} (its sentences are left out of {MEMORY_FILE})"] if unrelated else []),
            ]
        ),
    }
    claims = [{key: (str(value) if key == "verdict" else value) for key, value in r.items()} for r in records]
    return {
        "format": _FORMAT, "key": job.key, "ko_file": job.ko, "zh_file": job.zh, "error": "",
        "claims": claims, "summary": summary, "html": render_html(comparison, Path(job.ko).name, Path(job.zh).name, index=f"../{INDEX_PAGE}"), "aligned": units,
    }


@dataclass(frozen=True)
class PairFailure:
    """A pair of a corpus run that has no comparison: its files and the error that stopped it."""

    ko: str
    zh: str
    error: str


@dataclass(frozen=True)
class RunSummary:
    """What a corpus run did: pairs listed, reused from an earlier run, computed now, and the
    pairs of the finished tables that failed (Korean file, Chinese file, error), in list order."""

    pairs: int
    reused: int
    computed: int
    failures: tuple[PairFailure, ...] = ()

    @property
    def failed(self) -> int:
        return len(self.failures)


def run_corpus(
    jobs: Sequence[PairJob],
    folder: Path,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[Iterator[dict[str, Any]], int], Iterator[dict[str, Any]]] | None = None,
    tables: CorpusTables = CorpusTables.TSV,
) -> RunSummary:
    """Run every job not already done in `folder`, keep each result as it finishes, then rebuild
    the tables. `engine` is `local` (a process pool of `workers`, default the cores) or `dask`
    (`dask.distributed`: a LocalCluster, or the cluster at `scheduler`). With `tables` PARQUET,
    `claims.parquet` and `pairs.parquet` are written beside the TSV tables (pyarrow needed)."""
    if tables is CorpusTables.PARQUET:
        parquet_module()  # before any work: a missing pyarrow is said at once
    results = folder / RESULTS_FOLDER
    results.mkdir(parents=True, exist_ok=True)
    todo = [job for job in jobs if not _done(results / f"{job.key}.json")]
    unique = list({job.key: job for job in todo}.values())
    stream = _run(unique, engine, workers or os.cpu_count() or 1, scheduler)
    if progress is not None:
        stream = progress(stream, len(unique))
    first: dict[str, tuple[int, PairJob]] = {}  # each pair's first place in the list: its report is written as soon as it is done,
    for number, job in enumerate(jobs, start=1):  # while the workers compute the next pairs
        first.setdefault(job.key, (number, job))
    (folder / REPORTS_FOLDER).mkdir(exist_ok=True)
    for result in stream:
        with atomic_writer(results / f"{result['key']}.json") as out:
            out.write(json.dumps(result, ensure_ascii=False))
        if result.get("html"):
            with atomic_writer(folder / _report_name(*first[result["key"]])) as out:
                out.write(result["html"])
    rows = write_tables(jobs, folder, tables)
    failures = tuple(PairFailure(row["ko_file"], row["zh_file"], row["error"]) for row in rows if row["error"])
    return RunSummary(len(jobs), len(jobs) - len(todo), len(unique), failures)


def failure(error: Exception) -> dict[str, Any]:
    """What a pair's result keeps of the error that stopped it: the message's first line for an
    input the toolkit refuses (unreadable, empty, not the language given); for anything else, a
    fault of the toolkit, the exception's type and message, the traceback for a bug report, and a
    mark that a rerun should try the pair again rather than reuse the failure."""
    if isinstance(error, AlignError):
        return {"error": str(error).splitlines()[0]}
    return {
        "error": f"{fault(error)}; please report it with this pair",
        "traceback": "".join(traceback.format_exception(error)),
        "retry": True,
    }


def naming_the_pair(ko: str, zh: str, error: str) -> str:
    """A pair's error as one line that names its files: as it is when it names the file at fault
    (an unreadable input), after the pair's two files otherwise."""
    return error if error.startswith((f"{ko}:", f"{zh}:")) else f"{ko} | {zh}: {error}"


def _done(path: Path) -> bool:
    """Whether a pair's kept result can be reused: written in this format, and not a fault of the
    toolkit's (those are tried again, as a fixed version may get through)."""
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return result.get("format") == _FORMAT and not result.get("retry")


def induce_corpus(
    pairs: Sequence[tuple[Path, Path]],
    glossary: Glossary | None = None,
    presegmented: bool = False,
    new_only: bool = False,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[Iterator[Any], int], Iterator[Any]] | None = None,
    notify: Callable[[ReadingNote], None] | None = None,
    keep_boilerplate: bool = False,
) -> list[Candidate]:
    """`induce_terms` over document pairs whose reading, splitting and sentence alignment (the
    per-pair half of the work) run on `engine` with `workers` (as `run_corpus`, default the cores);
    the evidence is then pooled in the pair list's order, so the candidates equal a one-process
    run's. One pair, or one local worker, runs in this process, reading the pairs one at a time.
    The first pair that cannot be read stops the run with its error. `notify(note)` hears what the
    user should hear of how each document was read (`Document.reading_notes`: cleaning dropped most of
    it, its terms are missing; bytes that could not be decoded);
    `keep_boilerplate` reads inputs that are already clean (`read_document`)."""
    from align.terms.induce import induce_terms
    from align.text.inputs import read_pair

    def told(notes: Sequence[ReadingNote]) -> None:
        if notify is not None:
            for note in notes:
                notify(note)

    def read(ko: Path, zh: Path) -> tuple[Sequence[Sentence], Sequence[Sentence]]:
        ko_doc, zh_doc = read_pair(ko, zh, presegmented, keep_boilerplate=keep_boilerplate)
        told((*ko_doc.reading_notes(), *zh_doc.reading_notes()))
        return ko_doc.sentences, zh_doc.sentences

    workers = workers or os.cpu_count() or 1
    if len(pairs) <= 1 or (engine != "dask" and workers <= 1):
        listed: Iterator[tuple[Path, Path]] = iter(pairs)
        if progress is not None:
            listed = progress(listed, len(pairs))
        return induce_terms((read(ko, zh) for ko, zh in listed), glossary, new_only=new_only)
    jobs = [PairJob(str(ko), str(zh), ("none",), presegmented, str(number), keep_boilerplate=keep_boilerplate) for number, (ko, zh) in enumerate(pairs)]
    stream = _run(jobs, engine, workers, scheduler, prepare_pair)
    if progress is not None:
        stream = progress(stream, len(jobs))
    prepared: dict[str, Any] = {}
    by_key = {job.key: job for job in jobs}
    for result in stream:
        if result["error"]:
            job = by_key[result["key"]]
            named = naming_the_pair(job.ko, job.zh, result["error"])
            raise InternalError(named) if result.get("retry") else AlignError(named)  # a fault of ours reads as one whatever the engine
        told(result["warnings"])
        prepared[result["key"]] = result
    ordered = [prepared[job.key] for job in jobs]
    return induce_terms([(r["ko"], r["zh"]) for r in ordered], glossary, beads=[r["beads"] for r in ordered], new_only=new_only)


def prepare_pair(job: PairJob) -> dict[str, Any]:
    """Read, split and align one pair for induction (aligned without a glossary and with every
    pairing kept, as `induce_terms` does), or the error that stopped it. Runs in any worker."""
    from align.alignment.search import EVERY_PAIRING, align_sentences
    from align.text.inputs import read_pair

    try:
        ko_doc, zh_doc = read_pair(Path(job.ko), Path(job.zh), job.presegmented, job.lang_check, job.keep_boilerplate)
        beads = align_sentences(ko_doc.sentences, zh_doc.sentences, settings=EVERY_PAIRING)
    except Exception as error:  # reported by the caller, naming the pair
        return {"key": job.key, **failure(error)}
    return {"key": job.key, "error": "", "ko": ko_doc.sentences, "zh": zh_doc.sentences, "beads": beads, "warnings": (*ko_doc.reading_notes(), *zh_doc.reading_notes())}


def _run(
    jobs: Sequence[PairJob], engine: str, workers: int, scheduler: str | None, task: Callable[[PairJob], dict[str, Any]] = compare_pair
) -> Iterator[dict[str, Any]]:
    """`task` over the jobs on the engine, results as they finish."""
    if not jobs:
        return
    if engine == "dask":
        yield from _run_dask(jobs, workers, scheduler, task)
        return
    if workers <= 1 or len(jobs) == 1:
        for job in jobs:
            yield task(job)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_leave_signals_to_the_parent, initargs=(os.getpid(),))
    finished = False
    try:
        with signals_held():  # the workers start here, and take their signal handling before any signal
            futures = [pool.submit(task, job) for job in jobs]
        for future in as_completed(futures):
            yield future.result()
        finished = True
    except BrokenProcessPool:
        raise AlignError(
            "a worker process died (killed, or out of memory); the pairs finished so far are kept: run the same command again to go on"
        ) from None
    finally:
        # Stopped early (a failure, results no longer wanted): the pairs not started are cancelled and
        # the running ones finish first. A process ending on a signal (`abandon_worker_pools`) does not
        # wait for them: its workers end with it (`_leave_signals_to_the_parent`).
        pool.shutdown(wait=finished or not _ABANDONED, cancel_futures=True)


_ABANDONED: list[bool] = []


def abandon_worker_pools() -> None:
    """Tell the corpus runs of this process that it ends now (Ctrl-C, SIGTERM): their pools stop
    without waiting for the pairs in their workers. The process must then end at once, without the
    interpreter's own exit, which would wait for the pools' threads (`align.cli.main` does so)."""
    _ABANDONED.append(True)


def _leave_signals_to_the_parent(parent: int) -> None:
    """A pool worker's start. Ctrl-C (sent to the terminal's whole process group) is the parent's to
    handle: a worker stopped by it inside the pool's queues prints tracebacks, or leaves the pool
    waiting without end. SIGTERM still ends a worker (the pool itself stops a broken pool's workers
    so). Where Linux can tie a worker's life to its parent's (PR_SET_PDEATHSIG), a worker ends when
    the parent does, however it ends."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # held by the parent while it forked this worker


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when its parent ends, where it can; a parent already gone
    (between the fork and the request) ends it now."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        if ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0) != 0:  # PR_SET_PDEATHSIG
            return
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


_BATCHES_PER_WORKER = 8


def _run_batch(jobs: list[PairJob], task: Callable[[PairJob], dict[str, Any]]) -> list[dict[str, Any]]:
    return [task(job) for job in jobs]


def _run_dask(jobs: Sequence[PairJob], workers: int, scheduler: str | None, task: Callable[[PairJob], dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The same function on `dask.distributed`: no scheduler of our own."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise AlignError("--engine dask needs Dask: pip install '.[dask]'") from None
    import dask

    # On Linux the local workers are forked from this process, as the process pool's are there:
    # spawned, each imported numpy, pandas and the library again (200 raw articles: 1.30x the pool,
    # forked 1.19x). Elsewhere (macOS) forking a threaded process is unsafe, so Dask's default stays.
    method = {"distributed.worker.multiprocessing-method": "fork"} if sys.platform == "linux" else {}
    with dask.config.set(method):
        # its workers' warnings (the tasks a stopped run cancels, `Async instruction … ended with
        # CancelledError`) are Dask's business, not the user's: align says in one line what happened
        cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
    try:
        client = Client(scheduler or cluster)
    except (OSError, TimeoutError, ValueError, KeyError) as error:  # unreachable, or no scheduler address at all (http://… is the dashboard's)
        if cluster is not None:
            cluster.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a Dask LocalCluster"
        raise AlignError(f"cannot reach {where}: {_first_line(error) or type(error).__name__} (a scheduler address looks like tcp://host:8786)") from None
    try:
        # pairs go out in batches (about `_BATCHES_PER_WORKER` per worker): a task per pair made the
        # scheduler, which runs in this process, take CPU from the workers on a 2-core machine
        size = max(1, len(jobs) // (max(1, workers) * _BATCHES_PER_WORKER))
        batches = [list(jobs[i : i + size]) for i in range(0, len(jobs), size)]
        futures = client.map(_run_batch, batches, task=task, pure=False)
        for future in as_completed(futures):
            try:
                results = future.result()
            except Exception as error:  # a pair's own failure is in its result: this is the cluster's
                raise AlignError(_cluster_failure(error)) from None
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _cluster_failure(error: Exception) -> str:
    """What to tell the user when Dask could not run a batch of pairs (every pair's own failure is
    caught inside it, so this is the cluster's): what finished is kept for the next run."""
    kept = "run the same command again (a comparison into a folder reuses the pairs that finished)"
    from distributed import KilledWorker  # (imported where Dask ran, so it is installed)

    if isinstance(error, KilledWorker):
        return f"a Dask worker died running these pairs (killed, out of memory?); {kept}"
    if isinstance(error, ModuleNotFoundError) or "deserializ" in str(error).lower():
        return (
            "the Dask scheduler or a worker cannot load align's tasks: install this package, in the same version and "
            f"with the same Python, where the scheduler and every worker run; {kept}"
        )
    return f"the Dask cluster failed ({type(error).__name__}: {_first_line(error)}); {kept}"


def _first_line(error: Exception) -> str:
    return next(iter(str(error).splitlines()), "")


def write_tables(jobs: Sequence[PairJob], folder: Path, tables: CorpusTables = CorpusTables.TSV) -> list[dict[str, Any]]:
    """`claims.tsv`, `pairs.tsv`, `aligned.tmx`, `reports/*.html` and `index.html` (and with
    PARQUET `claims.parquet` and `pairs.parquet`) from the kept results, in job order, streamed
    pair by pair; returns the rows of `pairs.tsv`. Parquet tables an earlier run left are removed
    when none are asked for (they would no longer match the TSV tables), and so are the reports of
    pairs no longer listed. The summary (`pairs.tsv`, `pairs.parquet`) and `index.html` an earlier
    run left go first and come last: a rebuild stopped part way leaves no index over tables of two
    different runs (the next run writes them all again from the kept results)."""
    for summary in (INDEX_PAGE, PAIRS_TABLE, PAIRS_PARQUET):
        (folder / summary).unlink(missing_ok=True)
    if tables is not CorpusTables.PARQUET:
        for stale in CORPUS_PARQUET:
            (folder / stale).unlink(missing_ok=True)
    reports = folder / REPORTS_FOLDER
    reports.mkdir(exist_ok=True)
    rows: list[dict[str, Any]] = []
    units = 0  # two-sided beads written to aligned.tmx, one translation memory, each unit naming its pair
    with (
        atomic_writer(folder / CLAIMS_TABLE) as claims,
        atomic_writer(folder / MEMORY_FILE) as memory,
        _parquet_table(folder / CLAIMS_PARQUET, CLAIM_COLUMNS, tables is CorpusTables.PARQUET) as add_claims,
    ):
        claims.write("\t".join(CLAIM_COLUMNS) + "\n")
        memory.write(tmx_head())
        for number, job in enumerate(jobs, start=1):
            path = folder / RESULTS_FOLDER / f"{job.key}.json"
            result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"error": "not run", "claims": [], "summary": {}}
            report = ""
            if result.get("html"):
                report = _report_name(number, job)
                if not (folder / report).is_file():  # not written as the pair finished (reused, or listed twice)
                    with atomic_writer(folder / report) as out:
                        out.write(result["html"])
            records = [{"ko_file": job.ko, "zh_file": job.zh, **claim} for claim in result["claims"]]
            write_records(records, CLAIM_COLUMNS, "tsv", claims, header=False)
            add_claims(records)
            rows.append({"ko_file": job.ko, "zh_file": job.zh, **result["summary"], "report": report, "error": result.get("error", "")})
            pair = {"x-pair": xml_safe(f"{job.ko} | {job.zh}")}
            for korean, chinese, score in result.get("aligned", []):
                units += 1
                memory.write(tmx_unit(units, (korean, chinese, score, pair)))
        memory.write(tmx_tail(units))
    with atomic_writer(folder / PAIRS_TABLE) as out:
        write_records(rows, PAIR_SUMMARY_COLUMNS, "tsv", out)
    with _parquet_table(folder / PAIRS_PARQUET, PAIR_SUMMARY_COLUMNS, tables is CorpusTables.PARQUET) as add_pairs:
        add_pairs(rows)
    with atomic_writer(folder / INDEX_PAGE) as out:
        out.write(_index(rows))
    _without_stale_reports(reports, {row["report"] for row in rows if row["report"]})
    return rows


def parquet_module() -> Any:
    """pyarrow.parquet, or one clear error naming the extra that installs it."""
    try:
        import pyarrow.parquet
    except ImportError:
        raise AlignError("Parquet tables need pyarrow: pip install '.[parquet]'") from None
    return pyarrow.parquet


@contextmanager
def _parquet_table(path: Path, columns: Sequence[str], wanted: bool) -> Iterator[Callable[[Sequence[dict[str, Any]]], None]]:
    """A function that adds records to a Parquet file written atomically, in row groups as they
    come (it does nothing when the file is not wanted): text columns as strings, the columns of
    `_PARQUET_TYPES` typed, a missing value null."""
    if not wanted:
        yield lambda records: None
        return
    parquet = parquet_module()
    import pyarrow

    schema = pyarrow.schema([(c, pyarrow.type_for_alias(_PARQUET_TYPES.get(c, "string"))) for c in columns])
    pending: list[dict[str, Any]] = []
    with atomic_file(path) as temporary:
        writer = parquet.ParquetWriter(str(temporary), schema)

        def flush() -> None:
            writer.write_table(pyarrow.table({c: [_parquet_value(r.get(c), c) for r in pending] for c in columns}, schema=schema))
            pending.clear()

        def add(records: Sequence[dict[str, Any]]) -> None:
            pending.extend(records)
            if len(pending) >= _PARQUET_ROWS:
                flush()

        try:
            yield add
            if pending:
                flush()
        finally:
            writer.close()


def _parquet_value(value: Any, column: str) -> Any:
    """A record's value as its Parquet column holds it: None and NaN as null, text as text."""
    kind = _PARQUET_TYPES.get(column)
    if value is None or value == "" and kind is not None or isinstance(value, float) and value != value:
        return None
    if kind == "int64":
        return int(value)
    if kind == "float64":
        return float(value)
    return value if isinstance(value, str) else str(value)


def _report_name(number: int, job: PairJob) -> str:
    """A pair's report, relative to the run's folder: numbered by its place in the list, named by
    its Korean file and the start of its key (a report of that name is this pair's, whatever list
    an earlier run into the folder had)."""
    stem = _UNSAFE_IN_NAME.sub("_", Path(job.ko).stem)[:_REPORT_STEM]  # (`view?id=1032`, `a#1`: a link would stop at ? or #)
    return f"reports/{number:05d}-{stem}-{job.key[:_REPORT_KEY]}.html"


_REPORT_KEY = 8  # characters of a pair's key in its report's name
_REPORT_STEM = 60  # characters of the Korean file's name in it (a name of 76 Hangul syllables is too long for a file system)
_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")  # what a report's name does not keep of the file's: marks a link or a shell reads
REPORT_FILE = re.compile(rf"\d{{5,}}-.*-[0-9a-f]{{{_REPORT_KEY}}}\.html")  # what `_report_name` names, in `reports/`
RESULT_FILE = re.compile(rf"[0-9a-f]{{{_KEY}}}\.json")  # a pair's kept result, in `pairs/`


def _without_stale_reports(reports: Path, kept: set[str]) -> None:
    """Remove the reports an earlier run into the folder wrote that no row of this run names."""
    for path in reports.iterdir():
        if REPORT_FILE.fullmatch(path.name) and f"reports/{path.name}" not in kept:
            path.unlink(missing_ok=True)


def _index(rows: Sequence[dict[str, Any]]) -> str:
    """A sortable table of the pairs, each linking to its report, with corpus totals."""
    from align.comparison.report import SORT_ROWS_SCRIPT

    columns = tuple(c for c in PAIR_SUMMARY_COLUMNS if c != "report")  # the report is the link on ko_file
    totals = {c: sum(int(r.get(c) or 0) for r in rows) for c in PAIR_COUNT_COLUMNS}
    head = "".join(f"<th onclick=\"sortBy({i})\">{html.escape(c)}</th>" for i, c in enumerate(columns))
    body = []
    for row in rows:
        cells = []
        for column in columns:
            value = html.escape(str(row.get(column, "") if row.get(column) is not None else ""))
            if column == "ko_file" and row.get("report"):
                value = f'<a href="{html.escape(quote(row["report"]))}">{value}</a>'
            cells.append(f"<td>{value}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    total_cells = "".join(f"<td>{totals[c]}</td>" if c in totals else "<td></td>" for c in columns[2:])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corpus comparison: {len(rows)} pairs</title>
<style>body{{font-family:system-ui,"Noto Sans CJK KR","Noto Sans CJK SC",sans-serif;margin:1.5rem}} table{{border-collapse:collapse}}
th,td{{border:1px solid #ccc;padding:.25rem .5rem}} th{{cursor:pointer;background:#f2f2f5}}</style></head>
<body><h1>Corpus comparison</h1><p>{len(rows)} pairs; claims: {totals["claims_ko"]} Korean, {totals["claims_zh"]} Chinese, {totals["shared"]} shared
({totals["same"]} same, {totals["rounded"]} rounded, {totals["differs"]} differs).</p>
<table id="pairs"><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody><tfoot><tr><td colspan="2">total</td>{total_cells}</tr></tfoot></table>
<script>{SORT_ROWS_SCRIPT}
function sortBy(n){{sortRows(document.getElementById('pairs').tBodies[0],n)}}
</script></body></html>
"""
