"""The core's words go through the translator the UI installs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from deskguard.core import i18n
from deskguard.core.engine import EventKind
from deskguard.core.presentation import TrayState, status_line
from tests.scripted_day import Day

PSEUDO = {
    "Time to shift position": "Zeit, die Haltung zu wechseln",
    "You have sat still for {0}.": "Sie sitzen seit {0} still.",
    "{0} min": "{0} Min.",
    "Posture looks good": "Haltung sieht gut aus",
}


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_translator(lambda text: PSEUDO.get(text, text))
    yield
    i18n.set_translator(str)


def test_reminders_are_translated(german) -> None:
    (reminder,) = [e for e in Day().sit(12.5).events if e.kind is EventKind.SHIFT_REMINDER]
    assert reminder.title == "Zeit, die Haltung zu wechseln"
    assert reminder.body.startswith("Sie sitzen seit 12 Min. still. ")


def test_tray_words_are_translated(german) -> None:
    assert status_line(TrayState.GOOD, None) == "Haltung sieht gut aus"


def test_without_a_translator_the_words_stay_english() -> None:
    assert status_line(TrayState.GOOD, None) == "Posture looks good"
