"""Recovery rules on real files: what is moved aside, what is left untouched, modes, bad rows."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from deskguard.storage import db as dbmod
from deskguard.storage.db import (
    HistoryError,
    HistoryPathError,
    open_history,
)
from deskguard.storage.history import HistoryStore
from tests.conftest import REPO
from tests.scripted_day import TZ, Day


def _record(path: Path, day: Day) -> None:
    store, _ = HistoryStore.open(path)
    t = day.t0
    for step in day.steps:
        store.record(t, step)
        t += day.dt
    store.close()


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.corrupt-*"))


def _deskguard(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESKGUARD_DATA_DIR": str(data_dir), "DESKGUARD_CONFIG_DIR": str(data_dir)}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from deskguard.cli import main; sys.exit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- what is refused, untouched ----------------------------------------------------------


def test_a_folder_given_as_the_history_is_refused_and_left_alone(tmp_path: Path) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    (docs / "letter.txt").write_text("dear")
    result = _deskguard("stats", "--db", str(docs), data_dir=tmp_path / "data")
    assert result.returncode != 0
    assert "is a folder, not a history file" in result.stderr and str(docs) in result.stderr
    assert docs.is_dir() and (docs / "letter.txt").read_text() == "dear"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Documents"]


def test_a_text_file_given_as_the_history_is_refused_and_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes\n" * 100)
    before = notes.read_bytes(), _mode(notes)
    with pytest.raises(HistoryPathError, match="not a DeskGuard history"):
        open_history(notes)
    assert (notes.read_bytes(), _mode(notes)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE bookmarks (url TEXT)")
    db.commit()
    db.close()
    before = other.read_bytes()
    with pytest.raises(HistoryPathError, match="another program"):
        open_history(other)
    assert other.read_bytes() == before  # no tables added, journal mode unchanged
    assert _kept(tmp_path) == []


# --- what is moved aside -----------------------------------------------------------------


def test_a_history_failing_sqlite_is_kept_aside_even_away_from_the_default_place(
    tmp_path: Path,
) -> None:
    path = tmp_path / "elsewhere.sqlite3"
    _record(path, Day().sit(5))
    data = bytearray(path.read_bytes())
    data[16:18] = b"\x00\x03"  # page size 3: SQLite says "not a database"; header kept
    path.write_bytes(bytes(data))
    conn, message = open_history(path)
    conn.close()
    assert message is not None and "was damaged" in message
    (kept,) = _kept(tmp_path)
    assert kept.read_bytes() == bytes(data)


def test_kept_copies_are_never_overwritten_in_the_same_second(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Frozen:
            return cls(2026, 11, 23, 9, 0, 0, tzinfo=UTC)

    monkeypatch.setattr(dbmod, "datetime", Frozen)  # every open in the same second
    monkeypatch.setenv("DESKGUARD_DATA_DIR", str(tmp_path))
    path = tmp_path / "history.sqlite3"
    contents = []
    for i in range(3):
        garbage = f"damaged copy number {i} ".encode() * 50
        path.write_bytes(garbage)
        contents.append(garbage)
        conn, message = open_history(path)
        conn.close()
        assert message is not None and "kept as" in message
    assert sorted(p.read_bytes() for p in _kept(tmp_path)) == sorted(contents)


# --- private files ------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_new_history_is_for_the_user_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKGUARD_DATA_DIR", str(tmp_path / "share" / "DeskGuard"))
    old = os.umask(0o022)  # the usual umask: files 0644, folders 0755
    try:
        store, _ = HistoryStore.open()
        store.record(Day().t0, Day().sit(1).steps[0])
        store.flush()
        folder = tmp_path / "share" / "DeskGuard"
        files = {p.name: _mode(p) for p in folder.iterdir()}
        assert files == {
            "history.sqlite3": 0o600,
            "history.sqlite3-wal": 0o600,
            "history.sqlite3-shm": 0o600,
        }
        assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
        store.close()
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_history_is_tightened_but_not_the_users_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "DeskGuard"
    monkeypatch.setenv("DESKGUARD_DATA_DIR", str(default))
    default.mkdir(mode=0o755)
    mine = tmp_path / "Documents"
    mine.mkdir(mode=0o755)
    for path in (default / "history.sqlite3", mine / "h.sqlite3"):
        db = sqlite3.connect(path)  # a history as an older version left it: 0644
        db.execute("PRAGMA journal_mode=WAL")
        db.close()
        os.chmod(path, 0o644)
        conn, _ = open_history(None if path.parent == default else path)
        conn.close()
        assert _mode(path) == 0o600
    assert _mode(default) == 0o700
    assert _mode(mine) == 0o755  # --db pointed into it: not ours to tighten


# --- damaged rows -------------------------------------------------------------------------


def _flip(path: Path, marker: bytes, offset: int, new: bytes) -> None:
    """Change bytes of the file itself at ``marker`` (found once in the file)."""
    data = path.read_bytes()
    at = data.find(marker)
    assert at >= 0 and data.find(marker, at + 1) < 0
    path.write_bytes(data[: at + offset] + new + data[at + offset + len(new) :])


def _week_with_breaks(path: Path) -> None:
    # Three seated bouts with two breaks on Monday 2026-11-23 (ISO 2026-W48).
    _record(path, Day("2026-11-23 09:00").sit(50).away(10).sit(40).away(10).sit(30))


def _break_reasons(path: Path) -> list[bytes]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT data FROM events WHERE kind = 'break_started'").fetchall()
    db.close()
    return [r[0].encode() for r in rows]


@pytest.mark.parametrize("new", [b"#", b"\xff"], ids=["json", "utf8"])
def test_a_damaged_event_is_skipped_counted_and_reported_once(tmp_path: Path, new: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    _week_with_breaks(path)
    reader, _ = HistoryStore.open(path)
    reference = reader.week_summary(2026, 48, TZ)
    reader.close()
    first = _break_reasons(path)[0]
    _flip(path, first, 0, new)  # the event's JSON no longer parses (or is not UTF-8)
    warnings: list[str] = []
    store, message = HistoryStore.open(path, on_warning=warnings.append)
    assert message is None  # the file is healthy; one row is not
    week = store.week_summary(2026, 48, TZ)
    store.week_summary(2026, 48, TZ)  # read twice: still one row, one warning
    assert store.skipped_rows == 1 and len(warnings) == 1
    assert "damaged" in warnings[0]
    assert store.skipped_message() is not None and "1 damaged record" in str(
        store.skipped_message()
    )
    monday = week.days[0]
    assert monday.breaks == reference.days[0].breaks - 1
    assert monday.seated_s == reference.days[0].seated_s
    assert _kept(tmp_path) == []


def test_a_damaged_day_summary_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _record(path, Day("2026-11-23 09:00").sit(30))
    _record(path, Day("2026-11-24 09:00").sit(20))
    store, _ = HistoryStore.open(path)
    store.apply_retention(datetime(2026, 11, 25, 12, tzinfo=TZ).timestamp(), 1.0, TZ)
    store.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    _flip(path, b'"seated_s": 1795.0', 12, b"x")  # 1795.0 -> 179x.0
    store, _ = HistoryStore.open(path)
    week = store.week_summary(2026, 48, TZ)
    assert week.days[0].seated_s == 0  # the kept summary of the 23rd is unreadable
    assert week.days[1].seated_s == pytest.approx(20 * 60 - 5)
    assert store.skipped_rows == 1
    store.close()


def test_a_minute_whose_figures_are_not_numbers_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    _record(path, Day("2026-11-23 09:00").sit(10))
    db = sqlite3.connect(path)  # what a flipped type byte in the record header gives
    db.execute(
        "UPDATE minutes SET seated_s = X'00ff' "
        "WHERE minute_utc = (SELECT MIN(minute_utc) FROM minutes)"
    )
    db.commit()
    db.close()
    store, _ = HistoryStore.open(path)
    monday = store.week_summary(2026, 48, TZ).days[0]
    assert monday.seated_s == pytest.approx(9 * 60 - 5, abs=1)
    assert store.skipped_rows == 1
    store.close()


def test_stats_and_export_run_over_a_damaged_event(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "history.sqlite3"
    _week_with_breaks(path)
    _flip(path, _break_reasons(path)[0], 0, b"#")
    result = _deskguard(
        "stats", "--week", "2026-W48", "--json", "--tz", "Europe/Berlin", data_dir=data
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("warning:") == 1 and "damaged" in result.stderr
    week = json.loads(result.stdout)
    assert week["days"][0]["breaks"] == 1
    out = tmp_path / "week.csv"
    result = _deskguard(
        "export", "--week", "2026-W48", "--format", "csv", "--out", str(out), "--tz",
        "Europe/Berlin", data_dir=data,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_text().count("\n") == 8


def test_a_day_summary_document_is_validated() -> None:
    from deskguard.core.stats import DaySummary, summarize_day

    summary = summarize_day(date(2026, 11, 23), TZ, [], [])
    doc = json.loads(json.dumps(summary.to_json_dict()))
    assert DaySummary.from_json_dict(doc) == summary
    bads: list[Any] = [{**doc, "seated_s": "12"}, {k: v for k, v in doc.items() if k != "day"}, []]
    for bad in bads:
        with pytest.raises(ValueError, match="not a day summary"):
            DaySummary.from_json_dict(bad)


def test_every_history_error_is_a_history_error() -> None:
    # The CLI and the app catch HistoryError: each kind must be one.
    kinds = (
        "HistoryPathError",
        "HistoryLockedError",
        "HistoryTooNewError",
        "HistoryUnavailableError",
    )
    for name in kinds:
        assert issubclass(getattr(dbmod, name), HistoryError)
