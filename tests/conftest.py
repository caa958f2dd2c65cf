"""Shared fixtures: the real articles and parallel data under tests/data, the glossaries (loaded
once per session), and the tiny translation models that the translation tests build."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from align.terms.glossary import BUNDLED, Glossary, load_glossary
from tests.translation.model import model_dirs  # noqa: F401  (a session fixture, registered here for every test)


@pytest.fixture(scope="session", autouse=True)
def _own_cache_directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The suite's own user cache (`align.cache`), in this process and the commands it starts: a
    developer's cache never decides a result, and the suite never writes to it."""
    from align import cache

    folder = tmp_path_factory.mktemp("user-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        patch.setattr(cache.platformdirs, "user_cache_dir", lambda name: str(folder / name))
        yield folder


# The properties' examples are judged on what they assert, not on how fast this machine draws them:
# on a busy 2-core CI machine, Hypothesis' timing health check (too_slow) and per-example deadline
# fail a property that holds (a test's own @settings still sets what it names).
settings.register_profile("suite", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("suite")


DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"
PARALLEL = DATA / "parallel"
COMPARE = DATA / "compare"
SMALL = DATA / "glossaries" / "small.tsv"
SEED_LANG = {"000": "ko", "001": "zh", "002": "zh", "003": "zh", "004": "ko"}


def seed_path(seed: str) -> Path:
    return next(SEEDS.glob(f"{seed}_*.txt"))


def seed_text(seed: str) -> str:
    return seed_path(seed).read_text(encoding="utf-8")


def gold_sentences(seed: str) -> list[str]:
    return [line for line in (SEEDS / f"{seed}.gold.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def boilerplate_lines(seed: str) -> list[tuple[str, str]]:
    rows = []
    for line in (SEEDS / f"{seed}.boilerplate.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            reason, text = line.split("\t", 1)
            rows.append((reason, text))
    return rows


def parallel_lines(name: str) -> list[str]:
    """NTREX-128 / FLORES-200 Korean or Chinese lines (tests/data/parallel)."""
    return (PARALLEL / name).read_text(encoding="utf-8").splitlines()


def flores(lang: str, count: int) -> list[str]:
    return parallel_lines(f"flores200.{lang}.txt")[:count]


@lru_cache(maxsize=1)
def bundled_glossary() -> Glossary:
    """The bundled police glossary, loaded once for the whole session (its matchers are cached per object)."""
    return load_glossary(BUNDLED)


@lru_cache(maxsize=1)
def small_glossary() -> Glossary:
    """tests/data/glossaries/small.tsv, loaded once."""
    return load_glossary(SMALL)


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    return bundled_glossary()


@pytest.fixture(params=sorted(SEED_LANG))
def seed(request: pytest.FixtureRequest) -> str:
    return str(request.param)
