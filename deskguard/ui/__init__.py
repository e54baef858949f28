"""The Qt shell around the core: tray, windows, the sampling worker.

Only this package (and the doctor's tray check) imports Qt.
"""
