"""The one Kiwi (Korean morphological analyser) of the process: loaded on first use, then shared
by the sentence splitter and the term matcher. Loading takes seconds and hundreds of MB, so no
stage creates its own."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def kiwi() -> Any:
    """The shared `kiwipiepy.Kiwi` instance (its model ships in the `kiwipiepy_model` wheel), in
    the smallest configuration that serves sentence ends and morpheme starts: without the
    multi-word entity dictionary, which alone costs about 1.3 s of CPU and 190 MB on first use and
    changes neither (the test suite's gold splits and term matches are the same either way)."""
    from kiwipiepy import Kiwi

    return Kiwi(load_multi_dict=False)
