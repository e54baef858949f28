"""Signs that the user is in a call or must not be disturbed, where the desktop tells.

Each sign is a :class:`Signal` (a :class:`~deskguard.sensing.CallSignal`) whose
``active()`` is True, False, or None when it cannot tell right now; it never
raises. Every subprocess has a timeout, a bound on its output and no shell. What is covered:

- ``microphone``: a program records from a real source (not a ``.monitor``,
  which records what plays) through PulseAudio or PipeWire's pulse server
  (``pactl list source-outputs``), or through PipeWire alone (``pw-dump``).
  Level meters (pavucontrol's, GNOME's and KDE Plasma's, by stream name or
  application id) and paused (corked) streams do not count.
- ``screen_share``: GNOME's Mutter has a screen-cast session (its D-Bus
  objects under ``/org/gnome/Mutter/ScreenCast/Session``), or, elsewhere, a
  PipeWire screen-cast stream exists (``pw-dump``: the video stream Mutter or
  KWin produce, xdg-desktop-portal-wlr's ``xdpw-stream``). Plain X11 sharing
  (an app reading the screen itself) leaves no trace anyone can read.
- ``fullscreen``: on X11, the active window is full screen (see
  :class:`~deskguard.sensing._x11.X11Windows`). Wayland shows no client
  other clients' windows, so there is no such sign there.
- ``dnd``: Do Not Disturb of the notification server that runs: dunst's
  pause, GNOME's hidden banners (``show-banners`` false), xfce4-notifyd's
  ``/do-not-disturb``, or any server's ``Inhibited`` property (KDE).

Windows and macOS offer no simple way to read any of these without extra
libraries (the microphone's users, Focus Assist and Focus are private or need
COM/Objective-C bridges), so there :func:`find_call_signals` returns nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from deskguard.sensing import CallSignal, _dbus, _helper
from deskguard.sensing._x11 import X11Windows, XlibUnavailable

#: The longest a helper program may take; past that, the sign cannot tell now.
TIMEOUT_S = 2.0


@dataclass
class Signal:
    """A :class:`~deskguard.sensing.CallSignal` made of a key, a name and a reader.

    Attributes:
        key: "microphone", "screen_share", "fullscreen" or "dnd".
        name: What it reads, for the log and ``doctor``.
        read: Gives True, False or None (cannot tell now); may raise, which counts as None.

    """

    key: str
    name: str
    read: Callable[[], bool | None]

    def active(self) -> bool | None:
        """Whether the sign is there now; None if it cannot tell (never raises)."""
        try:
            return self.read()
        except Exception:  # a sign that fails must never stop the app
            return None


def run(argv: list[str]) -> _helper.Finished | None:
    """Run a helper in the C locale (its output is parsed); None if it cannot run in time.

    Its output is bounded (:mod:`deskguard.sensing._helper`): one that floods is stopped.
    """
    return _helper.run(argv, timeout_s=TIMEOUT_S, env={**os.environ, "LC_ALL": "C"})


# -- microphone: PulseAudio (or PipeWire's pulse server) ---------------------------------

#: Recording streams that only draw a level meter. Mixers name them "Peak detect",
#: translated by some, so their application ids count too: pavucontrol's, and GNOME's
#: (its Settings and Shell's libgvc); KDE Plasma's meter has its own name.
METER_STREAM_NAMES = frozenset({"Peak detect", "PlasmaPA-VolumeMeter"})
METER_APPLICATION_IDS = frozenset({"org.PulseAudio.pavucontrol", "org.gnome.VolumeControl"})

_FIELD = re.compile(r"^\t([A-Z][\w ]*): (.*)$")
_PROPERTY = re.compile(r'^\t\t([\w.\-]+) = "(.*)"$')


def pactl_source_outputs(text: str) -> list[dict[str, str]]:
    """The recording streams in ``pactl list source-outputs``: fields and properties by name."""
    streams = []
    for block in re.split(r"^Source Output #", text, flags=re.MULTILINE)[1:]:
        stream: dict[str, str] = {}
        for line in block.splitlines():
            match = _FIELD.match(line) or _PROPERTY.match(line)
            if match:
                stream[match.group(1)] = match.group(2)
        streams.append(stream)
    return streams


def is_level_meter(properties: dict[str, str]) -> bool:
    """Whether a recording stream only shows a level meter (a mixer's, the settings')."""
    return (
        properties.get("media.name") in METER_STREAM_NAMES
        or properties.get("application.id") in METER_APPLICATION_IDS
    )


def pulse_server_present() -> bool:
    """Whether a pulse server listens (asking without one would start PulseAudio)."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "pulse" / "native").exists()


def pulse_microphone_in_use() -> bool | None:
    """Whether a program records from a real source through the pulse server."""
    if not pulse_server_present():
        return None
    listed = run(["pactl", "list", "source-outputs"])
    if listed is None or listed.returncode != 0:
        return None
    streams = [
        s
        for s in pactl_source_outputs(listed.stdout)
        if s.get("Corked") != "yes" and not is_level_meter(s)
    ]
    if not streams:
        return False
    sources = run(["pactl", "list", "short", "sources"])
    if sources is None or sources.returncode != 0:
        return None
    names = dict(line.split("\t")[:2] for line in sources.stdout.splitlines() if "\t" in line)
    # A stream whose source vanished meanwhile counts: better quiet than rude.
    return any(not names.get(s.get("Source", ""), "").endswith(".monitor") for s in streams)


# -- PipeWire alone: pw-dump ---------------------------------------------------------------


def pipewire_nodes(dump: str) -> list[dict[str, Any]]:
    """The nodes in ``pw-dump``'s JSON, each as ``{"state": …, "props": {…}}``."""
    nodes = []
    for item in json.loads(dump):
        info = item.get("info")
        if item.get("type") == "PipeWire:Interface:Node" and isinstance(info, dict):
            nodes.append({"state": info.get("state"), "props": info.get("props") or {}})
    return nodes


def records_a_microphone(node: dict[str, Any]) -> bool:
    """A running audio capture stream, not of what plays (a sink's monitor) nor a meter."""
    props = node["props"]
    return (
        props.get("media.class") == "Stream/Input/Audio"
        and node["state"] == "running"
        and str(props.get("stream.capture.sink", "false")).lower() != "true"
        and not is_level_meter(props)
    )


def casts_the_screen(node: dict[str, Any]) -> bool:
    """A screen-cast stream: a video stream a compositor produces, or the wlroots portal's."""
    props = node["props"]
    return props.get("media.class") == "Stream/Output/Video" or str(
        props.get("node.name", "")
    ).startswith("xdpw-stream")


def pipewire_has(kind: Callable[[dict[str, Any]], bool]) -> bool | None:
    """Whether PipeWire has a node of this kind now (one ``pw-dump``)."""
    dumped = run(["pw-dump"])
    if dumped is None or dumped.returncode != 0:
        return None
    return any(kind(node) for node in pipewire_nodes(dumped.stdout))


# -- screen share: GNOME Mutter's screen-cast sessions ------------------------------------

MUTTER_SCREENCAST = "org.gnome.Mutter.ScreenCast"
_CHILD_NODE = re.compile(r'<node name="[^"]+"')


def mutter_screencast_active() -> bool | None:
    """Whether Mutter has a screen-cast session (its objects exist only while one runs)."""
    sessions = _dbus.call(
        MUTTER_SCREENCAST,
        "/org/gnome/Mutter/ScreenCast/Session",
        "org.freedesktop.DBus.Introspectable.Introspect",
    )
    if sessions is not None:
        return _CHILD_NODE.search(sessions) is not None
    # No Session object at all is no session, as long as the service itself answers.
    service = _dbus.call(
        MUTTER_SCREENCAST,
        "/org/gnome/Mutter/ScreenCast",
        "org.freedesktop.DBus.Introspectable.Introspect",
    )
    return False if service is not None else None


# -- Do Not Disturb ------------------------------------------------------------------------

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")


def notification_server() -> str:
    """What ``GetServerInformation`` says about the running server, lower case; "" if none."""
    reply = _dbus.call(*NOTIFICATIONS, "org.freedesktop.Notifications.GetServerInformation")
    return (reply or "").lower()


def dunst_paused() -> bool | None:
    """Dunst's pause (what ``dunstctl is-paused`` reads)."""
    return _dbus.first_boolean(
        _dbus.get_property(*NOTIFICATIONS, "org.dunstproject.cmd0", "paused")
    )


def notifications_inhibited() -> bool | None:
    """The server's ``Inhibited`` property (KDE Plasma's Do Not Disturb, among others)."""
    return _dbus.first_boolean(
        _dbus.get_property(*NOTIFICATIONS, "org.freedesktop.Notifications", "Inhibited")
    )


def gnome_banners_hidden() -> bool | None:
    """GNOME's Do Not Disturb: the notification banners are switched off."""
    done = run(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
    if done is None or done.returncode != 0:
        return None
    shown = _dbus.first_boolean(done.stdout)
    return None if shown is None else not shown


def xfce_do_not_disturb() -> bool | None:
    """xfce4-notifyd's ``/do-not-disturb`` (never set means off)."""
    done = run(["xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb"])
    if done is None:
        return None
    if done.returncode != 0:
        return False if "does not exist" in done.stdout + done.stderr else None
    return _dbus.first_boolean(done.stdout)


# -- finding what can be read here -----------------------------------------------------------


def _wayland() -> bool:
    session_type = os.environ.get("XDG_SESSION_TYPE", "")
    return session_type == "wayland" or (
        bool(os.environ.get("WAYLAND_DISPLAY")) and session_type != "x11"
    )


def _microphone_candidates() -> Iterator[Signal]:
    if shutil.which("pactl"):
        yield Signal(
            "microphone", "microphone in use (pactl source outputs)", pulse_microphone_in_use
        )
    if shutil.which("pw-dump"):
        yield Signal(
            "microphone",
            "microphone in use (PipeWire capture streams)",
            lambda: pipewire_has(records_a_microphone),
        )


def _screen_share_candidates(bus: bool) -> Iterator[Signal]:
    if bus:
        yield Signal("screen_share", "GNOME Mutter screen-cast session", mutter_screencast_active)
    if shutil.which("pw-dump"):
        yield Signal(
            "screen_share",
            "screen cast (PipeWire screen-cast streams)",
            lambda: pipewire_has(casts_the_screen),
        )


def _fullscreen_candidates() -> Iterator[Signal]:
    display = os.environ.get("DISPLAY")
    if not display or _wayland():
        return
    try:
        windows = X11Windows(display)
    except XlibUnavailable:
        return
    yield Signal("fullscreen", "full-screen window (X11)", windows.active_window_is_fullscreen)


def _dnd_candidates(bus: bool) -> Iterator[Signal]:
    if not bus:
        return
    server = notification_server()
    if "dunst" in server:
        yield Signal("dnd", "dunst paused", dunst_paused)
    if "gnome" in server and shutil.which("gsettings"):
        yield Signal("dnd", "GNOME notification banners off", gnome_banners_hidden)
    if "xfce" in server and shutil.which("xfconf-query"):
        yield Signal("dnd", "xfce4-notifyd Do Not Disturb", xfce_do_not_disturb)
    yield Signal("dnd", "notifications inhibited (freedesktop Inhibited)", notifications_inhibited)


def find_call_signals() -> list[CallSignal]:
    """The call signals that can be read here: for each key, the first whose first read works.

    A service that starts later (a sound server at login) is found by calling
    this again. Empty on Windows and macOS (see the module's docstring).
    """
    if sys.platform in ("win32", "darwin"):
        return []
    bus = _dbus.session_bus_present() and _dbus.tool() is not None
    found: list[CallSignal] = []
    for candidates in (
        _microphone_candidates(),
        _screen_share_candidates(bus),
        _fullscreen_candidates(),
        _dnd_candidates(bus),
    ):
        signal = next((s for s in candidates if s.active() is not None), None)
        if signal is not None:
            found.append(signal)
    return found
