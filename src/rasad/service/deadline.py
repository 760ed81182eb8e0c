"""A real per-document time limit: `with deadline(seconds): ...` raises DocumentTimeout inside
the block when the time runs out, instead of finding out afterwards.

- In the main thread (the CLI, batch and Dask worker processes) a SIGALRM interval timer
  interrupts the block.
- In any other thread (the API runs ingest in its thread pool) a timer thread raises the
  exception asynchronously in the worker thread (CPython's PyThreadState_SetAsyncExc: the
  standard library offers no way to interrupt another thread).

Both interrupt Python code between bytecodes, so a single long call into C (one regex, one
lxml parse) finishes before the exception lands; the caller still checks the elapsed time
afterwards as a last resort. The timer is always disarmed on leaving the block, and a
timeout that fires as the block ends is never delivered outside it.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rasad.errors import DocumentTimeout


class _Expired(DocumentTimeout):
    """Raised inside the block (an exception class: the asynchronous path cannot carry a message)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "document took longer than the per-document time limit")


def _message(seconds: float, started: float) -> str:
    return f"stopped after {time.perf_counter() - started:.1f} s (limit {seconds:g} s, RASAD_DOC_TIMEOUT_S)"


@contextmanager
def deadline(seconds: float | None, *, source: str | None = None) -> Iterator[None]:
    """Raise DocumentTimeout in the block after `seconds` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    started = time.perf_counter()
    try:
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            with _alarm(seconds):
                yield
        else:
            with _watchdog(seconds):
                yield
    except _Expired:
        raise DocumentTimeout(_message(seconds, started), source=source) from None


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield  # someone else's alarm is running: do not steal it (the caller's check remains)
        return
    armed = True

    def on_alarm(signum: int, frame: object) -> None:
        if armed:
            raise _Expired()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# A private prototype (not ctypes.pythonapi's shared one): the exception as a plain pointer so
# that None passes NULL, which cancels a pending exception.
_set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi))


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                _set_async_exc(tid, id(_Expired))  # a module-level class: the pointer stays valid

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
        timer.cancel()
        if state["fired"]:
            # not delivered yet (the block ended first): clear it so it never lands outside
            _set_async_exc(tid, None)
