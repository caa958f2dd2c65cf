"""The README's Python examples run as printed (new-user trial 94: the first used an undefined
`text` and a file that does not exist; names it listed could not be imported from `align`)."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest

import align

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{n}" for n in range(len(BLOCKS))])
def test_a_readme_python_example_runs_as_printed(block: str, model_dirs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each block runs from a folder like a clone's root: the repository's data, and a model
    directory under the name the README gives it (a tiny real model built offline)."""
    (tmp_path / "data").symlink_to(ROOT / "data")
    (tmp_path / "nllb-ct2").symlink_to(model_dirs["nllb"])
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "README.md", "exec"), {})


def test_every_api_name_the_readme_gives_in_backquotes_as_align_x_is_importable() -> None:
    named = set(re.findall(r"`align\.([a-z_]+)\(", README)) | set(re.findall(r"from align import ([^\n]+)", README))
    names = {name.strip() for entry in named for name in entry.split(",")}
    assert names and all(hasattr(align, name) for name in names), sorted(n for n in names if not hasattr(align, n))
    for name in ("translate_iter", "split_documents", "TranslatedDocument", "sentence_scores", "translate_documents"):
        assert name in README and hasattr(align, name)
    assert os.path.exists(ROOT / "data" / "samples" / "jilin-police-2024.ko.txt")


def test_every_repository_path_the_readme_names_in_backquotes_exists() -> None:
    """New user 96: the README named `align/compare.py`, which does not exist (the stage is
    `align/comparison/`), and data tables by paths relative to the package."""
    named = set(re.findall(r"`((?:align|scripts|tests|data|glossaries)/[A-Za-z0-9_./-]+)`", README))
    assert named and sorted(path for path in named if not (ROOT / path).exists()) == []


PYTHON_API = README[README.index("## Python API") : README.index("## Reliability")]


def test_every_name_the_python_api_section_calls_is_importable_as_written() -> None:
    """New user 98 (defect 12): the section named `keyed_korean(text)` and `date_parts(figure.date)`
    as if `align` had them; `align.keyed_korean` raised AttributeError. A name called bare or as
    `align.name(` is one `align` exports; a `Type.method(` names an exported type; a longer dotted
    name is importable from the module it names."""
    called = re.findall(r"`([A-Za-z_][A-Za-z_0-9.]*)\(", PYTHON_API)
    assert {"keyed_korean", "date_parts"} & {name.split(".")[-1] for name in called}
    missing = []
    for name in called:
        parts = name.split(".")
        if parts[0] == "align" and len(parts) > 2 and parts[1][:1].islower():  # a module's name: align.corpus.pairing.pair_documents
            module, _, attribute = name.rpartition(".")
            found = hasattr(importlib.import_module(module), attribute)
        else:  # name, align.name, Type.method, align.Type.method
            parts = parts[1:] if parts[0] == "align" else parts
            found = hasattr(align, parts[0]) and (len(parts) == 1 or hasattr(getattr(align, parts[0]), parts[1]))
        if not found:
            missing.append(name)
    assert missing == []


def test_the_python_api_section_says_what_glossary_none_means_and_how_to_get_the_commands_default() -> None:
    """New user 98 (defect 13): `align.compare(ko, zh)` (glossary None: no glossary) gave other subjects
    than `align compare` (the bundled glossary), and the README said neither. What it names as the
    commands' default is the glossary a command loads without `--glossary`."""
    from align.terms.glossary import glossary_from_option

    text = " ".join(PYTHON_API.split())
    assert "`glossary=None` is no glossary" in text and "--glossary none" in text
    assert "pass `align.load_glossaries()` (the bundled glossary; `load_glossaries([])` is the same)" in text
    default = glossary_from_option(None)
    assert default is not None and align.load_glossaries().terms == default.terms == align.load_glossaries([]).terms
