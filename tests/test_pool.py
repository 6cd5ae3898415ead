"""The worker pool: results by task number, a worker's error named here, and no wait
for an answer that can never come."""

from __future__ import annotations

import threading

import pytest

from generator.errors import InputError
from generator.pool import WorkerError, WorkerPool, worker_count


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


@pytest.mark.parametrize(
    ("requested", "setting", "processors", "count"),
    [
        (3, "2", 8, 3),  # --workers wins
        (None, "2", 8, 2),  # then APPENDIX_WORKERS
        (None, " 1 ", 8, 1),  # one: everything in the build's own process
        (None, "", 8, 8),  # then one for each processor
        (None, None, 8, 8),
        (None, None, None, 1),
    ],
)
def test_how_many_workers(
    requested: int | None,
    setting: str | None,
    processors: int | None,
    count: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: processors)
    if setting is None:
        monkeypatch.delenv("APPENDIX_WORKERS", raising=False)
    else:
        monkeypatch.setenv("APPENDIX_WORKERS", setting)
    assert worker_count(requested) == count


@pytest.mark.parametrize("setting", ["0", "two", "-1", "1.5"])
def test_a_bad_workers_setting_is_named(setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPENDIX_WORKERS", setting)
    with pytest.raises(InputError) as caught:
        worker_count(None)
    assert caught.value.message() == (
        f"environment: APPENDIX_WORKERS is '{setting}'. "
        "Set it to a whole number of processes, 1 or more, or unset it"
    )
