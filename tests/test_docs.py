"""The documentation: it builds without warnings, and the linguist's walk-through works as written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN))
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[dev]')")
    return found


def test_docs_build_strictly(tmp_path: Path) -> None:
    result = subprocess.run(
        [tool("mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "lexicon-guide" / "index.html").is_file()


def test_lexicon_walkthrough_works_as_written(tmp_path: Path) -> None:
    guide = (REPO / "docs" / "lexicon-guide.md").read_text(encoding="utf-8")
    entry = guide.split("<!-- walkthrough-entry -->", 1)[1].split("```", 2)[1].strip()
    assert entry.count("\t") == 3  # the guide's line is a real tab-separated entry
    exe = tool("hedgecheck")
    shutil.copytree(REPO / "lexicons", tmp_path / "my-lexicons")
    hedges = tmp_path / "my-lexicons" / "fr" / "hedges.tsv"
    with hedges.open("a", encoding="utf-8") as f:
        f.write(entry + "\n")
    line = len(hedges.read_text(encoding="utf-8").splitlines())

    check = subprocess.run([exe, "lexicon", "check", "my-lexicons"], cwd=tmp_path, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    shown = subprocess.run(
        [exe, "annotate", "--lexicons", "my-lexicons/fr", "--format", "text", "-"],
        cwd=tmp_path,
        input="Ce scénario reste spéculatif.",
        capture_output=True,
        text=True,
    )
    assert f"cue 'spéculatif': possible, hedge (my-lexicons/fr/hedges.tsv:{line})" in shown.stdout
