"""Worker processes that each load their annotator once, then take batches and give results back in order.

Shared by the command line's ``--workers`` (:mod:`hedgecheck.runner`) and
``Annotator(workers=N)``. Each worker runs ``setup(config)`` once, when it
starts, and then ``task(state, batch)`` for every batch it is given; only the
batch and its result cross between processes. Results come back in the order
the batches were given, and at most a few batches per worker are in flight, so
memory stays flat however long the input.

A worker that dies (the out-of-memory killer, ``kill -9``) stops the run with a
:class:`WorkerError`. The processes are a ``ProcessPoolExecutor``'s, which
notices a dead worker at once and fails what was in flight;
``multiprocessing.Pool`` replaced it in silence, and the lost batch's result was
waited for forever.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Final, Generic, TypeVar

__all__ = ["WorkerError", "WorkerPool", "batched"]

C = TypeVar("C")  # what a worker is told when it starts
S = TypeVar("S")  # what a worker loads once from it
B = TypeVar("B")  # one batch of work
R = TypeVar("R")  # what a batch gives back
T = TypeVar("T")

# A batch is parsed in one go; a small one keeps both workers busy to the end of a run.
BATCH_DOCUMENTS: Final = 64
BATCH_CHARACTERS: Final = 10_000
IN_FLIGHT_PER_WORKER: Final = 4
_PR_SET_PDEATHSIG: Final = 1
_EXIT_SECONDS: Final = 1.0  # how long a worker that died may take to have an exit status


class WorkerError(RuntimeError):
    """A worker process died: what it was annotating is lost, and the other workers are stopped."""


def batched(items: Iterable[T], characters: Callable[[T], int]) -> Iterator[list[T]]:
    """Up to 64 items or about 10,000 characters each; a longer item is a batch of its own."""
    batch: list[T] = []
    size = 0
    for item in items:
        length = characters(item)
        if batch and size + length > BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
        if len(batch) == BATCH_DOCUMENTS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class WorkerPool(Generic[B, R]):
    """``workers`` processes, each with its own state loaded once, mapping batches in order.

    The processes start here and stop at :meth:`close`, at the end of a ``with``
    block, when the pool is garbage-collected, or when a worker dies. At
    interpreter exit, a pool still open finishes the batches in flight first
    (``concurrent.futures`` waits for them). ``setup`` and ``task`` must be
    module-level functions (a spawned worker imports them by name).
    """

    def __init__(self, workers: int, setup: Callable[[C], S], config: C, task: Callable[[S, B], R]) -> None:
        self.workers = workers
        self._task: Callable[[Any, B], R] = task
        self._executor = _start_processes(workers, setup, config)
        # All started above; the executor has no public list of them, and forgets its own at shutdown.
        self._processes: tuple[BaseProcess, ...] = tuple(self._executor._processes.values())
        # Not a method of self: the pool must stay collectable, and be stopped when it is.
        self._stop = weakref.finalize(self, _stop_processes, self._executor, self._processes)

    @property
    def closed(self) -> bool:
        return not self._stop.alive

    def close(self) -> None:
        """Stop the worker processes, at once (batches still in flight are dropped); closing twice is nothing."""
        self._stop()

    def __enter__(self) -> WorkerPool[B, R]:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def map(self, batches: Iterable[B]) -> Iterator[R]:
        """The result of every batch, in order, lazily; an error in a batch is raised here, in its place.

        A worker that dies is a :class:`WorkerError`, raised within a second, and the pool is closed.
        """
        pending: collections.deque[Future[R]] = collections.deque()
        for batch in batches:
            pending.append(self._submit(batch))
            if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _submit(self, batch: B) -> Future[R]:
        self._check_open()
        try:
            return self._executor.submit(_run, self._task, batch)
        except BrokenProcessPool:
            raise self._lost() from None

    def _result(self, future: Future[R]) -> R:
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            raise self._lost() from None

    def _check_open(self) -> None:
        if self.closed:
            raise self._lost()

    def _lost(self) -> Exception:
        """Why the batches in flight are lost: the pool was closed (perhaps by another thread), or a worker died."""
        if self.closed:
            return ValueError("the worker processes were closed before the end of the stream")
        how = _how_it_ended(self._processes)
        self.close()
        return WorkerError(f"a worker process died ({how})")


# --------------------------------------------------------------------------
# In the parent: starting and stopping the processes


def _start_processes(workers: int, setup: Callable[[C], S], config: C) -> ProcessPoolExecutor:
    # fork where it is safe (Linux): a worker starts without importing again what the parent has;
    # it loads its own annotator all the same, in its initializer.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    # Workers start with Ctrl-C ignored, so that one pressed while they load prints no
    # traceback of theirs: the parent is interrupted, and stops them. Only the main
    # thread may change a signal's handler; the workers ignore Ctrl-C once started anyway.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(setup, config))
        # The executor starts its processes with the first tasks (forked: all of them at the first). One
        # each starts them now, with Ctrl-C ignored, and before the caller opens its output or takes its
        # lock, so that no worker holds either. A worker that dies this early is reported by map().
        with contextlib.suppress(BrokenProcessPool):
            for _ in range(workers):
                executor.submit(os.getpid)
        return executor
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


def _stop_processes(executor: ProcessPoolExecutor, processes: Sequence[BaseProcess]) -> None:
    """Stop every worker now: ``shutdown`` alone lets each one finish the batches it was given."""
    for process in processes:
        process.terminate()
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join()
        _exit_code(process)  # known, even when the executor's thread is the one that collected it


def _how_it_ended(processes: Sequence[BaseProcess]) -> str:
    """How the worker that died did; the executor stops the others after it, with SIGTERM."""
    ready = multiprocessing.connection.wait([p.sentinel for p in processes], timeout=_EXIT_SECONDS)
    codes = [code for p in processes if p.sentinel in ready and (code := _exit_code(p)) is not None]
    codes.sort(key=lambda code: code == -signal.SIGTERM)  # the one that died first, when it is told apart
    return _exit_status(codes[0]) if codes else "its exit status is unknown"


def _exit_code(process: BaseProcess) -> int | None:
    """An ended process's exit status, which the executor's thread may be collecting at this very moment."""
    deadline = time.monotonic() + _EXIT_SECONDS
    while process.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.01)
    return process.exitcode


def _exit_status(code: int) -> str:
    if code >= 0:
        return f"it exited with status {code}"
    if -code == signal.SIGKILL:  # what the out-of-memory killer sends
        return f"killed by signal {-code}, perhaps out of memory"
    with contextlib.suppress(ValueError):
        return f"killed by signal {-code}, {signal.Signals(-code).name}"
    return f"killed by signal {-code}"


# --------------------------------------------------------------------------
# In a worker

_state: Any = None
_failure: BaseException | None = None


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when the parent dies (a kill -9 leaves no orphan at work)."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # it died before the line above
        os._exit(1)


def _start(setup: Callable[[C], S], config: C) -> None:
    """Load this worker's state once; a failure is kept for the first batch to report."""
    global _state, _failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    _die_with_parent()
    try:
        _state = setup(config)
    except Exception as error:  # an initializer that raises is restarted by the pool, forever
        _failure = error


def _run(task: Callable[[Any, B], R], batch: B) -> R:
    if _failure is not None:
        raise _failure
    return task(_state, batch)
