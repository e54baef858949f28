"""The core's user-visible words go through a translator the UI installs.

The core may not import Qt, so it marks its strings with ``_()`` and the app
routes them to ``QCoreApplication.translate("DeskGuard", …)`` at start-up
(:func:`set_translator`). Without a UI (tests, the command line) the words
stay English. Format after translating: ``_("About {0} cm").format(n)``.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = str


def set_translator(translate: Callable[[str], str]) -> None:
    """Use ``translate`` for every word the core shows from now on."""
    global _translate
    _translate = translate


def _(text: str) -> str:
    """The translation of ``text`` (itself when there is none)."""
    return _translate(text)
