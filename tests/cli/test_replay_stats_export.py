"""A day replayed from a real clip through the whole pipeline, then its stats and exports."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli.test_cli import deskguard

TZ = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)  # a Monday, ISO week 2026-W48


def _minutes(event: dict) -> float:
    return round((event["t_s"] - START.timestamp()) / 60, 2)


@pytest.fixture(scope="module")
def replayed(models_dir: Path, datasets_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """09:00 sit 65 min, 5 min away, sit 30 min, laptop asleep 30 min, sit 20 min."""
    db = tmp_path_factory.mktemp("replay") / "history.sqlite3"
    clip = str(datasets_dir / "face-video-clips" / "single_face.mp4")  # 2.4 s long
    args = [
        "replay", f"{clip}*1625", "away:5", f"{clip}*750", "sleep:30", f"{clip}*500",
        "--start", START.isoformat(), "--tz", "Europe/Berlin", "--calibrate", "30",
        "--db", str(db),
    ]  # fmt: skip
    run = deskguard(*args, models=models_dir)
    assert run.returncode == 0, run.stderr
    return db, run, args


def _events(run) -> list[dict]:
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_the_replayed_day_gives_the_events_predicted_by_hand(replayed) -> None:
    _, run, _ = replayed
    events = _events(run)
    at = lambda kind: [_minutes(e) for e in events if e["kind"] == kind]  # noqa: E731
    assert at("bout_started") == [0.0, 70.0, 130.0]
    assert at("shift_reminder") == [12.0, 24.0, 36.0, 48.0, 82.0, 94.0, 142.0]
    assert at("walk_reminder") == [60.0]
    # Sat still for five minutes, the app looks every 10 s instead of 5 s (its live
    # cadence): a break begins when the user was last seen, 10 s before leaving.
    assert at("walk_satisfied") == [64.83]
    assert at("break_started") == [64.83, 99.83]
    reasons = [e["data"]["reason"] for e in events if e["kind"] == "break_started"]
    assert reasons == ["away", "locked"]  # the laptop asleep: a probable break
    assert at("position_changed") == []  # a man sitting still: the clip's noise is no move
    assert at("posture_alert") == [] and at("cant_see") == []
    assert "replayed 150.0 min" in run.stderr
    assert all(e["time"].startswith("2026-11-23T") for e in events)


def test_replays_are_deterministic(replayed, models_dir: Path, tmp_path: Path) -> None:
    _, first, args = replayed
    again = list(args)
    again[again.index("--db") + 1] = str(tmp_path / "other.sqlite3")
    second = deskguard(*again, models=models_dir)
    assert second.stdout == first.stdout


def test_day_stats_agree_with_the_events(replayed) -> None:
    db, _, _ = replayed
    run = deskguard(
        "stats", "--day", "2026-11-23", "--db", str(db), "--tz", "Europe/Berlin", "--json"
    )
    assert run.returncode == 0, run.stderr
    day = json.loads(run.stdout)
    # Bouts 09:00-10:04:50, 10:10-10:39:50, 11:10-11:29:50 (the last sample of each is
    # seen, every 10 s for a steady user; the time after it is not seated).
    assert day["seated_s"] == pytest.approx(
        (64 + 50 / 60 + 29 + 50 / 60 + 19 + 50 / 60) * 60, abs=1
    )
    assert day["longest_bout_s"] == pytest.approx(64 * 60 + 50, abs=1)
    assert day["bouts_over_hour"] == 1
    assert day["breaks"] == 1  # seen: the user left the chair
    assert day["probable_breaks"] == 1  # the laptop asleep 30 min: probably a break
    assert (day["walk_reminders"], day["walk_reminders_missed"]) == (1, 0)
    assert day["shift_reminders"] == 7
    assert day["posture_good_s"] == pytest.approx(day["seated_s"], abs=60)  # calibrated, upright
    assert abs(day["neck_flexion_mean_deg"]) < 3
    assert 30 < day["distance_median_cm"] < 70
    assert day["screen_advice"] == "keep"
    human = deskguard("stats", "--day", "2026-11-23", "--db", str(db), "--tz", "Europe/Berlin")
    assert "seated            1 h 54 min (longest bout 1 h 05 min, 1 over an hour)" in human.stdout
    assert "breaks            1 taken (+1 probable: screen locked or asleep)" in human.stdout


def test_exports_open_and_agree_with_stats(replayed, tmp_path: Path) -> None:
    db, _, _ = replayed
    common = ["--week", "2026-W48", "--db", str(db), "--tz", "Europe/Berlin"]
    stats = json.loads(deskguard("stats", *common, "--json").stdout)
    for fmt in ("csv", "json", "html"):
        out = tmp_path / f"week.{fmt}"
        run = deskguard("export", *common, "--format", fmt, "--out", str(out))
        assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO((tmp_path / "week.csv").read_text())))
    assert [r["day"] for r in rows] == [d["day"] for d in stats["days"]]
    assert len(rows) == 7 and rows[0]["day"] == "2026-11-23"
    assert float(rows[0]["seated_min"]) == pytest.approx(
        stats["days"][0]["seated_s"] / 60, abs=0.05
    )
    assert rows[1]["seated_min"] == "0.0" and rows[1]["neck_flexion_mean_deg"] == ""
    exported = json.loads((tmp_path / "week.json").read_text())
    assert exported == stats and exported["schema"] == "deskguard-week/1"
    page = (tmp_path / "week.html").read_text()
    parser = _Collect()
    parser.feed(page)
    assert parser.tags["svg"] == 2 and parser.tags["rect"] >= 2
    assert "1 h 54 min" in page  # the week's seated time, as stats reports it
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")


def test_bad_requests_say_what_is_wrong(tmp_path: Path, models_dir: Path) -> None:
    bad_week = deskguard(
        "export", "--week", "2026-W60", "--format", "csv", "--out", str(tmp_path / "x")
    )
    assert bad_week.returncode == 2 and "error:" in bad_week.stderr
    bad_item = deskguard(
        "replay", "nothing.mp4", "--db", str(tmp_path / "h.sqlite3"), models=models_dir
    )
    assert bad_item.returncode == 1 and "nothing.mp4: no such file" in bad_item.stderr
    bad_set = deskguard("replay", "away:1", "--set", "shift_interval_s=5", models=models_dir)
    assert bad_set.returncode == 2 and "shift_interval_s" in bad_set.stderr


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1


def test_the_html_report_is_written_in_the_language_the_app_speaks(
    replayed, tmp_path: Path
) -> None:
    """``export --format html`` follows the language setting (CSV and JSON stay for programs)."""
    import os

    from deskguard.settings_store import settings_path

    db, _, _ = replayed
    config = Path(os.environ["DESKGUARD_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / settings_path().name).write_text(json.dumps({"language": "de"}))
    common = ["--week", "2026-W48", "--db", str(db), "--tz", "Europe/Berlin"]
    out = tmp_path / "woche.html"
    run = deskguard("export", *common, "--format", "html", "--out", str(out))
    assert run.returncode == 0, run.stderr
    page = out.read_text()
    assert '<html lang="de">' in page
    assert ">Tag für Tag<" in page  # a heading, from the German catalogue
    assert ">Day by day<" not in page and "Mo. 23" in page
    csv_out = tmp_path / "woche.csv"
    assert deskguard("export", *common, "--format", "csv", "--out", str(csv_out)).returncode == 0
    assert csv_out.read_text().startswith("day,seated_min")  # column names never translated
