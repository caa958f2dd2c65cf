"""The one Kiwi (Korean morphological analyser) of the process: loaded on first use, then shared
by the sentence splitter and the term matcher. Loading takes seconds and hundreds of MB, so no
stage creates its own."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def kiwi() -> Any:
    """The shared `kiwipiepy.Kiwi` instance (its model ships in the `kiwipiepy_model` wheel)."""
    from kiwipiepy import Kiwi

    return Kiwi()
