"""A workaround for PySide6 6.12's reference leaks on ``None``, ``True`` and ``False``.

WORKAROUND: PySide6 6.12 returns ``None`` from every void method called from
Python (``QTimer.start``, ``QWidget.setToolTip``, ``processEvents`` …) and
``True`` from ``Signal.emit()`` without a reference of their own (a missing
Py_INCREF), so each such call takes one reference from that object for good.
``None`` starts with about five thousand: a tray app making a few such calls a
sample gets there within hours, and CPython then dies with "Fatal Python
error: none_dealloc" (or "bool_dealloc"). CPython 3.12 makes these objects
immortal itself (PEP 683); before it, a huge reference count set once
outlasts any run. Done only where a probe shows the leak. Patching the calls
instead is not possible: they are C functions, and ``.emit`` is passed as a
slot where a Python function cannot be.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("deskguard.ui")

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def leaking() -> list[object]:
    """The singletons whose references PySide6 calls take away here (empty: none)."""
    probe = _Probe()
    objects: list[object] = [None, True, False]
    before = [sys.getrefcount(o) for o in objects]
    for _ in range(_PROBES):
        probe.ping.emit()  # returns True
        probe.setObjectName("probe")  # a void method: returns None
    after = [sys.getrefcount(o) for o in objects]
    return [o for o, b, a in zip(objects, before, after, strict=True) if a < b]


def make_singletons_immortal() -> None:
    """Give ``None``, ``True`` and ``False`` a reference count no run can use up (< 3.12)."""
    if sys.version_info >= (3, 12):
        return
    leaks = leaking()
    if not leaks:
        return
    import ctypes

    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    log.debug("None, True and False made immortal against PySide6's reference leak (%s)", leaks)
