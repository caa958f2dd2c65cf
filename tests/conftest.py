from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"
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


@pytest.fixture(params=sorted(SEED_LANG))
def seed(request: pytest.FixtureRequest) -> str:
    return str(request.param)
