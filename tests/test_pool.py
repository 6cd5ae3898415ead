"""The worker pool: results by task number, a worker's error named here, and no wait
for an answer that can never come."""

from __future__ import annotations

import threading

import pytest

from generator.pool import WorkerError, WorkerPool


def square(value: int) -> int:
    return value * value


def fail(value: int) -> int:
    raise ValueError(f"no square for {value}")


def a_lock(_: int) -> threading.Lock:
    return threading.Lock()  # cannot be pickled back to the build


@pytest.fixture
def pool():  # type: ignore[no-untyped-def]
    workers = WorkerPool(2, [])
    yield workers
    workers.close()


def test_results_come_back_by_task_number(pool: WorkerPool) -> None:
    numbers = {pool.submit(square, n): n for n in range(6)}
    assert sorted(numbers) == list(range(6))
    results = dict(pool.results_as_completed(6))
    assert {numbers[k]: v for k, v in results.items()} == {n: n * n for n in range(6)}


def test_a_task_that_fails_is_named_with_its_error(pool: WorkerPool) -> None:
    pool.submit(fail, 7)
    with pytest.raises(WorkerError, match=r"^ValueError: no square for 7$") as caught:
        list(pool.results_as_completed(1))
    assert "in fail" in caught.value.details


def test_a_task_that_cannot_be_sent_raises_at_once(pool: WorkerPool) -> None:
    with pytest.raises(Exception, match="pickle"):
        pool.submit(lambda value: value, 1)
    task = pool.submit(square, 3)  # the pool goes on, numbering as before
    assert list(pool.results_as_completed(1)) == [(task, 9)]


def test_a_result_that_cannot_be_sent_back_is_an_error_not_a_wait(pool: WorkerPool) -> None:
    pool.submit(a_lock, 1)
    with pytest.raises(WorkerError, match="pickle"):
        list(pool.results_as_completed(1))
