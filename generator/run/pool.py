"""Worker processes that import the drawing code once.

A `concurrent.futures.ProcessPoolExecutor` starts every worker from the main
process, so each one imports matplotlib for itself: on a two-core laptop that
is a second of CPU before the first chart. Here the first worker imports the
drawing code and then starts the others from itself; where processes are
forked (Linux), they begin with matplotlib already loaded. Under the spawn
start method (Windows, macOS) each worker still imports it, and all works the
same.

A process is forked only while it has no other thread (`choose_start_method`):
a lock another thread held is held for ever in the child, and Python 3.12 warns
of it. `appendix build` starts its workers before it starts any thread, so it
forks, as quickly as before; a process that already has threads (a notebook, a
program that embeds the build, a test run) starts them through the forkserver
instead (else spawn). The first worker tells numpy's BLAS libraries to start no
threads of their own (the charts do not need them) before it imports the drawing
code, so that it can fork the others safely too. APPENDIX_START_METHOD, where
set, is used as it is, for all of them.

Tasks are module-level functions and their arguments, so they pickle by
reference under every start method. A task and its result are pickled where
they are made, not in a queue's feeder thread, which would print the error and
drop the item (the build then waits for it forever): a task that cannot be
pickled raises in `submit`, a result that cannot be is the task's error.

No worker outlives its build, even one killed outright (SIGKILL, a CI
time-out, Task Manager's "End task"): on Linux the kernel sends each worker
SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG); everywhere, a thread
in each worker watches its parent's process id and ends the worker once the
parent is gone. The first worker dying ends the others the same way.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.reduction import ForkingPickler
from typing import Any, cast

_POLL_SECONDS = 0.5
_AHEAD = -1  # the number of a task whose result nobody waits for (`WorkerPool.ahead`)

# How often a running thread offers the others the interpreter (its GIL) while a pool
# is open: 0.001 s, not Python's 0.005 s. Each queue hands its items over in a thread of
# its own, which otherwise waits up to 5 ms for each part of a large item while the
# process runs on (a rebuild's document, 1.5 MB with its charts, reached the PDF's
# worker 6 to 13 ms after it was sent, 2 to 4 ms with this). A thread that no other
# waits for is not interrupted, so this costs nothing otherwise.
_HANDING_OVER_INTERVAL = 0.001

# Read by OpenBLAS, OpenMP and MKL as they load: one thread each, none started.
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


class WorkerError(RuntimeError):
    """A task failed in a worker: the message names the error (as the same error
    raised here would); `details` holds the worker's traceback."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


@dataclass(frozen=True)
class _Task:
    number: int
    payload: bytes  # the function and its arguments, pickled


def _dumps(value: Any) -> bytes:
    return bytes(ForkingPickler.dumps(value))


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int, through_server: bool = False) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux only); if
    the parent already died before that took effect, exit now. A process started
    through the forkserver is its child, not `parent_pid`'s; the forkserver ends
    when the process that started it does, and this process with it."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watching thread still covers this process
    started_here = os.getppid() == parent_pid or (through_server and process_alive(parent_pid))
    if not started_here:
        os._exit(1)


def _ignore_interrupts() -> None:
    """Ctrl+C reaches every process of the job: the build's own process handles it
    (and stops the workers), so a worker does not print a traceback of its own.
    A worker starts with Ctrl+C held off (see `WorkerPool`); from here it is ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _watch_parent(parent_pid: int) -> None:
    """A daemon thread that ends this process once its parent is gone (an orphan
    is given a new parent, so its parent's id changes)."""

    direct = os.getppid()  # `parent_pid`, or the forkserver that started this process

    def watch() -> None:
        while True:
            if os.getppid() != direct or not process_alive(parent_pid):
                os._exit(1)
            time.sleep(_POLL_SECONDS)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _serve(
    tasks: Queue[_Task | None],
    results: Queue[tuple[int, Any, tuple[str, str] | None]],
    parent_pid: int | None = None,
    through_server: bool = False,
) -> None:
    """Run tasks until told to stop; `parent_pid` given: first make sure of dying with it
    (`through_server`: it started this process through the forkserver)."""
    if parent_pid is not None:
        _ignore_interrupts()
        _die_with_parent(parent_pid, through_server)
        _watch_parent(parent_pid)
    while True:
        try:
            task = tasks.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            parent = multiprocessing.parent_process()
            if parent is not None and not parent.is_alive():
                return  # the build (or the first worker) was killed: do not linger
            continue
        if task is None:
            return
        if task.number == _AHEAD:
            # Work done ahead of the task that needs it: that task, if it fails,
            # fails the same way and says so.
            with contextlib.suppress(Exception):
                function, args = pickle.loads(task.payload)
                function(*args)
            continue
        try:
            function, args = pickle.loads(task.payload)
            results.put((task.number, _dumps(function(*args)), None))
        except Exception as error:
            summary = f"{type(error).__name__}: {error}"
            results.put((task.number, None, (summary, traceback.format_exc())))


def worker_count(requested: int | None = None) -> int:
    """How many worker processes a build uses: `requested` (`--workers`), else the
    APPENDIX_WORKERS environment variable, else one for each processor, and never
    more than one for each processor (more only cost memory and time: 100,000
    once started 95 processes and took 10 GB for a 2 s build), with a note on
    standard error saying so. For one report, one means no workers: everything is
    drawn and written in the build's own process (`build --all` still draws in one
    worker, beside the reports it reads)."""
    processors = os.cpu_count() or 1
    if requested:
        asked = f"{requested} workers were asked for"
        count = requested
    else:
        setting = os.environ.get("APPENDIX_WORKERS", "").strip()
        if not setting:
            return processors
        if not setting.isdigit() or int(setting) < 1:
            from generator.core.errors import InputError

            raise InputError(
                f"APPENDIX_WORKERS is '{setting}'",
                where="environment",
                fix="Set it to a whole number of processes, 1 or more, or unset it",
            )
        asked = f"APPENDIX_WORKERS is {setting}"
        count = int(setting)
    if count > processors:
        sys.stderr.write(
            f"warning: {asked}, more than the {processors} processors here: {processors} are used\n"
        )
        return processors
    return count


def thread_count() -> int:
    """The threads of this process: every one the system runs (a library's own
    threads included) where it says (Linux), else those Python started."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def choose_start_method(
    requested: str | None,
    *,
    default: str,
    threads: int,
    platform: str = sys.platform,
    available: list[str] | None = None,
) -> str:
    """How worker processes are started: as `requested` (APPENDIX_START_METHOD),
    else forked, the quickest, where that is safe: on Linux and the like (macOS's
    own libraries are not safe to fork) from a process with no other thread;
    else the platform's `default` unless that is fork, else the forkserver (a
    process with one thread that forks the workers), else spawn."""
    if requested:
        return requested
    methods = multiprocessing.get_all_start_methods() if available is None else available
    if "fork" in methods and platform != "darwin" and threads == 1:
        return "fork"
    if default != "fork":
        return default
    return "forkserver" if "forkserver" in methods else "spawn"


def _start_method(requested: str | None) -> str:
    return choose_start_method(
        requested, default=multiprocessing.get_start_method(), threads=thread_count()
    )


def process_alive(pid: int) -> bool:
    """Whether a process with this id may be running; on Windows, always assumed so
    (there `os.kill` ends the process instead of asking about it)."""
    if pid == os.getpid() or os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _first_worker(
    parent_pid: int,
    method: str | None,
    modules: list[str],
    workers: int,
    tasks: Queue[_Task | None],
    results: Queue[tuple[int, Any, tuple[str, str] | None]],
    through_server: bool = False,
) -> None:
    _ignore_interrupts()
    _die_with_parent(parent_pid, through_server)
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")  # numpy's BLAS starts no threads: this forks safely
    for module in modules:
        importlib.import_module(module)
    # As asked, else forked where this process has no other thread (so far it has none).
    others_method = _start_method(method)
    context: Any = multiprocessing.get_context(others_method)  # BaseContext lacks Process
    served = (tasks, results, os.getpid(), others_method == "forkserver")
    others = [context.Process(target=_serve, args=served, daemon=True) for _ in range(workers - 1)]
    for process in others:
        process.start()
    # Started after the others are forked: a process with threads should not fork.
    _watch_parent(parent_pid)
    _serve(tasks, results)
    for process in others:
        process.join()


class WorkerPool:
    """`workers` processes serving one task queue; results come back by task number."""

    def __init__(self, workers: int, modules: list[str], method: str | None = None) -> None:
        self.workers = max(1, workers)
        self.method = _start_method(method)
        self.context: Any = cast(Any, multiprocessing.get_context(self.method))
        self.tasks: Queue[_Task | None] = self.context.Queue()
        self.results: Queue[tuple[int, Any, tuple[str, str] | None]] = self.context.Queue()
        self.submitted = 0
        self.finishing = False  # told that no task follows (`finish`)
        # Set before the workers start, which keep it; this process's restored on close.
        self.interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self.interval, _HANDING_OVER_INTERVAL))
        server = self.method == "forkserver"  # the first worker's parent is then the server
        self.first = self.context.Process(
            target=_first_worker,
            args=(os.getpid(), method, modules, self.workers, self.tasks, self.results, server),
        )
        # Ctrl+C is held off while the first worker is forked: arriving in the child
        # before it can ignore it, the build's handler would raise there and print
        # "Exception ignored in _after_fork" over the build's one message. The build
        # itself meets a Ctrl+C held off here as soon as the fork is done.
        held = hasattr(signal, "pthread_sigmask")
        if held:
            previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.first.start()
        except BaseException:
            sys.setswitchinterval(self.interval)
            raise
        finally:
            if held:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    def _payload(self, function: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
        """A task pickled here (an error in that is the caller's, at once); refused once
        the workers are told that none follows (`finish`)."""
        if self.finishing:
            raise RuntimeError("a task given to workers told that none follows")
        return _dumps((function, args))

    def submit(self, function: Callable[..., Any], *args: Any) -> int:
        payload = self._payload(function, args)
        number = self.submitted
        self.submitted += 1
        self.tasks.put(_Task(number, payload))
        return number

    def ahead(self, function: Callable[..., Any], *args: Any) -> None:
        """Have a worker run `function(*args)` for what it leaves loaded (a writer's
        fonts, say) before a task that needs it: no result, no error comes back."""
        self.tasks.put(_Task(_AHEAD, self._payload(function, args)))

    def results_as_completed(self, count: int) -> Iterator[tuple[int, Any]]:
        """The next `count` results as they finish; a failed task raises WorkerError."""
        for _ in range(count):
            while True:
                try:
                    number, value, error = self.results.get(timeout=_POLL_SECONDS)
                    break
                except queue.Empty:
                    if not self.first.is_alive():
                        raise WorkerError("the chart workers stopped unexpectedly") from None
            if error is not None:
                raise WorkerError(*error)
            yield number, pickle.loads(value)

    def finish(self) -> None:
        """Tell the workers that no task follows: each ends once the tasks given are
        done, while this process does its last work (a build's files moved into place),
        so that `close` then has only to wait for processes that have ended."""
        if not self.finishing:
            self.finishing = True
            for _ in range(self.workers):
                self.tasks.put(None)

    def close(self, abort: bool = False) -> None:
        """Let the workers finish the tasks given; `abort`: stop them at once (the
        others follow the first, as they would a killed build)."""
        if abort:
            self.first.terminate()
            self.first.join()
            # Tasks nobody will read: do not wait to hand them over on exit.
            self.tasks.cancel_join_thread()
        else:
            self.finish()
            self.first.join(timeout=30)
        if self.first.is_alive():
            self.first.terminate()
        sys.setswitchinterval(self.interval)
        self.tasks.close()
        self.results.close()
        if not abort:
            # The thread that hands the tasks over ends with them: a build after this one
            # (a notebook's next) then starts its workers from a process of one thread.
            self.tasks.join_thread()
