"""Every window works from the keyboard alone (issue 12).

In each window (the settings once per tab) Tab reaches every control that
is shown and enabled, in the order a reader reads the window: top to
bottom, left to right within a row. Within one view no two controls share
a mnemonic (Alt+letter), so each Alt+letter goes where it says. Escape
closing each window is tested in tests/ui/test_accessibility.py.
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from tests.ui.conftest import step
from tests.ui.test_accessibility import each_view, escape_closes

#: Two controls whose centres are this close in height (pixels) are on one row.
ROW_TOLERANCE = 12


def control(widget: QWidget | None) -> QWidget | None:
    """The control ``widget`` is part of: a spin box's or a combo box's own text field is it."""
    while widget is not None and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        widget = widget.parentWidget()
    return widget


def reachable(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a user should reach with Tab: shown, enabled, focusable."""
    found = []
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled()) or w.focusProxy() is not None:
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or control(w) is not w:
            continue
        found.append(w)
    return found


def tab_through(qtbot, window: QWidget) -> list[QWidget]:
    """The controls Tab visits, from the first of the window's focus chain, once round."""
    first = window.nextInFocusChain()
    while first is not window and first not in reachable(window):
        first = first.nextInFocusChain()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(200):
        current = control(window.focusWidget())
        if current is None or (visited and current is first):
            break
        if not visited or visited[-1] is not current:  # Tab moves within a date's parts too
            visited.append(current)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    return visited


def where(widget: QWidget, window: QWidget) -> QPoint:
    """The widget's centre in the window's coordinates."""
    return widget.mapTo(window, widget.rect().center())


def describe(widget: QWidget) -> str:
    """A control as a person would point at it."""
    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
    return f"{type(widget).__name__} {text.replace('&', '')!r}"


def out_of_order(visited: list[QWidget], window: QWidget) -> list[str]:
    """Each step of Tab that goes up a row, or left within a row (the wrap to the start aside)."""
    found = []
    for a, b in pairwise(visited):
        pa, pb = where(a, window), where(b, window)
        same_row = abs(pa.y() - pb.y()) <= ROW_TOLERANCE
        if (same_row and pb.x() < pa.x()) or (not same_row and pb.y() < pa.y()):
            found.append(f"{describe(a)} -> {describe(b)}")
    return found


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys shown in ``window`` and what carries each."""
    keys: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            keys.setdefault(match.group(1).lower(), []).append(what)

    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            add(w.text(), w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i), w.tabText(i))
    return keys


def clashes(window: QWidget) -> list[str]:
    """The Alt+letter keys that two controls of ``window`` share."""
    return [f"Alt+{k}: {', '.join(v)}" for k, v in mnemonics(window).items() if len(v) > 1]


def test_the_check_finds_a_backwards_tab_order_and_a_shared_mnemonic(qtbot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    top, middle, bottom = QPushButton("&Start"), QPushButton("&Second"), QPushButton("&Third")
    for button in (top, middle, bottom):
        layout.addWidget(button)
    QWidget.setTabOrder(top, bottom)  # Tab skips the middle one, then goes back up to it
    QWidget.setTabOrder(bottom, middle)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    visited = tab_through(qtbot, window)
    assert set(visited) == {top, middle, bottom}
    assert out_of_order(visited, window) == ["QPushButton 'Third' -> QPushButton 'Second'"]
    assert clashes(window) == ["Alt+s: &Start, &Second"]


def test_every_window_works_from_the_keyboard(qtbot, make_app, clock) -> None:
    app = make_app()
    qtbot.waitUntil(lambda: app.controller.started, timeout=20_000)
    step(qtbot, app, clock, n=2)
    problems: dict[str, list[str]] = {}
    for view, window, last in each_view(qtbot, app):
        if view == "dashboard":  # the day before: "Next day" can be used too
            window.prev_button.click()
        visited = tab_through(qtbot, window)
        missed = [describe(w) for w in reachable(window) if w not in visited]
        problems[view] = [f"Tab never reaches {m}" for m in missed]
        problems[view] += out_of_order(visited, window)
        problems[view] += clashes(window)
        if last:
            escape_closes(qtbot, window)
    assert len(problems) >= 7
    said = [f"{view}: {p}" for view, found in problems.items() for p in found]
    assert said == [], "\n".join(said)
