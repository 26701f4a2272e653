"""The worker pool itself, on tasks that need no model: a worker that dies stops the run, at once, saying how."""

from __future__ import annotations

import os
import signal
import time

import pytest
from deadline import within

from hedgecheck.pool import IN_FLIGHT_PER_WORKER, WorkerError, WorkerPool

# What a batch does to its worker: (batch number, how). The worker dies on that batch.
Fate = tuple[int, str]


def _keep(fate: Fate) -> Fate:
    return fate


def _die_on(fate: Fate, batch: int) -> int:
    """Twice the batch, or its worker's death when it is the fated one."""
    number, how = fate
    if batch == number:
        if how == "exit":
            os._exit(3)
        os.kill(os.getpid(), getattr(signal, how))
    time.sleep(0.005)
    return 2 * batch


def _die_loading(fate: Fate) -> Fate:
    os.kill(os.getpid(), signal.SIGKILL)
    return fate


def test_a_worker_killed_mid_run_stops_it_within_a_second_with_what_came_before_in_order() -> None:
    pool: WorkerPool[int, int] = WorkerPool(2, _keep, (20, "SIGKILL"), _die_on)
    results: list[int] = []
    started = time.monotonic()
    with within(30), pytest.raises(WorkerError) as error:
        results.extend(pool.map(range(1_000)))
    assert time.monotonic() - started < 5
    assert str(error.value) == "a worker process died (killed by signal 9, perhaps out of memory)"
    # Every result before the lost batch, in order; the ones after it are not waited for.
    assert results == [2 * n for n in range(len(results))]
    assert 20 - 2 * IN_FLIGHT_PER_WORKER <= len(results) <= 20
    assert pool.closed and not any(p.is_alive() for p in pool._processes)
    pool.close()  # closing again is nothing
    with pytest.raises(ValueError, match="closed"):
        list(pool.map(range(3)))


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("SIGUSR1", f"killed by signal {signal.SIGUSR1.value}, SIGUSR1"),
        ("SIGTERM", "killed by signal 15, SIGTERM"),
        ("exit", "it exited with status 3"),
    ],
)
def test_each_way_a_worker_dies_is_named(how: str, said: str) -> None:
    with WorkerPool(2, _keep, (0, how), _die_on) as pool, within(30), pytest.raises(WorkerError) as error:
        list(pool.map(range(10)))
    assert str(error.value) == f"a worker process died ({said})"


def test_a_worker_killed_while_it_loads_stops_the_run_too() -> None:
    """multiprocessing.Pool started another worker in its place, which died loading, and so on, forever."""
    with WorkerPool(2, _die_loading, (0, ""), _die_on) as pool, within(30), pytest.raises(WorkerError) as error:
        next(pool.map(range(10)))
    assert str(error.value) == "a worker process died (killed by signal 9, perhaps out of memory)"


def test_a_pool_gives_every_result_in_order_and_its_workers_stop_at_close() -> None:
    with WorkerPool(2, _keep, (-1, ""), _die_on) as pool, within(30):
        assert list(pool.map(range(100))) == [2 * n for n in range(100)]
        workers = pool._processes
        assert len(workers) == 2 and all(p.is_alive() for p in workers)
    assert not any(p.is_alive() for p in workers)
