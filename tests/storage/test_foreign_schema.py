"""Another program's SQLite file is never changed, whatever its schema version says.

A version number proves nothing (other programs set ``user_version`` too):
only our tables with their columns do. Until then no PRAGMA that writes, no
chmod, no table: the file is refused with the foreign-file message, and
"update DeskGuard" is kept for a real history from a newer DeskGuard.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from deskguard.storage.db import SCHEMA_VERSION, HistoryPathError, HistoryTooNewError
from deskguard.storage.history import HistoryStore


def _fingerprint(path: Path) -> tuple[str, int, list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, os.stat(path).st_mode, sorted(p.name for p in path.parent.iterdir())


def _foreign(path: Path, version: int, tables: str) -> None:
    db = sqlite3.connect(path)
    db.executescript(tables)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    os.chmod(path, 0o644)


NOTES = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
# Our table names, other columns: a name clash proves nothing either.
LOOKALIKE = (
    "CREATE TABLE minutes (id INTEGER PRIMARY KEY); CREATE TABLE events (id INTEGER);"
    "CREATE TABLE day_summaries (day TEXT); CREATE TABLE baselines (id INTEGER);"
)


@pytest.mark.parametrize("version", sorted({1, 2, SCHEMA_VERSION, SCHEMA_VERSION + 1, 99}))
@pytest.mark.parametrize("tables", [NOTES, LOOKALIKE], ids=["other tables", "our names"])
def test_a_foreign_database_whose_version_matches_is_refused_untouched(
    tmp_path: Path, version: int, tables: str
) -> None:
    path = tmp_path / "app.db"
    _foreign(path, version, tables)
    before = _fingerprint(path)
    with pytest.raises(HistoryPathError) as caught:
        HistoryStore.open(path)
    message = str(caught.value)
    assert "another program" in message and "left as it is" in message
    assert "update DeskGuard" not in message
    assert _fingerprint(path) == before  # same bytes, same mode, no -wal or -shm
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()


def test_a_history_missing_a_column_of_its_version_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path)[0].close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE minutes DROP COLUMN activity_s")  # schema 3 gave it
    db.commit()
    db.close()
    with pytest.raises(HistoryPathError):
        HistoryStore.open(path)


def test_a_real_history_from_a_newer_deskguard_still_says_update(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path)[0].close()
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE minutes ADD COLUMN something_new REAL")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(HistoryTooNewError, match="update DeskGuard"):
        HistoryStore.open(path)
