"""Archive runs go on past a bad document; no command ends in a traceback (issue #13).

Through the command line, in a subprocess. Only the first test loads a model; the
others fail (or skip every document) before one is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXE = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
GOOD_A = {"id": "a", "text": "Le ministre aurait démissionné, selon Le Monde."}
GOOD_C = {"id": "c", "text": "La séance reprend lundi."}


def run(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300)


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr


def unreadable(path: Path) -> None:
    """A file that exists and cannot be read, whoever runs the tests (root reads through chmod 000)."""
    if os.geteuid() == 0:
        path.symlink_to("/proc/self/mem")  # a regular file; reading its first page fails with EIO
    else:
        path.write_text("secret", encoding="utf-8")
        path.chmod(0)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A good document, a line without text, a line that is not JSON, another good document."""
    lines = [json.dumps(GOOD_A, ensure_ascii=False), '{"id": "b"}', "not json", json.dumps(GOOD_C, ensure_ascii=False)]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "docs.jsonl"


def test_one_bad_record_does_not_cost_the_archive(archive: Path, tmp_path: Path) -> None:
    """It used to stop at line 2 with exit 2 and write no record at all."""
    result = run("annotate", "--lang", "fr", "-o", "out.jsonl", "docs.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "docs.jsonl:2: a document is a JSON object with a string field 'text'",
        "docs.jsonl:3:1: invalid JSON: Expecting value",
        "hedgecheck: 2 bad document(s) skipped, listed above; the other 2 are annotated",
    ]
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc"], r["text"]) for r in records] == [("a", GOOD_A["text"]), ("c", GOOD_C["text"])]
    assert records[0]["attribution"] == "media"


def test_strict_stops_at_the_first_bad_document(archive: Path, tmp_path: Path) -> None:
    lines = archive.read_text(encoding="utf-8").splitlines()
    archive.write_text("\n".join([lines[1], lines[0], lines[3]]) + "\n", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("earlier\n", encoding="utf-8")
    result = run("annotate", "--strict", "-o", "out.jsonl", "docs.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "hedgecheck: error: docs.jsonl:1: a document is a JSON object with a string field 'text' "
        "(--strict stops at the first bad document)"
    ]
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "earlier\n"  # a failed run replaces nothing


def test_bad_files_of_a_folder_are_named_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "latin1.txt").write_bytes("Le ministre a été élu.".encode("latin-1"))
    unreadable(folder / "locked.txt")
    with (folder / "huge.txt").open("wb") as huge:  # sparse: over the limit without taking the disk
        huge.truncate(50_000_001)
    result = run("annotate", "archive", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1 and result.stdout == ""
    assert sorted(result.stderr.splitlines()[:-1]) == [
        "archive/huge.txt: document over the size limit of 50,000,000 bytes (--max-bytes)",
        "archive/latin1.txt:1:15: not valid UTF-8 (byte 0xe9); convert the file to UTF-8 first "
        "(e.g. iconv -f latin1 -t utf-8)",
        f"archive/locked.txt: cannot read ({os.strerror(5 if os.geteuid() == 0 else 13)})",
    ]
    assert result.stderr.splitlines()[-1].startswith("hedgecheck: 3 bad document(s) skipped")


def test_a_jsonl_line_over_the_limit_is_skipped(tmp_path: Path) -> None:
    long = json.dumps({"id": "long", "text": "Il est parti. " * 100})
    (tmp_path / "docs.jsonl").write_text(long + "\n" + '{"id": 1}\n', encoding="utf-8")
    result = run("annotate", "--max-bytes", "1000", "docs.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "docs.jsonl:1: document over the size limit of 1,000 bytes (--max-bytes)"


GOLD = {
    "doc": "mini", "index": 0, "start": 0, "end": 31, "text": "Le ministre aurait démissionné.",
    "attribution": "none", "attributions": [], "certainty": "possible",
    "cues": [{"start": 12, "end": 18, "text": "aurait", "level": "possible"}],
}  # fmt: skip


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cues": ["aurait"]}, "cues[0] is an object with start, end and text"),
        ({"attributions": None}, "attributions is a list"),
        ({"attributions": [{"type": "media", "main": True, "source": "Le Monde"}]}, "attributions[0].source is an"),
        ({"index": "0"}, "index is a whole number from 0"),
        ({"certainty": ["possible"]}, "certainty is a string"),
        ({"text": "\ud800"}, "not valid Unicode"),
        ({"phenomena": 3}, "phenomena is a list of strings"),
    ],
    ids=["cue-string", "null-list", "source-string", "index-string", "label-list", "surrogate", "phenomena"],
)
def test_malformed_gold_is_one_line_naming_file_and_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """A gold record evaluate did not expect used to end in a Python traceback."""
    (tmp_path / "mini.txt").write_text(str(GOLD["text"]), encoding="utf-8")
    lines = [json.dumps(GOLD), "", json.dumps({**GOLD, **change})]
    (tmp_path / "mini.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("evaluate", "mini.gold.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"hedgecheck: error: mini.gold.jsonl:3:1: {message}")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps(GOLD).encode() + b'\n{"doc": "\xff"}\n', "gold.jsonl:2:10: not valid UTF-8 (byte 0xff)"),
        (b"[" * 100_000 + b"\n", "gold.jsonl:1:1: invalid JSON"),
        (b'{"doc": 1' + b"1" * 5000 + b"}\n", "gold.jsonl:1:1: invalid JSON"),
    ],
    ids=["undecodable", "nested", "long-number"],
)
def test_unreadable_gold_is_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "gold.jsonl").write_bytes(content)
    result = run("evaluate", "gold.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1 and message in result.stderr


def test_evaluate_checks_its_other_files_first(tmp_path: Path) -> None:
    (tmp_path / "mini.gold.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    unreadable(tmp_path / "mini.txt")
    no_text = run("evaluate", "mini.gold.jsonl", cwd=tmp_path)
    no_traceback(no_text)
    assert no_text.returncode == 1 and "mini.txt: cannot read" in no_text.stderr
    (tmp_path / "mini.txt").unlink()
    (tmp_path / "before.jsonl").write_text('{"doc": "mini"}\n', encoding="utf-8")
    diff = run("evaluate", "mini.gold.jsonl", "--diff", "before.jsonl", cwd=tmp_path)
    no_traceback(diff)
    assert diff.stderr.strip() == "hedgecheck: error: before.jsonl:1:1: not a prediction saved by evaluate --save"
    save = run("evaluate", "mini.gold.jsonl", "--save", "mini.gold.jsonl", cwd=tmp_path)
    no_traceback(save)
    assert save.returncode == 2 and "mini.gold.jsonl: the output is also an input" in save.stderr
    assert json.loads((tmp_path / "mini.gold.jsonl").read_text(encoding="utf-8")) == GOLD


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b"not json\n", "out.jsonl:1"),
        (b'{"doc": "a"}\n', "out.jsonl:1"),
        (b"\n[1, 2]\n", "out.jsonl:2"),
        (b"\n\n\xe9\n", "out.jsonl:3:1"),
        (b"[" * 100_000 + b"\n", "out.jsonl:1"),
    ],
)
def test_summarize_names_the_line_it_cannot_read(tmp_path: Path, content: bytes, where: str) -> None:
    (tmp_path / "out.jsonl").write_bytes(content)
    result = run("summarize", "out.jsonl", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"hedgecheck: error: {where}: ")


def test_lexicon_check_names_a_file_it_cannot_read(tmp_path: Path) -> None:
    folder = tmp_path / "fr"
    shutil.copytree(REPO / "lexicons" / "fr", folder)
    (folder / "hedges.tsv").unlink()
    unreadable(folder / "hedges.tsv")
    (folder / "language.toml").write_text("a = " + "[" * 10_000 + "\n", encoding="utf-8")
    result = run("lexicon", "check", "fr", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 1
    assert f"{Path('fr') / 'hedges.tsv'}:1:1: cannot read the file" in result.stderr
    assert f"{Path('fr') / 'language.toml'}:1:1:" in result.stderr
    assert result.stderr.splitlines()[-1] == "fr: 2 problem(s)"
