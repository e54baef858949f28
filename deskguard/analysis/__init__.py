"""From a frame to a ``PostureSample``: MediaPipe models, found and verified."""
