"""Property tests of every numeric and date option of the command line.

For any text given to an option, ``cli.main(argv)`` (in process, the real
code, stderr captured at the file descriptor) either accepts a sane value
(finite, inside the range the help states) or exits with code 2 and a
one-line message naming the option; never a traceback. Accepted values run on
until a cheap, real end: no models here (exit 1, "not available"), or a real,
empty history for ``stats`` and ``export`` (exit 0).
"""

from __future__ import annotations

import dataclasses
import math
import re
import zoneinfo
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from deskguard import cli
from deskguard.core.settings import Settings
from deskguard.replay import MAX_GAP_MINUTES, MAX_LOOPS
from deskguard.storage.history import HistoryStore

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Command-line text: anything but NUL (an argv string cannot hold one).
ANY_TEXT = st.text(st.characters(blacklist_characters="\x00"), max_size=30)
NUMBER_TEXT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["1e-300", "1e308", "-0", "0x10", "1_000", " 5 ", "nan", "-inf", "Infinity"]),
    ANY_TEXT,
)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _whole(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """No models anywhere; an empty models folder; a real, empty history."""
    monkeypatch.delenv("DESKGUARD_MODELS", raising=False)
    (tmp_path / "models").mkdir()
    db = tmp_path / "history.sqlite3"
    store, _ = HistoryStore.open(db)
    store.close()
    return {"models": tmp_path / "models", "db": db, "out": tmp_path / "week.csv"}


class Cli:
    """``cli.main`` in process, with what it wrote at the file descriptors."""

    def __init__(self, capfd: pytest.CaptureFixture[str]) -> None:
        self.capfd = capfd

    def check(self, argv: list[str], option: str, accept: bool, accepted_code: int) -> str:
        """Run; assert the contract; return stdout."""
        self.capfd.readouterr()
        code = cli.main(argv)
        out, err = self.capfd.readouterr()
        assert "Traceback" not in err, err
        if accept:
            assert code == accepted_code, (argv, code, err)
            return out
        assert code == 2, (argv, code, err)
        lines = err.rstrip("\n").split("\n")
        assert len(lines) == 1, err
        assert "error:" in lines[0] and option in lines[0], lines[0]
        assert "\x1b" not in err  # no control character from argv reaches the terminal
        return out


@pytest.fixture
def run_cli(capfd: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capfd)


def _in(low: float, high: float, *, low_open: bool = False) -> Callable[[str], bool]:
    def ok(text: str) -> bool:
        value = _number(text)
        return value is not None and (low < value if low_open else low <= value) and value <= high

    return ok


# --- analyze and run ------------------------------------------------------------------


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="1e-300")
@example(value="nan")
@example(value="0.1")
@example(value="3600")
def test_analyze_every_s(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["analyze", "--models", str(env["models"]), f"--every-s={value}", "x.jpg"]
    accept = _in(cli.EVERY_S_MIN, cli.EVERY_S_MAX)(value)
    run_cli.check(argv, "--every-s", accept, accepted_code=1)  # 1: no models here


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="nan")
@example(value="30")
@example(value="150")
def test_analyze_fov_deg(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["analyze", "--models", str(env["models"]), f"--fov-deg={value}", "x.jpg"]
    accept = _in(cli.FOV_MIN_DEG, cli.FOV_MAX_DEG)(value)
    run_cli.check(argv, "--fov-deg", accept, accepted_code=1)


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="1e-300")
def test_run_every_s(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["run", "--models", str(env["models"]), "--source", "x.mp4", f"--every-s={value}"]
    accept = _in(cli.EVERY_S_MIN, cli.EVERY_S_MAX)(value)
    run_cli.check(argv, "--every-s", accept, accepted_code=1)


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="-3")
@example(value="0")
@example(value="1")
def test_run_count(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["run", "--models", str(env["models"]), "--source", "x.mp4", f"--count={value}"]
    n = _whole(value)
    accept = n is not None and 1 <= n <= cli.COUNT_MAX
    run_cli.check(argv, "--count", accept, accepted_code=1)


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="0.5")
@example(value="1")
@example(value="120")
def test_app_every_s_is_checked_before_anything_starts(value: str, run_cli: Cli) -> None:
    accept = _in(cli.APP_EVERY_S_MIN, cli.APP_EVERY_S_MAX)(value)
    if accept:  # accepted: main() would start the tray app, so look at the parse alone
        args = cli._build_parser().parse_args(["app", f"--every-s={value}"])
        assert math.isfinite(args.every_s)
        assert cli.APP_EVERY_S_MIN <= args.every_s <= cli.APP_EVERY_S_MAX
    else:
        run_cli.check(["app", f"--every-s={value}"], "--every-s", False, accepted_code=0)


# --- replay -----------------------------------------------------------------------------


def _replay(env: dict[str, Path], *extra: str, item: str = "away:1") -> list[str]:
    return ["replay", "--models", str(env["models"]), "--db", str(env["db"]), *extra, "--", item]


@PROPERTY
@given(value=st.one_of(NUMBER_TEXT, st.sampled_from(["max", "MAX", " max "])))
@example(value="nan")
@example(value="0")
@example(value="1000")
@example(value="1e-300")  # accepted once: the replay's sleep of 5e300 s overflowed
@example(value="0.01")
def test_replay_speed(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    accept = value.strip().lower() == "max" or _in(cli.SPEED_MIN, cli.SPEED_MAX)(value)
    run_cli.check(_replay(env, f"--speed={value}"), "--speed", accept, accepted_code=1)


@PROPERTY
@given(value=NUMBER_TEXT)
@example(value="nan")
@example(value="600")
def test_replay_calibrate(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    accept = _in(0.0, cli.CALIBRATE_MAX_S, low_open=True)(value)
    run_cli.check(_replay(env, f"--calibrate={value}"), "--calibrate", accept, accepted_code=1)


@PROPERTY
@given(value=NUMBER_TEXT)
def test_replay_loop(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    n = _whole(value)
    accept = n is not None and 1 <= n <= MAX_LOOPS
    run_cli.check(_replay(env, f"--loop={value}"), "--loop", accept, accepted_code=1)


@PROPERTY
@given(kind=st.sampled_from(["away", "sleep"]), minutes=NUMBER_TEXT)
@example(kind="sleep", minutes="9999999999")
@example(kind="away", minutes="10080")
@example(kind="away", minutes="0")
def test_replay_away_and_sleep_minutes(
    kind: str, minutes: str, env: dict[str, Path], run_cli: Cli
) -> None:
    plain = re.fullmatch(r"\d+(?:\.\d+)?", minutes) is not None
    accept = plain and 0 < float(minutes) <= MAX_GAP_MINUTES
    run_cli.check(_replay(env, item=f"{kind}:{minutes}"), "CLIP", accept, accepted_code=1)


@PROPERTY
@given(loops=NUMBER_TEXT)
def test_replay_clip_loops(loops: str, env: dict[str, Path], run_cli: Cli) -> None:
    item = f"missing.mp4*{loops}"
    if re.fullmatch(r"\d+", loops) and not 1 <= int(loops) <= MAX_LOOPS:
        run_cli.check(_replay(env, item=item), "CLIP", False, accepted_code=1)
    else:  # in range, or not a loop count at all: a file name that is not there (exit 1)
        run_cli.check(_replay(env, item=item), "CLIP", True, accepted_code=1)


def _start_ok(text: str) -> bool:
    try:
        start = datetime.fromisoformat(text.strip())
    except ValueError:
        return False
    return cli.YEAR_MIN <= start.year <= cli.YEAR_MAX


START_TEXT = st.one_of(
    st.datetimes().map(datetime.isoformat),
    st.datetimes(timezones=st.timezones()).map(datetime.isoformat),
    st.dates().map(date.isoformat),
    ANY_TEXT,
)


@PROPERTY
@given(value=START_TEXT)
@example(value="9999-12-31T23:00")
@example(value="")
def test_replay_start(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    run_cli.check(_replay(env, f"--start={value}"), "--start", _start_ok(value), accepted_code=1)


# --- stats and export: days, weeks, time zones ---------------------------------------------

ZONES = sorted(zoneinfo.available_timezones())
TZ_TEXT = st.one_of(st.sampled_from(ZONES), ANY_TEXT, st.sampled_from(["America", "", " "]))


def _tz_ok(text: str) -> bool:
    return text.strip() in ZONES


@PROPERTY
@given(value=TZ_TEXT)
@example(value="")
@example(value="America")
@example(value="Europe/Berlin")
def test_stats_tz(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["stats", "--db", str(env["db"]), "--day", "2026-11-23", f"--tz={value}", "--json"]
    out = run_cli.check(argv, "--tz", _tz_ok(value), accepted_code=0)
    if out:
        assert '"day": "2026-11-23"' in out


@PROPERTY
@given(value=TZ_TEXT)
def test_replay_tz(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    run_cli.check(_replay(env, f"--tz={value}"), "--tz", _tz_ok(value), accepted_code=1)


DAY_TEXT = st.one_of(
    st.dates().map(date.isoformat),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(0, 99999),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
    ANY_TEXT,
)


def _day_ok(text: str) -> bool:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return False
    return cli.YEAR_MIN <= day.year <= cli.YEAR_MAX


@PROPERTY
@given(value=DAY_TEXT)
@example(value="9999-12-31")
@example(value="")
@example(value="1970-01-01")
@example(value="2100-12-31")
def test_stats_day(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["stats", "--db", str(env["db"]), "--tz", "UTC", f"--day={value}", "--json"]
    run_cli.check(argv, "--day", _day_ok(value), accepted_code=0)


WEEK_TEXT = st.one_of(
    st.builds(lambda y, w: f"{y:04d}-W{w:02d}", st.integers(0, 99999), st.integers(0, 60)),
    st.dates().map(lambda d: "{}-W{:02d}".format(*d.isocalendar()[:2])),
    ANY_TEXT,
)


def _week_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{4})-W(\d{2})", text.strip(), re.IGNORECASE)
    if not m:
        return False
    year, week = int(m.group(1)), int(m.group(2))
    if not cli.YEAR_MIN <= year <= cli.YEAR_MAX:
        return False
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return False
    return True


@PROPERTY
@given(value=WEEK_TEXT)
@example(value="9999-W52")
@example(value="")
@example(value="2026-W53")
@example(value="2026-W48")
def test_stats_week(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["stats", "--db", str(env["db"]), "--tz", "UTC", f"--week={value}", "--json"]
    out = run_cli.check(argv, "--week", _week_ok(value), accepted_code=0)
    if out:
        assert out.count('"day":') == 7


@PROPERTY
@given(value=WEEK_TEXT)
@example(value="9999-W52")
def test_export_week(value: str, env: dict[str, Path], run_cli: Cli) -> None:
    argv = ["export", "--db", str(env["db"]), "--tz", "UTC", f"--week={value}"]
    argv += ["--format", "csv", "--out", str(env["out"])]
    run_cli.check(argv, "--week", _week_ok(value), accepted_code=0)
    if _week_ok(value):
        assert len(env["out"].read_text().splitlines()) == 8  # a header and seven days


SETTING_NAMES = [f.name for f in dataclasses.fields(Settings)]
#: Valid JSON that Python will not read: too many digits, too deep (both were tracebacks).
JSON_TOO_BIG = st.one_of(
    st.integers(4301, 6000).map(lambda n: "9" * n),
    st.integers(4301, 6000).map(lambda n: "-0." + "1" * n + "e" + "9" * n),
    st.integers(1100, 6000).map(lambda n: "[" * n + "]" * n),
    st.integers(1100, 6000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(1100, 6000).map(lambda n: "[" * n),  # never closed
)
SET_TEXT = st.one_of(NUMBER_TEXT, JSON_TOO_BIG, st.sampled_from(["true", "null", '"x"', "[]"]))


@PROPERTY
@given(key=st.sampled_from(SETTING_NAMES), value=SET_TEXT)
@example(key="sample_interval_s", value="NaN")
@example(key="sample_interval_s", value="30")
@example(key="sample_interval_s", value="9" * 5000)
@example(key="walk_after_s", value="[" * 5000 + "]" * 5000)
@example(key="work_days", value="9" * 5000)
def test_set_any_setting(key: str, value: str, env: dict[str, Path], run_cli: Cli) -> None:
    # Settings have their own ranges (core/settings.py); the contract is the same.
    argv = _replay(env, "--set", f"{key}={value}")
    run_cli.capfd.readouterr()
    code = cli.main(argv)
    _, err = run_cli.capfd.readouterr()
    assert "Traceback" not in err
    assert code in (1, 2)
    if code == 2:
        lines = err.rstrip("\n").split("\n")
        assert len(lines) == 1 and key in lines[0] and len(lines[0]) < 400, err


@PROPERTY
@given(
    day=st.dates(date(cli.YEAR_MIN, 1, 1), date(cli.YEAR_MAX, 12, 31)),
    tz=st.sampled_from(ZONES),
    weekly=st.booleans(),
)
@example(day=date(1970, 1, 1), tz="Pacific/Kiritimati", weekly=True)
@example(day=date(2100, 12, 31), tz="Etc/GMT+12", weekly=True)
def test_every_accepted_day_and_week_works_in_every_zone(
    day: date, tz: str, weekly: bool, env: dict[str, Path], run_cli: Cli
) -> None:
    year, week, _ = day.isocalendar()
    when = ["--week", f"{year}-W{week:02d}"] if weekly else ["--day", day.isoformat()]
    if weekly and not cli.YEAR_MIN <= year <= cli.YEAR_MAX:
        return  # 1970-01-01 is in ISO week 1970-W01, but 2100-12-31 may be in 2101-W01
    argv = ["stats", "--db", str(env["db"]), "--tz", tz, *when, "--json"]
    run_cli.check(argv, "", True, accepted_code=0)
