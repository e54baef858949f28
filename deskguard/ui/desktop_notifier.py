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

Threading contract: GUI thread only; nothing blocks except the capability
question at start-up (at most ``CAPABILITIES_TIMEOUT_MS``).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from functools import partial

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from deskguard.core.engine import ReminderAnswer
from deskguard.notify.notifier import (
    APP_NAME,
    SOUND_NAME,
    Notice,
    NotifierUnavailable,
    app_icon_path,
)
from deskguard.ui.tray import tr

log = logging.getLogger("deskguard.notify")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
#: How long start-up waits for the server to say what it can do.
CAPABILITIES_TIMEOUT_MS = 2000
#: The desktop file's name (``QGuiApplication.setDesktopFileName``): servers find the app by it.
DESKTOP_ENTRY = "deskguard"


def _labels() -> list[tuple[ReminderAnswer, str]]:
    return [
        (ReminderAnswer.DONE, tr("Done")),
        (ReminderAnswer.SNOOZE, tr("Snooze 10 min")),
        (ReminderAnswer.SKIP, tr("Skip")),
    ]


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
        try:
            usage = subprocess.run(
                [found, "--help"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            raise NotifierUnavailable(f"notify-send does not run: {exc}") from exc
        if "--action" not in usage:
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
        self._program = found
        self._icon = app_icon_path()
        #: Reminders on screen whose answer is awaited, by (kind, preview).
        self._waiting: dict[tuple[str, bool], QProcess] = {}

    def notify(self, title: str, body: str) -> bool:
        """A message of the app's own: its words, with the app's icon."""
        return self.show(Notice(title, body))

    def show(self, notice: Notice) -> bool:
        """Send it; a reminder's answer comes later, as ``answered``."""
        process = QProcess(self)
        process.setProgram(self._program)
        process.setArguments(self.arguments(notice))
        process.finished.connect(partial(self._finished, process, notice))
        process.errorOccurred.connect(partial(self._failed, process))
        key = (notice.kind.value if notice.kind is not None else "", notice.preview)
        if notice.actions:
            earlier = self._waiting.pop(key, None)
            if earlier is not None:  # its repeat replaces it: one answer per reminder
                earlier.kill()
            self._waiting[key] = process
        process.start()
        return True

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
            # A reminder's repeat replaces the one still on screen where the server can
            # (dunst); one answer per reminder.
            tag = ("preview-" if notice.preview else "") + notice.kind.value
            args += ["--hint", f"string:x-dunst-stack-tag:deskguard-{tag}"]
        if notice.actions:
            for answer, label in _labels():
                args += ["--action", f"{answer.value}={label}"]
            if notice.exercise:
                args += ["--action", f"{ReminderAnswer.SHOW_ME.value}={tr('Show me')}"]
        return [*args, "--", notice.title, notice.body]

    def stop(self) -> None:
        """Stop waiting for answers (quitting); the notifications stay on screen."""
        waiting, self._waiting = list(self._waiting.values()), {}
        for process in waiting:
            process.kill()
            process.waitForFinished(1000)

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:  # else finished() follows
            log.warning("notify-send did not start: %s", process.errorString())
            for key, waiting in list(self._waiting.items()):
                if waiting is process:
                    del self._waiting[key]
            process.deleteLater()

    def _finished(
        self, process: QProcess, notice: Notice, code: int, status: QProcess.ExitStatus
    ) -> None:
        key = (notice.kind.value if notice.kind is not None else "", notice.preview)
        if self._waiting.get(key) is process:
            del self._waiting[key]
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace").split()
        err = bytes(process.readAllStandardError().data()).decode(errors="replace")
        process.deleteLater()
        if status is QProcess.ExitStatus.NormalExit and code != 0:
            log.warning("notification failed through notify-send: %s", err.strip())
            return
        if not notice.actions or not out:
            return  # expired or dismissed: no answer
        try:
            answer = ReminderAnswer(out[-1])
        except ValueError:
            return  # the server's own default action (a click on the notification)
        log.info("answer %s to %s", answer.value, notice.kind)
        self.answered.emit(notice, answer)
