"""Every column of every table of a real history holding what a damaged or hand-edited file can.

Hypothesis writes NaN, infinities, huge and negative numbers, text, blobs,
text that is not UTF-8, bad dates and JSON that is deep, huge or not ours
straight into a real history with sqlite3, then reads it as the app's start
(today, the calibration, the profiles), ``stats`` and ``export`` do. Nothing
may raise, every figure is finite and believable, and a value that no row can
hold is counted as a skipped row.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import tempfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskguard.storage.history import HistoryStore
from tests.scripted_day import TZ
from tests.storage.histories import NOW_UTC, real_week, stats_and_exports

#: Nothing a week holds is larger: a week of seconds, with room.
MAX_FIGURE = 8 * 86_400
#: Figures that may be negative (degrees past neutral, eyes below the screen's top).
SIGNED = {"neck_flexion_mean_deg", "eyes_above_screen_top_cm"}


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="deskguard-fuzz-"))
    return real_week(folder / "history.sqlite3")


@cache
def _columns() -> list[tuple[str, str]]:
    db = sqlite3.connect(_template())
    tables = ("minutes", "events", "day_summaries", "baselines")
    found = [(t, r[1]) for t in tables for r in db.execute(f"PRAGMA table_info({t})")]
    db.close()
    return found


class Big(str):
    """A long text that prints short (hypothesis shows the values it tried)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Big({str.__repr__(self[:12])}... {len(self)} chars)"


def _deep(depth: int) -> str:
    return Big("[" * depth + "]" * depth)


#: Values no row can hold where a number belongs: always counted when read.
IMPOSSIBLE = st.sampled_from(
    [math.inf, -math.inf, 1e300, -1e300, -1.0, 2**63 - 1, -(2**63), "abc", "", "12:00", b"\xff",
     b"", 1e-300 * -1]
)  # fmt: skip
JSON_TEXT = st.one_of(
    st.sampled_from(
        ["NaN", "Infinity", "-1e400", "1e400", "{", "[]", "null", '"2026-13-45"', "{}",
         '{"day": "not a date"}', '{"bout_s": NaN}', _deep(100_000), Big('{"a":' * 50_000)]
    ),
    st.recursive(
        st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=8,
    ).map(lambda v: json.dumps(v)),
)  # fmt: skip
ANY_VALUE = st.one_of(
    IMPOSSIBLE,
    JSON_TEXT,
    st.floats(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.binary(max_size=8),
    st.text(max_size=8),
    st.sampled_from(["2026-11-23", "not a date", "2026-02-30", "away", "break_started"]),
    st.none(),
)


def _summary_field_edit(field: str, raw: str) -> str:
    """The kept summary with one field replaced by raw JSON text (NaN, 1e400 as they come)."""
    db = sqlite3.connect(_template())
    (summary,) = db.execute("SELECT summary FROM day_summaries").fetchone()
    db.close()
    return Big(json.dumps({**json.loads(summary), field: "@"}).replace('"@"', raw))


SUMMARY_VALUE = st.one_of(
    JSON_TEXT,
    st.floats().map(json.dumps),
    st.integers().map(json.dumps),
    st.text(max_size=8).map(json.dumps),
)
EDIT = st.one_of(
    st.tuples(st.sampled_from(_columns()), ANY_VALUE, st.integers(0, 10_000)),
    st.tuples(
        st.just(("day_summaries", "summary")),
        st.builds(
            _summary_field_edit,
            st.sampled_from(["seated_s", "breaks", "day", "neck_flexion_by_hour", "screen_advice",
                             "longest_bout_s", "distance_median_cm", "exercises"]),
            SUMMARY_VALUE,
        ),
        st.just(0),
    ),
)  # fmt: skip


NEVER_A_MINUTE = (math.inf, -math.inf, 1e300, -1e300, 2**63 - 1, -(2**63))


def _edit(path: Path, table: str, column: str, value: Any, pick: int) -> int | None:
    """Write ``value`` into one row of ``table``: its rowid, None if SQLite refuses it."""
    db = sqlite3.connect(path)
    try:
        rows = [r[0] for r in db.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
        if not rows:
            return None
        rowid = rows[pick % len(rows)]
        if isinstance(value, bytes) and value.startswith(b"\xff") and column != "summary":
            db.execute(
                f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE rowid = ?", (value, rowid)
            )
        else:
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
        db.commit()
        return rowid
    except (sqlite3.IntegrityError, sqlite3.OperationalError, OverflowError):
        return None  # NOT NULL, a key that must be an integer: not a value a file holds
    finally:
        db.close()


def _check_figures(document: Any, where: str = "") -> None:
    if isinstance(document, dict):
        for key, value in document.items():
            _check_figures(value, key if key not in map(str, range(24)) else "by_hour")
    elif isinstance(document, list):
        for value in document:
            _check_figures(value, where)
    elif isinstance(document, int | float) and not isinstance(document, bool):
        assert math.isfinite(document), (where, document)
        low = -MAX_FIGURE if where in SIGNED or where == "by_hour" else 0
        assert low <= document <= MAX_FIGURE, (where, document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(EDIT, min_size=1, max_size=3))
def test_no_value_in_any_column_crashes_a_command_or_leaks_into_a_figure(
    edits: list[tuple[tuple[str, str], Any, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        shutil.copyfile(_template(), path)
        written: dict[tuple[str, str, int], Any] = {}  # the last value of each cell edited
        for (table, column), value, pick in edits:
            rowid = _edit(path, table, column, value, pick)
            if rowid is not None:
                written[table, column, rowid] = value
        # A number column of a minute holding one of these is damaged wherever it is read;
        # unless a minute's time was edited too: its row may have moved out of every week
        # read (minute_utc is the rowid), and is then never read at all.
        moved = any(t == "minutes" and c == "minute_utc" for t, c, _ in written)
        impossible = not moved and any(
            table == "minutes"
            and column != "minute_utc"
            and (value in NEVER_A_MINUTE or (isinstance(value, bytes | str) and value != "12"))
            for (table, column, _), value in written.items()
        )
        store, _ = HistoryStore.open(path)
        carried = store.carryover(NOW_UTC, TZ)
        for figure in (carried.seated_today_s, carried.bout_start_s, carried.last_seen_s):
            assert figure is None or (math.isfinite(figure) and figure >= 0)
        assert 0 <= carried.seated_today_s <= 86_400
        store.latest_baseline()
        store.profiles()
        week = store.week_summary(2026, 48, TZ)
        _check_figures(week.to_json_dict())
        store.day_summary(date(2026, 11, 23), TZ)
        if impossible:
            assert store.skipped_rows >= 1
        store.close()
        for document in stats_and_exports(path, Path(folder)):
            if isinstance(document, str):
                for token in ("nan", "inf"):
                    assert token not in document.lower().replace("info", ""), document
                if document.lstrip().startswith("{"):
                    _check_figures(json.loads(document))
            else:
                _check_figures(document)
