"""The welcome says what the user's own desktop does with a click on the tray icon."""

from __future__ import annotations


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
