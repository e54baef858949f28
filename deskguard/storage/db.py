"""The SQLite history file: opening, schema versions, and what to do when it is damaged.

WAL journal, ``synchronous=NORMAL``: a committed transaction survives the app
being killed (not necessarily a power cut); the recorder commits at least once
a minute, so a crash loses at most the last minute. A file that is not a
healthy database is moved aside (kept, with its WAL) and a fresh one started.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from deskguard import paths

FILENAME = "history.sqlite3"

#: Entry i is the SQL that upgrades the schema from version i to i + 1
#: (PRAGMA user_version); each runs in one transaction with the version bump.
MIGRATIONS: list[str] = [
    """
        CREATE TABLE minutes (
            minute_utc INTEGER PRIMARY KEY,  -- UTC epoch seconds of the minute's start
            seated_s REAL NOT NULL DEFAULT 0,
            good_s REAL NOT NULL DEFAULT 0,
            poor_s REAL NOT NULL DEFAULT 0,
            unknown_s REAL NOT NULL DEFAULT 0,
            samples INTEGER NOT NULL DEFAULT 0,
            neck_sum REAL NOT NULL DEFAULT 0, neck_n INTEGER NOT NULL DEFAULT 0,
            distance_sum REAL NOT NULL DEFAULT 0, distance_n INTEGER NOT NULL DEFAULT 0,
            eyes_sum REAL NOT NULL DEFAULT 0, eyes_n INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            t_utc REAL NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            notify INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX events_by_time ON events (t_utc);
        CREATE TABLE day_summaries (
            day TEXT PRIMARY KEY,  -- local date, YYYY-MM-DD
            tz TEXT NOT NULL,
            summary TEXT NOT NULL  -- JSON, see docs/history.md
        );
        CREATE TABLE baselines (
            id INTEGER PRIMARY KEY,
            created_utc REAL NOT NULL,
            profile TEXT NOT NULL DEFAULT 'default',
            pitch_deg REAL NOT NULL,
            distance_cm REAL,
            ear_shoulder_gap_ratio REAL,
            camera_fov_deg REAL NOT NULL,
            camera_above_screen_top_cm REAL NOT NULL,
            samples INTEGER NOT NULL,
            pitch_spread_deg REAL NOT NULL
        );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history cannot be used; the text says why."""


def history_path() -> Path:
    """Where the history lives by default."""
    return paths.data_dir() / FILENAME


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating and migrating as needed) a healthy history database.

    Raises ``sqlite3.DatabaseError`` if the file is damaged; see
    :func:`open_history` for the recovering version.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        result = db.execute("PRAGMA quick_check").fetchone()
        if result is None or result[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {result}")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{path} was written by a newer DeskGuard (schema {version}); "
                "update DeskGuard to read it"
            )
        for target in range(version, SCHEMA_VERSION):
            bump = f"PRAGMA user_version = {target + 1}"
            db.executescript(f"BEGIN IMMEDIATE; {MIGRATIONS[target]}; {bump}; COMMIT;")
    except BaseException:
        db.close()
        raise
    return db


def open_history(path: Path | None = None) -> tuple[sqlite3.Connection, str | None]:
    """Open the history; a damaged file is moved aside and a fresh one started.

    Returns the connection and, if something had to be done, a message for
    the user saying what and where the old file is kept.
    """
    path = path or history_path()
    try:
        return connect(path), None
    except sqlite3.DatabaseError as exc:
        kept = _move_aside(path)
        message = (
            f"The history file {path} was damaged ({exc}). It was kept as {kept.name} and a "
            "new history was started."
        )
        return connect(path), message


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
