"""The history: what the engine decided, kept per minute, and read back for statistics.

Only aggregates are stored (seconds seated, seconds in good/poor/unknown
posture, sums for mean neck angle, distance and eye height) plus the events;
never a sample, never an image. Writes are buffered and committed when a
minute closes, so a crash loses at most the minute in progress. A full disk,
a lock held too long or a read-only file keeps the buffer in memory (bounded),
warns once, and retries. A damaged row is skipped when read, counted, and
reported once (:attr:`HistoryStore.skipped_rows`).
"""

from __future__ import annotations

import contextlib
import json
import math
import sqlite3
import threading
import time as _time
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TypeGuard

from deskguard.core.carryover import Carryover, carryover_from_history
from deskguard.core.engine import Event, EventKind, PostureState, Sense, Step
from deskguard.core.posture import Baseline, CameraSettings
from deskguard.core.stats import (
    DaySummary,
    EventRow,
    MinuteRow,
    WeekSummary,
    day_bounds_utc,
    iso_week_days,
    summarize_day,
)
from deskguard.storage import db as _db
from deskguard.storage.db import connect, open_database, reopen_writable

#: Minutes kept in memory while the disk is full (a working day).
MAX_BUFFERED_MINUTES = 24 * 60
#: How long a flush waits for another program's write lock. The tray app
#: flushes on its GUI thread each minute: a moment, never SQLite's busy timeout;
#: a busy file keeps the minutes in memory for the next flush.
FLUSH_WAIT_S = 0.05
#: The last flush, when the history is closed, may wait longer for the lock.
CLOSE_WAIT_S = 2.0
#: Retention works in transactions of about this long, with a pause as long
#: between them (years of old minutes took one transaction of 9 to 11 s).
RETENTION_BATCH_S = 0.02
#: Rows no day can hold (before 1970) go in deletes of at most this many.
_RETENTION_DELETE_ROWS = 5_000

_MINUTE_COLUMNS = [f.name for f in fields(MinuteRow)]
#: What a stored value may be and still be believed; past these a row is damaged
#: (or hand-edited), skipped and counted, so no figure is ever NaN, infinite,
#: negative or absurd. Instants: 1970 to 2100.
_UTC_RANGE = (0, 4_102_444_800)
#: A minute holds at most 60 s (and a little for sums of float pieces).
_MINUTE_MAX_S = 60.5
#: Samples in one minute: far more than any sampling rate gives.
_MAX_SAMPLES = 100_000
#: Per-minute means: neck flexion (degrees), viewing distance and eye height (cm).
_MEAN_RANGES = {
    "neck": (-180.0, 180.0),
    "distance": (0.0, 1_000.0),
    "eyes": (-1_000.0, 1_000.0),
}
#: A calibration's figures (degrees, cm); the camera's as the settings allow.
_BASELINE_RANGES = {
    "pitch_deg": (-90.0, 90.0),
    "distance_cm": (0.0, 1_000.0),
    "ear_shoulder_gap_ratio": (-100.0, 100.0),
    "camera_fov_deg": (1.0, 179.0),
    "camera_above_screen_top_cm": (-500.0, 500.0),
    "samples": (1, 10_000_000),
    "pitch_spread_deg": (0.0, 180.0),
}
_REQUIRED_BASELINE_COLUMNS = frozenset(_BASELINE_RANGES) - {"distance_cm", "ear_shoulder_gap_ratio"}
#: The eyes' height at neutral (cm), the one optional column so far.
_OPTIONAL_BASELINE_RANGE = (-1_000.0, 1_000.0)
#: A bout longer than two days is not a bout but a damaged figure.
_MAX_BOUT_S = 2 * 86_400.0
#: An event's figures are a few short fields: more than this is not ours.
_MAX_EVENT_DATA_BYTES = 64 * 1024
_KNOWN_KINDS = frozenset(k.value for k in EventKind)
#: ``Baseline`` fields added after the first schema, kept in a column of the same
#: name when the history has one (an older history, or one whose schema has not
#: gained it yet, keeps the rest; the field then reads back as None).
_OPTIONAL_BASELINE_COLUMNS = ("eyes_height_cm",)


class HistoryStore:
    """Records engine steps and answers questions about past days.

    Threading contract: one thread at a time (the app's worker thread
    records; the dashboard reads through its own store on the GUI thread).
    """

    def __init__(
        self,
        db: sqlite3.Connection,
        *,
        on_warning: Callable[[str], None] | None = None,
        path: Path | None = None,
        read_only: bool = False,
    ):
        """Wrap an open database (see :meth:`open`).

        ``read_only``: the connection cannot write (read-only file, full
        disk); each flush tries to reopen ``path`` for writing first.
        """
        self.db = db
        self.path = path
        self.read_only = read_only
        self._on_warning = on_warning
        self._minutes: dict[int, MinuteRow] = {}
        self._events: list[Event] = []
        self._open_minute: int | None = None
        #: The current problem saving the history, or None.
        self.warning: str | None = None
        self._skipped: set[tuple[str, object]] = set()
        #: Since when (monotonic) flushes have found the file locked, or None.
        self._busy_since: float | None = None
        self._retention: RetentionRun | None = None

    @classmethod
    def open(
        cls, path: Path | None = None, *, on_warning: Callable[[str], None] | None = None
    ) -> tuple[HistoryStore, str | None]:
        """Open (or create, or replace a damaged) history; also return any message.

        Raises :class:`~deskguard.storage.db.HistoryError` (and its kinds) when
        the history cannot be used; the file is then left as it is.
        """
        opened = open_database(path)
        store = cls(opened.db, on_warning=on_warning, path=opened.path, read_only=opened.read_only)
        if opened.read_only:
            store.warning = opened.message  # already said once, by the caller
        return store, opened.message

    # --- recording --------------------------------------------------------------------

    def record(self, t_s: float, step: Step) -> None:
        """Add one engine step taken at ``t_s``; commit when a minute has closed."""
        if not math.isfinite(t_s):
            return  # no minute to put it in (a clock gone wrong)
        minute = int(t_s // 60) * 60
        # A NaN or infinite figure would make the minute unwritable (NOT NULL) or absurd.
        if 0 < step.seated_s <= 86_400:
            bucket = {
                PostureState.GOOD: "good_s",
                PostureState.POOR: "poor_s",
            }.get(step.posture, "unknown_s")
            by_activity = step.sense is Sense.ACTIVITY
            for m, seconds in _split_by_minute(t_s - step.seated_s, t_s):
                self._add(m, seated_s=seconds, **{bucket: seconds})
                if by_activity:
                    self._add(m, activity_s=seconds)
        sums: dict[str, float] = {"samples": 1}
        if _believable(step.neck_flexion_deg, "neck"):
            sums.update(neck_sum=step.neck_flexion_deg, neck_n=1)
        if _believable(step.distance_cm, "distance"):
            sums.update(distance_sum=step.distance_cm, distance_n=1)
        if _believable(step.eyes_above_top_cm, "eyes"):
            sums.update(eyes_sum=step.eyes_above_top_cm, eyes_n=1)
        self._add(minute, **sums)
        self._events.extend(step.events)
        if self._open_minute is not None and minute != self._open_minute:
            self.flush()
        self._open_minute = minute

    def record_events(self, events: list[Event]) -> None:
        """Add events that came from a command (pause, snooze…), written at once."""
        self._events.extend(events)
        self.flush()

    def _add(self, minute: int, **amounts: float) -> None:
        row = self._minutes.get(minute) or MinuteRow(minute)
        self._minutes[minute] = replace(row, **{k: getattr(row, k) + v for k, v in amounts.items()})

    def flush(self, *, wait_s: float = FLUSH_WAIT_S) -> bool:
        """Write what is buffered in one transaction. False (and a warning) if it failed.

        Waits at most ``wait_s`` for another program's lock: a file kept busy
        keeps the buffer for the next flush, and says so once the lock has
        lasted the open's timeout (``db.LOCK_TIMEOUT_S``); a lock of a moment
        (the retention thread's batch) is not worth a word.
        """
        if not self._minutes and not self._events:
            return True
        if self.read_only and not self._reopen_writable(wait_s):
            why = ("the file cannot be written", "make the file writable, or free disk space")
            self._warn(self.warning or _save_problem(self.path, why))
            self._trim_buffer()
            return False
        try:
            self.db.execute(f"PRAGMA busy_timeout = {max(0, round(wait_s * 1000))}")
            self.db.execute("BEGIN IMMEDIATE")
            cols = ", ".join(_MINUTE_COLUMNS)
            marks = ", ".join("?" for _ in _MINUTE_COLUMNS)
            adds = ", ".join(f"{c} = {c} + excluded.{c}" for c in _MINUTE_COLUMNS[1:])
            self.db.executemany(
                f"INSERT INTO minutes ({cols}) VALUES ({marks}) "
                f"ON CONFLICT(minute_utc) DO UPDATE SET {adds}",
                [tuple(getattr(r, c) for c in _MINUTE_COLUMNS) for r in self._minutes.values()],
            )
            self.db.executemany(
                "INSERT INTO events (t_utc, kind, title, body, notify, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (e.t_s, e.kind.value, e.title, e.body, int(e.notify), json.dumps(dict(e.data)))
                    for e in self._events
                ],
            )
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if _is_busy(exc):
                now = _time.monotonic()
                self._busy_since = self._busy_since if self._busy_since is not None else now
                if now - self._busy_since < _db.LOCK_TIMEOUT_S:
                    self._trim_buffer()
                    return False  # kept for the next flush, quietly for now
            self._warn(_save_problem(self.path, _why_not_saved(exc)))
            self._trim_buffer()
            return False
        finally:
            with contextlib.suppress(sqlite3.Error):  # the open's timeout for everything else
                self.db.execute(f"PRAGMA busy_timeout = {round(_db.LOCK_TIMEOUT_S * 1000)}")
        self._minutes.clear()
        self._events.clear()
        self._busy_since = None
        if self.warning is not None:
            self.warning = None
        return True

    def _reopen_writable(self, wait_s: float) -> bool:
        if self.path is None:
            return False
        db = reopen_writable(self.path, timeout_s=wait_s)
        if db is None:
            return False
        self.db.close()
        self.db, self.read_only = db, False
        return True

    def _warn(self, message: str) -> None:
        if self.warning is None and self._on_warning is not None:
            self._on_warning(message)
        self.warning = message

    def _trim_buffer(self) -> None:
        while len(self._minutes) > MAX_BUFFERED_MINUTES:
            del self._minutes[min(self._minutes)]

    def close(self) -> None:
        """Write what is left (waiting up to ``CLOSE_WAIT_S`` for a lock) and close the file."""
        if self._retention is not None:
            self._retention.stop()
        self.flush(wait_s=CLOSE_WAIT_S)
        self.db.close()

    def delete_all(self) -> None:
        """Forget every minute, event, day summary and calibration (the user asked to)."""
        if self._retention is not None:
            self._retention.stop()  # it would summarise what is being forgotten
        self._minutes.clear()
        self._events.clear()
        self._open_minute = None
        self.db.executescript(
            "BEGIN; DELETE FROM minutes; DELETE FROM events; DELETE FROM day_summaries; "
            "DELETE FROM baselines; COMMIT;"
        )

    # --- baselines --------------------------------------------------------------------

    def save_baseline(self, baseline: Baseline, *, profile: str = "default") -> str | None:
        """Keep a calibration with the camera settings it belongs to.

        Returns None when saved, else why not (read-only, full, locked): the
        caller still uses the calibration for this session and says so.
        """
        if self.read_only and not self._reopen_writable(_db.LOCK_TIMEOUT_S):
            return _calibration_not_saved(self.path, ("the file cannot be written", ""))
        columns = [
            "created_utc", "profile", "pitch_deg", "distance_cm", "ear_shoulder_gap_ratio",
            "camera_fov_deg", "camera_above_screen_top_cm", "samples", "pitch_spread_deg",
        ]  # fmt: skip
        values: list[object] = [
            _time.time(),
            profile,
            baseline.pitch_deg,
            baseline.distance_cm,
            baseline.ear_shoulder_gap_ratio,
            baseline.camera.diag_fov_deg,
            baseline.camera.camera_above_screen_top_cm,
            baseline.samples,
            baseline.pitch_spread_deg,
        ]
        for name in _OPTIONAL_BASELINE_COLUMNS:
            if name in self._baseline_columns():
                columns.append(name)
                values.append(getattr(baseline, name))
        try:
            self.db.execute(
                f"INSERT INTO baselines ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                values,
            )
        except sqlite3.DatabaseError as exc:
            return _calibration_not_saved(self.path, _why_not_saved(exc))
        return None

    def profiles(self) -> list[str]:
        """Names of the desk set-ups that have a calibration, newest first."""
        rows = self.db.execute(  # as blobs: text that is not UTF-8 would fail the query
            "SELECT CAST(profile AS BLOB) FROM baselines GROUP BY profile ORDER BY MAX(id) DESC"
        ).fetchall()
        names = []
        for (raw,) in rows:
            try:
                name = raw.decode("utf-8")
            except (AttributeError, UnicodeDecodeError):  # NULL, or not UTF-8
                self._skip("baselines", ("profile", raw))
                continue
            if name and name not in names:
                names.append(name)
        return names

    def latest_baseline(self, *, profile: str = "default") -> Baseline | None:
        """The newest calibration of a profile."""
        optional = [c for c in _OPTIONAL_BASELINE_COLUMNS if c in self._baseline_columns()]
        columns = [*_BASELINE_RANGES, *optional]
        # Anything but a number reads as NULL (text that is not UTF-8 would fail the query).
        cur = self.db.execute(
            "SELECT id, "
            + ", ".join(
                f"CASE WHEN typeof({c}) IN ('integer', 'real') THEN {c} "
                f"WHEN {c} IS NULL THEN NULL ELSE 'damaged' END"
                for c in columns
            )
            + " FROM baselines WHERE profile = ? ORDER BY id DESC",
            (profile,),
        )
        for row_id, *values in cur:  # the newest calibration that can be believed
            row = dict(zip(columns, values, strict=True))
            try:
                for name, value in row.items():
                    low, high = _BASELINE_RANGES.get(name, _OPTIONAL_BASELINE_RANGE)
                    if value is not None or name in _REQUIRED_BASELINE_COLUMNS:
                        _number(value, low, high)
            except ValueError:
                self._skip("baselines", row_id)
                continue
            return Baseline(
                pitch_deg=row.pop("pitch_deg"),
                distance_cm=row.pop("distance_cm"),
                ear_shoulder_gap_ratio=row.pop("ear_shoulder_gap_ratio"),
                camera=CameraSettings(
                    diag_fov_deg=row.pop("camera_fov_deg"),
                    camera_above_screen_top_cm=row.pop("camera_above_screen_top_cm"),
                ),
                samples=int(row.pop("samples")),
                pitch_spread_deg=row.pop("pitch_spread_deg"),
                # A row from before a column existed, or saved without it, reads as None.
                **row,
            )
        return None

    def _baseline_columns(self) -> frozenset[str]:
        """The columns the baselines table has in this file."""
        return frozenset(r[1] for r in self.db.execute("PRAGMA table_info(baselines)"))

    # --- reading ----------------------------------------------------------------------

    @property
    def skipped_rows(self) -> int:
        """Damaged rows skipped by the reads so far (each counted once)."""
        return len(self._skipped)

    def skipped_message(self) -> str | None:
        """One sentence for the user about the damaged rows, or None if there were none."""
        n = len(self._skipped)
        if not n:
            return None
        where = f" in {self.path}" if self.path is not None else ""
        return (
            f"{n} damaged record{'s' if n > 1 else ''} of the history{where} "
            f"{'were' if n > 1 else 'was'} skipped; the figures shown leave "
            f"{'them' if n > 1 else 'it'} out. The rest of the history is intact."
        )

    def _skip(self, table: str, key: object) -> None:
        first = not self._skipped
        self._skipped.add((table, key))
        if first and self._on_warning is not None:
            # Once per store: later skips only raise the count.
            self._on_warning(
                "Part of the history is damaged: the damaged records are skipped and the "
                "figures leave them out. The rest of the history is intact."
            )

    @cached_property
    def _minute_columns(self) -> str:
        """The minute columns to select; asked of the file once (its schema is set at open).

        A read-only file of an older schema lacks the later columns: they read as 0.
        """
        have = frozenset(r[1] for r in self.db.execute("PRAGMA table_info(minutes)"))
        # Anything but a number reads as NULL: text that is not UTF-8 would make
        # SQLite fail the whole query, and NULL marks the row damaged.
        return ", ".join(
            f"CASE WHEN typeof({c}) IN ('integer', 'real') THEN {c} END" if c in have else "0"
            for c in _MINUTE_COLUMNS
        )

    def minutes(self, start_utc: float, end_utc: float) -> list[MinuteRow]:
        """Stored minute rows with start_utc <= minute < end_utc (damaged ones skipped)."""
        cur = self.db.execute(
            f"SELECT {self._minute_columns} FROM minutes "
            "WHERE minute_utc >= ? AND minute_utc < ? ORDER BY minute_utc",
            (start_utc, end_utc),
        )
        rows = []
        for row in cur:
            minute = _minute_row(row)
            if minute is not None:
                rows.append(minute)
            else:  # a flipped type byte, or a figure no minute can hold (NaN, Inf, 1e300, -5)
                self._skip("minutes", row[0])
        return rows

    def events(self, start_utc: float, end_utc: float) -> list[EventRow]:
        """Stored events with start_utc <= t < end_utc, as recorded (damaged ones skipped).

        The order they were recorded in is time order, except after the clock was set
        back: then it is still the true sequence (a bout, its break, the next bout),
        which time order would scramble.
        """
        # As blobs: text that is not UTF-8 would make SQLite fail the whole query.
        cur = self.db.execute(
            "SELECT id, t_utc, CAST(kind AS BLOB), CAST(data AS BLOB) FROM events "
            "WHERE t_utc >= ? AND t_utc < ? ORDER BY id",
            (start_utc, end_utc),
        )
        out = []
        for row_id, t, kind, data in cur:
            try:
                if not isinstance(t, int | float) or not math.isfinite(t):
                    raise ValueError("time is not a number")
                text = kind.decode("utf-8")
                parsed = _event_data(data)
                if text == EventKind.BREAK_STARTED.value and "bout_s" in parsed:
                    _number(parsed["bout_s"], 0.0, _MAX_BOUT_S)
            except (ValueError, AttributeError, TypeError, RecursionError):
                self._skip("events", row_id)
                continue
            if text in _KNOWN_KINDS:  # else written by a newer DeskGuard: not ours to count
                out.append(EventRow(t, EventKind(text), parsed))
        return out

    def carryover(self, now_utc: float, tz: tzinfo) -> Carryover:
        """Today so far (local day of ``now_utc``), for the engine to pick up on start."""
        self.flush()
        start, end = day_bounds_utc(datetime.fromtimestamp(now_utc, tz).date(), tz)
        # The whole day: after the clock was set back, what the history holds may lie
        # "after" now, and a bout still open there must be ended, not forgotten.
        return carryover_from_history(self.events(start, end), self.minutes(start, end))

    def day_summary(self, day: date, tz: tzinfo) -> DaySummary:
        """One local day, from minute rows, or from the kept summary once they are gone."""
        start, end = day_bounds_utc(day, tz)
        rows = self.minutes(start, end)
        if not rows:
            kept = self.db.execute(
                "SELECT CAST(summary AS BLOB) FROM day_summaries WHERE day = ?",
                (day.isoformat(),),
            ).fetchone()
            if kept is not None:
                try:
                    summary = DaySummary.from_json_dict(_json_object(kept[0]))
                    if summary.day != day.isoformat():
                        raise ValueError(f"the summary of {day} says it is {summary.day!r}")
                    return summary
                except (ValueError, AttributeError, TypeError, RecursionError):
                    self._skip("day_summaries", day.isoformat())  # the day reads as empty
        return summarize_day(day, tz, rows, self.events(start, end))

    def week_summary(self, year: int, week: int, tz: tzinfo) -> WeekSummary:
        """An ISO week of local days."""
        days = tuple(self.day_summary(d, tz) for d in iso_week_days(year, week))
        return WeekSummary(f"{year}-W{week:02d}", _tz_name(tz), days)

    # --- retention --------------------------------------------------------------------

    def apply_retention(self, now_utc: float, retention_days: float, tz: tzinfo) -> int:
        """Summarise, then delete, minute rows older than ``retention_days``. Returns rows gone.

        In this thread, in short transactions; the app uses :meth:`start_retention`.
        """
        self.flush()
        if self.read_only:
            return 0  # nothing can be deleted now; the next run catches up
        return self._retain(now_utc, retention_days, tz, None)

    def start_retention(self, now_utc: float, retention_days: float, tz: tzinfo) -> RetentionRun:
        """:meth:`apply_retention` on a thread of its own, with a connection of its own.

        Returns at once: years of unsummarised days took the tray app's GUI
        thread 9 to 11 s. The work is done in transactions of about
        ``RETENTION_BATCH_S``, with as long a pause between them, so this
        store's flush (which waits ``FLUSH_WAIT_S``) always gets the file.
        ``close()`` stops a run still at work.
        """
        self.flush()
        run = RetentionRun()
        if self.read_only:
            run.finish(0, None)  # nothing can be deleted now; the next run catches up
            return run
        if self.path is None:  # a store without a file (tests): small, done here
            run.finish(self._retain(now_utc, retention_days, tz, None), None)
            return run
        path = self.path

        def work() -> None:
            try:
                # Checked when the app opened it: not read whole again.
                store = HistoryStore(connect(path, integrity_check=False), path=path)
                try:
                    gone = store._retain(now_utc, retention_days, tz, run)
                finally:
                    store.db.close()
            except sqlite3.DatabaseError as exc:
                run.finish(None, _why_not_saved(exc)[0])
            except Exception as exc:  # never a traceback on a thread nobody reads
                run.finish(None, str(exc) or type(exc).__name__)
            else:
                run.finish(gone, None)

        self._retention = run
        run.thread = threading.Thread(target=work, name="deskguard-retention", daemon=True)
        run.thread.start()
        return run

    def _retain(
        self, now_utc: float, retention_days: float, tz: tzinfo, run: RetentionRun | None
    ) -> int:
        """The retention itself, day by day in short transactions (paused if ``run``)."""
        cutoff = now_utc - retention_days * 86400
        if not math.isfinite(cutoff) or cutoff <= _UTC_RANGE[0]:
            return 0
        last_day = datetime.fromtimestamp(min(cutoff, _UTC_RANGE[1]), tz).date()
        cut = day_bounds_utc(last_day, tz)[0]
        position, gone, finished = float(_UTC_RANGE[0]), 0, False
        while not finished and not (run is not None and run.stopping.is_set()):
            started = _time.monotonic()
            self.db.execute("BEGIN IMMEDIATE")
            try:
                while _time.monotonic() - started < RETENTION_BATCH_S:
                    day = self._next_day_with_data(position, cut, tz)
                    if day is None:
                        # Last, what no day can hold (before 1970…): gone, in batches.
                        gone += self._delete_before(cut)
                        finished = self._nothing_before(cut)
                        break
                    summary = self.day_summary(day, tz)
                    self.db.execute(
                        "INSERT OR REPLACE INTO day_summaries (day, tz, summary) VALUES (?, ?, ?)",
                        (day.isoformat(), _tz_name(tz), json.dumps(summary.to_json_dict())),
                    )
                    start, end = day_bounds_utc(day, tz)
                    gone += self.db.execute(
                        "DELETE FROM minutes WHERE minute_utc >= ? AND minute_utc < ?",
                        (start, end),
                    ).rowcount
                    self.db.execute(
                        "DELETE FROM events WHERE t_utc >= ? AND t_utc < ?", (start, end)
                    )
                    position = end
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            if run is not None:  # leave the file to the app's flush as long again
                run.stopping.wait(max(0.005, _time.monotonic() - started))
        return gone

    def _next_day_with_data(self, after_utc: float, before_utc: float, tz: tzinfo) -> date | None:
        """The local day of the first minute or event in [after, before), if any."""
        first = [
            self.db.execute(
                f"SELECT MIN({column}) FROM {table} WHERE {column} >= ? AND {column} < ?",
                (after_utc, before_utc),
            ).fetchone()[0]
            for table, column in (("minutes", "minute_utc"), ("events", "t_utc"))
        ]
        found = [t for t in first if isinstance(t, int | float)]
        return datetime.fromtimestamp(min(found), tz).date() if found else None

    def _delete_before(self, cut_utc: float) -> int:
        gone = self.db.execute(
            "DELETE FROM minutes WHERE minute_utc IN "
            "(SELECT minute_utc FROM minutes WHERE minute_utc < ? LIMIT ?)",
            (cut_utc, _RETENTION_DELETE_ROWS),
        ).rowcount
        self.db.execute(
            "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE t_utc < ? LIMIT ?)",
            (cut_utc, _RETENTION_DELETE_ROWS),
        )
        return int(gone)

    def _nothing_before(self, cut_utc: float) -> bool:
        return not any(
            self.db.execute(
                f"SELECT 1 FROM {table} WHERE {column} < ? LIMIT 1", (cut_utc,)
            ).fetchone()
            for table, column in (("minutes", "minute_utc"), ("events", "t_utc"))
        )


class RetentionRun:
    """A retention at work on its own thread (:meth:`HistoryStore.start_retention`)."""

    def __init__(self) -> None:
        """Not started yet; the store starts it."""
        self.thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self._finished = threading.Event()
        #: Minute rows summarised and deleted (None until done, or if it failed).
        self.rows_gone: int | None = None
        #: Why it failed, in words (None if it did not).
        self.error: str | None = None

    def finish(self, rows_gone: int | None, error: str | None) -> None:
        """Record the outcome (called by the run's thread)."""
        self.rows_gone, self.error = rows_gone, error
        self._finished.set()

    def done(self) -> bool:
        """Finished, well or not (never blocks)."""
        return self._finished.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for it to finish; True if it has."""
        return self._finished.wait(timeout_s)

    def stop(self, timeout_s: float = 1.0) -> None:
        """Stop after the transaction in progress (what is done stays done)."""
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(timeout_s)


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a figure")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400 parses as infinity
        raise ValueError(f"{text} is not a finite figure")
    return value


def _float_sized_int(text: str) -> int:
    value = int(text)
    if abs(value) > 2**63:  # 10**400 would raise OverflowError as float(value)
        raise ValueError(f"{text[:20]} is not a figure")
    return value


def _json_object(raw: object) -> dict[str, object]:
    """A stored JSON object; ValueError (or RecursionError when too deep) if it is not one.

    NaN, Infinity and numbers too large for a float (or an int past 2**63)
    are refused: a stored figure must be a real number.
    """
    if not isinstance(raw, bytes | str):
        raise ValueError("not text")
    parsed = json.loads(
        raw,
        parse_constant=_refuse_constant,
        parse_float=_finite_float,
        parse_int=_float_sized_int,
    )
    if not isinstance(parsed, dict):
        raise ValueError("not an object")
    return parsed


def _event_data(raw: object) -> dict[str, object]:
    if isinstance(raw, bytes) and len(raw) > _MAX_EVENT_DATA_BYTES:
        raise ValueError("event data too long")
    return _json_object(raw)


def _number(value: object, low: float, high: float) -> float:
    """``value`` if it is a real number within [low, high], else ValueError."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    if not low <= value <= high:  # NaN fails this too
        raise ValueError(f"{value!r} is out of range")
    return float(value)


def _believable(value: float | None, mean: str) -> TypeGuard[float]:
    """A measurement worth keeping: a number within what a minute's mean may be."""
    low, high = _MEAN_RANGES[mean]
    return value is not None and low <= value <= high


def _minute_row(row: tuple[object, ...]) -> MinuteRow | None:
    """A stored minute, or None if a figure in it cannot be true."""
    try:
        minute = MinuteRow(*(_number(v, -math.inf, math.inf) for v in row))  # type: ignore[arg-type]
        seconds = (minute.seated_s, minute.good_s, minute.poor_s, minute.unknown_s)
        for value in (*seconds, minute.activity_s):
            _number(value, 0.0, _MINUTE_MAX_S)
        if minute.good_s + minute.poor_s + minute.unknown_s > minute.seated_s + 0.5:
            raise ValueError("more posture time than seated time")
        if minute.activity_s > minute.seated_s + 0.5:
            raise ValueError("more activity time than seated time")
        _number(minute.minute_utc, *_UTC_RANGE)
        counts: dict[str, int] = {}
        for name in ("minute_utc", "samples", "neck_n", "distance_n", "eyes_n"):
            value = getattr(minute, name)
            if value != int(value):
                raise ValueError(f"{name} is not a whole number")
            counts[name] = int(value)
        _number(minute.samples, 0, _MAX_SAMPLES)
        for prefix, (low, high) in _MEAN_RANGES.items():
            n = _number(getattr(minute, f"{prefix}_n"), 0, _MAX_SAMPLES)
            total = getattr(minute, f"{prefix}_sum")
            _number(total, low * n, high * n)  # n = 0: the sum must be 0 too
    except (ValueError, OverflowError, TypeError):
        return None
    return replace(minute, **counts)


def _is_busy(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in (
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
    )


def _why_not_saved(exc: sqlite3.DatabaseError) -> tuple[str, str]:
    """What went wrong and what the user can do about it."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return "the disk is full", "free some disk space"
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return (
            "another program kept the file locked",
            "close the other program (another DeskGuard, a database browser)",
        )
    if code == sqlite3.SQLITE_READONLY:
        return "the file is read-only", "make the file and its folder writable"
    return str(exc), "check the disk"


def _save_problem(path: Path | None, why: tuple[str, str]) -> str:
    where = f" to {path}" if path is not None else ""
    return (
        f"The history could not be saved{where} ({why[0]}). DeskGuard keeps running, keeps "
        f"the new minutes in memory (up to a day) and tries again each minute; {why[1]}."
    )


def _calibration_not_saved(path: Path | None, why: tuple[str, str]) -> str:
    where = f" to {path}" if path is not None else ""
    return (
        f"The calibration is in use now but could not be saved{where} ({why[0]}); "
        "calibrate again once the history can be written to keep it for next time."
    )


def _split_by_minute(start_s: float, end_s: float) -> list[tuple[int, float]]:
    """(minute start, seconds) pieces of the interval (start, end]."""
    pieces = []
    t = start_s
    while t < end_s:
        minute = int(t // 60) * 60
        stop = min(end_s, minute + 60)
        pieces.append((minute, stop - t))
        t = stop
    return pieces


def _tz_name(tz: tzinfo) -> str:
    return getattr(tz, "key", None) or str(tz)
