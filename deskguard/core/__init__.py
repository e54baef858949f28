"""The pure core: measurement maths, posture metrics and (later) the reminder engine.

Nothing here imports Qt, OpenCV, MediaPipe, NumPy or SQLite, so all of it is
importable and testable without a camera, a model or a display.
"""
