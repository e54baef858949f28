"""How fast the statistics read a year of history, against a naive reading in the same run.

    python benchmarks/bench_history.py [--days 365]

Builds a temporary history with a year of working days (10 h of minute rows
and a realistic number of events a day), then times a day summary and an ISO
week summary through ``HistoryStore`` (range queries on the minute key and the
event time index), and the same day summary done naively (every row read,
filtered in Python), which is what the schema's keys save.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from deskguard.core.stats import EventRow, MinuteRow, day_bounds_utc, summarize_day  # noqa: E402
from deskguard.storage.history import HistoryStore  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")


def build(store: HistoryStore, first: date, days: int) -> int:
    rng = random.Random(1)
    rows = 0
    for n in range(days):
        day = first + timedelta(days=n)
        start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=TZ).timestamp()
        minutes = []
        for m in range(600):
            seated = rng.choice((0.0, 60.0, 60.0, 60.0, 45.0))
            minutes.append(
                (
                    int(start) + 60 * m,
                    seated,
                    seated * 0.7,
                    seated * 0.2,
                    seated * 0.1,
                    12,
                    12 * rng.uniform(0, 20),
                    12,
                    12 * 55.0,
                    12,
                    12 * 3.0,
                    12,
                )
            )
        store.db.execute("BEGIN")
        store.db.executemany(
            "INSERT INTO minutes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", minutes
        )
        store.db.executemany(
            "INSERT INTO events (t_utc, kind, data) VALUES (?, ?, ?)",
            [
                (
                    start + rng.uniform(0, 36000),
                    rng.choice(
                        (
                            "shift_reminder",
                            "position_changed",
                            "bout_started",
                            "break_started",
                            "walk_reminder",
                            "posture_alert",
                        )
                    ),
                    '{"bout_s": 1800, "prompted": false}',
                )
                for _ in range(80)
            ],
        )
        store.db.execute("COMMIT")
        rows += len(minutes)
    return rows


def naive_day(store: HistoryStore, day: date) -> object:
    start, end = day_bounds_utc(day, TZ)
    minutes = [MinuteRow(*r) for r in store.db.execute("SELECT * FROM minutes")]
    events = [EventRow(t, k, {}) for _, t, k, *_ in store.db.execute("SELECT * FROM events")]
    return summarize_day(
        day,
        TZ,
        [r for r in minutes if start <= r.minute_utc < end],
        [e for e in events if start <= e.t_utc < end],
    )


def timed(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = HistoryStore.open(Path(tmp) / "history.sqlite3")
        first = date(2025, 11, 24)
        t = time.perf_counter()
        rows = build(store, first, args.days)
        built_s = time.perf_counter() - t
        size_mb = (Path(tmp) / "history.sqlite3").stat().st_size / 1e6
        probe = first + timedelta(days=args.days - 3)
        year, week, _ = probe.isocalendar()
        day_s = timed(lambda: store.day_summary(probe, TZ), 20)
        week_s = timed(lambda: store.week_summary(year, week, TZ), 10)
        naive_s = timed(lambda: naive_day(store, probe), 3)
        store.close()
    print(
        f"history benchmark: {args.days} days, {rows} minute rows, {args.days * 80} events, "
        f"{size_mb:.1f} MB (built in {built_s:.1f} s)"
    )
    print(f"  day summary   {1000 * day_s:8.2f} ms (median of 20)")
    print(f"  week summary  {1000 * week_s:8.2f} ms (median of 10)")
    print(f"  naive day     {1000 * naive_s:8.2f} ms (every row read and filtered in Python)")
    print(f"  ratio naive / keyed day summary: {naive_s / day_s:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
