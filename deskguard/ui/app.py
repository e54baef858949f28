"""The composition root of the desktop app: builds the real parts and wires them.

Start-up order keeps the tray quick: the icon shows first (in about a second),
then the worker thread loads the models. One DeskGuard runs per user and data
folder: the first launch holds a lock in the user's private runtime folder,
and a later one asks it through a socket there to bring its dashboard forward
(``single_instance``). SIGTERM, SIGINT and SIGHUP quit at once, whenever they
arrive: the history (the open minute too) is saved first, and a worker busy
loading models or reading a camera is not waited for beyond two seconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from deskguard import __version__
from deskguard.core.clock import Clock, SystemClock
from deskguard.core.engine import PostureEngine
from deskguard.core.posture import CameraSettings
from deskguard.core.settings import UNKNOWN_SETTING, Sensing, Settings
from deskguard.monitor import Monitor
from deskguard.notify.notifier import LogNotifier, Notifier, PlyerNotifier, first_available
from deskguard.sensing import (
    ActivitySource,
    CallSignal,
    Unavailable,
    find_activity_source,
    find_call_signals,
)
from deskguard.sensing.background import activity_in_background, in_background
from deskguard.storage.db import HistoryError
from deskguard.storage.history import HistoryStore, RetentionRun
from deskguard.ui.controller import STOP_WAIT_MS, Controller
from deskguard.ui.single_instance import SingleInstance
from deskguard.ui.tray import TrayIcon, TrayMenu, TrayNotifier, tr
from deskguard.ui.worker import SamplerWorker

log = logging.getLogger("deskguard.app")


@dataclass
class AppOptions:
    """What the command line can set for the app."""

    #: What to watch; None: the camera chosen in the settings (camera 0 by default).
    source: str | None = None
    models: Path | None = None
    db: Path | None = None
    every_s: float | None = None
    #: Show the welcome: None, on the first start only.
    welcome: bool | None = None
    clock: Clock | None = None  # tests: a fake clock (the app samples when it says)
    #: Keyboard and mouse only for this run (``--no-camera``): the camera is never opened.
    no_camera: bool = False


def signal_running_instance() -> bool:
    """Ask the running DeskGuard (same user and data folder) to show its dashboard.

    True once the request is written to its socket; the answer is not awaited,
    so this also works from the running app's own thread.
    """
    from deskguard.ui.single_instance import SingleInstance

    return SingleInstance().send_request()


class DeskGuardApp:
    """Everything the running app is made of."""

    def __init__(self, qapp: QApplication, options: AppOptions) -> None:
        """Build and wire the parts; ``start()`` shows the tray and starts monitoring."""
        from deskguard.localtime import local_timezone
        from deskguard.settings_store import load_settings

        self.qapp = qapp
        self.options = options
        #: Warnings met before the tray could show them: shown once it is up.
        self._early_warnings: list[str] = []
        #: What the user must read in a dialog over the next window they open (then None).
        self.settings_notice: str | None = None
        self.settings, problems = load_settings()
        for p in problems:
            log.warning("%s", p)
        if any(not p.endswith(UNKNOWN_SETTING) for p in problems):
            # Never silently: a user who chose keyboard and mouse only would have the camera
            # opened by a default they never chose. (A newer version's keys are no news.)
            words = tr("Some of your settings could not be read. Please check them in Settings.")
            self.settings_notice = "\n".join([words, *problems])
            self._warn(words)
        self.tz = local_timezone()
        self.store, message = HistoryStore.open(options.db, on_warning=self._warn)
        if message:
            self._warn(message)
        self.camera = CameraSettings(
            self.settings.camera_fov_deg, self.settings.camera_above_screen_top_cm
        )
        self.engine = PostureEngine(
            self.for_this_run(self.settings), baseline=self.store.latest_baseline(), tz=self.tz
        )
        activity, call_signals = self._find_senses()
        self.monitor = Monitor(
            self.engine,
            self.store,
            LogNotifier(),
            options.clock or SystemClock(),
            activity=activity,
            call_signals=call_signals,
        )
        # Quitting loses nothing: pick today up where the history left it.
        self.monitor.restore()
        self.worker = SamplerWorker(
            options.source or self.settings.camera or "0",
            models=options.models,
            camera=self.camera,
            every_s=self.for_this_run(self.settings).sample_interval_s,
        )
        self.controller = Controller(self.monitor, self.worker)
        self.menu = TrayMenu(
            self.controller,
            profiles=self.profiles,
            current_profile=lambda: self.settings.profile,
            switch_profile=self.switch_profile,
            open_dashboard=self.show_dashboard,
            open_settings=self.show_settings,
            open_calibration=self.show_calibration,
            export_week=self.export_week,
            show_about=self.show_about,
            get_models=self.show_get_models,
            open_exercise=self.show_exercise,
        )
        self.menu.quit_requested.connect(self.quit)
        # The controller re-emits the worker's news on the GUI thread, where dialogs live.
        self.controller.exercise_requested.connect(self.show_exercise)
        self.controller.models_missing.connect(self._on_models_missing)
        self.controller.download_progress.connect(self._on_download_progress)
        self.controller.models_loaded.connect(self._on_models_ready)
        self.controller.download_cancelled.connect(self._on_download_cancelled)
        self.progress: Any = None
        self.tray: TrayIcon | None = None
        self.fallback: QWidget | None = None
        self.windows: dict[str, Any] = {}
        self.notifier_reasons: list[str] = []
        #: Linux: the notifier whose reminders carry Done / Snooze 10 min / Skip, if in use.
        self.desktop_notifier: Any = None
        #: run_app: quitting waits briefly for the worker, then leaves without it.
        self.stop_wait_ms = 10_000
        self.worker_stopped = True
        self._shut_down = False
        #: The single-instance lock and socket (run_app takes the lock before building us).
        self.instance: SingleInstance | None = None

    def for_this_run(self, settings: Settings) -> Settings:
        """The settings as this run uses them (``--no-camera``, ``--every-s``).

        ``--no-camera`` means activity alone, ``--every-s`` another sampling
        interval. Only for this run: ``self.settings`` and what is saved keep
        the user's own choice.
        """
        if self.options.no_camera:
            settings = replace(settings, sensing=Sensing.ACTIVITY)
        if self.options.every_s is not None:
            settings = replace(settings, sample_interval_s=self.options.every_s)
        return settings

    def _find_senses(self) -> tuple[ActivitySource | None, list[CallSignal]]:
        """The keyboard and mouse sense and the call signals readable here, said in the log."""
        found = find_activity_source()
        activity: ActivitySource | None = None
        if not isinstance(found, Unavailable):
            activity = activity_in_background(found)  # a hung D-Bus service must not freeze us
            log.info("keyboard and mouse activity through %s", found.name)
        elif self.engine.uses_camera:
            log.info("keyboard and mouse activity cannot be read here: %s", found.reason)
        else:
            log.warning(
                "keyboard and mouse activity cannot be read here (%s): nothing to watch "
                "without the camera",
                found.reason,
            )
        signals = find_call_signals()
        log.info("call signals: %s", ", ".join(s.name for s in signals) or "none readable here")
        return activity, in_background(signals)  # never a frozen tray for a slow service

    # --- start and stop ------------------------------------------------------------------

    def start(self) -> None:
        """Show the tray (or a small window without one), then start monitoring."""
        if self.instance is None:  # built without run_app (embedded, tests): lock here
            instance = SingleInstance()
            if instance.acquire():
                self.instance = instance
            else:
                log.warning("another DeskGuard runs with this data folder")
        if self.instance is not None and self.instance.server is None:
            self.instance.listen(self.on_other_launch)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = TrayIcon(self.controller, self.menu)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()
            log.info("tray icon shown")
        else:
            self.fallback = self._fallback_window()
            self.fallback.show()
            log.warning("no system tray found: running in a small window")
        for message in self._early_warnings:
            self._show_warning(message)
        self._early_warnings = []
        self._install_desktop_entry()
        self.controller.state_changed.connect(self._log_state)
        notifier, reasons = first_available(self._notifier_factories())
        self.monitor.notifier = notifier
        self.notifier_reasons = reasons
        log.info("notifications through %s", notifier.name)
        self.qapp.aboutToQuit.connect(self._shutdown)
        from deskguard.ui.session import SessionWatcher

        self.session = SessionWatcher()
        self.session.away_changed.connect(self.controller.set_session_away)
        self.controller.start()
        from deskguard.ui.welcome import welcome_due

        if self.options.welcome if self.options.welcome is not None else welcome_due():
            self.show_welcome()
        # Old minute rows become day summaries: now, and once a day while running, on a
        # thread of their own (years of them froze the tray for 9 to 11 s); a second
        # timer looks for its end here, on the GUI thread, to say if it failed.
        self._retention: RetentionRun | None = None
        self._retention_timer = QTimer()
        self._retention_timer.setInterval(24 * 3600 * 1000)
        self._retention_timer.timeout.connect(self._apply_retention)
        self._retention_timer.start()
        self._retention_check = QTimer()
        self._retention_check.setInterval(1000)
        self._retention_check.timeout.connect(self._retention_finished)
        QTimer.singleShot(0, self._apply_retention)

    def _apply_retention(self) -> None:
        if self._retention is not None and not self._retention.done():
            return  # still at work since the last time
        try:
            self._retention = self.store.start_retention(
                self.controller.now(), self.settings.retention_days, self.tz
            )
        except Exception as exc:  # a full disk must not stop monitoring
            self._warn(f"Old history could not be tidied up: {exc}")
            return
        self._retention_check.start()

    def _retention_finished(self) -> None:
        run = self._retention
        if run is None or not run.done():
            return
        self._retention_check.stop()
        if run.error is not None:
            self._warn(f"Old history could not be tidied up: {run.error}")

    def _notifier_factories(self) -> list[Any]:
        factories: list[Any] = [self._desktop_notifier, PlyerNotifier]
        if self.tray is not None:
            tray = self.tray
            factories.append(lambda: TrayNotifier(tray))
        return factories

    def _desktop_notifier(self) -> Notifier:
        """Notifications with actions (Linux); their answers go to the controller."""
        from deskguard.ui.desktop_notifier import DesktopNotifier

        notifier = DesktopNotifier()
        notifier.answered.connect(self.controller.answer_reminder)
        self.desktop_notifier = notifier
        return notifier

    def _fallback_window(self) -> QWidget:
        window = QWidget()
        window.setWindowTitle("DeskGuard")
        window.setAccessibleName("DeskGuard")
        layout = QVBoxLayout(window)
        note = QLabel(
            tr(
                "No system tray was found, so DeskGuard runs in this small window. "
                "Closing it keeps DeskGuard running; use Quit in the menu to stop."
            )
        )
        note.setWordWrap(True)
        status = QLabel()
        status.setAccessibleName(tr("Status"))
        self.menu.status_action.changed.connect(
            lambda: status.setText(self.menu.status_action.text())
        )
        status.setText(self.menu.status_action.text())
        button = QPushButton(tr("&Menu"))
        button.setMenu(self.menu.menu)
        layout.addWidget(note)
        layout.addWidget(status)
        layout.addWidget(button)
        window.resize(380, 160)
        return window

    def ask_download(self, text: str) -> bool:
        """Ask before any network access (tests replace this)."""
        answer = QMessageBox.question(None, tr("DeskGuard needs its models"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_models_missing(self, message: str) -> None:
        from deskguard.analysis import models

        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if "checksum" in message or "not available" not in message:
            QMessageBox.warning(None, tr("DeskGuard cannot start monitoring"), message)
            return
        files = "".join(
            f"<li>{models.model_url(s)} ({s.size_bytes / 1e6:.1f} MB)</li>" for s in models.REQUIRED
        )
        text = tr(
            "DeskGuard needs MediaPipe's face and pose models (Apache-2.0, Google). "
            "Download them now from Google's public model bucket?<ul>{0}</ul>"
            "Each file is checked against its published SHA-256. This is the only network "
            "access DeskGuard makes. Without them it cannot watch your posture. Later, or to "
            "install them from a folder instead, choose <i>Get the models…</i> in the tray "
            "menu."
        ).format(files)
        if self.ask_download(text):
            self.start_download()

    def start_download(self) -> None:
        """Download the models (the user agreed), with a progress dialog that can cancel."""
        from PySide6.QtWidgets import QProgressDialog

        if self.progress is not None:
            self._raise(self.progress)
            return

        self.progress = QProgressDialog()  # with Qt's own (translated) Cancel button
        self.progress.setLabelText(tr("Downloading the models…"))
        self.progress.setRange(0, 100)
        self.progress.setWindowTitle("DeskGuard")
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)
        # Cancel (or closing the dialog) stops the download between two chunks.
        self.progress.canceled.connect(self.cancel_download)
        self.progress.show()
        self.controller.download_models()

    def show_get_models(self) -> None:
        """The tray's "Get the models…": download them, or install them from a folder."""
        from deskguard.ui.models_dialog import ModelsDialog

        dialog = ModelsDialog(
            self.controller.models_message,
            download=self.start_download,
            installed=self.controller.load_models,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.windows.pop("models", None))
        self.windows["models"] = dialog
        self._raise(dialog)

    def _on_download_progress(self, name: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(tr("Downloading {0}…").format(name))
            self.progress.setValue(int(100 * done / total) if total else 0)

    def cancel_download(self) -> None:
        """Stop the model download; the worker removes what it fetched and says so."""
        log.info("model download: cancel asked")
        self.controller.cancel_download()

    def _on_download_cancelled(self, _message: str) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_download)
            self.progress.close()
            self.progress = None
        self.show_download_cancelled(
            tr(
                "The download was cancelled and nothing was kept. <i>Get the models…</i> in "
                "the tray menu downloads them again or installs them from a folder; DeskGuard "
                "also asks the next time it starts."
            )
        )

    def show_download_cancelled(self, text: str) -> None:
        """Say that nothing was kept and how to get the models later (tests replace this)."""
        QMessageBox.information(None, tr("Download cancelled"), text)

    def _on_models_ready(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_download)
            self.progress.close()
            self.progress = None

    def _log_state(self, state: object) -> None:
        log.info("state: %s", getattr(state, "value", state))

    def quit(self) -> None:
        """Stop monitoring and leave."""
        self.qapp.quit()

    def _shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.worker_stopped = self.controller.stop(self.stop_wait_ms)  # history saved first
        if self.desktop_notifier is not None:
            self.desktop_notifier.stop()
        self.store.close()
        if self.instance is not None:
            self.instance.release()
        log.info("stopped%s", "" if self.worker_stopped else " (without the busy worker)")

    def _warn(self, message: str) -> None:
        log.warning("%s", message)
        if getattr(self, "tray", None) is None and getattr(self, "fallback", None) is None:
            self._early_warnings.append(message)  # the tray is not up yet: shown when it is
            return
        self._show_warning(message)

    def _show_warning(self, message: str) -> None:
        if self.tray is not None:
            self.tray.showMessage("DeskGuard", message, QSystemTrayIcon.MessageIcon.Warning)

    # --- other instances and the tray ----------------------------------------------------

    def on_other_launch(self, message: bytes) -> None:
        """Another launch asked for something (today: to show the dashboard)."""
        from deskguard.ui.single_instance import SHOW_DASHBOARD

        if message == SHOW_DASHBOARD and not self._shut_down:
            self.show_dashboard()
            log.info("dashboard raised for another launch")

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_dashboard()

    # --- windows -------------------------------------------------------------------------

    def _raise(self, window: QWidget) -> None:
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
        if self.settings_notice is not None:
            notice, self.settings_notice = self.settings_notice, None
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Your settings"),
                notice.split("\n", 1)[0],
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("settings-notice")
            box.setDetailedText(notice.split("\n", 1)[1])
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): monitoring goes on behind it

    def show_dashboard(self) -> None:
        """Open (or bring forward) the dashboard."""
        from deskguard.ui.dashboard import Dashboard

        window = self.windows.get("dashboard")
        if window is None:
            # Made for each opening and deleted on close: a closed dashboard costs no memory.
            window = Dashboard(
                self.store,
                self.tz,
                settings=self.for_this_run(self.settings),
                clock=self.monitor.clock,
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.closed.connect(lambda: self.windows.pop("dashboard", None))
            self.windows["dashboard"] = window
        window.refresh()
        self._raise(window)

    def show_exercise(self, occasion: Any = None) -> None:
        """The break window: a guided exercise for ``occasion`` (a reminder; by default a shift)."""
        from deskguard.core.engine import EventKind
        from deskguard.ui.break_window import BreakWindow

        window = self.windows.get("exercise")
        if window is not None:
            window.show()
            window.raise_()  # brought forward, but the keyboard stays where it is
            return
        window = BreakWindow(
            self.controller,
            self.settings,
            occasion if occasion is not None else EventKind.SHIFT_REMINDER,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(lambda: self.windows.pop("exercise", None))
        self.windows["exercise"] = window
        window.show()

    def show_welcome(self) -> None:
        """The first start's welcome (non-modal; monitoring runs behind it)."""
        from deskguard.ui.welcome import WelcomeWindow

        window = WelcomeWindow(
            self.controller,
            self.settings,
            tray_available=self.tray is not None,
            camera_used=self.engine.uses_camera,
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda _r: self.windows.pop("welcome", None))
        window.calibrate_requested.connect(self.show_calibration)
        window.get_models_requested.connect(self.show_get_models)
        window.source_chosen.connect(self.choose_source)
        window.activity_only_requested.connect(
            lambda: self.apply_settings(replace(self.settings, sensing=Sensing.ACTIVITY))
        )
        self.windows["welcome"] = window
        self._raise(window)

    def choose_source(self, spec: str) -> None:
        """Watch ``spec`` from now on, and at the next start too."""
        self.apply_settings(replace(self.settings, camera=spec))
        self.controller.use_source(spec)

    def show_settings(self) -> None:
        """Open the settings dialog."""
        from deskguard.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            on_delete_all=self.delete_all_data,
            source=self.controller.source,
            source_problem=self.controller.camera_error,
        )
        dialog.applied.connect(self.apply_settings)
        dialog.show_me.connect(self.controller.preview)
        self.windows["settings"] = dialog
        self._raise(dialog)

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once and save them."""
        from deskguard.autostart import autostart_enabled, set_autostart
        from deskguard.settings_store import SettingsError, save_settings

        chose_camera = settings.camera != self.settings.camera
        self.settings = settings
        self.camera = CameraSettings(settings.camera_fov_deg, settings.camera_above_screen_top_cm)
        self.controller.apply_settings(self.for_this_run(settings), self.camera)
        if chose_camera:
            self.controller.use_source(settings.camera or "0")
        dashboard = self.windows.get("dashboard")
        if dashboard is not None:
            dashboard.use_settings(self.for_this_run(settings))
        try:
            save_settings(settings)
        except SettingsError as exc:
            self._warn(str(exc))
        if settings.start_at_login != autostart_enabled():
            try:
                set_autostart(settings.start_at_login)
            except OSError as exc:
                self._warn(f"Start at login: {exc}")

    def delete_all_data(self) -> None:
        """Forget the history, the calibrations and the settings (and our desktop entry)."""
        self.controller.forget_everything()
        from deskguard import desktop_entry
        from deskguard.settings_store import settings_path

        settings_path().unlink(missing_ok=True)
        self.apply_settings(Settings())
        try:
            removed = desktop_entry.remove()
        except OSError as exc:
            log.warning("the desktop entry could not be removed: %s", exc)
        else:
            if removed:
                log.info("removed %s", ", ".join(str(p) for p in removed))

    def _install_desktop_entry(self) -> None:
        """The desktop's name and icon for our windows, where no package installed them."""
        from deskguard import desktop_entry

        try:
            written = desktop_entry.install()
        except OSError as exc:  # a read-only home: the windows are only unnamed
            log.warning("the desktop entry could not be written: %s", exc)
            return
        if written:
            log.info("desktop entry written: %s", ", ".join(str(p) for p in written))

    def show_calibration(self) -> None:
        """Open the calibration window."""
        from deskguard.ui.calibration import CalibrationWindow

        window = CalibrationWindow(
            self.controller,
            self.camera,
            profiles=self.store.profiles(),
            profile=self.settings.profile,
        )
        window.baseline_saved.connect(
            lambda _baseline, name: self.apply_settings(replace(self.settings, profile=name))
        )
        self.windows["calibration"] = window
        self._raise(window)

    def profiles(self) -> list[str]:
        """The desk set-ups with a calibration, and the one in use."""
        return list(dict.fromkeys([self.settings.profile, *self.store.profiles()]))

    def switch_profile(self, name: str) -> None:
        """Use another desk set-up: its calibration and the camera settings it was made with."""
        baseline = self.store.latest_baseline(profile=name)
        settings = replace(self.settings, profile=name)
        if baseline is not None:
            settings = replace(
                settings,
                camera_fov_deg=baseline.camera.diag_fov_deg,
                camera_above_screen_top_cm=baseline.camera.camera_above_screen_top_cm,
            )
        self.controller.use_baseline(baseline)
        self.apply_settings(settings)

    def export_week(self) -> None:
        """Choose a week and a format, export it, and say where the file went."""
        from deskguard.ui.export_dialog import ExportDialog

        dialog = self.windows.get("export")
        if dialog is None:
            today = self.monitor.clock.now_utc().astimezone(self.tz).date()
            dialog = ExportDialog(self.store, self.tz, today=today)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self.windows.pop("export", None))
            self.windows["export"] = dialog
        self._raise(dialog)

    def show_about(self) -> None:
        """Version, privacy, licences."""
        QMessageBox.about(
            None,
            tr("About DeskGuard"),
            tr(
                "<b>DeskGuard {0}</b><br>A sitting-posture monitor that stays on this computer: "
                "no picture is ever stored or sent. The only network use is the announced, "
                "verified download of MediaPipe's models (Apache-2.0, Google)."
            ).format(__version__),
        )


def run_app(options: AppOptions) -> int:
    """Start the desktop app; the exit code."""
    quitting = _QuitSignals()  # first: a session ending during start-up still quits cleanly
    print(f"deskguard: DeskGuard {__version__} starting (process {os.getpid()})", file=sys.stderr)
    QCoreApplication.setApplicationName("DeskGuard")
    QCoreApplication.setOrganizationName("DeskGuard")
    QCoreApplication.setApplicationVersion(__version__)
    try:
        qapp = QApplication.instance() or QApplication(sys.argv[:1])
    except Exception as exc:  # pragma: no cover - Qt aborts rather than raising, mostly
        print(
            f"error: cannot open a window ({exc}); `deskguard run` works without one",
            file=sys.stderr,
        )
        return 1
    assert isinstance(qapp, QApplication)
    quitting.watch(qapp)
    from deskguard.settings_store import load_settings
    from deskguard.ui.translations import install_translations

    install_translations(qapp, load_settings()[0].language)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setDesktopFileName("deskguard")

    from deskguard.applog import start_file_log, stop_file_log

    try:
        instance = SingleInstance()
    except OSError as exc:
        print(f"error: no private folder for DeskGuard's lock: {exc}", file=sys.stderr)
        return 1
    deadline = time.monotonic() + 15.0
    while not instance.acquire():
        # Another DeskGuard holds the lock: ask it to show its dashboard. It may still be
        # starting (not listening yet) or just quitting (the lock is then free next round).
        if instance.signal_first(timeout_s=1.0):
            print(
                "DeskGuard is already running; its dashboard was brought forward.",
                file=sys.stderr,
            )
            return 0
        if quitting.asked() or time.monotonic() > deadline:
            print(
                f"DeskGuard is already running (process {instance.holder_pid()}) but did not "
                "answer; its dashboard could not be brought forward.",
                file=sys.stderr,
            )
            return 1
    if quitting.asked():  # the session ended while we were starting: nothing to save yet
        print(f"deskguard: quitting on signal {quitting.signum}", file=sys.stderr)
        instance.release()
        return 0
    logfile = start_file_log()
    log.info("DeskGuard %s running as process %d", __version__, os.getpid())
    if logfile is not None:
        log.info("log file: %s", logfile.name)
    qapp.aboutToQuit.connect(quitting.log_reason)
    try:
        app = DeskGuardApp(qapp, options)
    except HistoryError as exc:
        # Locked, refused or unreadable: the file was left as it is; say so and stop,
        # rather than monitor without keeping anything.
        log.error("%s", exc)
        print(f"error: {exc}", file=sys.stderr)
        QMessageBox.critical(None, tr("DeskGuard cannot open its history"), str(exc))
        instance.release()
        stop_file_log()
        return 1
    app.stop_wait_ms = STOP_WAIT_MS
    app.instance = instance
    instance.listen(app.on_other_launch)
    if not quitting.asked():  # else no worker to start, only to stop again
        app.start()
    # A signal that came before the loop runs: quit as soon as it does.
    QTimer.singleShot(0, quitting.quit_if_asked)
    if quitting.asked():
        log.info("quitting on signal %d", quitting.signum)
        code = 0
    else:
        code = qapp.exec()
    app._shutdown()  # normally done already (aboutToQuit); a no-op then
    instance.release()
    if not app.worker_stopped:
        log.info("exit without waiting for the sampler thread")
    # Everything worth keeping is saved and closed now. Leave at once: the interpreter's
    # own teardown takes up to a second more (Qt, MediaPipe's exit handlers), and with a
    # worker still inside a model load or a camera read, which cannot be interrupted, it
    # would destroy a running QThread and abort. The system releases the camera, the
    # tray icon and the memory of a process that has ended.
    stop_file_log()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


class _QuitSignals:
    """SIGTERM, SIGINT and SIGHUP quit cleanly, from the first line of ``run_app`` on.

    Python runs signal handlers on the main thread between bytecodes, which
    Qt's event loop (C++) does not execute: the signal's number is written to a
    socket Qt watches, which wakes the loop at once. A signal before the loop
    runs is remembered (``QCoreApplication.quit()`` does nothing then) and
    honoured as soon as it starts.
    """

    def __init__(self) -> None:
        self.signum = 0
        self._qapp: QCoreApplication | None = None
        self._notifier: QSocketNotifier | None = None
        for sig in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                signal.signal(sig, self._handler)

    def _handler(self, signum: int, frame: object) -> None:
        self.signum = self.signum or signum
        self.quit_if_asked()

    def asked(self) -> bool:
        """Whether a quitting signal has arrived (at any time)."""
        return bool(self.signum)

    def log_reason(self) -> None:
        if self.signum:
            log.info("quitting on signal %d", self.signum)

    def quit_if_asked(self) -> None:
        if self.signum and self._qapp is not None:
            # exit(), not quit(): it ends every event loop, a modal dialog's too (Qt 6's
            # quit() first asks the windows to close, and a dialog on screen may not).
            self._qapp.exit(0)

    def watch(self, qapp: QCoreApplication) -> None:
        """Wake Qt's loop when a signal arrives (the handler then runs on the main thread)."""
        import socket

        self._qapp = qapp
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._sockets = (reader, writer)  # kept open for the process's life
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qapp)
        self._notifier.activated.connect(self._drain)
        self.quit_if_asked()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._sockets[0].recv(64)
        self.quit_if_asked()


def notifier_report() -> tuple[Notifier, list[str]]:
    """Which notifier the app would use here, and why the ones before it cannot (doctor)."""
    return first_available([PlyerNotifier])
