"""One exception family, so the CLI can turn any user error into a single `FILE:LINE: message` line."""

from __future__ import annotations

from pathlib import Path


class AlignError(Exception):
    """A problem with the user's input, reported with where it was found."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(AlignError):
    """A file that cannot be read as text: missing, a directory, empty, binary or undecodable."""


class GlossaryError(AlignError):
    """A malformed glossary; `problems` lists every `FILE:LINE: message` found, not just the first."""

    def __init__(self, problems: list[AlignError]) -> None:
        first = problems[0]
        super().__init__(first.message, first.path, first.line)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(AlignError.__str__(p) for p in self.problems)


class InternalError(RuntimeError):
    """A fault of the toolkit's own met while working on a named input (a corpus run's pair): not
    the user's to fix, reported as an internal error."""


def fault(error: BaseException) -> str:
    """A fault of the toolkit's own in one line, for the user and a bug report: `internal error
    (KeyError: 'paragraph')`."""
    message = str(error).splitlines()[0] if str(error) else ""
    return f"internal error ({type(error).__name__}{': ' + message if message else ''})"
