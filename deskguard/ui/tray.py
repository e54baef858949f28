"""The tray icon and its menu.

Every menu entry has a keyboard mnemonic, and every string goes through Qt's
translation (``tr``), so translations can be added without touching code.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from deskguard.core.presentation import TrayState, status_line, tooltip
from deskguard.notify.notifier import NotifierUnavailable
from deskguard.ui.controller import Controller
from deskguard.ui.icons import state_icon


def tr(text: str) -> str:
    """Translate a user-visible string (context: DeskGuard)."""
    return QCoreApplication.translate("DeskGuard", text)


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
    ) -> None:
        """Build the menu (the tray or the fallback window shows it)."""
        super().__init__()
        self.controller = controller
        menu = QMenu()
        menu.setAccessibleName(tr("DeskGuard menu"))
        self.menu = menu
        self.status_action = menu.addAction(tr("Starting…"))
        self.status_action.setEnabled(False)
        menu.addSeparator()
        pause = menu.addMenu(tr("&Pause"))
        self.pause_menu = pause
        self.pause_30 = pause.addAction(tr("For &30 minutes"), lambda: controller.pause(30))
        self.pause_60 = pause.addAction(tr("For &1 hour"), lambda: controller.pause(60))
        self.pause_tomorrow = pause.addAction(
            tr("Until &tomorrow"), controller.pause_until_tomorrow
        )
        self.resume_action = menu.addAction(tr("&Resume"), controller.resume)
        self.snooze_action = menu.addAction(
            tr("&Snooze reminders for 15 minutes"), lambda: controller.snooze(15)
        )
        menu.addSeparator()
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
        self.refresh(controller.state)

    def _fill_profiles(self, names: list[str], current: str, switch: Callable[[str], None]) -> None:
        self.profile_menu.clear()
        for name in names:
            action = self.profile_menu.addAction(name, partial(switch, name))
            action.setCheckable(True)
            action.setChecked(name == current)

    def refresh(self, state: TrayState) -> None:
        """Show the state in the first line and enable what makes sense now."""
        c = self.controller
        status = c.status
        self.status_action.setText(status_line(state, status, c.camera_error))
        paused = state is TrayState.PAUSED
        self.resume_action.setEnabled(paused)
        self.pause_menu.setEnabled(not paused)
        self.snooze_action.setEnabled(not paused)


class TrayIcon(QSystemTrayIcon):
    """The icon in the system tray; its tooltip says the seated time and the finding."""

    def __init__(self, controller: Controller, menu: TrayMenu) -> None:
        """Show the starting icon at once; models load after."""
        super().__init__(state_icon(TrayState.STARTING))
        self.controller = controller
        self.setContextMenu(menu.menu)
        controller.state_changed.connect(self._show_state)
        controller.events_happened.connect(lambda _e: self._show_state(controller.state))
        self._show_state(controller.state)

    def _show_state(self, state: TrayState) -> None:
        self.setIcon(state_icon(state))
        c = self.controller
        self.setToolTip(tooltip(state, c.status, c.camera_error))


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
