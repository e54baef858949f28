"""Render resources/icons/deskguard.svg to the PNG sizes the hicolor theme wants.

    QT_QPA_PLATFORM=offscreen python installers/linux/render_icons.py OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    out = Path(sys.argv[1])
    app = QGuiApplication(sys.argv[:1])
    svg = Path(__file__).resolve().parents[2] / "resources" / "icons" / "deskguard.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"error: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "deskguard.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = out / "scalable" / "apps" / "deskguard.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
