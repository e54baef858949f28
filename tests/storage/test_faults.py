"""Fault injection on the history with real processes, real locks, real mounts.

A lock held by another process, a read-only medium or file, a really full
disk, kill -9 while writing, and several processes creating the file at once.
The mount and chattr faults need root (CI runs as root) and skip otherwise.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskguard.core.engine import PostureState, Step
from deskguard.storage import db as dbmod
from deskguard.storage.db import SCHEMA_VERSION, HistoryLockedError, open_database
from deskguard.storage.history import HistoryStore
from tests.conftest import REPO
from tests.scripted_day import TZ, local

SEATED = Step((), seated_s=5.0, posture=PostureState.GOOD, neck_flexion_deg=3.0)


def _record_minutes(store: HistoryStore, first_minute: float, minutes: int) -> None:
    for m in range(minutes):
        for k in range(11):  # 0-55 s: the samples of one minute only
            store.record(first_minute + m * 60 + 5 * k + 5, SEATED)
    store.flush()


def _history(path: Path, minutes: int = 5) -> None:
    store, _ = HistoryStore.open(path)
    _record_minutes(store, local("2026-11-23 09:00"), minutes)
    store.close()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


# --- a lock held by another process ------------------------------------------------------

HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "whole-file":
    db.execute("PRAGMA locking_mode=EXCLUSIVE")  # no reader gets in either
db.execute("BEGIN EXCLUSIVE")
db.execute("UPDATE minutes SET samples = samples")
print("locked", flush=True)
sys.stdin.read()
db.execute("COMMIT")
"""


@pytest.fixture
def short_lock_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(dbmod, "LOCK_TIMEOUT_S", 0.5, raising=False)
    return 0.5


def _hold_lock(path: Path, how: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    assert holder.wait(timeout=10) == 0
    holder.stdout.close()


def test_a_file_locked_by_another_process_is_waited_for_then_refused_untouched(
    tmp_path: Path, short_lock_timeout: float
) -> None:
    path = tmp_path / "history.sqlite3"
    _history(path)
    holder = _hold_lock(path, "whole-file")
    try:
        started = time.monotonic()
        with pytest.raises(HistoryLockedError) as caught:
            HistoryStore.open(path)
        waited = time.monotonic() - started
    finally:
        _release(holder)
    message = str(caught.value)
    assert str(path) in message and "in use by another program" in message
    assert "left as it is" in message
    assert short_lock_timeout <= waited < short_lock_timeout + 3
    assert not list(tmp_path.glob("*.corrupt-*"))
    store, note = HistoryStore.open(path)  # the lock is gone: the same history is there
    assert note is None and len(store.minutes(0, 2e9)) == 5
    store.close()


def test_a_write_lock_held_by_another_process_delays_saving_with_a_clear_warning(
    tmp_path: Path, short_lock_timeout: float
) -> None:
    path = tmp_path / "history.sqlite3"
    _history(path)
    warnings: list[str] = []
    holder = _hold_lock(path, "transaction")  # WAL: readers still get in
    try:
        store, note = HistoryStore.open(path, on_warning=warnings.append)
        assert note is None and len(store.minutes(0, 2e9)) == 5
        _record_minutes(store, local("2026-11-23 10:00"), 2)  # each flush gives up at once
        _record_minutes(store, local("2026-11-23 10:02"), 2)
        # A lock of a moment is not worth a word; one that lasts the open's timeout is.
        deadline = time.monotonic() + short_lock_timeout + 5
        while not warnings and time.monotonic() < deadline:
            assert not store.flush()
    finally:
        _release(holder)
    assert len(warnings) == 1
    assert "another program kept the file locked" in warnings[0]
    assert "keeps running" in warnings[0]
    assert "disk space" not in warnings[0]  # not a full disk: no misleading advice
    assert store.flush() and store.warning is None
    assert len(store.minutes(0, 2e9)) == 9
    store.close()
    assert not list(tmp_path.glob("*.corrupt-*"))


# --- read-only ---------------------------------------------------------------------------


@pytest.fixture(params=["read-only mount", "immutable file"])
def read_only_history(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A history that not even root can write: a read-only bind mount, or chattr +i."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root for mount / chattr")
    source = tmp_path / "source"
    source.mkdir()
    _history(source / "history.sqlite3")
    if request.param == "read-only mount":
        view = tmp_path / "view"
        view.mkdir()
        if not _run("mount", "--bind", str(source), str(view)):
            pytest.skip("bind mounts are not available here")
        try:
            if not _run("mount", "-o", "remount,bind,ro", str(view)):
                pytest.skip("read-only remount is not available here")
            yield view / "history.sqlite3"
        finally:
            _run("umount", str(view)) or _run("umount", "-l", str(view))
    else:
        path = source / "history.sqlite3"
        if not _run("chattr", "+i", str(path)):
            pytest.skip("chattr +i is not supported on this file system")
        try:
            yield path
        finally:
            _run("chattr", "-i", str(path))


def test_a_read_only_history_is_opened_read_only_and_says_so(read_only_history: Path) -> None:
    path = read_only_history
    before = _listing(path.parent)
    warnings: list[str] = []
    store, message = HistoryStore.open(path, on_warning=warnings.append)
    assert message is not None and "read-only" in message and str(path) in message
    assert store.read_only
    assert len(store.minutes(0, 2e9)) == 5  # the history is shown
    assert store.week_summary(2026, 48, TZ).days[0].seated_s > 0
    _record_minutes(store, local("2026-11-23 10:00"), 3)  # kept in memory, no crash
    assert not store.flush()
    assert warnings == []  # the open message already said it
    store.close()
    assert not list(path.parent.glob("*.corrupt-*"))
    assert set(_listing(path.parent)) - {path.name + "-wal", path.name + "-shm"} == set(before)


def test_a_calibration_on_a_read_only_history_says_it_was_not_saved(
    read_only_history: Path,
) -> None:
    from tests.scripted_day import BASELINE

    store, _ = HistoryStore.open(read_only_history)
    problem = store.save_baseline(BASELINE, profile="desk")
    assert problem is not None and "could not be saved" in problem
    assert store.latest_baseline(profile="desk") is None
    store.close()


# --- disk full ---------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB tmpfs."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(disk)):
        pytest.skip("tmpfs mounts are not available here")
    try:
        yield disk
    finally:
        _run("umount", str(disk)) or _run("umount", "-l", str(disk))


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk_keeps_recording_in_memory_and_resumes(small_disk: Path) -> None:
    path = small_disk / "history.sqlite3"
    warnings: list[str] = []
    store, _ = HistoryStore.open(path, on_warning=warnings.append)
    _record_minutes(store, local("2026-11-23 09:00"), 5)
    filler = _fill(small_disk)
    _record_minutes(store, local("2026-11-23 10:00"), 120)  # never raises
    assert len(warnings) == 1 and "disk is full" in warnings[0]
    filler.unlink()
    assert store.flush() and store.warning is None
    assert len(store.minutes(0, 2e9)) == 125
    store.close()


def test_a_history_on_a_full_disk_opens_read_only_then_writes_when_space_is_freed(
    small_disk: Path,
) -> None:
    path = small_disk / "history.sqlite3"
    _history(path)
    filler = _fill(small_disk)
    store, message = HistoryStore.open(path)
    assert message is not None and "disk" in message and "full" in message
    modes = [store.read_only]
    assert len(store.minutes(0, 2e9)) == 5
    _record_minutes(store, local("2026-11-23 10:00"), 2)
    assert not list(small_disk.glob("*.corrupt-*"))
    filler.unlink()
    assert store.flush()
    modes.append(store.read_only)
    assert modes == [True, False]  # read-only while full, writing again once freed
    assert len(store.minutes(0, 2e9)) == 7
    store.close()


# --- kill -9 while writing ----------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.storage.test_faults import SEATED
from deskguard.storage.history import HistoryStore
store, _ = HistoryStore.open(Path(sys.argv[1]))
t = float(sys.argv[2])
while True:
    for _ in range(12):
        t += 5
        store.record(t, SEATED)
    store.flush()
    print(int(t), flush=True)
"""


def test_kill_9_in_a_writing_loop_never_damages_the_history(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    rng = random.Random(7)
    start = local("2026-11-23 09:00")
    saved = 0
    for _round in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER.format(repo=str(REPO)), str(path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        for _ in range(rng.randint(5, 40)):
            last = int(writer.stdout.readline())
        time.sleep(rng.uniform(0, 0.01))  # kill somewhere inside a later write
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        opened = open_database(path)
        assert opened.message is None and not opened.read_only
        assert opened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = opened.db.execute("SELECT COUNT(*), MAX(minute_utc) FROM minutes").fetchone()
        opened.db.close()
        assert rows[1] >= last - 60  # every minute reported as saved is there
        assert rows[0] >= saved
        saved = rows[0]
        start = float(rows[1] + 60)
    assert not list(tmp_path.glob("*.corrupt-*"))


# --- several processes opening a new file at once ------------------------------------------

OPENER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from deskguard.storage.db import open_history
go = float(sys.argv[1])
for i, name in enumerate(sys.argv[2:]):
    while time.time() < go + 0.25 * i:
        pass  # spin: all openers leave the line together
    db, message = open_history(Path(name))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.close()
    print(version, message, flush=True)
"""


def test_racing_first_opens_all_succeed_with_one_schema(tmp_path: Path) -> None:
    files = [tmp_path / f"h{i}" / "history.sqlite3" for i in range(5)]
    go = time.time() + 1.5  # after every opener has imported
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER.format(repo=str(REPO)), str(go), *map(str, files)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    for opener in openers:
        out, err = opener.communicate(timeout=60)
        assert opener.returncode == 0, err
        assert out.split("\n")[:-1] == [f"{SCHEMA_VERSION} None"] * len(files)
    for path in files:
        # Nothing moved aside. (SQLite's own -wal/-shm may stay when two processes
        # close at the same instant: neither is the last to close, both are fine.)
        kept = [n for n in _listing(path.parent) if not n.endswith(("-wal", "-shm"))]
        assert kept == ["history.sqlite3"]
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type='table'").fetchone()
        db.close()
        assert tables[0] == 4
