"""The progress bar: a total, the rate and the time left, on a terminal only, never with --quiet (issue #14).

The command line runs with its standard error on a pseudo-terminal, as in a user's
shell; the other checks use a stream that says it is a terminal.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from hedgecheck.corpus import InputFile
from hedgecheck.progress import Progress, count_documents

EXE = shutil.which("hedgecheck", path=str(Path(sys.executable).parent)) or "hedgecheck"
CORPUS = Path(__file__).resolve().parent / "corpus" / "fr" / "tune"


def in_terminal(*args: str, cwd: Path) -> tuple[int, str]:
    """Run the command line with standard error on a 120-column pseudo-terminal; its status and what it drew."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    with (cwd / "out.txt").open("wb") as out:
        process = subprocess.Popen([EXE, *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=slave)
    os.close(slave)
    drawn = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if not select.select([master], [], [], 1)[0]:
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the run has closed the terminal: it ended
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    return process.wait(timeout=60), drawn.decode("utf-8", "replace")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_folder_shows_its_total_and_the_time_left_with_two_workers(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for text in sorted(CORPUS.glob("*.txt"))[:6]:
        shutil.copy(text, folder / text.name)
    status, drawn = in_terminal("annotate", "--lang", "fr", "--workers", "2", "archive", cwd=tmp_path)
    assert status == 0, drawn
    # tqdm's bar: « 6/6 [00:02<00:00, 2.9doc/s, 48 sentences] », elapsed<left
    assert re.search(r"\b6/6 \[\d\d:\d\d<\d\d:\d\d,\s+[\d.]+(doc/s|s/doc), [\d,]+ sentences\]", drawn), drawn
    docs = {json.loads(line)["doc"] for line in (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()}
    assert len(docs) == 6


def test_a_jsonl_file_counts_its_lines_and_notes_a_bad_one_above_the_bar(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"d{n}", "text": "Le ministre aurait démissionné."}) for n in range(4)]
    (tmp_path / "docs.jsonl").write_text("\n".join([*lines[:2], "", "not json", *lines[2:]]) + "\n", encoding="utf-8")
    status, drawn = in_terminal("annotate", "--lang", "fr", "docs.jsonl", cwd=tmp_path)
    assert status == 1, drawn  # one bad document
    assert "docs.jsonl:4:1: invalid JSON" in drawn
    assert re.search(r"\b5/5 \[\d\d:\d\d<\d\d:\d\d, ", drawn), drawn  # the blank line is no document
    assert len((tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()) == 4


def test_no_bar_when_quiet_or_not_on_a_terminal() -> None:
    quiet = Terminal()
    progress = Progress(quiet, enabled=False)
    progress.start(lambda: 3)
    progress.done(2)
    progress.advance()
    progress.note("a.txt: not UTF-8")
    progress.close()
    assert quiet.getvalue() == "a.txt: not UTF-8\n"  # the bad document is still told
    piped = io.StringIO()
    progress = Progress(piped, enabled=True)
    progress.start(lambda: 3)
    progress.close()
    assert piped.getvalue() == ""


def test_documents_are_counted_only_where_it_is_cheap(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "x"}\n\n  \n{"text": "y"}')  # no final newline
    (tmp_path / "a.txt").write_text("Une phrase.", encoding="utf-8")
    files = [InputFile(str(tmp_path / "a.jsonl"), "a", jsonl=True), InputFile(str(tmp_path / "a.txt"), "a", False)]
    assert count_documents(files) == 3
    assert count_documents([*files, InputFile("-", "stdin", jsonl=True)]) is None  # standard input is read once
    assert count_documents([InputFile(str(tmp_path / "gone.jsonl"), "gone", jsonl=True)]) == 1  # one bad document
