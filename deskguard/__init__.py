"""DeskGuard: a private, light sitting-posture monitor.

Data flows one way: capture -> analysis -> core (pure maths, engine) -> storage -> UI.
``deskguard.core`` imports only the standard library (enforced by import-linter).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("deskguard")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
