"""Every control of every window has a name an assistive technology can read (issue 12).

Walks each window's accessibility tree through Qt's own ``QAccessible`` (the
tree Qt exposes to AT-SPI on Linux) and fails on a control without a name:
buttons, tick boxes, lists, number and text boxes, tabs, sliders. A screen
reader would otherwise say "button" and nothing more. Escape closes each
dialog, as a keyboard user expects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from shiboken6 import isValid

from deskguard.core.engine import EventKind
from tests.ui.conftest import step

CONTROLS = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.PageTab,
    QAccessible.Role.Slider,
    QAccessible.Role.ButtonMenu,
}


def unnamed(window) -> list[str]:
    """The controls of ``window`` (shown ones) whose accessible name is empty."""
    found = []

    def walk(node, depth: int = 0) -> None:
        if node is None or not node.isValid() or depth > 40:
            return
        state = node.state()
        named = bool(node.text(QAccessible.Text.Name).strip())
        if node.role() in CONTROLS and not state.invisible and not named:
            widget = node.object()
            found.append(f"{node.role().name} {type(widget).__name__} {widget.objectName()!r}")
        for i in range(node.childCount()):
            walk(node.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window))
    return found


def test_every_window_names_its_controls_and_closes_on_escape(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    openers = {
        "settings": app.show_settings,
        "welcome": app.show_welcome,
        "calibration": app.show_calibration,
        "dashboard": app.show_dashboard,
        "exercise": lambda: app.show_exercise(EventKind.SHIFT_REMINDER),
        "models": app.show_get_models,
        "export": app.export_week,
    }
    problems = {}
    for name, show in openers.items():
        show()
        window = app.windows[name]
        qtbot.waitExposed(window)
        if name == "settings":  # every tab's controls
            for i in range(window.tabs.count()):
                window.tabs.setCurrentIndex(i)
                qtbot.wait(20)
                problems[f"{name} tab {i}"] = unnamed(window)
        else:
            problems[name] = unnamed(window)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.wait(100)
        if isValid(window) and window.isVisible():
            problems.setdefault(name, []).append("Escape does not close it")
            window.close()
    assert {k: v for k, v in problems.items() if v} == {}
