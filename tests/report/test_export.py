"""The weekly export: CSV formula injection and never a partial file, on real files."""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskguard.core.stats import DaySummary, WeekSummary
from deskguard.report import export
from deskguard.report.export import CSV_COLUMNS, FORMULA_STARTS, csv_text, export_week, to_csv

_TEXT_COLUMNS = {"day", "screen_advice"}


def _day(**changes: object) -> DaySummary:
    base = DaySummary(
        day="2026-11-23",
        seated_s=3600.0,
        longest_bout_s=1800.0,
        bouts_over_hour=0,
        breaks=2,
        walk_reminders=1,
        walk_reminders_missed=0,
        shift_reminders=3,
        shifts_prompted=2,
        shifts_own=1,
        posture_good_s=3000.0,
        posture_poor_s=400.0,
        posture_unknown_s=200.0,
        posture_alerts=1,
        neck_flexion_mean_deg=-3.5,
        neck_flexion_by_hour={9: -3.5},
        distance_median_cm=55.0,
        eyes_above_screen_top_cm=-2.0,
        screen_advice="raise the screen",
    )
    return dataclasses.replace(base, **changes)


def _week(*days: DaySummary) -> WeekSummary:
    return WeekSummary("2026-W48", "Europe/Paris", days)


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_a_formula_in_a_text_cell_is_escaped() -> None:
    rows = _read(to_csv(_week(_day(screen_advice='=HYPERLINK("http://x","click")'))))
    advice = rows[1][[n for n, _ in CSV_COLUMNS].index("screen_advice")]
    assert advice == '\'=HYPERLINK("http://x","click")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_risky_first_character_is_escaped(start: str) -> None:
    text = csv_text(["a", "b"], [[f"{start}1+1", "fine"]])
    assert _read(text)[1] == [f"'{start}1+1", "fine"]


def test_negative_numbers_stay_numbers() -> None:
    rows = _read(to_csv(_week(_day())))
    header = rows[0]
    assert rows[1][header.index("neck_flexion_mean_deg")] == "-3.5"
    assert rows[1][header.index("eyes_above_screen_top_cm")] == "-2.0"
    assert csv_text(["x"], [["-3.5"]]) == "x\r\n'-3.5\r\n"  # the same, as text, is escaped


_number = st.integers(min_value=-(10**6), max_value=10**6) | st.floats(allow_nan=True)
_optional_number = st.none() | st.floats(allow_nan=True, allow_infinity=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.none() | st.text() | _number, min_size=3, max_size=3), max_size=8))
def test_any_cells_round_trip_without_a_formula(rows: list[list[object]]) -> None:
    text = csv_text(["t", "u", "v"], rows)
    back = _read(text)
    assert len(back) == len(rows) + 1 and all(len(r) == 3 for r in back)
    for written, read in zip(rows, back[1:], strict=True):
        for value, cell in zip(written, read, strict=True):
            if isinstance(value, str):
                assert cell == ("'" + value if value.startswith(FORMULA_STARTS) else value)
                assert not cell.startswith(FORMULA_STARTS)
            elif value is None:
                assert cell == ""
            else:
                assert isinstance(value, int | float)
                assert cell == str(value)  # a number, written as one
                if cell.startswith(FORMULA_STARTS):
                    assert math.isnan(float(cell)) or float(cell) == value


@settings(max_examples=100, deadline=None)
@given(
    day=st.text(),
    advice=st.none() | st.text(),
    neck=_optional_number,
    distance=_optional_number,
    eyes=_optional_number,
    seated=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
)
def test_any_week_round_trips_through_csv(
    day: str,
    advice: str | None,
    neck: float | None,
    distance: float | None,
    eyes: float | None,
    seated: float,
) -> None:
    days = [
        _day(
            day=day,
            screen_advice=advice,
            neck_flexion_mean_deg=neck,
            distance_median_cm=distance,
            eyes_above_screen_top_cm=eyes,
            seated_s=seated,
        )
    ] * 7
    back = _read(to_csv(_week(*days)))
    names = [n for n, _ in CSV_COLUMNS]
    assert back[0] == names and len(back) == 8
    for row in back[1:]:
        assert len(row) == len(names)
        for name, cell in zip(names, row, strict=True):
            if cell.startswith(FORMULA_STARTS):
                assert name not in _TEXT_COLUMNS
                float(cell)  # a number column, holding a number
        assert row[names.index("day")] == ("'" + day if day.startswith(FORMULA_STARTS) else day)


def test_an_interrupted_export_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "week.csv"
    out.write_text("the previous export\n")
    real_fsync = os.fsync

    def fsync_then_interrupt(fd: int) -> None:
        real_fsync(fd)
        raise KeyboardInterrupt  # as Ctrl+C would, once the bytes are on disk

    monkeypatch.setattr(os, "fsync", fsync_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        export_week(_week(_day()), "csv", out)
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["week.csv"]


def test_an_unwritable_folder_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(OSError):
        export_week(_week(_day()), "csv", blocker / "week.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_an_export_gets_the_usual_permissions(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        path = export_week(_week(_day()), "html", tmp_path / "week.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["week.html"]


def test_every_format_writes_a_whole_file(tmp_path: Path) -> None:
    week = _week(*[_day()] * 7)
    for fmt in ("csv", "json", "html"):
        path = export_week(week, fmt, tmp_path / f"week.{fmt}")
        assert path.read_bytes() == getattr(export, f"to_{fmt}")(week).encode()


def test_the_writer_replaces_only_regular_files_and_creates_no_folders(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "week.csv"
    link.symlink_to(precious)
    with pytest.raises(OSError, match="not a regular file"):
        export.write_atomically(link, "a,b\r\n")
    assert link.is_symlink() and precious.read_text() == "keep me"
    with pytest.raises(FileNotFoundError):
        export.write_atomically(tmp_path / "typo" / "week.csv", "a,b\r\n")
    assert not (tmp_path / "typo").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.txt", "week.csv"]


def test_the_report_says_which_sense_the_seated_time_came_from() -> None:
    camera_only = _day(day="2026-11-23", seated_by_camera_s=3600.0)
    mixed = _day(day="2026-11-24", seated_by_camera_s=2400.0, seated_by_activity_s=1200.0)
    page = export.to_html(_week(camera_only, mixed))
    assert page.count("from keyboard and mouse") == 1
    assert "40 min seen by the camera, 20 min from keyboard and mouse" in page
