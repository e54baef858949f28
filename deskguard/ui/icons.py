"""Tray icons drawn in code: a shield whose badge shape tells the state.

Every state has a glyph of its own (tested), so no two states differ only in
colour.

Colour alone never carries the meaning (colour-blind users, monochrome
panels): every state has its own glyph, and the tooltip says it in words.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from deskguard.core.presentation import TrayState

# (shield colour, glyph) per state.
_LOOK: dict[TrayState, tuple[str, str]] = {
    TrayState.GOOD: ("#2f8f6b", "check"),
    TrayState.NOT_CALIBRATED: ("#3d7ea6", "dot"),
    TrayState.ATTENTION: ("#d9822b", "bang"),
    TrayState.AWAY: ("#7b8794", "dash"),
    TrayState.CANT_SEE: ("#8a6fb0", "question"),
    TrayState.PAUSED: ("#7b8794", "pause"),
    TrayState.CAMERA_BUSY: ("#7b8794", "slash"),
    TrayState.CAMERA_UNAVAILABLE: ("#c0392b", "cross"),
    TrayState.NO_MODELS: ("#c0392b", "box"),
    TrayState.OFF_HOURS: ("#7b8794", "moon"),
    TrayState.STARTING: ("#7b8794", "ring"),
}


def _shield(size: float) -> QPainterPath:
    s = size / 64.0
    path = QPainterPath(QPointF(32 * s, 3 * s))
    path.lineTo(57 * s, 11 * s)
    path.lineTo(57 * s, 30 * s)
    path.cubicTo(57 * s, 46 * s, 46 * s, 56 * s, 32 * s, 61 * s)
    path.cubicTo(18 * s, 56 * s, 7 * s, 46 * s, 7 * s, 30 * s)
    path.lineTo(7 * s, 11 * s)
    path.closeSubpath()
    return path


def state_pixmap(state: TrayState, size: int = 64) -> QPixmap:
    """The icon for ``state`` at ``size`` pixels."""
    colour, glyph = _LOOK[state]
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#1d2a2e"), size / 32))
    p.setBrush(QBrush(QColor(colour)))
    p.drawPath(_shield(size))
    s = size / 64.0
    pen = QPen(QColor("#ffffff"), 6 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if glyph == "check":
        path = QPainterPath(QPointF(20 * s, 32 * s))
        path.lineTo(29 * s, 41 * s)
        path.lineTo(45 * s, 23 * s)
        p.drawPath(path)
    elif glyph == "bang":
        p.drawLine(QPointF(32 * s, 18 * s), QPointF(32 * s, 36 * s))
        p.drawPoint(QPointF(32 * s, 46 * s))
    elif glyph == "dash":
        p.drawLine(QPointF(21 * s, 32 * s), QPointF(43 * s, 32 * s))
    elif glyph == "pause":
        p.drawLine(QPointF(26 * s, 22 * s), QPointF(26 * s, 42 * s))
        p.drawLine(QPointF(38 * s, 22 * s), QPointF(38 * s, 42 * s))
    elif glyph in ("cross", "slash"):
        p.drawLine(QPointF(22 * s, 22 * s), QPointF(42 * s, 42 * s))
        if glyph == "cross":
            p.drawLine(QPointF(42 * s, 22 * s), QPointF(22 * s, 42 * s))
    elif glyph == "question":
        path = QPainterPath(QPointF(25 * s, 25 * s))
        path.cubicTo(25 * s, 14 * s, 41 * s, 14 * s, 40 * s, 25 * s)
        path.cubicTo(40 * s, 31 * s, 32 * s, 31 * s, 32 * s, 37 * s)
        p.drawPath(path)
        p.drawPoint(QPointF(32 * s, 46 * s))
    elif glyph == "moon":
        p.setBrush(QBrush(QColor("#ffffff")))
        p.setPen(Qt.PenStyle.NoPen)
        moon = QPainterPath()
        moon.addEllipse(QRectF(20 * s, 19 * s, 24 * s, 24 * s))
        bite = QPainterPath()
        bite.addEllipse(QRectF(27 * s, 15 * s, 22 * s, 22 * s))
        p.drawPath(moon.subtracted(bite))
    elif glyph == "box":
        p.drawRect(QRectF(23 * s, 23 * s, 18 * s, 18 * s))
    elif glyph == "ring":
        p.drawEllipse(QPointF(32 * s, 32 * s), 9 * s, 9 * s)
    else:  # dot
        p.setBrush(QBrush(QColor("#ffffff")))
        p.drawEllipse(QPointF(32 * s, 32 * s), 4 * s, 4 * s)
    p.end()
    return pixmap


def state_icon(state: TrayState) -> QIcon:
    """A multi-size icon for ``state``."""
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        icon.addPixmap(state_pixmap(state, size))
    return icon
