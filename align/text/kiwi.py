"""The one Kiwi (Korean morphological analyser) of the process: loaded on first use by the term
matcher (to tell a term inside a word from a morpheme: 민경 is not in 인민경찰). Loading takes
about a second and hundreds of MB, so no stage creates its own, and the sentence splitter does
without it."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def kiwi() -> Any:
    """The shared `kiwipiepy.Kiwi` instance (its model ships in the `kiwipiepy_model` wheel), in
    the smallest configuration that serves sentence ends and morpheme starts: without the
    multi-word entity dictionary, which alone costs about 1.3 s of CPU and 190 MB on first use, and
    without the typo dictionary (0.1 s; typo correction is off anyway): neither changes the
    morpheme starts the term matcher asks for (the test suite's term matches are the same)."""
    from kiwipiepy import Kiwi

    return Kiwi(load_multi_dict=False, load_typo_dict=False)
