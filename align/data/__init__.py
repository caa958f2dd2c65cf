"""The package's data tables (word lists, patterns, readings, units, the bundled glossary), read
through `importlib.resources` so they work from any installation."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def data_file(*parts: str) -> Traversable:
    """A data file of the package, e.g. `data_file("glossaries", "policing.ko-zh.tsv")`."""
    return resources.files(__name__).joinpath(*parts)


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment lines of a UTF-8 data file (a TSV keeps its header line)."""
    raw = data_file(name).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(name: str) -> list[list[str]]:
    """The rows of a TSV data file, header skipped, split on tabs."""
    return [line.split("\t") for line in data_lines(name)[1:]]
