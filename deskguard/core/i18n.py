"""The core's user-visible words and formats go through hooks the UI installs.

The core may not import Qt, so it marks its strings with ``_()`` (and counted
ones with ``_n()``) and the app routes them to Qt's catalogues at start-up
(:func:`set_translator`). Dates, times, numbers and lists go through
:func:`formats`, which the app replaces with one that follows the user's
locale (:func:`set_formats`). Without a UI (tests, the command line) the words
stay English and the formats those of the C locale: "Mon 23", "14:30", "1.5".
Format after translating: ``_("About {0} cm").format(n)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time


def _no_plurals(source: str, n: int) -> str | None:
    return None


_translate: Callable[[str], str] = str
#: (the plural English source, n) -> the catalogue's form for n, or None when it has none.
_translate_n: Callable[[str, int], str | None] = _no_plurals


def set_translator(
    translate: Callable[[str], str],
    translate_n: Callable[[str, int], str | None] | None = None,
) -> None:
    """Use ``translate`` (and ``translate_n`` for counted words) for every word from now on."""
    global _translate, _translate_n
    _translate = translate
    _translate_n = translate_n or _no_plurals


def _(text: str) -> str:
    """The translation of ``text`` (itself when there is none)."""
    return _translate(text)


def _n(one: str, many: str, n: int) -> str:
    """The form of a counted phrase for ``n``: ``_n("%n break", "%n breaks", 3)`` -> "3 breaks".

    ``many`` (with ``%n`` where the number goes) is the catalogue's key, as a
    Qt numerus message: each language has as many forms as its grammar
    needs (Polish three, Japanese one). Without a translation, English's
    rule picks ``one`` or ``many``.
    """
    translated = _translate_n(many, n)
    if translated is None:
        translated = one if n == 1 else many
    return translated.replace("%n", formats().integer(n))


def plural_forms(language: str) -> int:
    """How many forms a counted phrase has in ``language`` ("pl_PL" -> 3), as Qt counts them."""
    return 1 + max(plural_index(language, n) for n in range(200))


def plural_index(language: str, n: int) -> int:
    """Which of ``language``'s forms a count of ``n`` takes, by Qt's numerus rules.

    The same rules ``pyside6-lrelease`` compiles into a ``.qm`` (a test checks
    each shipped language against it), so a catalogue read from its ``.ts``
    and a compiled one say the same.
    """
    code = language.split("_")[0]
    if code in _ONE_FORM:
        return 0
    if code == "fr" or language.startswith("pt_BR"):
        return 0 if n <= 1 else 1  # French, Brazilian Portuguese: 0 and 1 are singular
    if code == "pl":
        if n == 1:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 20 else 2
    return 0 if n == 1 else 1


#: Languages whose nouns do not change with a count (Qt's "Japanese style").
_ONE_FORM = frozenset({"ja", "zh", "ko", "tr", "vi", "th", "id", "ms", "fa", "hu"})


class Formats:
    """Dates, times, numbers and lists as the C locale writes them (the command line's).

    The UI installs a subclass that asks Qt's ``QLocale`` (``ui.translations``).
    """

    #: The language's code for documents (``<html lang>``).
    language = "en"

    def weekday(self, day: date) -> str:
        """The short weekday name: "Mon"."""
        return day.strftime("%a")

    def weekday_and_day(self, day: date) -> str:
        """A day of this week, short: "Mon 23"."""
        return day.strftime("%a %d")

    def day_and_month(self, day: date) -> str:
        """A day of the year, short: "23 Nov"."""
        return day.strftime("%d %b")

    def full_date(self, day: date) -> str:
        """A day with its year, short: "23 Nov 2026"."""
        return day.strftime("%d %b %Y")

    def clock(self, at: time) -> str:
        """A time of day: "14:30"."""
        return at.strftime("%H:%M")

    def integer(self, n: int) -> str:
        """A whole number: "1234"."""
        return str(n)

    def decimal(self, value: float, places: int) -> str:
        """A number with ``places`` decimals: "1.5"."""
        return f"{value:.{places}f}"

    def percent(self, value: float) -> str:
        """A share as a percentage, rounded: "87 %" ("%87" in Turkish, by its catalogue)."""
        return _("{0} %").format(self.integer(round(value)))

    def join(self, items: Sequence[str]) -> str:
        """Items of a list in a sentence: "a, b, c"."""
        return ", ".join(items)


_formats = Formats()


def set_formats(new: Formats) -> None:
    """Format dates, times, numbers and lists with ``new`` from now on."""
    global _formats
    _formats = new


def formats() -> Formats:
    """How dates, times, numbers and lists are written now."""
    return _formats
