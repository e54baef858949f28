"""Make installers/windows/deskguard.ico from the rendered PNG icons (Pillow).

    python installers/windows/make_ico.py ICONS_DIR   # ICONS_DIR from installers/linux/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image


def main() -> int:
    icons = Path(sys.argv[1])
    big = Image.open(icons / "256x256" / "apps" / "deskguard.png")
    out = Path(__file__).with_name("deskguard.ico")
    big.save(out, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
