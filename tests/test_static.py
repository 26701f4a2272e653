"""The code base stays typed and clean: mypy --strict and ruff, as part of the test run."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[dev]')")
    return found


def test_ruff_is_clean() -> None:
    result = subprocess.run([tool("ruff"), "check", "hedgecheck", "tests"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [tool("mypy"), "--strict", str(REPO / "hedgecheck")], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_its_type_marker() -> None:
    assert (REPO / "hedgecheck" / "py.typed").is_file()


# The attribution and lexicon code stays in small parts with one job each.
MAX_CLASS_LINES = 200
MAX_FUNCTION_LINES = 60


def test_attribution_and_lexicon_classes_and_functions_stay_small() -> None:
    too_long = []
    packages = [REPO / "hedgecheck" / "attribution", REPO / "hedgecheck" / "lexicon"]
    for path in sorted(path for package in packages for path in package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ClassDef):
                limit = MAX_CLASS_LINES
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                limit = MAX_FUNCTION_LINES
            else:
                continue
            assert node.end_lineno is not None
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                too_long.append(f"{path.name}:{node.lineno} {node.name}: {lines} lines (limit {limit})")
    assert not too_long, "\n".join(too_long)
