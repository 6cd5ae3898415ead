"""The worker pool: results by task number, a worker's error named here, and no wait
for an answer that can never come."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import time
from typing import Any

import pytest

from generator.core.errors import InputError
from generator.run.pool import (
    WorkerError,
    WorkerPool,
    _dumps,
    _first_worker,
    _ignore_interrupts,
    _serve,
    _Task,
    worker_count,
)


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


def test_workers_told_that_no_task_follows_finish_theirs_and_end(pool: WorkerPool) -> None:
    """A build tells its workers that no task follows once it has handed over its last,
    so that they end while it moves its files into place: the tasks given are still
    answered, the workers then end without being waited for, and a task given after
    that is refused at once (no worker would answer it)."""
    numbers = {pool.submit(square, n): n for n in range(4)}
    pool.finish()
    results = dict(pool.results_as_completed(4))
    assert {numbers[k]: v for k, v in results.items()} == {n: n * n for n in range(4)}
    pool.first.join(timeout=30)  # not joined by the pool: it ended of itself
    assert pool.first.exitcode == 0
    with pytest.raises(RuntimeError):
        pool.submit(square, 5)
    with pytest.raises(RuntimeError):
        pool.ahead(square, 5)
    pool.finish()  # again: nothing more is sent


def test_a_pool_leaves_the_interpreter_as_it_found_it() -> None:
    """While a pool is open, this process's threads hand over the interpreter every
    millisecond (so that a large task reaches a worker while the build runs on); a
    notebook that closes its pool gets back its own setting, whatever it was."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.002)
        workers = WorkerPool(1, [])
        try:
            assert sys.getswitchinterval() == pytest.approx(0.001, abs=2e-6)
            task = workers.submit(square, 3)
            assert dict(workers.results_as_completed(1)) == {task: 9}
        finally:
            workers.close()
        assert sys.getswitchinterval() == pytest.approx(0.002, abs=2e-6)
        sys.setswitchinterval(0.0002)  # already shorter: left so
        workers = WorkerPool(1, [])
        assert sys.getswitchinterval() == pytest.approx(0.0002, abs=2e-6)
        workers.close(abort=True)
        assert sys.getswitchinterval() == pytest.approx(0.0002, abs=2e-6)
    finally:
        sys.setswitchinterval(before)


def test_a_task_that_fails_is_named_with_its_error(pool: WorkerPool) -> None:
    pool.submit(fail, 7)
    with pytest.raises(WorkerError, match=r"^ValueError: no square for 7$") as caught:
        list(pool.results_as_completed(1))
    assert "in fail" in caught.value.details


def _pickling_error(value: Any) -> Exception:
    """The error this Python's pickler raises for `value` (its words change from
    one version to the next: 3.11's and 3.13's differ)."""
    try:
        _dumps(value)
    except Exception as error:
        return error
    raise AssertionError(f"{value!r} pickled")


def test_a_task_that_cannot_be_sent_raises_at_once(pool: WorkerPool) -> None:
    def unsendable(value: int) -> int:
        return value

    expected = _pickling_error((unsendable, (1,)))
    with pytest.raises(type(expected)) as caught:
        pool.submit(unsendable, 1)
    assert str(caught.value) == str(expected)
    task = pool.submit(square, 3)  # the pool goes on, numbering as before
    assert list(pool.results_as_completed(1)) == [(task, 9)]


def test_a_result_that_cannot_be_sent_back_is_an_error_not_a_wait(pool: WorkerPool) -> None:
    expected = _pickling_error(threading.Lock())
    pool.submit(a_lock, 1)
    with pytest.raises(WorkerError) as caught:
        list(pool.results_as_completed(1))
    assert str(caught.value) == f"{type(expected).__name__}: {expected}"


def threads_not_pythons(_: int) -> int:
    """The threads of the process running the task that the system counts and Python
    did not start (a BLAS library's own)."""
    return len(os.listdir("/proc/self/task")) - threading.active_count()


@pytest.mark.parametrize(
    ("requested", "default", "threads", "platform", "available", "method"),
    [
        ("spawn", "fork", 1, "linux", ["fork", "spawn", "forkserver"], "spawn"),  # as asked
        ("fork", "fork", 3, "linux", ["fork", "spawn", "forkserver"], "fork"),  # even this
        (None, "fork", 1, "linux", ["fork", "spawn", "forkserver"], "fork"),  # the quickest
        (None, "forkserver", 1, "linux", ["fork", "spawn", "forkserver"], "fork"),  # 3.14
        (None, "fork", 2, "linux", ["fork", "spawn", "forkserver"], "forkserver"),  # threads
        (None, "forkserver", 4, "linux", ["fork", "spawn", "forkserver"], "forkserver"),
        (None, "spawn", 1, "darwin", ["fork", "spawn", "forkserver"], "spawn"),  # macOS
        (None, "spawn", 1, "win32", ["spawn"], "spawn"),  # Windows
        (None, "fork", 2, "linux", ["fork", "spawn"], "spawn"),  # no forkserver
    ],
)
def test_the_workers_are_forked_only_where_forking_is_safe(
    requested: str | None,
    default: str,
    threads: int,
    platform: str,
    available: list[str],
    method: str,
) -> None:
    """A process with threads is not forked (a lock another thread held stays held in
    the child; Python 3.12 warns, and 3.14 no longer forks by default)."""
    from generator.run.pool import choose_start_method

    chosen = choose_start_method(
        requested, default=default, threads=threads, platform=platform, available=available
    )
    assert chosen == method


@pytest.mark.skipif(sys.platform != "linux", reason="counts threads in /proc")
def test_a_pool_started_beside_a_thread_is_not_forked_and_works() -> None:
    stop = threading.Event()
    beside = threading.Thread(target=stop.wait, daemon=True)
    beside.start()
    try:
        workers = WorkerPool(2, [])
        try:
            assert workers.method == "forkserver"
            numbers = {workers.submit(square, n): n for n in range(4)}
            results = dict(workers.results_as_completed(4))
            assert {numbers[k]: v for k, v in results.items()} == {n: n * n for n in range(4)}
        finally:
            workers.close()
    finally:
        stop.set()


@pytest.mark.skipif(sys.platform != "linux", reason="counts threads in /proc")
@pytest.mark.parametrize("method", ["forkserver", "spawn", None])
def test_the_workers_are_forked_from_a_worker_with_no_other_thread(method: str | None) -> None:
    """The first worker imports numpy (a BLAS library that would start threads of its
    own) before it forks the others: none are started, and every worker answers."""
    workers = WorkerPool(3, ["numpy"], method)
    try:
        for n in range(6):
            workers.submit(threads_not_pythons, n)
        assert {count for _, count in workers.results_as_completed(6)} == {0}
    finally:
        workers.close()


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


@pytest.mark.parametrize(
    ("requested", "setting", "processors", "count", "note"),
    [
        (
            None,
            "100000",
            2,
            2,
            "warning: APPENDIX_WORKERS is 100000, more than the 2 processors here: 2 are used\n",
        ),
        (
            None,
            "3",
            2,
            2,
            "warning: APPENDIX_WORKERS is 3, more than the 2 processors here: 2 are used\n",
        ),
        (
            16,
            None,
            4,
            4,
            "warning: 16 workers were asked for, more than the 4 processors here: 4 are used\n",
        ),
        (None, "2", 2, 2, ""),  # as many as the processors: no note
        (4, "100000", 8, 4, ""),  # the setting is not read
    ],
)
def test_the_workers_are_no_more_than_the_processors(
    requested: int | None,
    setting: str | None,
    processors: int,
    count: int,
    note: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """APPENDIX_WORKERS=100000 once started 95 processes and took 10 GB for a 2 s build."""
    monkeypatch.setattr("os.cpu_count", lambda: processors)
    if setting is None:
        monkeypatch.delenv("APPENDIX_WORKERS", raising=False)
    else:
        monkeypatch.setenv("APPENDIX_WORKERS", setting)
    assert worker_count(requested) == count
    assert capsys.readouterr().err == note


@pytest.mark.parametrize("setting", ["0", "two", "-1", "1.5"])
def test_a_bad_workers_setting_is_named(setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPENDIX_WORKERS", setting)
    with pytest.raises(InputError) as caught:
        worker_count(None)
    assert caught.value.message() == (
        f"environment: APPENDIX_WORKERS is '{setting}'. "
        "Set it to a whole number of processes, 1 or more, or unset it"
    )


# What runs inside a worker, run here: mutmut (and coverage) see only this process.

_MEETING: Any = None  # a barrier the forked workers inherit


def meet(_: int) -> int:
    """Returns once three processes are running this task at the same time."""
    _MEETING.wait(timeout=20)
    return os.getpid()


def _task(number: int, function: Any, *args: Any) -> _Task:
    return _Task(number, _dumps((function, args)))


def test_a_worker_answers_each_task_by_number_until_told_to_stop() -> None:
    tasks: queue.Queue[_Task | None] = queue.Queue()
    results: queue.Queue[tuple[int, Any, Any]] = queue.Queue()
    for task in (_task(7, square, 3), _task(8, fail, 2), None, _task(9, square, 4)):
        tasks.put(task)
    _serve(tasks, results)  # type: ignore[arg-type]
    number, value, error = results.get_nowait()
    assert (number, pickle.loads(value), error) == (7, 9, None)
    number, value, error = results.get_nowait()
    assert (number, value, error[0]) == (8, None, "ValueError: no square for 2")
    assert "Traceback" in error[1] and "no square for 2" in error[1]
    assert results.empty() and tasks.qsize() == 1  # the task after the stop is left


def test_a_worker_waits_for_a_slow_task_while_its_parent_lives() -> None:
    tasks: queue.Queue[_Task | None] = queue.Queue()
    results: queue.Queue[tuple[int, Any, Any]] = queue.Queue()
    later = threading.Timer(0.8, lambda: [tasks.put(_task(1, square, 5)), tasks.put(None)])
    later.start()
    _serve(tasks, results)  # type: ignore[arg-type]  # this process has no parent pool
    number, value, _ = results.get_nowait()
    assert (number, pickle.loads(value)) == (1, 25)


def test_a_worker_whose_parent_is_gone_stops_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    class Gone:
        def is_alive(self) -> bool:
            return False

    monkeypatch.setattr(multiprocessing, "parent_process", Gone)
    tasks: queue.Queue[_Task | None] = queue.Queue()
    started = time.monotonic()
    _serve(tasks, queue.Queue())  # type: ignore[arg-type]
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_worker_ignores_ctrl_c_and_no_longer_holds_it_off() -> None:
    handler = signal.getsignal(signal.SIGINT)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        _ignore_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


@pytest.mark.skipif(sys.platform != "linux", reason="forks the test process")
def test_the_first_worker_starts_the_rest_and_works_beside_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`workers` processes in all: the first imports the modules, forks the others and
    serves the same queue; each stops at its own stop sign."""
    global _MEETING
    for name in ("_ignore_interrupts", "_die_with_parent", "_watch_parent"):
        monkeypatch.setattr(f"generator.run.pool.{name}", lambda *_: None)  # not this process's
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    context = multiprocessing.get_context("fork")
    _MEETING = context.Barrier(3)
    tasks, results = context.Queue(), context.Queue()
    for number in range(3):
        tasks.put(_task(number, meet, number))
    for _ in range(3):
        tasks.put(None)
    first = threading.Thread(
        target=_first_worker, args=(os.getpid(), "fork", ["colorsys"], 3, tasks, results)
    )
    first.start()
    first.join(timeout=30)
    assert not first.is_alive(), "a worker was never told to stop"
    answers = [results.get(timeout=5) for _ in range(3)]
    assert all(error is None for _, _, error in answers), answers
    pids = {pickle.loads(value) for _, value, _ in answers}
    assert len(pids) == 3 and os.getpid() in pids
    assert "colorsys" in sys.modules


_LOADED: list[int] = []


def load(value: int) -> None:
    _LOADED.append(value)


def loaded(_: int) -> list[int]:
    return list(_LOADED)


def test_work_done_ahead_is_there_for_the_next_task_and_answers_nothing() -> None:
    """A writer's fonts loaded ahead: the task after it finds them loaded; a failure
    ahead is no answer (the task that needs the work fails the same way itself)."""
    workers = WorkerPool(1, [])
    try:
        workers.ahead(fail, 3)
        workers.ahead(load, 5)
        task = workers.submit(loaded, 0)
        assert list(workers.results_as_completed(1)) == [(task, [5])]
        assert workers.results.empty()
    finally:
        workers.close()
