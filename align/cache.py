"""Derived tables kept between runs in the user's cache directory, as JSON (data, never code).

A table that takes longer to build than to read (jieba's word counts, a glossary's search patterns)
is written once and read by later processes. Each file records the format it was written in and a
fingerprint of everything it was derived from; a file that cannot be read, does not parse, has
another format or fingerprint, or fails the caller's own checks is ignored and rebuilt. Writing is
atomic (a temporary file renamed into place) and a cache that cannot be written is simply skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["cache_file", "fingerprint", "read_cache", "write_cache"]

APPLICATION = "align-ko-zh"


def cache_file(name: str) -> Path:
    """The path of a cache file named `name` in the user's cache directory for this tool."""
    return Path(platformdirs.user_cache_dir(APPLICATION)) / name


def fingerprint(parts: Iterable[str | bytes]) -> str:
    """SHA-256 over `parts`, each length-prefixed so that no two sequences of parts collide (a lone
    surrogate in a string part is hashed as it is, not refused)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def read_cache(path: Path, format_: int, source: str) -> dict[str, Any] | None:
    """The cached content at `path` if it is a JSON object written in format `format_` from `source`
    (a fingerprint), else None."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: a file nested too deep to parse
        return None
    if not isinstance(content, dict) or content.get("format") != format_ or content.get("source") != source:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: not pruned as stale
    return content


def write_cache(path: Path, format_: int, source: str, content: dict[str, Any], family: str = "") -> None:
    """Write `content` to `path` with its format and source, atomically; a file-system error, or
    content that JSON cannot hold (a lone surrogate), leaves the cache unwritten and no temporary
    file behind. With `family` (a file-name prefix, `patterns-ko-`), the family's other files unused
    for `STALE_DAYS` days, and temporary files a killed write left, are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"format": format_, "source": source, **content}, stream, ensure_ascii=False)
        os.replace(temporary, path)
    except (OSError, ValueError, TypeError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    if family:
        _prune(path, family)


STALE_DAYS = 30  # a cache file of a family not read or written for this long is removed when another is written


def _prune(kept: Path, family: str) -> None:
    """Remove `family`'s files other than `kept` unused for `STALE_DAYS` days (reading a file
    touches it), and its temporary files older than an hour."""
    now = time.time()
    for other in kept.parent.glob(f"{family}*"):
        if other != kept and now - _used(other) > STALE_DAYS * 86400:
            with contextlib.suppress(OSError):
                other.unlink()
    for orphan in kept.parent.glob(f".{family}*.tmp"):
        if now - _used(orphan) > 3600:
            with contextlib.suppress(OSError):
                orphan.unlink()


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()
