"""The tray icon and its menu.

Every menu entry has a keyboard mnemonic, and every string goes through Qt's
translation (``tr``), so translations can be added without touching code.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QSystemTrayIcon

from deskguard.core.presentation import TrayState, clock_time, status_line, tooltip
from deskguard.notify.notifier import NotifierUnavailable
from deskguard.ui.controller import Controller
from deskguard.ui.icons import state_icon


def tr(text: str) -> str:
    """Translate a user-visible string (context: DeskGuard)."""
    return QCoreApplication.translate("DeskGuard", text)


#: The tooltip is shown again this often (real milliseconds) between samples, so its
#: countdown never stands still while nothing is sampled (the menu, each time it opens).
REFRESH_MS = 20_000
#: A custom pause: its default, and the longest one offered (minutes).
CUSTOM_PAUSE_MIN = 45
CUSTOM_PAUSE_MAX_MIN = 12 * 60


def _after_the_sample(owner: QObject, controller: Controller, show: Callable[[], None]) -> None:
    """Call ``show`` after each sample is fed to the engine.

    ``sample_taken`` is emitted just before the engine is fed the sample: a
    zero-delay timer (one, kept by ``owner``: nothing is made per sample)
    shows the figures once the feed is done.
    """
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(show)
    controller.sample_taken.connect(lambda _sample: timer.start())


class TrayMenu(QObject):
    """The menu, wired to the controller; the app supplies the window openers."""

    quit_requested = Signal()

    def __init__(
        self,
        controller: Controller,
        *,
        profiles: Callable[[], list[str]],
        current_profile: Callable[[], str],
        switch_profile: Callable[[str], None],
        open_dashboard: Callable[[], None],
        open_settings: Callable[[], None],
        open_calibration: Callable[[], None],
        export_week: Callable[[], None],
        show_about: Callable[[], None],
        get_models: Callable[[], None] | None = None,
        open_exercise: Callable[[], None] | None = None,
    ) -> None:
        """Build the menu (the tray or the fallback window shows it)."""
        super().__init__()
        self.controller = controller
        menu = QMenu()
        menu.setAccessibleName(tr("DeskGuard menu"))
        self.menu = menu
        self.status_action = menu.addAction(tr("Starting…"))
        self.status_action.setEnabled(False)
        # Shown only while the models are missing: the way back without a terminal.
        self.get_models_action = menu.addAction(
            tr("&Get the models…"), get_models or (lambda: None)
        )
        self.get_models_action.setVisible(False)
        menu.addSeparator()
        pause = menu.addMenu(tr("&Pause"))
        self.pause_menu = pause
        self.pause_30 = pause.addAction(tr("For &30 minutes"), lambda: controller.pause(30))
        self.pause_60 = pause.addAction(tr("For &1 hour"), lambda: controller.pause(60))
        self.pause_tomorrow = pause.addAction(
            tr("Until &tomorrow"), controller.pause_until_tomorrow
        )
        self.pause_custom = pause.addAction(tr("For &how long…"), self.ask_pause)
        #: The "for how long" dialog while it is open.
        self.pause_dialog: QInputDialog | None = None
        self.resume_action = menu.addAction(tr("&Resume"), controller.resume)
        self.snooze_action = menu.addAction(
            tr("&Snooze reminders for 15 minutes"), lambda: controller.snooze(15)
        )
        # Snoozing zero minutes ends the snooze now (the engine's snooze(t, 0)).
        self.cancel_snooze_action = menu.addAction(tr("&End the snooze"), controller.cancel_snooze)
        self.cancel_snooze_action.setVisible(False)
        menu.addSeparator()
        self.exercise_action = menu.addAction(
            tr("A short e&xercise…"), open_exercise or (lambda: None)
        )
        self.exercise_action.setVisible(open_exercise is not None)
        self.calibrate_action = menu.addAction(tr("&Calibrate…"), open_calibration)
        self.profile_menu = menu.addMenu(tr("Desk set-&up"))
        self.profile_menu.aboutToShow.connect(
            lambda: self._fill_profiles(profiles(), current_profile(), switch_profile)
        )
        self._fill_profiles(profiles(), current_profile(), switch_profile)
        self.dashboard_action = menu.addAction(tr("&Dashboard…"), open_dashboard)
        self.export_action = menu.addAction(tr("&Export this week…"), export_week)
        self.settings_action = menu.addAction(tr("Se&ttings…"), open_settings)
        self.about_action = menu.addAction(tr("&About DeskGuard"), show_about)
        menu.addSeparator()
        self.quit_action = menu.addAction(tr("&Quit"), self.quit_requested.emit)
        controller.state_changed.connect(self.refresh)
        controller.events_happened.connect(lambda _events: self.refresh(controller.state))
        _after_the_sample(self, controller, lambda: self.refresh(controller.state))
        menu.aboutToShow.connect(lambda: self.refresh(controller.state))
        self.refresh(controller.state)

    def ask_pause(self) -> None:
        """Ask for how many minutes to pause (the dialog does not block the app)."""
        if self.pause_dialog is not None:
            self.pause_dialog.raise_()
            self.pause_dialog.activateWindow()
            return
        dialog = QInputDialog()
        dialog.setWindowTitle(tr("Pause DeskGuard"))
        dialog.setLabelText(tr("Pause for how many minutes?"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, CUSTOM_PAUSE_MAX_MIN)
        dialog.setIntStep(5)
        dialog.setIntValue(CUSTOM_PAUSE_MIN)
        dialog.setOkButtonText(tr("&Pause"))
        dialog.intValueSelected.connect(self.controller.pause)
        dialog.finished.connect(self._pause_dialog_closed)
        self.pause_dialog = dialog
        dialog.open()

    def _pause_dialog_closed(self, _result: int) -> None:
        if self.pause_dialog is not None:
            self.pause_dialog.deleteLater()
            self.pause_dialog = None

    def _fill_profiles(self, names: list[str], current: str, switch: Callable[[str], None]) -> None:
        self.profile_menu.clear()
        for name in names:
            action = self.profile_menu.addAction(name, partial(switch, name))
            action.setCheckable(True)
            action.setChecked(name == current)

    def refresh(self, state: TrayState) -> None:
        """Show the state in the first line and enable what makes sense now."""
        c = self.controller
        status, now, tz = c.status, c.now(), c.monitor.engine.tz
        self.status_action.setText(status_line(state, status, c.camera_error, now_s=now, tz=tz))
        camera = c.monitor.engine.uses_camera  # not on keyboard and mouse alone
        self.get_models_action.setVisible(camera and not c.monitor.models_ok)
        self.calibrate_action.setVisible(camera)
        paused = state is TrayState.PAUSED
        self.resume_action.setEnabled(paused)
        self.pause_menu.setEnabled(not paused)
        self.snooze_action.setEnabled(not paused)
        until = status.snoozed_until_s
        self.cancel_snooze_action.setVisible(until is not None)
        if until is not None:
            self.cancel_snooze_action.setText(
                tr("&End the snooze (until {0})").format(clock_time(until, now, tz))
            )


class TrayIcon(QSystemTrayIcon):
    """The icon in the system tray; its tooltip says the seated time and the finding."""

    def __init__(self, controller: Controller, menu: TrayMenu) -> None:
        """Show the starting icon at once; models load after."""
        super().__init__(state_icon(TrayState.STARTING))
        self.controller = controller
        self.setContextMenu(menu.menu)
        self._state: TrayState | None = None
        controller.state_changed.connect(self._show_state)
        controller.events_happened.connect(lambda _e: self._show_state(controller.state))
        _after_the_sample(self, controller, lambda: self._show_state(controller.state))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(lambda: self._show_state(controller.state))
        self._timer.start()
        self._show_state(controller.state)

    def _show_state(self, state: TrayState) -> None:
        if state is not self._state:
            self._state = state
            self.setIcon(state_icon(state))
        c = self.controller
        text = tooltip(state, c.status, c.camera_error, now_s=c.now(), tz=c.monitor.engine.tz)
        if text != self.toolTip():
            self.setToolTip(text)


class TrayNotifier:
    """Notifications as the tray icon's own messages (the first fallback)."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon) -> None:
        """Check that this tray can show messages at all."""
        if not QSystemTrayIcon.isSystemTrayAvailable() or not tray.supportsMessages():
            raise NotifierUnavailable("no system tray that can show messages")
        self._tray = tray

    def notify(self, title: str, body: str) -> bool:
        """Show it as a tray message."""
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True
