"""``deskguard export --out`` never replaces the history, a database or a read-only file.

Each case once lost data: ``--out`` naming the history answered "wrote …"
and replaced it with a week's CSV (the next start moved the "damaged" file
aside and began empty), and a read-only file was replaced because a rename
ignores the target's mode. Each is refused with exit 2 and one line, and the
file is left byte for byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from deskguard import paths
from deskguard.storage.db import history_path
from deskguard.storage.history import HistoryStore
from tests.cli.as_user import deskguard_as, without_root_powers
from tests.cli.test_bad_input import _one_line_usage_error
from tests.cli.test_cli import deskguard

WEEK = ["--week", "2026-W48"]


def _export(history: Path | None, out: Path, fmt: str = "csv") -> list[str]:
    db = ["--db", str(history)] if history is not None else []
    return ["export", *WEEK, "--format", fmt, *db, "--out", str(out)]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("side", ["", "-wal", "-shm", "-journal"])
def test_the_history_and_its_side_files_are_never_the_output(
    history: Path, tmp_path: Path, side: str
) -> None:
    before = _files(tmp_path)
    out = history.with_name(history.name + side)
    line = _one_line_usage_error(deskguard(*_export(history, out)), "--out")
    assert "the history DeskGuard reads" in line and "choose another file name" in line
    assert _files(tmp_path) == before  # the history byte for byte, no side file made
    stats = deskguard("stats", "--db", str(history), "--day", "2026-11-23")
    assert stats.returncode == 0 and "warning" not in stats.stderr, stats.stderr


def test_the_default_history_is_never_the_output() -> None:
    store, _ = HistoryStore.open(None)
    store.close()
    default = history_path()
    before = default.read_bytes()
    for fmt in ("csv", "json", "html"):
        line = _one_line_usage_error(deskguard(*_export(None, default, fmt)), "--out")
        assert f"the history DeskGuard reads ({default})" in line
    assert default.read_bytes() == before


def test_the_users_history_is_safe_while_another_is_exported(history: Path, tmp_path: Path) -> None:
    store, _ = HistoryStore.open(None)
    store.close()
    default = history_path()
    before = default.read_bytes()
    line = _one_line_usage_error(deskguard(*_export(history, default)), "--out")
    assert "the history DeskGuard reads" in line
    assert default.read_bytes() == before


def test_a_link_or_another_name_for_the_history_is_seen_through(
    history: Path, tmp_path: Path
) -> None:
    hard = tmp_path / "week.csv"
    os.link(history, hard)  # the same file under a report's name
    via = tmp_path / "via"
    via.symlink_to(tmp_path, target_is_directory=True)
    before = history.read_bytes()
    for out in (hard, via / history.name, tmp_path / "." / history.name):
        _one_line_usage_error(deskguard(*_export(history, out)), "--out")
    assert history.read_bytes() == before and hard.read_bytes() == before


def test_any_sqlite_database_is_refused(history: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.csv"  # a database, whatever its name says
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE note (text TEXT)")
        db.execute("INSERT INTO note VALUES ('keep me')")
    db.close()
    before = other.read_bytes()
    line = _one_line_usage_error(deskguard(*_export(history, other)), "--out")
    assert "this is a SQLite database" in line and "never replaces a database" in line
    assert other.read_bytes() == before


@pytest.mark.parametrize("powers", ["as it is", "without root's file powers"])
def test_a_read_only_file_is_not_replaced(history: Path, tmp_path: Path, powers: str) -> None:
    # Root may write anything; a file made read-only still says "keep this".
    prefix = without_root_powers(tmp_path) if powers != "as it is" else []
    if powers != "as it is" and not prefix and os.geteuid() != 0:
        pytest.skip("not root: the first case already runs as a user")
    out = tmp_path / "week.csv"
    out.write_text("the report I signed\n")
    out.chmod(0o444)
    line = _one_line_usage_error(deskguard_as(prefix, *_export(history, out)), "--out")
    assert "read-only (mode 0444)" in line and "make it writable first" in line
    assert out.read_text() == "the report I signed\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3", "week.csv"]


def test_a_writable_report_is_still_replaced(history: Path, tmp_path: Path) -> None:
    out = tmp_path / "week.csv"
    out.write_text("last week's\n")
    out.chmod(0o644)
    run = deskguard(*_export(history, out))
    assert run.returncode == 0, run.stderr
    assert out.read_text().startswith("day,seated_min,")


def test_deskguards_own_files_are_never_the_output(history: Path) -> None:
    own = [paths.config_dir() / "settings.json", paths.models_dir() / "face_landmarker.task"]
    for path in own:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"mine": true}')
        line = _one_line_usage_error(deskguard(*_export(history, path, "json")), "--out")
        assert "one of DeskGuard's own files" in line
        assert path.read_text() == '{"mine": true}'
