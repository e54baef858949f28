"""The welcome says what the user's own desktop does with a click on the tray icon."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QLabel

from deskguard.core.settings import Sensing
from tests.ui.conftest import screenshot


def test_on_gnome_a_click_opens_the_menu_and_a_double_click_the_dashboard(qtbot, make_app) -> None:
    """GNOME's AppIndicator extension shows the menu on a click (seen on GNOME Shell 43)."""
    from deskguard.ui.welcome import WelcomeWindow

    app = make_app()
    gnome = WelcomeWindow(app.controller, app.settings, tray_available=True, desktop="GNOME")
    qtbot.addWidget(gnome)
    assert "Click it for the menu" in gnome.where.text()
    assert "double-click it for today's dashboard" in gnome.where.text()
    xfce = WelcomeWindow(app.controller, app.settings, tray_available=True, desktop="XFCE")
    qtbot.addWidget(xfce)
    assert "Click it for today's dashboard; right-click it for the menu" in xfce.where.text()
    gnome.close()
    xfce.close()


def test_without_the_camera_the_welcome_offers_no_camera_and_no_calibration(
    qtbot, make_app
) -> None:
    """Issue 20: ``app --no-camera`` showed "Loading the models…" for ever and a Calibrate."""
    app = make_app(no_camera=True, welcome=True)
    window = app.windows["welcome"]
    qtbot.waitExposed(window)
    assert not window.camera_box.isVisible() and not window.calibrate_box.isVisible()
    assert "keyboard and mouse" in window.intro.text()
    qtbot.wait(1200)  # two preview ticks: none asked for, nothing loading
    assert "Loading the models" not in window.preview.text()
    screenshot(window, "welcome-no-camera")
    window.close()


def test_with_no_webcam_the_welcome_offers_keyboard_and_mouse(qtbot, make_app) -> None:
    """Issue 20: with no webcam at all the welcome never offered keyboard and mouse instead."""
    from deskguard.settings_store import load_settings
    from deskguard.ui.welcome import WelcomeWindow

    app = make_app(source=Path("0"))  # the default camera, which this computer lacks
    window = WelcomeWindow(app.controller, app.settings, tray_available=True, cameras_found=False)
    window.activity_only_requested.connect(
        lambda: app.apply_settings(replace(app.settings, sensing=Sensing.ACTIVITY))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.no_camera_row.isVisible()
    screenshot(window, "welcome-no-webcam")
    window.activity_button.click()
    assert load_settings()[0].sensing is Sensing.ACTIVITY  # kept for the next start
    assert not app.engine.uses_camera  # and used from now on
    assert not window.camera_box.isVisible() and "keyboard and mouse" in window.intro.text()
    app.controller.use_source(str(Path(__file__)))  # a file, not a camera: no such offer
    other = WelcomeWindow(app.controller, app.settings, tray_available=True, cameras_found=False)
    qtbot.addWidget(other)
    assert other.no_camera_row.isHidden()
    window.close()


def test_the_dashboard_without_the_camera_points_to_no_calibrate(qtbot, make_app) -> None:
    """Issue 20: it said "calibrate from the tray", and that tray has no Calibrate."""
    app = make_app(no_camera=True)
    app.show_dashboard()
    dashboard = app.windows["dashboard"]
    qtbot.waitExposed(dashboard)
    shown = [w.text() for w in dashboard.findChildren(QLabel)] + [
        v.chart().title() for v in dashboard.findChildren(QChartView)
    ]
    assert not any("calibrate" in t.lower() for t in shown), shown
    assert "Neck angle: not measured without a camera" in shown  # the chart's title
    dashboard.close()
