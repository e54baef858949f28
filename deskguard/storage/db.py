"""The SQLite history file: opening, schema versions, and what to do when it is damaged.

WAL journal, ``synchronous=NORMAL``: a committed transaction survives the app
being killed (not necessarily a power cut); the recorder commits at least once
a minute, so a crash loses at most the last minute.

The history is never destroyed (docs/history.md, "Recovery"): a file is moved
aside only when SQLite proves it is damaged, and only if it was a history;
every other failure leaves the file as it is and says what happened.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from deskguard import paths

FILENAME = "history.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
#: How long an open or a write waits for another program's lock.
LOCK_TIMEOUT_S = 10.0
#: Below this much free space an I/O error at open is taken as a full disk.
_FULL_DISK_BYTES = 1 << 20
_SIDE_FILES = ("-wal", "-shm")

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
    # 2: the eyes' height at neutral, for the forward-head judgement (NULL in older rows).
    "ALTER TABLE baselines ADD COLUMN eyes_height_cm REAL;",
    # 3: which sense vouched for the seated time: the seconds of it that keyboard and
    # mouse activity did (the rest, the camera's). Older minutes were all the camera's.
    "ALTER TABLE minutes ADD COLUMN activity_s REAL NOT NULL DEFAULT 0;",
]
SCHEMA_VERSION = len(MIGRATIONS)
_OUR_TABLES = {"minutes", "events", "day_summaries", "baselines"}


class HistoryError(Exception):
    """The history cannot be used; the text says why. The file was left untouched."""


class HistoryPathError(HistoryError):
    """The path is a folder, or a file that is not a DeskGuard history."""


class HistoryLockedError(HistoryError):
    """Another program kept the history locked for longer than the timeout."""


class HistoryTooNewError(HistoryError):
    """The history was written by a newer DeskGuard."""


class HistoryUnavailableError(HistoryError):
    """The file could not be read for a reason other than damage (I/O error, permissions)."""


class _Damaged(Exception):
    """SQLite proved the file is not a healthy database (internal)."""


@dataclass(frozen=True, slots=True)
class OpenedHistory:
    """An open history and what the user should be told about it.

    ``read_only``: nothing can be saved for now (a read-only file or medium,
    or a full disk); the connection only reads, and :func:`reopen_writable`
    tells when writing works again. ``message``: one sentence for the user,
    or None when all is well.
    """

    db: sqlite3.Connection
    path: Path
    read_only: bool = False
    message: str | None = None


def history_path() -> Path:
    """Where the history lives by default."""
    return paths.data_dir() / FILENAME


def connect(
    path: Path, *, timeout_s: float | None = None, integrity_check: bool = True
) -> sqlite3.Connection:
    """Open (creating and migrating as needed) a healthy history database, read-write.

    Raises ``sqlite3.DatabaseError`` if SQLite cannot use the file (see
    :func:`open_database` for the version that sorts out why).
    ``integrity_check=False`` for a file this process opened and checked
    already: the check reads the whole file (0.45 s for four years of minutes).
    """
    _prepare(path, default=_is_default(path))
    timeout = LOCK_TIMEOUT_S if timeout_s is None else timeout_s
    try:
        return _connect_rw(path, timeout, integrity_check=integrity_check)
    except _Damaged as exc:
        raise sqlite3.DatabaseError(str(exc)) from None


def open_history(
    path: Path | None = None, *, timeout_s: float | None = None
) -> tuple[sqlite3.Connection, str | None]:
    """:func:`open_database` as (connection, message)."""
    opened = open_database(path, timeout_s=timeout_s)
    return opened.db, opened.message


def open_database(path: Path | None = None, *, timeout_s: float | None = None) -> OpenedHistory:
    """Open the history, recovering only from proven damage.

    - folder, or a file that is neither SQLite nor at the default place:
      :class:`HistoryPathError`, untouched;
    - an SQLite file of another program: :class:`HistoryPathError`, untouched;
    - damaged (not a database, or failing the integrity check) and it was a
      history: moved aside under a new name, a fresh one started, message;
    - locked longer than ``timeout_s``: :class:`HistoryLockedError`;
    - read-only, or the disk is full: opened read-only, message;
    - newer schema: :class:`HistoryTooNewError`; other I/O errors:
      :class:`HistoryUnavailableError`.
    """
    path = path or history_path()
    timeout = LOCK_TIMEOUT_S if timeout_s is None else timeout_s
    for _attempt in range(3):
        opened = _open_once(path, timeout)
        if opened is not None:
            return opened
    raise HistoryUnavailableError(
        f"The history file {path} kept changing while it was opened. It was left as it is; "
        "try again."
    )


def _open_once(path: Path, timeout: float) -> OpenedHistory | None:
    """One attempt; None if another process replaced the file meanwhile."""
    default = _is_default(path)
    _refuse_non_files(path)
    try:
        _prepare(path, default=default)
        seen = os.stat(path)
    except OSError as exc:
        raise HistoryUnavailableError(
            f"The history file {path} could not be created ({exc.strerror}). "
            "Choose a writable place with --db, or fix the folder's permissions."
        ) from None
    if not _writable(path):
        return _open_read_only(path, "the file or its folder is read-only")
    try:
        return OpenedHistory(_connect_rw(path, timeout), path)
    except _Damaged as exc:
        return _start_afresh(path, seen, str(exc), timeout)
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            _refuse_foreign_file(path, default)
            return _start_afresh(path, seen, str(exc), timeout)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise HistoryLockedError(
                f"The history file {path} is in use by another program (is DeskGuard already "
                f"running?) and stayed locked for {timeout:g} s. It was left as it is. "
                "Close the other program, or wait, and try again."
            ) from None
        if code == sqlite3.SQLITE_FULL or _disk_full(path):
            return _open_read_only(path, "the disk is full", disk_full=True)
        if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) and path.is_file():
            return _open_read_only(path, f"SQLite could not write to it: {exc}")
        raise HistoryUnavailableError(
            f"The history file {path} could not be opened ({exc}). It was left as it is. "
            "Check the disk and the file's permissions, then try again."
        ) from None


def reopen_writable(path: Path, *, timeout_s: float = 1.0) -> sqlite3.Connection | None:
    """A read-write connection if the file can be written again (space freed…), else None.

    Tried at each save while the history is read-only, on the app's GUI
    thread: the file was checked when it was opened, so not read whole again.
    """
    if not _writable(path):
        return None
    try:
        return connect(path, timeout_s=timeout_s, integrity_check=False)
    except (sqlite3.Error, OSError, HistoryError):
        return None


def _is_default(path: Path) -> bool:
    return os.path.abspath(path) == os.path.abspath(history_path())


def _refuse_non_files(path: Path) -> None:
    if path.is_dir():
        raise HistoryPathError(
            f"{path} is a folder, not a history file. It was left as it is. "
            f"Give a file name, for example {path / FILENAME}."
        )
    if os.path.lexists(path) and not path.is_file():
        raise HistoryPathError(f"{path} is not a regular file. It was left as it is.")


def _refuse_foreign_file(path: Path, default: bool) -> None:
    """Raise unless a file SQLite rejected was a history: SQLite's header, or our place.

    Read only once SQLite has rejected the file: closing a file descriptor
    would drop the SQLite locks this process holds on a healthy file.
    """
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise HistoryUnavailableError(
            f"The history file {path} could not be read ({exc.strerror}). It was left as it is. "
            "Check its permissions."
        ) from None
    if head != SQLITE_HEADER and not default:
        raise HistoryPathError(
            f"{path} is not a DeskGuard history (it is not an SQLite database). It was left "
            "as it is. Point --db at a history file, or at a new file name."
        )


def _prepare(path: Path, *, default: bool) -> None:
    """A private folder and a private file before SQLite creates anything.

    SQLite gives the -wal and -shm files the main file's mode, so creating the
    main file 0600 first is enough for all three (an existing history is
    tightened once SQLite has accepted it). Only the default folder, or one
    created here, is tightened: never a folder the user pointed --db into.
    """
    folder = path.parent
    if default or not folder.exists():
        paths.ensure_private_dir(folder)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE_MODE))


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _writable(path: Path) -> bool:
    # SQLite needs to write the file and to create the -wal and -shm beside it.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _FULL_DISK_BYTES
    except OSError:
        return False


def _connect_rw(path: Path, timeout: float, *, integrity_check: bool = True) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        _check(db, path, integrity_check=integrity_check)
        _switch_to_wal(db, time.monotonic() + timeout)
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        _migrate(db)
        for file in (path, *(_side(path, s) for s in _SIDE_FILES)):
            paths.make_private(file)  # a history from before files were private
    except BaseException:
        db.close()
        raise
    return db


def _switch_to_wal(db: sqlite3.Connection, deadline: float) -> None:
    # When several processes open a new file at once, SQLite can refuse the
    # switch with "database is locked" at once, without waiting: retry.
    while db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            db.execute("PRAGMA journal_mode=WAL").fetchall()
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if code not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(random.uniform(0.005, 0.02))


def _check(db: sqlite3.Connection, path: Path, *, integrity_check: bool = True) -> int:
    """Integrity, version and ownership; returns the schema version."""
    result = db.execute("PRAGMA quick_check").fetchone() if integrity_check else ("ok",)
    if result is None or result[0] != "ok":
        raise _Damaged(f"integrity check failed: {result[0] if result else 'no answer'}")
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # Nothing is changed (journal mode, permissions, schema) before the file is
    # proved ours: schema 0 holds none of another program's tables; a later one
    # has our tables with every column its version gave them (a newer DeskGuard
    # only adds). A version number alone proves nothing: other programs set it too.
    if version == 0:
        ours = not tables - _OUR_TABLES
    else:
        expected = _schema_of(min(version, SCHEMA_VERSION))
        ours = all((_columns(db, t) or frozenset()) >= cols for t, cols in expected.items())
    if not ours:
        raise HistoryPathError(
            f"{path} is an SQLite database of another program, not a DeskGuard history. "
            "It was left as it is. Point --db at a history file, or at a new file name."
        )
    if version > SCHEMA_VERSION:
        raise HistoryTooNewError(
            f"{path} was written by a newer DeskGuard (schema {version}); "
            "update DeskGuard to read it. The file was left as it is."
        )
    return version


def _columns(db: sqlite3.Connection, table: str) -> frozenset[str] | None:
    """The columns of ``table`` in this file, None if it has no such table."""
    rows = db.execute("SELECT name FROM pragma_table_info(?)", (table,))
    names = frozenset(str(r[0]) for r in rows)
    return names or None


@functools.cache
def _schema_of(version: int) -> dict[str, frozenset[str]]:
    """Our tables and their columns at schema ``version`` (the migrations run in memory)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for script in MIGRATIONS[:version]:
            for statement in _statements(script):
                db.execute(statement)
        return {t: _columns(db, t) or frozenset() for t in sorted(_OUR_TABLES)}
    finally:
        db.close()


def _migrate(db: sqlite3.Connection) -> None:
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    # Several processes may open a new file at once: the version is read again
    # under the write lock, so each migration runs exactly once.
    db.execute("BEGIN IMMEDIATE")
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        for target in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[target]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target + 1}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _statements(script: str) -> Iterator[str]:
    """The statements of a script (executescript would commit the open transaction)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""


def _open_read_only(path: Path, why: str, *, disk_full: bool = False) -> OpenedHistory:
    db = _connect_ro(path)
    if disk_full:
        message = (
            f"The disk holding the history file {path} is full. DeskGuard keeps running and "
            "shows the history; new minutes are kept in memory (up to a day) and saved when "
            "there is space again. Free some disk space."
        )
    else:
        message = (
            f"The history file {path} is read-only ({why}). DeskGuard shows it but cannot "
            "save anything new; new minutes are kept in memory (up to a day). Make the file "
            "and its folder writable to record again."
        )
    return OpenedHistory(db, path, read_only=True, message=message)


def _connect_ro(path: Path) -> sqlite3.Connection:
    """Read-only, without writing a byte; an empty new file reads as an empty history."""
    if not path.is_file() or path.stat().st_size == 0:
        return _empty_history()
    uri = path.resolve().as_uri()
    problem = "no answer"
    # mode=ro needs the -shm file of a WAL database; on a read-only medium it
    # cannot be created, and immutable=1 reads the file without it.
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        db = sqlite3.connect(uri + query, uri=True, isolation_level=None, check_same_thread=False)
        try:
            version = _check(db, path)
        except sqlite3.OperationalError as exc:
            db.close()
            problem = str(exc)
            continue
        except (_Damaged, sqlite3.DatabaseError) as exc:
            db.close()
            _refuse_foreign_file(path, _is_default(path))
            raise HistoryUnavailableError(
                f"The history file {path} is damaged ({exc}) and read-only, so it could not "
                "be kept aside and replaced. It was left as it is. Make it writable, or move "
                "it away yourself."
            ) from None
        except BaseException:
            db.close()
            raise
        if version == 0:
            db.close()
            return _empty_history()
        return db
    raise HistoryUnavailableError(
        f"The history file {path} could not be opened, not even read-only ({problem}). "
        "It was left as it is. Check the disk and the file's permissions."
    )


def _empty_history() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _migrate(db)
    return db


def _start_afresh(
    path: Path, seen: os.stat_result, why: str, timeout: float
) -> OpenedHistory | None:
    kept = _move_aside(path, seen)
    if kept is None:
        return None  # another process already replaced it: look again
    message = (
        f"The history file {path} was damaged ({why}). It was kept as {kept.name} in the "
        "same folder and a new history was started."
    )
    try:
        return OpenedHistory(connect(path, timeout_s=timeout), path, message=message)
    except sqlite3.DatabaseError as exc:
        raise HistoryUnavailableError(
            f"{message} But the new history could not be created either ({exc})."
        ) from None


def _move_aside(path: Path, seen: os.stat_result) -> Path | None:
    """Rename the damaged file (and its -wal, -shm) to a name no file has yet.

    Hard links, not os.replace: link() refuses an existing name, so a kept
    copy is never overwritten, even by two opens in the same second. None if
    the file at ``path`` is no longer the one found damaged (``seen``).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n > 1 else ""))
        if any(os.path.lexists(_side(target, s)) for s in _SIDE_FILES):
            continue
        try:
            linked = _rename_no_replace(path, target, seen)
        except FileExistsError:
            continue
        except FileNotFoundError:
            return None
        if not linked:
            return None
        for suffix in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                _rename_no_replace(_side(path, suffix), _side(target, suffix), None)
        return target
    raise HistoryUnavailableError(f"No free name to keep the damaged history {path} under.")


def _rename_no_replace(source: Path, target: Path, seen: os.stat_result | None) -> bool:
    """Move ``source`` to the new name ``target``; False if it is not the file ``seen``."""
    try:
        os.link(source, target)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        # No hard links here (FAT, some network disks): check, then rename.
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        if seen is not None and not os.path.samestat(seen, os.stat(source)):
            return False
        os.rename(source, target)
        return True
    if seen is not None and not os.path.samestat(seen, os.stat(target)):
        os.unlink(target)
        return False
    os.unlink(source)
    return True
