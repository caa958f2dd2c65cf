"""The code's own checks: ruff and mypy (configured in pyproject.toml) report nothing, and the
public API stays lazy — `import align` and `align --help` load none of the heavy libraries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import align

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("numpy", "pandas", "kiwipiepy", "jieba", "opencc", "ctranslate2", "sentencepiece", "ahocorasick_rs", "sacrebleu")


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[test]')")
def test_ruff_reports_nothing() -> None:
    result = run(["ruff", "check", "align", "tests", "scripts"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_reports_nothing() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    result = run([sys.executable, "-m", "mypy"])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", ["import align", "import align.cli", "from align.cli import app; app(['--help'], standalone_mode=False)"])
def test_start_up_loads_no_heavy_library(code: str) -> None:
    probe = f"import sys\n{code}\nprint('loaded:', ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    result = run([sys.executable, "-c", probe])
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "loaded:"


@pytest.mark.parametrize("name", align.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(align, name) is not None


def test_the_package_keeps_at_most_six_modules_at_the_top() -> None:
    top = sorted(p.name for p in (ROOT / "align").glob("*.py"))
    assert len(top) <= 6, top
    links = [p for folder in ("align", "tests", "scripts", "glossaries", "data") for p in (ROOT / folder).rglob("*") if p.is_symlink()]
    assert links == []  # a checkout without symlinks must work the same


def test_installing_the_tool_installs_no_test_tools() -> None:
    """What `pip install .` brings, followed through every dependency's own requirements: no test
    runner or coverage tool, and no exact pin of a package users commonly hold at other versions."""
    import re
    from importlib.metadata import PackageNotFoundError, requires

    def names(package: str) -> list[tuple[str, str]]:
        try:
            found = requires(package) or []
        except PackageNotFoundError:
            return []
        core = [r for r in found if "extra ==" not in r]
        return [(re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0].lower().replace("_", "-"), r) for r in core]

    seen: set[str] = set()
    queue = ["align-ko-zh"]
    while queue:
        package = queue.pop()
        for name, requirement in names(package):
            assert name not in {"pytest", "pytest-cov", "coverage", "coveralls", "hypothesis", "tox", "nose"}, f"{package} requires {requirement}"
            assert "==" not in requirement or package != "align-ko-zh", requirement
            if name not in seen:
                seen.add(name)
                queue.append(name)
    assert "hanja" not in seen and "trafilatura" in seen


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second `_PATTERN = …` further down a module silently replaces the first for every function
    that reads it (ruff's redefinition check covers functions and imports, not constants)."""
    import ast
    from collections import Counter

    twice = []
    for path in sorted((ROOT / "align").rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(target.id for target in node.targets if isinstance(target, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, count in names.items() if count > 1]
    assert not twice, twice


def test_every_command_that_reads_glossaries_protects_them_from_its_outputs() -> None:
    """Review 103a/103d: `-o` over the `-g` glossary replaced it; the command-line functions that take a
    `glossary` option check their outputs through `options.check_outputs`, which counts the glossaries
    among the inputs, never through `align.io.check_outputs` alone."""
    import ast
    from pathlib import Path

    bare = []
    for path in sorted(Path("align/cli").glob("*.py")):
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef) or "glossary" not in {arg.arg for arg in function.args.args}:
                continue
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "check_outputs":
                    if "glossary" not in ast.unparse(call.args[1]):  # (`terms export` names the one glossary it reads itself)
                        bare.append(f"{path}:{call.lineno} {function.name}")
    assert bare == []
