"""Writing results without losing anything a user owns.

* An output that is also an input (the same path, or the same file through a
  symbolic or hard link) is refused before anything is opened.
* A new output is written to a temporary file beside it and moved into place
  (``os.replace``) when the run ends: a failed, interrupted or killed run leaves
  the previous file as it was, never half a file under its name.
* ``--resume`` appends whole records to the file itself, flushed one document at
  a time, so that a later run can continue it.
* A lock file beside the output (``OUT.lock``, held with ``flock``) keeps two runs
  from writing one file. The kernel releases the lock when its process ends, so a
  killed run leaves no lock that blocks the next one.
* A write that fails (a full disk) is one error naming the file.

Outputs that are not regular files (``/dev/null``, a pipe, a terminal) are written
in place: they cannot be replaced, and there is nothing in them to lose.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

import attrs

from hedgecheck.corpus import InputError

if sys.platform != "win32":
    import fcntl

__all__ = ["OutputError", "Sink", "Target", "locked", "refuse_inputs", "target_of", "writing"]

STDOUT_NAME = "standard output"


class OutputError(ValueError):
    """An output cannot be written; the message names it and says why."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


class Sink:
    """A text stream whose write errors name the output (``out.jsonl: cannot write (No space left on device)``)."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self.name = name

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise  # the reader went away (``| head``): not an error of ours
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({_reason(error)})") from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"{self.name}: cannot write ({_reason(error)})") from None


@attrs.frozen(slots=True)
class Target:
    """Where a run writes: ``path`` is the real file (links followed), ``None`` for standard output."""

    name: str
    path: Path | None
    regular: bool  # a regular file, or none yet: locked, and replaced or appended to

    @property
    def lock_path(self) -> Path | None:
        return self.path.with_name(self.path.name + ".lock") if self.path is not None and self.regular else None


def target_of(name: str | None) -> Target:
    if name is None:
        return Target(STDOUT_NAME, None, regular=False)
    # Through a symbolic link the file it names is replaced, and the link kept.
    path = Path(os.path.realpath(name))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise InputError(f"{name}: no folder {path.parent} to write it in") from None
        return Target(name, path, regular=True)
    except OSError as error:
        raise InputError(f"{name}: cannot use as the output ({_reason(error)})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{name}: is a folder; --output names a file")
    return Target(name, path, regular=stat.S_ISREG(mode))


def refuse_inputs(target: Target, inputs: Iterable[str]) -> None:
    """An InputError when the output is one of ``inputs`` (``-``: standard input) by path or by link."""
    if target.path is None:
        return
    try:
        out = os.stat(target.path)
    except OSError:
        return  # no file there yet: it cannot be an input, which all exist
    for path in inputs:
        try:
            found = os.fstat(sys.stdin.fileno()) if path == "-" else os.stat(path)
        except (OSError, ValueError):
            continue  # an input that cannot be looked at is reported when it is read
        # Only a regular file can be destroyed this way; a terminal is both standard input and output.
        if os.path.samestat(found, out) and stat.S_ISREG(out.st_mode):
            what = "standard input" if path == "-" else path
            raise InputError(
                f"{target.name}: the output is also an input ({what}); writing it would destroy it, "
                "so write to another file"
            )


@contextlib.contextmanager
def locked(target: Target) -> Iterator[None]:
    """Hold ``OUT.lock`` for the run; an InputError when another run holds it."""
    lock_path = target.lock_path
    if lock_path is None or sys.platform == "win32":
        yield
        return
    fd = _acquire(lock_path, target.name)
    try:
        yield
    finally:
        # Removed while still held: a run waiting on the old file notices (see _acquire).
        with contextlib.suppress(OSError):
            lock_path.unlink()
        os.close(fd)


def _acquire(lock_path: Path, name: str) -> int:
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as error:
            raise InputError(f"{name}: cannot create the lock file {lock_path} ({_reason(error)})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            by = f" (process {holder})" if holder.isdigit() else ""
            raise InputError(
                f"{name}: another hedgecheck run is writing this file{by}; "
                f"wait until it ends, or write elsewhere (lock: {lock_path})"
            ) from None
        # A run that ended between our open and our lock removed the file we hold;
        # holding a lock on a file nobody else can open would lock nothing.
        try:
            current = os.stat(lock_path)
        except FileNotFoundError:
            current = None
        if current is not None and os.path.samestat(current, os.fstat(fd)):
            break
        os.close(fd)
    with contextlib.suppress(OSError):  # the process id helps the message above; a full disk only loses it
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    return fd


@contextlib.contextmanager
def writing(target: Target, *, append: bool = False) -> Iterator[Sink]:
    """A sink for the run's output; see the module's docstring for what each kind of target gets."""
    if target.path is None:
        sink = Sink(sys.stdout, STDOUT_NAME)
        yield sink
        sink.flush()  # here, where a full disk is still an error message, not at exit
        return
    if append or not target.regular:
        with _in_place(target, append=append) as sink:
            yield sink
        return
    with _replacing(target) as sink:
        yield sink


@contextlib.contextmanager
def _in_place(target: Target, *, append: bool) -> Iterator[Sink]:
    assert target.path is not None
    if append and not target.regular:
        raise InputError(f"{target.name}: --resume continues a regular file, not a device or pipe")
    try:
        stream = target.path.open("a" if append else "w", encoding="utf-8")
    except OSError as error:
        raise InputError(f"{target.name}: cannot write ({_reason(error)})") from None
    try:
        yield Sink(stream, target.name)
        _close(stream, target.name)
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        raise


def _temporary_files(target: Path) -> Iterator[Path]:
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{16}}\.tmp")
    with contextlib.suppress(OSError):
        yield from (p for p in target.parent.iterdir() if pattern.fullmatch(p.name))


@contextlib.contextmanager
def _replacing(target: Target) -> Iterator[Sink]:
    assert target.path is not None
    path = target.path
    # Under the lock, a temporary file of this output is a killed run's: nobody writes it any more.
    for stale in list(_temporary_files(path)):
        with contextlib.suppress(OSError):
            stale.unlink()
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        # 0o666 less the umask: the permissions a plain open() would have given.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        stream = open(fd, "w", encoding="utf-8")  # noqa: SIM115 -- closed by _close, or below on failure
    except OSError as error:
        raise InputError(f"{target.name}: cannot write ({_reason(error)})") from None
    try:
        yield Sink(stream, target.name)
        _close(stream, target.name, sync=True)
        with contextlib.suppress(FileNotFoundError):  # an output replaced keeps its permissions
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise OutputError(f"{target.name}: cannot replace it with the new output ({_reason(error)})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _close(stream: TextIO, name: str, *, sync: bool = False) -> None:
    try:
        stream.flush()
        if sync:  # on disk before it takes the output's name: a power cut leaves old or new
            os.fsync(stream.fileno())
        stream.close()
    except OSError as error:
        raise OutputError(f"{name}: cannot write ({_reason(error)})") from None
