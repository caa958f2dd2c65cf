"""The KO↔ZH terminology glossary: loading, validation and merging.

A glossary is a UTF-8 TSV with a header (`ko, zh_hans, zh_hant, ko_variants, kind, note, source`).
Loading checks every row and reports all problems at once as `FILE:LINE: message`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from align.data import data_file
from align.errors import AlignError, GlossaryError, InputError, expect_path, expect_paths
from align.terms.formats import looks_like_project_tsv, read_rows
from align.text.decode import refuse_device

COLUMNS = ("ko", "zh_hans", "zh_hant", "ko_variants", "kind", "note", "source")
REQUIRED = ("ko", "zh_hans")
LONGEST_TERM = 200  # characters: a longer "term" is a pasted paragraph, not a glossary entry
KINDS = ("org", "post", "facility", "programme", "slogan", "action", "crime", "law", "equipment", "other")
#: The bundled police glossary, a data file of the package (located through importlib.resources).
BUNDLED = Path(str(data_file("glossaries", "policing.ko-zh.tsv")))


@dataclass(frozen=True)
class Term:
    """One concept: its Korean and Chinese forms, the Korean variants that also count, and where it came from."""

    ko: str
    zh_hans: str
    zh_hant: str = ""
    ko_variants: tuple[str, ...] = ()
    kind: str = "other"
    note: str = ""
    source: str = ""
    path: str = ""
    line: int = 0

    @property
    def korean_forms(self) -> tuple[str, ...]:
        return (self.ko, *self.ko_variants)

    @property
    def chinese_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for f in (self.zh_hans, self.zh_hant) if f))

    def row(self) -> dict[str, str]:
        return {
            "ko": self.ko,
            "zh_hans": self.zh_hans,
            "zh_hant": self.zh_hant,
            "ko_variants": ",".join(self.ko_variants),
            "kind": self.kind,
            "note": self.note,
            "source": self.source,
        }


@dataclass(frozen=True, eq=False)
class Glossary:
    """Terms in file order. Compared and hashed by identity: matchers are cached per glossary object."""

    terms: tuple[Term, ...]
    paths: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.terms)


def _parse(path: Path, raw: bytes | None = None) -> tuple[list[Term], list[AlignError]]:
    problems: list[AlignError] = []
    try:
        if raw is None:
            refuse_device(path)
            raw = path.read_bytes()
    except InputError as error:
        return [], [error]
    except FileNotFoundError:
        return [], [AlignError("no such glossary file", path)]
    except IsADirectoryError:
        return [], [AlignError("is a directory, expected a glossary TSV file", path)]
    except OSError as error:  # (a file, or a folder on its path, that may not be read)
        return [], [AlignError(f"cannot read: {error.strerror or error}", path)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return [], [AlignError(f"not UTF-8 (byte {error.start}); save the glossary as UTF-8", path, line)]
    if not text.strip():
        return [], [AlignError("empty glossary: expected a header line", path, 1)]
    try:
        rows = read_rows(text, path, problems)
    except AlignError as error:
        return [], [error]
    terms: list[Term] = []
    for number, raw_row in rows:
        row = {name: value.strip() for name, value in raw_row.items()}
        empty = [c for c in ("ko", "zh_hans") if not row.get(c)]
        if empty:
            problems.append(AlignError(f"empty {' and '.join(empty)}", path, number))
            continue
        long = [c for c in ("ko", "zh_hans", "zh_hant", "ko_variants") if len(row.get(c, "")) > LONGEST_TERM]
        if long:
            problems.append(AlignError(f"{' and '.join(long)} longer than {LONGEST_TERM} characters: not a term", path, number))
            continue
        quoted = [c for c in ("ko", "zh_hans", "zh_hant") if _stray_quote(row.get(c, ""))]
        if quoted:
            problems.append(AlignError(f"a stray quote mark at the edge of {' and '.join(quoted)} (a spreadsheet's leftover?): the term would never match", path, number))
            continue
        kind = row.get("kind") or "other"  # a minimal glossary needs no kind
        if kind not in KINDS:
            problems.append(AlignError(f"unknown kind {kind!r}: expected one of {', '.join(KINDS)}", path, number))
            continue
        variants = tuple(v.strip() for v in row.get("ko_variants", "").split(",") if v.strip())
        terms.append(
            Term(row["ko"], row["zh_hans"], row.get("zh_hant", ""), variants, kind, row.get("note", ""), row.get("source", ""), str(path), number)
        )
    if looks_like_project_tsv(text.lstrip("\ufeff").split("\n", 1)[0]):
        problems.extend(_conflicts(terms))  # the project's own glossaries tell homographs apart; other tools' need not
    problems.sort(key=lambda problem: problem.line or 0)
    return terms, problems


def _stray_quote(term: str) -> bool:
    """Whether a straight quote mark opens or closes a term without its pair (`"파출소`: a CSV or
    spreadsheet leftover; `"平安"工程` keeps both of its marks)."""
    return any(term[:1] == mark or term[-1:] == mark for mark in "\"'" if term.count(mark) % 2 == 1)


def _conflicts(terms: list[Term]) -> list[AlignError]:
    """The same term mapped to different targets is allowed only when a note tells them apart."""
    problems = []
    seen: dict[tuple[str, str], Term] = {}
    for term in terms:
        key = (term.ko, term.zh_hans)
        if key in seen:
            problems.append(AlignError(f"duplicate entry {term.ko} / {term.zh_hans} (first at line {seen[key].line})", term.path, term.line))
        else:
            seen[key] = term
    for forms, target, language in ((_korean_forms, "zh_hans", "Korean"), (_chinese_forms, "ko", "Chinese")):
        first: dict[str, Term] = {}
        for term in terms:
            for form in forms(term):
                earlier = first.setdefault(form, term)
                if earlier is term or getattr(earlier, target) == getattr(term, target):
                    continue
                if not (earlier.note and term.note):
                    problems.append(
                        AlignError(
                            f"{language} form {form!r} maps to {getattr(term, target)} here and to "
                            f"{getattr(earlier, target)} at line {earlier.line}: add a note to both rows saying how they differ",
                            term.path,
                            term.line,
                        )
                    )
    return problems


def _korean_forms(term: Term) -> set[str]:
    """Korean forms compared without spaces: 사회구역 경찰 and 사회구역경찰 are one form."""
    return {form.replace(" ", "") for form in term.korean_forms}


def _chinese_forms(term: Term) -> set[str]:
    return {term.zh_hans}


def check_glossary(path: str | Path, content: bytes | None = None) -> list[AlignError]:
    """Every problem in a glossary file (empty when it is valid); `content` checks text meant for
    `path` before it is written there."""
    return _parse(Path(path), content)[1]


def load_glossary(path: str | Path) -> Glossary:
    """Load and validate one glossary; raises GlossaryError listing every problem."""
    terms, problems = _parse(Path(expect_path(path)))
    if problems:
        raise GlossaryError(problems)
    return Glossary(tuple(terms), (str(path),))


def load_glossaries(paths: list[str | Path] | None = None) -> Glossary:
    """Load several glossaries (the bundled one when none is given) and merge them; later files win ties."""
    given: list[str | Path] = expect_paths(paths) or [BUNDLED]
    return merge_glossaries([load_glossary(p) for p in given])


def glossary_from_option(paths: list[str] | None) -> Glossary | None:
    """What a `--glossary` option asks for: `none` turns glossaries off, no value means the bundled
    glossary, otherwise the given files merged."""
    if paths and [p.lower() for p in paths] == ["none"]:
        return None
    return load_glossaries(list(paths or []))


def glossary_or_bundled(paths: list[str] | None) -> Glossary:
    """A `--glossary` option for a command that cannot work without one: `none` is refused."""
    glossary = glossary_from_option(paths)
    if glossary is None:
        raise AlignError("this command needs a glossary: give --glossary FILE, or none for the bundled one")
    return glossary


def merge_glossaries(glossaries: list[Glossary]) -> Glossary:
    """Union of terms; an identical (ko, zh_hans) pair from a later glossary replaces the earlier one."""
    merged: dict[tuple[str, str], Term] = {}
    for glossary in glossaries:
        for term in glossary.terms:
            merged[(term.ko, term.zh_hans)] = term
    return Glossary(tuple(merged.values()), tuple(p for g in glossaries for p in g.paths))
