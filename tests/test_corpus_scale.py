"""Corpus-scale command line: folders, JSONL documents, --output/--resume, --workers, summarize."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hedgecheck import Annotator

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus" / "fr"
EXE = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 180 short French documents in nested folders."""
    root = tmp_path_factory.mktemp("archive")
    texts = sorted(CORPUS.glob("*/*.txt"))
    for copy in range(4):
        for text in texts:
            target = root / f"batch{copy}" / text.parent.name / text.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(text, target)
    return root


def test_folder_is_read_recursively_with_relative_ids(folder: Path, tmp_path: Path) -> None:
    result = run("annotate", "--lang", "fr", "--quiet", str(folder / "batch0"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert len(docs) == len(list(CORPUS.glob("*/*.txt")))
    assert "tune/fr-eco-01" in docs and "test/fr-pol-09" in docs


def test_jsonl_documents_with_configurable_fields(tmp_path: Path) -> None:
    lines = [
        json.dumps({"key": "a1", "body": "Le ministre aurait démissionné, selon Le Monde."}),
        json.dumps({"key": "a2", "body": "La séance reprend lundi."}),
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("annotate", "--id-field", "key", "--text-field", "body", "docs.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["attribution"], r["certainty"]) for r in records] == [
        ("a1", "media", "possible"),
        ("a2", "none", "certain"),
    ]
    bad = run("annotate", "--text-field", "nope", "docs.jsonl", cwd=tmp_path)
    # Every line is a bad document: each is named, none is annotated, and the run fails.
    assert bad.returncode == 1 and bad.stdout == ""
    assert "docs.jsonl:1: a document is a JSON object with a string field 'nope'" in bad.stderr
    assert "docs.jsonl:2: a document is a JSON object with a string field 'nope'" in bad.stderr


def test_killed_run_resumed_gives_the_uninterrupted_output(folder: Path, tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    assert run("annotate", "--lang", "fr", "--quiet", "-o", str(whole), str(folder), cwd=tmp_path).returncode == 0
    partial = tmp_path / "partial.jsonl"
    # A run meant to be continued after a kill appends from the start (--resume on no file yet);
    # without --resume the output only takes its name when the run ends (tests/test_safe_output.py).
    process = subprocess.Popen(
        [EXE, "annotate", "--lang", "fr", "--quiet", "--resume", "-o", str(partial), str(folder)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 20_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = partial.read_bytes()
    assert 0 < len(written) < whole.stat().st_size  # really interrupted
    resumed = run("annotate", "--lang", "fr", "--quiet", "--resume", "-o", str(partial), str(folder), cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert partial.read_bytes() == whole.read_bytes()


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, read from /proc (Linux)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # pid (command) state ppid ...: the command may hold spaces and parentheses.
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the worker processes in /proc")
def test_a_worker_killed_mid_run_stops_it_with_whole_documents_written_and_resume_continues(
    fr: Annotator, tmp_path: Path
) -> None:
    sentences = ["Le ministre aurait démissionné, selon Le Monde.", "La séance reprend lundi. Il est parti."]
    texts = [sentences[n % 2] for n in range(1_000)]  # the last of 16 batches two seconds after the first
    ids = [f"d{n}" for n in range(len(texts))]
    lines = (json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in zip(ids, texts, strict=True))
    (tmp_path / "docs.jsonl").write_text("".join(lines), encoding="utf-8")
    pieces = [doc.to_jsonl() for doc in fr.pipe(texts, ids=ids)]  # what the whole run writes
    out = tmp_path / "out.jsonl"
    options = ["--lang", "fr", "--quiet", "--resume", "-o", "out.jsonl", "docs.jsonl"]
    command = [EXE, "annotate", "--workers", "2", *options]
    process = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while not (out.exists() and out.stat().st_size > 0):
        assert time.monotonic() < deadline and process.poll() is None, "no document was written"
        time.sleep(0.02)
    workers = children(process.pid)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    killed = time.monotonic()
    _, stderr = process.communicate(timeout=120)
    assert time.monotonic() - killed < 10
    written = out.read_text(encoding="utf-8")
    done = list(dict.fromkeys(json.loads(line)["doc"] for line in written.splitlines()))
    assert 0 < len(done) < len(texts) and written == "".join(pieces[: len(done)])  # whole documents, in order
    assert process.returncode == 1
    assert stderr.splitlines() == [
        "hedgecheck: error: a worker process died (killed by signal 9, perhaps out of memory); "
        f"this run wrote {len(done):,} document(s) to out.jsonl; run again with --resume to continue"
    ]
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)
    # Run again as the message says; one worker, which loads one model, gives the same output.
    resumed = run("annotate", *options, cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_text(encoding="utf-8") == "".join(pieces)


def test_resume_needs_an_output_file(tmp_path: Path) -> None:
    result = run("annotate", "--resume", "-", cwd=tmp_path, stdin="Une phrase.")
    assert result.returncode == 2 and "--resume needs --output FILE" in result.stderr


def test_two_workers_give_the_same_output(folder: Path, tmp_path: Path) -> None:
    one = run("annotate", "--lang", "fr", "--quiet", str(folder / "batch1" / "tune"), cwd=tmp_path)
    two = run("annotate", "--lang", "fr", "--quiet", "--workers", "2", str(folder / "batch1" / "tune"), cwd=tmp_path)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_two_workers_keep_the_error_policy_resume_and_strict(tmp_path: Path) -> None:
    """A bad line is named and skipped, each document's language told, --resume and --strict hold: as with one."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("tune/*.txt"))[:8]]
    lines = [json.dumps({"id": f"fr{n}", "text": text}, ensure_ascii=False) for n, text in enumerate(texts)]
    lines.insert(3, "not json")
    lines.insert(6, json.dumps({"id": "en", "text": "The minister may resign, two aides said on Monday."}))
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("annotate", "-o", "one.jsonl", "docs.jsonl", cwd=tmp_path)
    two = run("annotate", "--workers", "2", "-o", "two.jsonl", "docs.jsonl", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stderr == two.stderr and "docs.jsonl:4:1: invalid JSON" in two.stderr
    whole = (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "two.jsonl").read_bytes() == whole and b'"lang": "en"' in whole
    # Cut in the middle of the fifth document, as a kill would, and continued by two workers.
    records = whole.splitlines(keepends=True)
    fifth = [n for n, r in enumerate(records) if json.loads(r)["doc"] == "fr4"]
    (tmp_path / "partial.jsonl").write_bytes(b"".join(records[: fifth[1]]))
    resumed = run("annotate", "--workers", "2", "--resume", "-o", "partial.jsonl", "docs.jsonl", cwd=tmp_path)
    assert resumed.returncode == 1 and (tmp_path / "partial.jsonl").read_bytes() == whole
    strict = run("annotate", "--workers", "2", "--strict", "-o", "one.jsonl", "docs.jsonl", cwd=tmp_path)
    assert strict.returncode == 2 and strict.stderr.splitlines() == [
        "hedgecheck: error: docs.jsonl:4:1: invalid JSON: Expecting value (--strict stops at the first bad document)"
    ]
    assert (tmp_path / "one.jsonl").read_bytes() == whole


def test_summarize_per_document_and_overall(tmp_path: Path) -> None:
    text = "Selon des sources, le ministre aurait démissionné. Il a confirmé son départ. La séance reprend."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Les experts estiment que la crise va durer.", encoding="utf-8")
    assert run("annotate", "--quiet", "-o", "out.jsonl", "a.txt", "b.txt", cwd=tmp_path).returncode == 0
    table = run("summarize", "out.jsonl", cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "(all)" in table.stdout and "top sources overall:" in table.stdout
    rows = run("summarize", "--format", "csv", "out.jsonl", cwd=tmp_path).stdout.splitlines()
    header = rows[0].split(",")
    records = [dict(zip(header, row.split(","), strict=False)) for row in rows[1:]]
    assert [r["doc"] for r in records] == ["a", "b", "(all)"]
    assert [r["sentences"] for r in records] == ["3", "1", "4"]
    assert float(records[1]["vague_share"]) == 1.0
    assert float(records[2]["hedged_share"]) == 0.5
    # A share per grade the annotations hold, named after the grade table's own words.
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    grades = [json.loads(line)["sourcing"]["grade"] for line in lines]
    assert [c for c in header if c.endswith("_share")][4:] == [f"{g}_share" for g in sorted(set(grades))]
    for grade in set(grades):
        assert float(records[2][f"{grade}_share"]) == round(grades.count(grade) / len(grades), 4)
    assert table.stdout.splitlines()[0].split()[6:] == [f"{g}_share" for g in sorted(set(grades))]
