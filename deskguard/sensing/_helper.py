"""Run a helper program (pactl, pw-dump, dbus-send, ioreg…) with a bound on time and output.

``subprocess.run(capture_output=True)`` keeps everything a helper writes: one
that floods (a broken build, a wrong program on PATH) filled gigabytes within
its 2 s timeout at every poll. Here the output is read as it comes, and the
helper, with anything it started, is killed once it writes more than
:data:`OUTPUT_LIMIT_BYTES` or runs past its time; either means "cannot tell".
Never raises. A helper still running when the interpreter exits is killed
then, so none outlives the app.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: Most a helper may write (stdout and stderr together). ``pw-dump`` of a busy
#: PipeWire graph is a few hundred kB; every other answer the senses read is a line.
OUTPUT_LIMIT_BYTES = 2 << 20
_CHUNK = 1 << 16
#: The helpers running now (any thread), killed at exit.
_running: set[subprocess.Popen[bytes]] = set()
_running_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Finished:
    """A helper that ended in time, within the bound; its output as text."""

    returncode: int
    stdout: str
    stderr: str


def run(
    argv: Sequence[str],
    *,
    timeout_s: float,
    env: Mapping[str, str] | None = None,
    limit_bytes: int = OUTPUT_LIMIT_BYTES,
) -> Finished | None:
    """Run ``argv`` (no shell, no stdin); None if it cannot start, floods or overruns."""
    if sys.platform == "win32":  # no helper is run there; pipes cannot be polled
        return _run_plainly(argv, timeout_s, env)
    try:
        child = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,  # its own group: stopped with whatever it started
        )
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    deadline = time.monotonic() + timeout_s
    finished: Finished | None = None
    with _running_lock:
        _running.add(child)
    try:
        output = _read_bounded(child, deadline, limit_bytes)
        if output is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):  # closed its output, still runs
                code = child.wait(timeout=max(0.0, deadline - time.monotonic()))
                finished = Finished(code, *(b.decode("utf-8", "replace") for b in output))
    finally:
        with _running_lock:
            _running.discard(child)
            if finished is None:
                # Not reaped yet, so its pid is still its group's id: no other process is hit.
                _kill_group(child)
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            child.wait(timeout=5)
        for pipe in (child.stdout, child.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
    return finished


def _kill_group(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(child.pid, signal.SIGKILL)


@atexit.register
def _kill_running() -> None:
    """At exit: the helpers other threads still wait for (a hung notify-send) die with the app."""
    with _running_lock:
        for child in _running:
            _kill_group(child)
        _running.clear()


def _read_bounded(
    child: subprocess.Popen[bytes], deadline: float, limit_bytes: int
) -> tuple[bytes, bytes] | None:
    """Both pipes until they close; None past the deadline or the limit."""
    assert child.stdout is not None and child.stderr is not None
    chunks: dict[int, list[bytes]] = {child.stdout.fileno(): [], child.stderr.fileno(): []}
    total = 0
    with selectors.DefaultSelector() as selector:
        for fd in chunks:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            left_s = deadline - time.monotonic()
            if left_s <= 0:
                return None
            for key, _ in selector.select(left_s):
                data = os.read(key.fd, _CHUNK)
                if not data:
                    selector.unregister(key.fd)
                    continue
                total += len(data)
                if total > limit_bytes:
                    return None
                chunks[key.fd].append(data)
    return b"".join(chunks[child.stdout.fileno()]), b"".join(chunks[child.stderr.fileno()])


def _run_plainly(
    argv: Sequence[str], timeout_s: float, env: Mapping[str, str] | None
) -> Finished | None:
    try:
        done = subprocess.run(argv, capture_output=True, timeout=timeout_s, env=env, check=False)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    return Finished(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
