"""A dark desktop theme and large text (issue 12): every window follows the system's.

With a dark palette (Fusion with a dark ``QPalette``: what a dark GTK or
Plasma theme gives Qt on Linux), each window's words keep enough contrast
(WCAG's 4.5:1 for text) against what is behind them: the palette's pairs,
each label's own colour, and on the dashboard the charts' words against
the pixels actually painted behind them. With the application font at
150 %, every window still fits a 1280x800 screen and no text is cut off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.conftest import screenshot, screenshot_without_the_face, step
from tests.ui.test_accessibility import each_view, escape_closes
from tests.ui.test_dashboard import _open, _settled, history  # noqa: F401 (a fixture)
from tests.ui.test_languages import cut_off

#: WCAG 2's least contrast for normal text.
TEXT_CONTRAST = 4.5
Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark theme's palette, as a dark desktop theme hands it to Qt."""
    colours = {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e6e6e6",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#2f2f2f",
        Role.Text: "#e6e6e6",
        Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6",
        Role.ToolTipBase: "#3c3c3c",
        Role.ToolTipText: "#e6e6e6",
        Role.PlaceholderText: "#a0a0a0",
        Role.Highlight: "#3d7ea6",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#8ab4f8",
        Role.BrightText: "#ff6b6b",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3a3a3a",
        Role.Mid: "#262626",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#000000",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    return palette


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an opaque colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def low_contrast(window: QWidget) -> list[str]:
    """The palette pairs and shown labels of ``window`` whose words are hard to read."""
    found = []
    palette = window.palette()
    for text, back in ((Role.WindowText, Role.Window), (Role.Text, Role.Base)):
        ratio = contrast(palette.color(text), palette.color(back))
        if ratio < TEXT_CONTRAST:
            found.append(f"{text.name} on {back.name}: {ratio:.1f}")
    background = palette.color(Role.Window)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            enabled = label.isEnabled()
            group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
            colour = label.palette().color(group, label.foregroundRole())
            ratio = contrast(colour, background)
            # A disabled label may be fainter (WCAG exempts inactive parts), not unreadable.
            if ratio < (TEXT_CONTRAST if enabled else 3.0):
                found.append(f"label {label.text()[:40]!r}: {ratio:.1f}")
    return found


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    """The dark theme for the test; the light one back after it."""
    style, palette = qapp.style().name(), qapp.palette()
    if style.lower() != "fusion":  # a new style object only where needed: windows hold theirs
        qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(palette)
    if style.lower() != "fusion":
        qapp.setStyle(style)


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    """Text scaled to 150 %, as the desktop's font size setting does."""
    font = qapp.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(large)
    yield
    qapp.setFont(font)


def test_every_window_reads_well_in_a_dark_theme(qtbot, dark, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    problems: dict[str, list[str]] = {}
    for view, window, last in each_view(qtbot, app):
        assert window.palette().color(Role.Window).lightness() < 80, view  # it follows it
        if view == "export":  # its problem line too, in its own colour
            window.folder_edit.setText("/no/such/folder")
            assert not window.export()
        problems[view] = low_contrast(window)
        if view == "settings tab 0":
            screenshot(window, "dark-settings")
        elif view == "welcome":
            screenshot_without_the_face(window, "dark-welcome")
        elif view == "exercise":
            screenshot(window, "dark-exercise")
        if last:
            escape_closes(qtbot, window)
    menu = app.menu.menu  # the tray's menu
    menu.aboutToShow.emit()
    menu.popup(QPoint(900, 40))
    qtbot.waitExposed(menu)
    problems["tray menu"] = low_contrast(menu)
    screenshot(menu, "dark-tray-menu")
    menu.hide()
    assert len(problems) >= 8
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_charts_follow_a_dark_theme(qtbot, dark, history) -> None:  # noqa: F811
    dashboard = _open(qtbot, history)
    _settled(qtbot, dashboard)
    found = []
    for tab in (0, 1):
        dashboard.tabs.setCurrentIndex(tab)
        views = (
            (dashboard.timeline_view, dashboard.neck_view) if tab == 0 else (dashboard.week_view,)
        )
        for view in views:
            assert view is not None
            qtbot.waitUntil(lambda v=view: v.isVisible() and v.chart().plotArea().width() > 0)
            chart = view.chart()
            # What is painted behind the words: a pixel of the chart's top left margin
            # (left of the centred title, above the plot).
            plot = chart.plotArea()
            corner = view.mapFromScene(QPointF(plot.left() / 2, plot.top() / 2))
            behind = view.viewport().grab().toImage().pixelColor(corner)
            base = dashboard.palette().color(Role.Base)
            if abs(behind.lightness() - base.lightness()) > 10:  # its own theme's grey
                found.append(f"{chart.title()[:30]!r} on {behind.name()}, not {base.name()}")
            words = [("title", chart.titleBrush().color()), ("legend", chart.legend().labelColor())]
            words += [
                (f"axis {a.orientation().name}", a.labelsBrush().color()) for a in chart.axes()
            ]
            for what, colour in words:
                if contrast(colour, behind) < TEXT_CONTRAST:
                    found.append(f"{chart.title()[:30]!r} {what}: {contrast(colour, behind):.1f}")
        if tab == 0:
            screenshot(dashboard, "dark-dashboard")
    dashboard.tabs.setCurrentIndex(0)
    assert found == []


def test_every_window_fits_1280x800_with_large_text(qtbot, large_text, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    assert QApplication.font().pointSizeF() >= 13  # 150 % of the usual 9 to 10 points
    problems: dict[str, list[str]] = {}
    for view, window, last in each_view(qtbot, app):
        size = window.frameGeometry().size()
        problems[view] = cut_off(window)
        if size.width() > 1280 or size.height() > 800:
            problems[view].append(f"{size.width()}x{size.height()} is larger than the screen")
        if view == "settings tab 0":
            screenshot(window, "text-150-settings")
        if last:
            escape_closes(qtbot, window)
    assert len(problems) >= 7
    assert {k: v for k, v in problems.items() if v} == {}
