"""Worker processes that each load their annotator once, then take batches and give results back in order.

Shared by the command line's ``--workers`` (:mod:`hedgecheck.runner`) and
``Annotator(workers=N)``. Each worker runs ``setup(config)`` once, when it
starts, and then ``task(state, batch)`` for every batch it is given; only the
batch and its result cross between processes. Results come back in the order
the batches were given, and at most a few batches per worker are in flight, so
memory stays flat however long the input.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from types import TracebackType
from typing import Any, Final, Generic, TypeVar

__all__ = ["WorkerPool", "batched"]

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
_POLL_SECONDS: Final = 0.2


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
    block, when the pool is garbage-collected, or at interpreter exit, whichever
    comes first. ``setup`` and ``task`` must be module-level functions (a
    spawned worker imports them by name).
    """

    def __init__(self, workers: int, setup: Callable[[C], S], config: C, task: Callable[[S, B], R]) -> None:
        self.workers = workers
        self._task: Callable[[Any, B], R] = task
        self._pool = _start_processes(workers, setup, config)
        # Not a method of self: the pool must stay collectable, and be stopped when it is.
        self._stop = weakref.finalize(self, self._pool.terminate)

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
        """The result of every batch, in order, lazily; an error in a batch is raised here, in its place."""
        pending: collections.deque[AsyncResult[R]] = collections.deque()
        for batch in batches:
            self._check_open()
            pending.append(self._pool.apply_async(_run, (self._task, batch)))
            if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _result(self, result: AsyncResult[R]) -> R:
        # A stopped pool never delivers what was in flight: waiting would be forever.
        while not result.ready():
            self._check_open()
            result.wait(_POLL_SECONDS)
        return result.get()

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("the worker processes were closed before the end of the stream")


# --------------------------------------------------------------------------
# In the parent: starting the processes


def _start_processes(workers: int, setup: Callable[[C], S], config: C) -> multiprocessing.pool.Pool:
    # fork where it is safe (Linux): a worker starts without importing again what the parent has;
    # it loads its own annotator all the same, in its initializer.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    # Workers start with Ctrl-C ignored, so that one pressed while they load prints no
    # traceback of theirs: the parent is interrupted, and stops them. Only the main
    # thread may change a signal's handler; the workers ignore Ctrl-C once started anyway.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        return context.Pool(workers, initializer=_start, initargs=(setup, config))
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


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
