"""Screen sharing: Mutter's sessions on a real bus; PipeWire's graph at the interface
(no PipeWire here), from the nodes pw-dump lists while a call shares the screen."""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from deskguard.sensing import calls, find_call_signals
from deskguard.sensing.calls import (
    casts_the_screen,
    mutter_screencast_active,
    pipewire_has,
    pipewire_nodes,
    records_a_microphone,
)


def test_a_mutter_screen_cast_session(fake_services) -> None:
    change = fake_services(screencast_sessions=[])
    [share] = [s for s in find_call_signals() if s.key == "screen_share"]
    assert share.name == "GNOME Mutter screen-cast session"
    assert share.active() is False

    change(screencast_sessions=["u2"])
    deadline = time.monotonic() + 5
    while share.active() is not True:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    change(screencast_sessions=[])
    while share.active() is not False:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_without_mutter_it_cannot_tell(private_bus: str) -> None:
    assert mutter_screencast_active() is None


def node(node_id: int, state: str, **props: object) -> dict:
    return {
        "id": node_id,
        "type": "PipeWire:Interface:Node",
        "version": 3,
        "permissions": ["r", "w", "x", "m"],
        "info": {"max-input-ports": 0, "state": state, "error": None, "props": props},
    }


# What pw-dump lists in a browser call on GNOME: the camera, the microphone, the
# call's capture of both, the screen cast and its consumer, a level meter, and a
# recording of what plays (other object types are left out but one, the first).
DUMP = [
    {"id": 0, "type": "PipeWire:Interface:Core", "info": {"name": "pipewire-0"}},
    node(40, "suspended", **{"media.class": "Video/Source", "device.api": "v4l2"}),
    node(41, "running", **{"media.class": "Audio/Source", "node.name": "alsa_input.usb"}),
    node(50, "running", **{"media.class": "Stream/Input/Audio", "media.name": "RecordStream"}),
    node(
        51,
        "running",
        **{
            "media.class": "Stream/Output/Video",
            "media.name": "meta-screen-cast-src",
            "node.name": "gnome-shell",
        },
    ),
    node(52, "running", **{"media.class": "Stream/Input/Video", "node.name": "webrtc-consume"}),
    node(53, "running", **{"media.class": "Stream/Input/Audio", "media.name": "Peak detect"}),
    node(
        54,
        "running",
        **{"media.class": "Stream/Input/Audio", "stream.capture.sink": True},
    ),
    node(55, "paused", **{"media.class": "Stream/Input/Audio", "media.name": "idle tab"}),
    {"id": 56, "type": "PipeWire:Interface:Node", "info": None},  # a node just removed
]


def nodes_with(*ids: int) -> list[dict]:
    return pipewire_nodes(json.dumps([o for o in DUMP if o["id"] in ids]))


def test_pipewire_nodes_are_read() -> None:
    nodes = pipewire_nodes(json.dumps(DUMP))
    assert [n["props"].get("media.class") for n in nodes] == [
        "Video/Source",
        "Audio/Source",
        "Stream/Input/Audio",
        "Stream/Output/Video",
        "Stream/Input/Video",
        "Stream/Input/Audio",
        "Stream/Input/Audio",
        "Stream/Input/Audio",
    ]


def test_a_call_recording_the_microphone() -> None:
    assert [n for n in nodes_with(50) if records_a_microphone(n)]
    # A level meter, a recording of what plays, a paused tab: no call.
    assert not [n for n in nodes_with(40, 41, 53, 54, 55) if records_a_microphone(n)]


def test_screen_casts_of_each_compositor() -> None:
    assert [n for n in nodes_with(51) if casts_the_screen(n)]
    kwin = node(
        60,
        "running",
        **{"media.class": "Stream/Output/Video", "media.name": "kwin-screencast-eDP-1"},
    )
    wlroots = node(61, "paused", **{"media.class": "Video/Source", "node.name": "xdpw-stream"})
    assert all(casts_the_screen(n) for n in pipewire_nodes(json.dumps([kwin, wlroots])))
    # The camera and the call's consumer of the cast are not casts themselves.
    assert not [n for n in nodes_with(40, 52) if casts_the_screen(n)]


def test_one_dump_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = subprocess.CompletedProcess(["pw-dump"], 0, json.dumps(DUMP), "")
    monkeypatch.setattr(calls, "run", lambda argv: answer)
    assert pipewire_has(casts_the_screen) is True
    assert pipewire_has(records_a_microphone) is True
    monkeypatch.setattr(calls, "run", lambda argv: None)  # pw-dump timed out
    assert pipewire_has(casts_the_screen) is None
