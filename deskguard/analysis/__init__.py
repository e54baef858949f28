"""From a frame to a ``PostureSample``: MediaPipe models, found and verified."""

from deskguard.analysis.lean_import import skip_mediapipe_drawing

# Before MediaPipe is imported by anything here: its drawing helpers load matplotlib.
skip_mediapipe_drawing()
