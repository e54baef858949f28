"""The microphone sign on a real PulseAudio server: parecord records, or does not."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from deskguard.sensing import calls, find_call_signals
from deskguard.sensing.calls import (
    pactl_source_outputs,
    pulse_microphone_in_use,
)
from tests.sensing.conftest import need, wait_for


@pytest.fixture
def pulse(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A PulseAudio server of this test: a "speakers" null sink and a "mic" null source."""
    daemon_path = need("pulseaudio")
    need("pactl")
    # A short folder: the server's socket path must fit in 108 bytes.
    with tempfile.TemporaryDirectory(prefix="dg-pa-") as runtime:
        Path(runtime).chmod(0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
        monkeypatch.setenv("HOME", runtime)  # its cookie and state stay in there
        monkeypatch.delenv("PULSE_SERVER", raising=False)
        daemon = subprocess.Popen(
            [
                daemon_path,
                "--daemonize=no",
                "--exit-idle-time=-1",
                "-n",  # no default.pa: only the modules below
                "--use-pid-file=no",
                "--disable-shm=yes",
                "--load=module-native-protocol-unix auth-anonymous=1",
                "--load=module-null-sink sink_name=speakers",
                "--load=module-null-source source_name=mic",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(lambda: subprocess.run(["pactl", "info"], capture_output=True).returncode == 0)
            yield
        finally:
            daemon.terminate()
            daemon.wait(timeout=10)


@pytest.fixture
def record() -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start parecord on a device; all are stopped after the test."""
    recorders: list[subprocess.Popen[bytes]] = []

    def start(device: str, *options: str) -> subprocess.Popen[bytes]:
        recorder = subprocess.Popen(
            [need("parecord"), f"--device={device}", *options, "/dev/null"],
            stderr=subprocess.DEVNULL,
        )
        recorders.append(recorder)
        wait_for(lambda: "Source Output #" in pactl("list", "source-outputs"))
        return recorder

    yield start
    for recorder in recorders:
        recorder.kill()
        recorder.wait(timeout=10)


def pactl(*args: str) -> str:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, check=True).stdout


def stop(recorder: subprocess.Popen[bytes]) -> None:
    recorder.kill()
    recorder.wait(timeout=10)
    wait_for(lambda: "Source Output #" not in pactl("list", "source-outputs"))


def test_recording_the_microphone_is_a_call(pulse: None, record) -> None:
    [microphone] = [s for s in find_call_signals() if s.key == "microphone"]
    assert microphone.name == "microphone in use (pactl source outputs)"
    assert microphone.active() is False

    recorder = record("mic")
    assert microphone.active() is True
    stop(recorder)
    assert microphone.active() is False


def test_recording_what_plays_is_no_call(pulse: None, record) -> None:
    record("speakers.monitor")
    assert pulse_microphone_in_use() is False


def test_a_level_meter_is_no_call(pulse: None, record) -> None:
    record("mic", "--stream-name=Peak detect")
    assert pulse_microphone_in_use() is False


def test_without_a_server_it_cannot_tell(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # nobody's socket: nor is one started
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    assert pulse_microphone_in_use() is None
    assert not (tmp_path / "pulse").exists()


PACTL_OUTPUT = """\
Source Output #12
\tDriver: protocol-native.c
\tOwner Module: 10
\tClient: 31
\tSource: 2
\tCorked: yes
\tProperties:
\t\tmedia.name = "RecordStream"
\t\tapplication.name = "Firefox"
Source Output #13
\tDriver: protocol-native.c
\tSource: 1
\tCorked: no
\tProperties:
\t\tmedia.name = "Peak detect"
\t\tapplication.id = "org.PulseAudio.pavucontrol"
"""


def test_the_listing_is_read_field_by_field() -> None:
    assert pactl_source_outputs(PACTL_OUTPUT) == [
        {
            "Driver": "protocol-native.c",
            "Owner Module": "10",
            "Client": "31",
            "Source": "2",
            "Corked": "yes",
            "media.name": "RecordStream",
            "application.name": "Firefox",
        },
        {
            "Driver": "protocol-native.c",
            "Source": "1",
            "Corked": "no",
            "media.name": "Peak detect",
            "application.id": "org.PulseAudio.pavucontrol",
        },
    ]
    assert pactl_source_outputs("") == []


def test_paused_streams_and_meters_are_no_call(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    answers = {
        ("pactl", "list", "source-outputs"): PACTL_OUTPUT,
        ("pactl", "list", "short", "sources"): "1\tmic\tx\n2\tspeakers.monitor\tx\n",
    }

    def pactl_answers(argv: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(argv, 0, answers[tuple(argv)], "")

    monkeypatch.setattr(calls, "run", pactl_answers)
    assert pulse_microphone_in_use() is False
    answers[("pactl", "list", "source-outputs")] = PACTL_OUTPUT.replace("Corked: yes", "Corked: no")
    assert pulse_microphone_in_use() is False  # it records the speakers' monitor
    answers[("pactl", "list", "short", "sources")] = "2\tmic\tx\n"
    assert pulse_microphone_in_use() is True
