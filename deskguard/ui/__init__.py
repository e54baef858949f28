"""The Qt shell around the core: tray, windows, the sampling worker.

Only this package (and the doctor's tray check) imports Qt.
"""

from deskguard.ui.refcounts import make_singletons_immortal

# Before any Qt call of ours: PySide6 6.12 leaks references to None, True and False.
make_singletons_immortal()
