"""Keep MediaPipe's drawing helpers, and the matplotlib they pull in, out of the process.

``import mediapipe`` imports ``mediapipe.tasks.python.vision``, whose package
imports ``drawing_utils`` and ``drawing_styles``: helpers that draw landmarks
with ``matplotlib.pyplot``. DeskGuard never draws with them, and importing
matplotlib costs about 39 MB of memory and a second of start-up in the tray
app. A finder placed first on ``sys.meta_path`` answers those two module names
with empty stand-ins; nothing else (matplotlib itself included) is touched.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence

#: MediaPipe's modules that only draw, and need matplotlib to import.
DRAWING_MODULES = frozenset(
    {
        "mediapipe.tasks.python.vision.drawing_utils",
        "mediapipe.tasks.python.vision.drawing_styles",
    }
)


class _NotLoaded(types.ModuleType):
    """A stand-in: any use says why the real module is not there."""

    def __getattr__(self, name: str) -> object:
        raise AttributeError(
            f"{self.__name__}.{name}: DeskGuard does not load MediaPipe's drawing helpers "
            "(they import matplotlib, which it never uses)"
        )


class _StandInLoader(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _NotLoaded(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run."""


class _DrawingFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname in DRAWING_MODULES:
            return importlib.machinery.ModuleSpec(fullname, _StandInLoader())
        return None


def skip_mediapipe_drawing() -> None:
    """Install the finder (once); call before MediaPipe is first imported."""
    if not any(isinstance(f, _DrawingFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _DrawingFinder())
