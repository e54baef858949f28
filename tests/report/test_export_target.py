"""The export writer itself refuses databases and read-only files (the app's dialog uses it too)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from deskguard.report import export


def _database(path: Path) -> bytes:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    return path.read_bytes()


def test_a_database_is_not_replaced_whatever_its_name(tmp_path: Path) -> None:
    target = tmp_path / "week.html"
    before = _database(target)
    with pytest.raises(export.RefusedTargetError, match="a SQLite database"):
        export.write_atomically(target, "<p>week</p>")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["week.html"]


def test_the_log_beside_a_database_is_not_replaced(tmp_path: Path) -> None:
    _database(tmp_path / "notes.db")
    wal = tmp_path / "notes.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a write-ahead log's header
    journal = tmp_path / "notes.db-journal"  # a journal has no header of its own
    journal.write_bytes(bytes(512))
    for target in (wal, journal):
        before = target.read_bytes()
        with pytest.raises(export.RefusedTargetError, match="SQLite"):
            export.write_atomically(target, "a,b\r\n")
        assert target.read_bytes() == before


def test_a_protected_path_is_refused_before_it_exists(tmp_path: Path) -> None:
    history = tmp_path / "history.sqlite3"
    with pytest.raises(export.RefusedTargetError, match="the wal file of the history"):
        export.write_atomically(tmp_path / "history.sqlite3-wal", "x", protected=[history])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    target.write_text("mine")
    target.chmod(0o444)
    with pytest.raises(export.RefusedTargetError, match="read-only"):
        export.write_atomically(target, "a,b\r\n")
    assert target.read_text() == "mine"


def test_a_database_that_appears_during_the_write_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked again at the last moment: another program may create the file meanwhile.
    target = tmp_path / "week.csv"
    real_fsync = os.fsync
    made: list[bytes] = []

    def fsync_while_a_database_appears(fd: int) -> None:
        real_fsync(fd)
        made.append(_database(target))

    monkeypatch.setattr(os, "fsync", fsync_while_a_database_appears)
    with pytest.raises(export.RefusedTargetError):
        export.write_atomically(target, "a,b\r\n")
    assert target.read_bytes() == made[0]
    assert [p.name for p in tmp_path.iterdir()] == ["week.csv"]  # no temporary left


def test_an_ordinary_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    target.write_text("last week")
    export.write_atomically(target, "a,b\r\n", protected=[tmp_path / "history.sqlite3"])
    assert target.read_bytes() == b"a,b\r\n"
