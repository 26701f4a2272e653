"""Outputs never destroy what a user owns: inputs, a previous output, a run in progress (issue #13).

Every case runs the command line in a subprocess, as a user does. Most stop before a
model is loaded (a run reading standard input waits there, holding its output), so
they take a fraction of a second each.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

EXE = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
PREVIOUS = '{"doc": "earlier", "index": 0, "note": "a previous run\'s output"}\n'


def run(
    *args: str, cwd: Path, stdin: str = "", preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300, preexec_fn=preexec_fn
    )


def one_line_error(result: subprocess.CompletedProcess[str], status: int, *fragments: str) -> None:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hedgecheck: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def _sigint_default() -> None:
    # A test run started in the background may ignore SIGINT; a user's terminal does not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def waiting(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start a run that reads documents from standard input and holds its output until stdin closes."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [EXE, "annotate", "--quiet", "--input-format", "jsonl", *args, "-"],
            cwd=tmp_path,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_sigint_default,
        )
        started.append(process)
        lock = tmp_path / "out.jsonl.lock"
        deadline = time.monotonic() + 60
        # The lock holds the run's process id once it is taken, which is before anything is written.
        while not (lock.exists() and lock.read_text().strip() == str(process.pid)):
            assert time.monotonic() < deadline and process.poll() is None, "the run did not start"
            time.sleep(0.02)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.mark.parametrize("how", ["same path", "symbolic link", "hard link", "standard input"])
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, how: str) -> None:
    """`annotate --lang fr -o notes.txt notes.txt` used to exit 0 and leave notes.txt empty."""
    notes = tmp_path / "notes.txt"
    text = "Le ministre aurait démissionné, selon Le Monde.\n"
    notes.write_text(text, encoding="utf-8")
    output = {"same path": "notes.txt", "symbolic link": "link.txt", "hard link": "hard.txt"}.get(how, "notes.txt")
    if how == "symbolic link":
        (tmp_path / "link.txt").symlink_to("notes.txt")
    if how == "hard link":
        os.link(notes, tmp_path / "hard.txt")
    if how == "standard input":
        with notes.open("rb") as stdin:
            result = subprocess.run(
                [EXE, "annotate", "--lang", "fr", "-o", output, "-"], cwd=tmp_path, stdin=stdin, capture_output=True
            )
        result = subprocess.CompletedProcess(result.args, result.returncode, "", result.stderr.decode())
    else:
        result = run("annotate", "--lang", "fr", "-o", output, "notes.txt", cwd=tmp_path)
    one_line_error(result, 2, f"{output}: the output is also an input", "write to another file")
    assert notes.read_text(encoding="utf-8") == text


def test_an_output_found_in_an_input_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_text("Il est parti.", encoding="utf-8")
    (tmp_path / "archive" / "out.txt").write_text("mes notes", encoding="utf-8")
    result = run("annotate", "-o", "archive/out.txt", "archive", cwd=tmp_path)
    one_line_error(result, 2, "archive/out.txt: the output is also an input (archive/out.txt)")
    assert (tmp_path / "archive" / "out.txt").read_text(encoding="utf-8") == "mes notes"


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_a_stopped_run_leaves_the_previous_output_as_it_was(
    tmp_path: Path, waiting: Callable[..., subprocess.Popen[bytes]], stop: signal.Signals
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(PREVIOUS, encoding="utf-8")
    process = waiting("-o", "out.jsonl")
    assert list(tmp_path.glob(".out.jsonl.*.tmp")), "the run writes beside the output"
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=60)
    assert out.read_text(encoding="utf-8") == PREVIOUS
    if stop == signal.SIGINT:
        assert process.returncode == 130
        assert stderr.decode().strip() == "hedgecheck: interrupted"
        assert not list(tmp_path.glob(".out.jsonl.*.tmp")), "an interrupted run cleans up after itself"
    else:
        # Nothing runs after a kill; the next run on this output removes what it left.
        assert run("annotate", "--input-format", "jsonl", "-o", "out.jsonl", "-", cwd=tmp_path).returncode == 0
        assert not list(tmp_path.glob(".out.jsonl.*.tmp"))
        assert out.read_text(encoding="utf-8") == ""  # a finished run on no documents


def test_ctrl_c_mid_run_leaves_whole_records_only(tmp_path: Path) -> None:
    """Ctrl-C while documents are being written (--resume appends): whole records, no traceback."""
    sentences = ["Le ministre aurait démissionné, selon Le Monde.", "La séance reprend lundi. Il est parti."]
    # Documents alternate between one sentence and two.
    lines = "".join(json.dumps({"id": f"d{n}", "text": sentences[n % 2]}) + "\n" for n in range(70))
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [EXE, "annotate", "--lang", "fr", "--quiet", "--input-format", "jsonl", "--resume", "-o", "out.jsonl", "-"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_sigint_default,
    )
    assert process.stdin is not None
    process.stdin.write(lines.encode())  # more than one batch: the first is written, then it waits for more
    process.stdin.flush()
    deadline = time.monotonic() + 240
    while not (out.exists() and out.stat().st_size > 0):
        assert time.monotonic() < deadline and process.poll() is None, "no document was written"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().strip() == "hedgecheck: interrupted"
    assert out.read_bytes().endswith(b"\n")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = list(dict.fromkeys(r["doc"] for r in records))
    assert docs == [f"d{n}" for n in range(len(docs))] and 0 < len(docs) < 70
    for n, doc in enumerate(docs):  # every document written has all its sentences
        assert [r["index"] for r in records if r["doc"] == doc] == ([0] if n % 2 == 0 else [0, 1])


def test_a_second_run_on_an_output_in_use_is_refused(
    tmp_path: Path, waiting: Callable[..., subprocess.Popen[bytes]]
) -> None:
    (tmp_path / "a.txt").write_text("Il est parti.", encoding="utf-8")
    first = waiting("--resume", "-o", "out.jsonl")
    for args in (["--resume", "-o", "out.jsonl"], ["-o", "out.jsonl"]):
        second = run("annotate", *args, "a.txt", cwd=tmp_path)
        one_line_error(
            second, 2, f"another hedgecheck run is writing this file (process {first.pid})", "out.jsonl.lock"
        )
    first.kill()  # the kernel drops its lock; the lock file stays behind
    first.communicate()
    assert (tmp_path / "out.jsonl.lock").exists()
    after = run("annotate", "--input-format", "jsonl", "--resume", "-o", "out.jsonl", "-", cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    assert not (tmp_path / "out.jsonl.lock").exists()


def test_a_full_disk_is_one_line_naming_the_output(tmp_path: Path) -> None:
    to_file = run("annotate", "--format", "json", "--input-format", "jsonl", "-o", "/dev/full", "-", cwd=tmp_path)
    one_line_error(to_file, 1, "/dev/full: cannot write (No space left on device)")
    with open("/dev/full", "w") as full:
        for args in (["lexicon", "check"], ["annotate", "--format", "json", "--input-format", "jsonl", "-"]):
            result = subprocess.run(
                [EXE, *args], cwd=tmp_path, input="", stdout=full, stderr=subprocess.PIPE, text=True
            )
            one_line_error(result, 1, "standard output: cannot write (No space left on device)")


def _file_size_limit() -> None:
    # Writing past RLIMIT_FSIZE fails with EFBIG: a full disk for this process's files alone.
    resource.setrlimit(resource.RLIMIT_FSIZE, (40, 40))


def test_a_write_failing_midway_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("doc,index\nearlier,0\n", encoding="utf-8")
    result = run(
        "annotate", "--format", "csv", "--input-format", "jsonl", "-o", "out.csv", "-",
        cwd=tmp_path, preexec_fn=_file_size_limit,
    )  # fmt: skip
    one_line_error(result, 1, f"out.csv: cannot write ({os.strerror(errno.EFBIG)})")
    assert out.read_text(encoding="utf-8") == "doc,index\nearlier,0\n"
    assert not list(tmp_path.glob(".out.csv.*.tmp"))


def test_a_broken_pipe_is_no_error(tmp_path: Path) -> None:
    result = subprocess.run(f"'{EXE}' lexicon check | true", shell=True, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""


def test_resume_continues_jsonl_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Il est parti.", encoding="utf-8")
    result = run("annotate", "--resume", "--format", "csv", "-o", "out.csv", "a.txt", cwd=tmp_path)
    one_line_error(result, 2, "--resume continues JSONL output")
