"""Every control of every window has a name an assistive technology can read (issue 12).

Walks each window's accessibility tree through Qt's own ``QAccessible`` (the
tree Qt exposes to AT-SPI on Linux) and fails on a control without a name:
buttons, tick boxes, lists, number and text boxes, tabs, sliders. A screen
reader would otherwise say "button" and nothing more. Every input (tick
box, list, number or text box) also has a description (its tooltip, or its
own), which says what it does. Escape closes each dialog, as a keyboard
user expects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
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


#: Inputs: a name says what they hold; a description says what choosing it does.
INPUTS = {
    QAccessible.Role.CheckBox,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.EditableText,
}


def undescribed(window) -> list[str]:
    """The shown inputs of ``window`` without a description (Qt's default: the tooltip)."""
    found = []

    def walk(node, depth: int = 0) -> None:
        if node is None or not node.isValid() or depth > 40:
            return
        described = bool(node.text(QAccessible.Text.Description).strip())
        if node.role() in INPUTS and not node.state().invisible and not described:
            name = node.text(QAccessible.Text.Name)
            found.append(f"{node.role().name} {type(node.object()).__name__} {name!r}")
        for i in range(node.childCount()):
            walk(node.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window))
    return found


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


def openers(app) -> dict[str, Callable[[], None]]:
    """How the user opens each window of ``app``, by its key in ``app.windows``."""
    return {
        "settings": app.show_settings,
        "welcome": app.show_welcome,
        "calibration": app.show_calibration,
        "dashboard": app.show_dashboard,
        "exercise": lambda: app.show_exercise(EventKind.SHIFT_REMINDER),
        "models": app.show_get_models,
        "export": app.export_week,
    }


def each_view(qtbot, app) -> Iterator[tuple[str, QWidget, bool]]:
    """Open each window in turn; yield (what it shows, the window, its last view?).

    The settings are yielded once per tab. The caller looks at each view and
    closes the window after its last one (with Escape, as a user would).
    """
    for name, show in openers(app).items():
        show()
        window = app.windows[name]
        qtbot.waitExposed(window)
        if name == "settings":  # every tab's controls
            for i in range(window.tabs.count()):
                window.tabs.setCurrentIndex(i)
                qtbot.wait(20)
                yield f"{name} tab {i}", window, i == window.tabs.count() - 1
        else:
            yield name, window, True


def escape_closes(qtbot, window: QWidget) -> bool:
    """Press Escape in ``window``; whether that closed it (it is closed either way)."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.wait(100)
    if isValid(window) and window.isVisible():
        window.close()
        return False
    return True


def test_every_window_names_its_controls_and_closes_on_escape(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    problems: dict[str, list[str]] = {}
    for view, window, last in each_view(qtbot, app):
        problems[view] = unnamed(window) + [f"no description: {u}" for u in undescribed(window)]
        if last and not escape_closes(qtbot, window):
            problems[view].append("Escape does not close it")
    assert len(problems) >= 7
    said = [f"{view}: {p}" for view, found in problems.items() for p in found]
    assert said == [], "\n".join(said)
