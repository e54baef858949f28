"""Linux notifications with actions: Done / Snooze 10 min / Skip on a reminder.

The desktop's notification server (``org.freedesktop.Notifications`` on the
session bus) is asked over Qt's D-Bus what it can do (``GetCapabilities``);
without "actions" this notifier is not used and the plain plyer one is
(``notify.notifier.first_available``).

The notification itself is sent by libnotify's ``notify-send``, run as a
``QProcess``: Qt's event loop hears it finish, so the GUI thread never waits
for the server. WORKAROUND: ``Notify`` takes a uint32 (``replaces_id``) and
PySide6's QtDBus marshals every Python int as an int32 or int64, which a
server refuses (dunst: "Type of message, (sisssasa{sv}i), does not match
expected type (susssasa{sv}i)"). The server sends ``ActionInvoked`` to the
connection that sent the notification only, so the sender must be the one
to wait for the answer: ``notify-send --action`` waits, and prints the name
of the action chosen. A reminder's answer is emitted as ``answered``; the
app hands it to the controller.

Each server shows them its way: GNOME Shell shows three buttons at most, so
there Skip gives way (closing skips too) and "Show me" stays. A reminder's
repeat replaces the one on screen by its id (``--print-id``, then
``--replace-id``), so reminders never pile up in GNOME's or KDE's list; the
reminders on screen are closed when the app quits, and their ids are kept so
that the next run closes what a run that died left behind.

Every ``notify-send`` started is tracked until it ends, previews too, and
:meth:`DesktopNotifier.stop` stops those still running. Their output is read
as it arrives (QProcess would otherwise keep all of it): one that writes more
than :data:`OUTPUT_LIMIT_BYTES` is killed, and a failure is logged as one
short line.

Threading contract: GUI thread only; nothing blocks except the capability
question at start-up (at most ``CAPABILITIES_TIMEOUT_MS``).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from deskguard import paths
from deskguard.core.engine import ReminderAnswer
from deskguard.notify.notifier import (
    APP_NAME,
    SOUND_NAME,
    Notice,
    NotifierUnavailable,
    app_icon_path,
)
from deskguard.sensing import _helper
from deskguard.ui.tray import tr

log = logging.getLogger("deskguard.notify")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: How long start-up waits for the server to say what it can do.
CAPABILITIES_TIMEOUT_MS = 2000
#: The desktop file's name (``QGuiApplication.setDesktopFileName``): servers find the app by it.
DESKTOP_ENTRY = "deskguard"
#: Most a ``notify-send`` may write (it prints one action's name): past that it is killed.
OUTPUT_LIMIT_BYTES = 64 << 10
#: How long ``notify-send --help`` may take at start-up.
HELP_TIMEOUT_S = 5.0
#: How much of a failing ``notify-send``'s first line of errors goes to the log.
LOGGED_ERROR_CHARS = 200
#: Servers that show fewer buttons than a reminder has, by the name ``GetServerInformation``
#: gives: GNOME Shell shows three (``MAX_NOTIFICATION_BUTTONS`` in its messageTray.js).
MAX_BUTTONS = {"gnome-shell": 3}
#: Where the ids of reminders still on screen are kept, so that the next run can close
#: them: their buttons die with the run that sent them.
ON_SCREEN_FILE = "notifications-on-screen.json"


@dataclass(eq=False)
class _Child:
    """One ``notify-send`` running, and what it wrote so far (within the bound)."""

    process: QProcess
    notice: Notice
    out: bytearray = field(default_factory=bytearray)
    err: bytearray = field(default_factory=bytearray)
    written: int = 0
    flooded: bool = False
    #: A repeat took its place: its end is no answer, and its id is the repeat's now.
    superseded: bool = False


def _labels(*, exercise: bool, max_buttons: int | None) -> list[tuple[ReminderAnswer, str]]:
    """The answers a reminder offers, the most useful first, as many as the server shows.

    Where only three fit (GNOME Shell), Skip gives way: closing the notification
    skips it too, while "Show me" (a guided exercise) has no other way in.
    """
    labels = [
        (ReminderAnswer.DONE, tr("Done")),
        (ReminderAnswer.SNOOZE, tr("Snooze 10 min")),
        (ReminderAnswer.SKIP, tr("Skip")),
    ]
    if exercise:
        labels.append((ReminderAnswer.SHOW_ME, tr("Show me")))
    if max_buttons is not None and len(labels) > max_buttons:
        labels = [label for label in labels if label[0] is not ReminderAnswer.SKIP]
    return labels[:max_buttons] if max_buttons is not None else labels


def _session_bus_address() -> str:
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return ""


class DesktopNotifier(QObject):
    """Notices with their timeout, icon, sound and (for reminders) actions, on Linux."""

    name = "desktop"
    #: (Notice, ReminderAnswer): the user chose an action on a reminder's notification.
    answered = Signal(object, object)

    def __init__(self, program: str = "notify-send") -> None:
        """Check that the server shows actions and that ``notify-send`` can send them."""
        super().__init__()
        if not sys.platform.startswith("linux"):
            raise NotifierUnavailable("notifications with actions are for Linux desktops")
        found = shutil.which(program)
        if found is None:
            raise NotifierUnavailable("no notify-send (Debian/Ubuntu: libnotify-bin)")
        usage = _helper.run(
            [found, "--help"], timeout_s=HELP_TIMEOUT_S, limit_bytes=OUTPUT_LIMIT_BYTES
        )
        if usage is None:
            raise NotifierUnavailable(
                f"notify-send --help did not run, or did not finish within {HELP_TIMEOUT_S:g} s "
                f"with at most {OUTPUT_LIMIT_BYTES >> 10} KiB of text"
            )
        if "--action" not in usage.stdout:
            raise NotifierUnavailable("notify-send is too old for actions (libnotify 0.7.10+)")
        address = _session_bus_address()
        if not address:
            raise NotifierUnavailable("no D-Bus session bus to send notifications on")
        bus = QDBusConnection.connectToBus(address, f"deskguard-notifications {address}")
        if not bus.isConnected():
            raise NotifierUnavailable(f"no D-Bus session bus: {bus.lastError().message()}")
        server = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        server.setTimeout(CAPABILITIES_TIMEOUT_MS)
        reply = server.call("GetCapabilities")
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            raise NotifierUnavailable(f"no notification server: {reply.errorMessage()}")
        #: What the server can do ("actions", "body", "sound", ...).
        self.capabilities = [str(c) for c in reply.arguments()[0]]
        if "actions" not in self.capabilities:
            raise NotifierUnavailable("the notification server shows no actions")
        info = server.call("GetServerInformation")
        #: The server's name ("dunst", "gnome-shell", "Plasma", ...); "" if it did not say.
        self.server_name = (
            str(info.arguments()[0])
            if info.type() == QDBusMessage.MessageType.ReplyMessage and info.arguments()
            else ""
        )
        #: How many buttons the server shows (None: all of them).
        self.max_buttons = MAX_BUTTONS.get(self.server_name.lower())
        # libnotify 0.7.9+ prints the notification's id, so that a repeat replaces it in place.
        # It prints through stdio, which holds the line back in a pipe until notify-send ends
        # (when the reminder is answered): coreutils' stdbuf makes it line-buffered.
        self._stdbuf = shutil.which("stdbuf")
        self._replaces = (
            "--print-id" in usage.stdout
            and "--replace-id" in usage.stdout
            and self._stdbuf is not None
        )
        self._program = found
        self._icon = app_icon_path()
        #: Reminders on screen whose answer is awaited, by (kind, preview).
        self._waiting: dict[tuple[str, bool], QProcess] = {}
        #: Every notify-send started and not yet ended (previews and plain notices too).
        self._children: list[_Child] = []
        #: The server's id of each reminder on screen, by (kind, preview).
        self._ids: dict[tuple[str, bool], int] = {}
        self._close_left_over()

    def notify(self, title: str, body: str) -> bool:
        """A message of the app's own: its words, with the app's icon."""
        return self.show(Notice(title, body))

    def show(self, notice: Notice) -> bool:
        """Send it; a reminder's answer comes later, as ``answered``."""
        process = QProcess(self)
        arguments = self.arguments(notice)
        child = _Child(process, notice)
        process.readyReadStandardOutput.connect(partial(self._read, child))
        process.readyReadStandardError.connect(partial(self._read, child))
        process.finished.connect(partial(self._finished, child))
        process.errorOccurred.connect(partial(self._failed, child))
        key = (notice.kind.value if notice.kind is not None else "", notice.preview)
        if notice.actions:
            earlier = self._waiting.pop(key, None)
            if earlier is not None:  # its repeat replaces it: one answer per reminder
                for running in self._children:
                    if running.process is earlier:
                        running.superseded = True
                earlier.kill()
            self._waiting[key] = process
            replaced = self._ids.get(key)
            if self._replaces and replaced is not None:
                # In place, in every server's list too (they piled up in GNOME's and KDE's).
                arguments = ["--replace-id", str(replaced), *arguments]
        if self._replaces and notice.actions and self._stdbuf is not None:
            process.setProgram(self._stdbuf)
            process.setArguments(["-oL", self._program, *arguments])
        else:
            process.setProgram(self._program)
            process.setArguments(arguments)
        self._children.append(child)
        process.start()
        return True

    def running(self) -> list[int]:
        """The process ids of the ``notify-send`` still running (for tests and the log)."""
        return [c.process.processId() for c in self._children if c.process.processId()]

    def arguments(self, notice: Notice) -> list[str]:
        """``notify-send``'s arguments for ``notice``."""
        args = [
            "--app-name",
            APP_NAME,
            "--urgency",
            "normal",
            "--expire-time",
            str(round(notice.timeout_s * 1000)),
            "--hint",
            f"string:desktop-entry:{DESKTOP_ENTRY}",
        ]
        if self._icon:
            args += ["--icon", self._icon, "--hint", f"string:image-path:{self._icon}"]
        if notice.sound:
            args += ["--hint", f"string:sound-name:{SOUND_NAME}"]
        else:
            args += ["--hint", "boolean:suppress-sound:true"]
        if notice.actions and notice.kind is not None:
            # A reminder's repeat replaces the one still on screen (by its id, and by dunst's
            # stack tag); one answer per reminder.
            tag = ("preview-" if notice.preview else "") + notice.kind.value
            args += ["--hint", f"string:x-dunst-stack-tag:deskguard-{tag}"]
            if self._replaces:
                args += ["--print-id"]
        if notice.actions:
            labels = _labels(exercise=notice.exercise, max_buttons=self.max_buttons)
            for answer, label in labels:
                args += ["--action", f"{answer.value}={label}"]
        return [*args, "--", notice.title, notice.body]

    def stop(self) -> None:
        """Stop every ``notify-send`` still running (quitting), and close the reminders on screen.

        Their buttons would answer no one. Closing is asked without waiting (a hung
        server never holds a quit); what is left is closed by the next run.
        """
        for notification_id in self._ids.values():
            QProcess.startDetached(*self._close_command(notification_id))
        children, self._children, self._waiting = self._children, [], {}
        for child in children:
            # No answer matters any more: no slot runs from inside waitForFinished below.
            child.process.blockSignals(True)
            child.process.kill()
        for child in children:
            child.process.waitForFinished(1000)
            child.process.deleteLater()

    def _forget(self, child: _Child) -> None:
        if child in self._children:
            self._children.remove(child)
        for key, waiting in list(self._waiting.items()):
            if waiting is child.process:
                del self._waiting[key]

    def _close_command(self, notification_id: int) -> tuple[str, list[str]]:
        """``dbus-send`` closing a notification: its id is a uint32, which QtDBus cannot send."""
        return "dbus-send", [
            "--session",
            f"--dest={SERVICE}",
            "--type=method_call",
            PATH,
            f"{SERVICE}.CloseNotification",
            f"uint32:{notification_id}",
        ]

    def _remember_on_screen(self) -> None:
        """Keep the ids of the reminders on screen, for the next run to close."""
        try:
            folder = paths.data_dir()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / ON_SCREEN_FILE).write_text(json.dumps(sorted(self._ids.values())))
        except OSError as exc:  # only a stale notification is at stake
            log.debug("could not note the notifications on screen: %s", exc)

    def _close_left_over(self) -> None:
        """Close the reminders a previous run left on screen (their buttons are dead)."""
        path = paths.data_dir() / ON_SCREEN_FILE
        try:
            ids = json.loads(path.read_text()[:4096])
            path.unlink()
        except (OSError, ValueError):
            return
        for notification_id in ids if isinstance(ids, list) else []:
            if isinstance(notification_id, int) and 0 < notification_id < 2**32:
                QProcess.startDetached(*self._close_command(notification_id))

    def _note_id(self, child: _Child) -> None:
        """The id ``--print-id`` printed first: the reminder's, until it is answered."""
        notice = child.notice
        if not (self._replaces and notice.actions) or b"\n" not in child.out:
            return
        first = bytes(child.out).split(b"\n", 1)[0].strip()
        key = (notice.kind.value if notice.kind is not None else "", notice.preview)
        if first.isdigit() and self._ids.get(key) != int(first):
            self._ids[key] = int(first)
            self._remember_on_screen()

    def _read(self, child: _Child) -> None:
        """Take what it wrote; kill it past the bound (QProcess would keep it all)."""
        for data, kept in (
            (child.process.readAllStandardOutput().data(), child.out),
            (child.process.readAllStandardError().data(), child.err),
        ):
            child.written += len(data)
            kept.extend(bytes(data)[: max(0, OUTPUT_LIMIT_BYTES - len(kept))])
        if child.written > OUTPUT_LIMIT_BYTES and not child.flooded:
            child.flooded = True
            child.process.kill()
            return
        if not child.superseded:
            self._note_id(child)

    def _failed(self, child: _Child, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:  # else finished() follows
            log.warning("notify-send did not start: %s", child.process.errorString())
            self._forget(child)
            child.process.deleteLater()

    def _finished(self, child: _Child, code: int, status: QProcess.ExitStatus) -> None:
        self._read(child)
        self._forget(child)
        child.process.deleteLater()
        notice = child.notice
        if child.flooded:
            log.warning(
                "notify-send was stopped: it wrote more than %d KiB", OUTPUT_LIMIT_BYTES >> 10
            )
            return
        if status is QProcess.ExitStatus.NormalExit and code != 0:
            lines = bytes(child.err).decode(errors="replace").strip().splitlines() or [""]
            log.warning(
                "notification failed through notify-send (exit %d): %s",
                code,
                lines[0][:LOGGED_ERROR_CHARS],
            )
            return
        if child.superseded:
            return  # killed for its repeat, which now owns the notification
        out = bytes(child.out).decode(errors="replace").split()
        if notice.actions and self._replaces:
            out = out[1:]  # the id printed first
            key = (notice.kind.value if notice.kind is not None else "", notice.preview)
            self._ids.pop(key, None)  # answered, expired or closed: no longer on screen
            self._remember_on_screen()
        if not notice.actions or not out:
            return  # expired or dismissed: no answer
        try:
            answer = ReminderAnswer(out[-1])
        except ValueError:
            return  # the server's own default action (a click on the notification)
        log.info("answer %s to %s", answer.value, notice.kind)
        self.answered.emit(notice, answer)
