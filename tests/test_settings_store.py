"""The settings file never stops the app: hostile files on disk, and property tests.

Every test writes a real file into the isolated config folder and reads it
with the real loader; nothing is mocked.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import stat
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskguard.core.settings import Sensitivity, Settings, parse_clock, settings_from_dict
from deskguard.settings_store import MAX_BYTES, load_settings, save_settings, settings_path


def _write(raw: bytes) -> Path:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return path


def _kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def assert_valid(s: Settings) -> None:
    """Every field has its type and lies within its declared range."""
    for f in dataclasses.fields(Settings):
        value = getattr(s, f.name)
        default = f.default
        if isinstance(default, bool):
            assert isinstance(value, bool), f.name
        elif isinstance(default, StrEnum):  # sensitivity, sensing
            assert isinstance(value, type(default)), f.name
        elif isinstance(default, float):
            assert isinstance(value, float) and math.isfinite(value), f.name
            assert f.metadata["min"] <= value <= f.metadata["max"], f.name
        elif f.metadata.get("clock"):
            assert len(value) == 5 and parse_clock(value), f.name
        elif f.name == "work_days":
            assert value and set(value) <= set("1234567")
        elif f.name == "exercise_ids":
            assert all(re.fullmatch(r"[a-z0-9_]{1,40}", i) for i in value.split(",") if i), value
        elif f.name == "language":
            assert value == "" or re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", value), value
        elif f.name == "camera":
            assert isinstance(value, str) and len(value) <= 4096 and value.isprintable()
        else:
            assert f.name == "profile"
            assert 0 < len(value) <= 40 and value.isprintable() and value == value.strip()


# --- the reported faults ----------------------------------------------------------------


def test_a_file_that_is_not_utf8_is_kept_aside_and_the_app_starts() -> None:
    path = _write('{"profile": "Büro"}'.encode("latin-1"))
    s, problems = load_settings()
    assert s == Settings()
    assert "not UTF-8" in problems[0] and "kept as settings.json.corrupt-" in problems[0]
    assert [p.read_bytes() for p in _kept(path)] == ['{"profile": "Büro"}'.encode("latin-1")]


def test_deeply_nested_json_is_kept_aside() -> None:
    path = _write(b"[" * 100_000 + b"]" * 100_000)
    s, problems = load_settings()
    assert s == Settings() and "nested too deeply" in problems[0]
    assert len(_kept(path)) == 1


def test_a_5000_digit_number_is_kept_aside() -> None:
    path = _write(b'{"break_min_s": ' + b"9" * 5000 + b"}")
    s, problems = load_settings()
    assert s == Settings() and "not valid JSON" in problems[0] and "digits" in problems[0]
    assert len(_kept(path)) == 1


def test_a_byte_order_mark_is_accepted() -> None:
    _write(b"\xef\xbb\xbf" + json.dumps({"break_min_s": 240, "sensitivity": "high"}).encode())
    s, problems = load_settings()
    assert s.break_min_s == 240.0 and s.sensitivity is Sensitivity.HIGH
    assert problems == []


def test_a_huge_file_is_not_read_whole_but_kept_aside() -> None:
    path = _write(b"{}" + b" " * (MAX_BYTES + 10))  # valid JSON, but not a settings file
    s, problems = load_settings()
    assert s == Settings() and "larger than 1 MiB, so not a settings file" in problems[0]
    assert len(_kept(path)) == 1 and not path.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_place_of_the_file_does_not_hang_the_start() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    result: list[tuple[Settings, list[str]]] = []
    reader = threading.Thread(target=lambda: result.append(load_settings()), daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the stuck reader before failing
        with open(path, "wb"):
            pass
        pytest.fail("load_settings blocked on a FIFO")
    assert result[0][0] == Settings() and "not a regular file" in result[0][1][0]


def test_kept_copies_never_overwrite_each_other() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    earlier: dict[Path, str] = {}
    for s in range(-2, 10):  # every name a move in the next seconds could pick
        stamp = (now + timedelta(seconds=s)).strftime("%Y%m%dT%H%M%SZ")
        kept = path.with_name(f"settings.json.corrupt-{stamp}")
        kept.write_text(f"earlier {s}")
        earlier[kept] = f"earlier {s}"
    for n in range(3):
        path.write_text(f"broken {n}")
        assert "kept as" in load_settings()[1][0]
    for kept, text in earlier.items():
        assert kept.read_text() == text
    contents = sorted(p.read_text() for p in _kept(path))
    assert contents == sorted([*earlier.values(), "broken 0", "broken 1", "broken 2"])


def test_a_newer_files_unknown_keys_survive_a_save() -> None:
    newer = {
        "schema_version": 2,
        "break_min_s": 240,
        "posture_coach": {"voice": "calm", "level": [1, 2]},
        "tray_style": "mono",
    }
    path = _write(json.dumps(newer).encode())
    s, problems = load_settings()
    assert s.break_min_s == 240.0
    assert any("posture_coach: unknown setting" in p for p in problems)
    save_settings(dataclasses.replace(s, break_min_s=300.0))
    saved = json.loads(path.read_text())
    assert saved["posture_coach"] == {"voice": "calm", "level": [1, 2]}
    assert saved["tray_style"] == "mono" and saved["break_min_s"] == 300.0
    assert saved["schema_version"] == 2  # so the newer version does not re-migrate them
    assert load_settings()[0].break_min_s == 300.0


def test_an_unknown_value_too_deep_to_write_does_not_stop_the_save() -> None:
    deep = "[" * 900 + "]" * 900  # parses (C reader) but is too deep for the indenting writer
    path = _write(f'{{"break_min_s": 240, "deep": {deep}, "kept": 1}}'.encode())
    s, _ = load_settings()
    save_settings(s)
    saved = json.loads(path.read_text())
    assert saved["break_min_s"] == 240


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_settings_folder_and_files_are_private() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, mode=0o755)
    os.chmod(path.parent, 0o755)
    path.write_text('{"break_min_s": 200}')
    os.chmod(path, 0o644)  # as an earlier version left it
    save_settings(Settings(break_min_s=300.0))
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name("settings.json.bak").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_settings_folder_is_created_private() -> None:
    path = save_settings(Settings())
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_huge_value_gives_a_short_message() -> None:
    _write(json.dumps({"profile": "x" * 500_000, "y" * 100_000: 1}).encode())
    s, problems = load_settings()
    assert s == Settings() and len(problems) == 2
    assert all(len(p) < len(str(settings_path())) + 200 for p in problems)


def test_many_problems_are_summarised() -> None:
    _write(json.dumps({f"key{i}": i for i in range(500)}).encode())
    _, problems = load_settings()
    assert len(problems) == 21 and problems[-1].endswith("and 480 more problems")


# --- properties -------------------------------------------------------------------------

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: json writes and reads them
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
_names = st.sampled_from([f.name for f in dataclasses.fields(Settings)] + ["schema_version"])
_values = (
    _json
    | st.integers(min_value=-(10**4000), max_value=10**4000)
    | st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, "08:00", "24:00", "8:5"])
    | st.sampled_from(["low", "medium", "high", "1234567", "", " ", "\x00", "\ud800"])
)
_settings_like = st.dictionaries(_names | st.text(), _values, max_size=12)
_quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load_bytes(raw: bytes) -> tuple[Settings, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        return load_settings(path)


@_quick
@given(st.binary(max_size=2000))
def test_any_bytes_load_to_valid_settings(raw: bytes) -> None:
    s, problems = _load_bytes(raw)
    assert_valid(s)
    assert all(isinstance(p, str) for p in problems)


@_quick
@given(_json)
def test_any_json_loads_to_valid_settings(value: Any) -> None:
    s, _ = _load_bytes(json.dumps(value).encode())
    assert_valid(s)


@_quick
@given(_settings_like)
def test_any_field_values_give_valid_settings(data: dict[str, Any]) -> None:
    s, problems = settings_from_dict(data)
    assert_valid(s)
    assert all(len(p) < 400 for p in problems)
    try:
        raw = json.dumps(data).encode()
    except ValueError:  # an int too long to write as text: settings_from_dict saw it above
        return
    s2, _ = _load_bytes(raw)
    assert_valid(s2)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_settings_like, st.integers(min_value=1, max_value=3))
def test_loaded_settings_save_and_load_back_the_same(data: dict[str, Any], bom: int) -> None:
    try:
        raw = json.dumps(data).encode()
    except ValueError:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(b"\xef\xbb\xbf" + raw if bom == 1 else raw)
        s, _ = load_settings(path)
        save_settings(s, path)
        assert load_settings(path)[0] == s
        for key, value in data.items():  # unknown keys come through the save unchanged
            if key not in {f.name for f in dataclasses.fields(Settings)} | {"schema_version"}:
                back = json.loads(path.read_text())[key]
                assert json.dumps(back, sort_keys=True) == json.dumps(value, sort_keys=True)


# --- one bad byte costs one setting, not all of them --------------------------------------


def _users_settings() -> Settings:
    """Someone who chose keyboard and mouse only, and more."""
    from deskguard.core.settings import Sensing

    return Settings(
        sensing=Sensing.ACTIVITY,
        break_min_s=240.0,
        profile="Büro",
        sensitivity=Sensitivity.HIGH,
        work_hours_only=True,
        language="de",
    )


def _damage(raw: bytes, inside: bytes, byte: bytes = b"\xff") -> bytes:
    """``raw`` with the byte in the middle of the first ``inside`` replaced by ``byte``."""
    at = raw.index(inside) + len(inside) // 2
    return raw[:at] + byte + raw[at + 1 :]


def test_one_bad_byte_keeps_every_other_setting_and_says_so() -> None:
    """The reported fault: the keyboard-and-mouse user had the camera opened after it."""
    chosen = _users_settings()
    path = save_settings(chosen)
    path.write_bytes(_damage(path.read_bytes(), b'"break_min_s": 240.0'))
    loaded, problems = load_settings()
    # The damaged setting is the default; every other one is the user's.
    assert loaded == dataclasses.replace(chosen, break_min_s=Settings().break_min_s)
    total = len(dataclasses.fields(Settings))
    assert len(problems) == 1
    assert "not UTF-8" in problems[0] and "kept as settings.json.corrupt-" in problems[0]
    assert f"{total - 1} of {total} settings were read from it" in problems[0]
    # Kept aside byte for byte, and the recovered settings written back for the next start.
    assert len(_kept(path)) == 1 and b"\xff" in _kept(path)[0].read_bytes()
    assert load_settings() == (loaded, [])


def test_a_value_cut_by_a_bad_byte_is_not_misread() -> None:
    """``240`` broken in the middle must not read as ``2``; the backup gives the last value."""
    chosen = _users_settings()
    path = save_settings(dataclasses.replace(chosen, break_min_s=300.0))
    save_settings(chosen)  # the file before it is now settings.json.bak, with 300
    path.write_bytes(_damage(path.read_bytes(), b"240.0", b"}"))  # valid UTF-8, bad JSON
    loaded, problems = load_settings()
    assert loaded.break_min_s == 300.0  # from settings.json.bak, not 2 or 40
    assert loaded == dataclasses.replace(chosen, break_min_s=300.0)
    assert "1 from settings.json.bak" in problems[0], problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(at=st.integers(min_value=0), byte=st.binary(min_size=1, max_size=1))
def test_any_single_bad_byte_loses_at_most_the_setting_it_hits(at: int, byte: bytes) -> None:
    chosen = _users_settings()
    path = save_settings(chosen)
    (path.with_name(path.name + ".bak")).unlink(missing_ok=True)
    raw = path.read_bytes()
    at %= len(raw)
    path.write_bytes(raw[:at] + byte + raw[at + 1 :])
    loaded, _ = load_settings()
    assert_valid(loaded)
    differ = [
        f.name
        for f in dataclasses.fields(Settings)
        if getattr(loaded, f.name) != getattr(chosen, f.name)
    ]
    assert len(differ) <= 1, differ  # the byte fell in one member: at most that one is lost
    for kept in _kept(path):
        kept.unlink()
    path.unlink(missing_ok=True)
