"""DeskGuard's words in the user's language: the system's, or the one chosen in Settings.

Every string goes through Qt (the UI's ``tr`` and, routed here, the core's
``_``). The catalogues are ``resources/translations/deskguard_<lang>.ts``. A
packaged app ships them compiled (``.qm``, made by ``pyside6-lrelease`` when
the installers are built); running from source or from a wheel, the ``.ts``
itself is read (:class:`TsTranslator`), so both give the same words.
Dates, times and numbers follow the same locale (``QLocale.setDefault``).
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from deskguard import paths
from deskguard.core.i18n import Formats, plural_index, set_formats, set_translator

log = logging.getLogger("deskguard.i18n")

CONTEXT = "DeskGuard"


def folder() -> Path:
    """Where the catalogues are."""
    return paths.resources_dir() / "translations"


def available_languages() -> list[str]:
    """The language codes shipped (``de``, ``pt_BR``…), from the catalogues present."""
    codes = {p.stem.removeprefix("deskguard_") for p in folder().glob("deskguard_*.ts")}
    codes |= {p.stem.removeprefix("deskguard_") for p in folder().glob("deskguard_*.qm")}
    return sorted(codes)


def language_name(code: str) -> str:
    """The language's own name for itself: "Deutsch", "português (Brasil)", "日本語"."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if "_" in code:
        name += f" ({locale.nativeTerritoryName()})"
    return name or code


class TsTranslator(QTranslator):
    """A catalogue read from its ``.ts`` source (running from source or a wheel)."""

    def __init__(self, path: Path) -> None:
        """Read the finished translations of ``path``."""
        super().__init__()
        self.path = path
        self.words: dict[str, str] = {}
        self.plurals: dict[str, list[str]] = {}  # numerus messages: their forms
        root = ET.parse(path).getroot()
        self.catalogue_language = root.get("language") or path.stem.removeprefix("deskguard_")
        for message in root.iter("message"):
            node = message.find("translation")
            source = message.findtext("source")
            if node is None or not source or node.get("type"):
                continue  # unfinished, obsolete: the English stays
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                if forms and all(forms):
                    self.plurals[source] = forms
            elif node.text:
                self.words[source] = node.text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation of ``source``, or None: then Qt asks the next catalogue.

        None, not "": Qt takes any non-null answer, an empty one too, as the
        translation (the standard buttons would lose their words).
        """
        if context != CONTEXT:
            return None
        forms = self.plurals.get(source)
        if forms is not None:
            # As Qt does with a .qm: the form the language's rule picks for n.
            index = plural_index(self.catalogue_language, max(n, 0))
            return forms[min(index, len(forms) - 1)]
        return self.words.get(source)

    def isEmpty(self) -> bool:
        """No translation at all."""
        return not self.words and not self.plurals


class QtFormats(Formats):
    """Dates, times, numbers and lists as the user's locale writes them (Qt's ``QLocale``)."""

    def __init__(self, locale: QLocale) -> None:
        """Format as ``locale`` does."""
        self.locale = locale
        self.language = locale.bcp47Name() or "en"
        long = locale.dateFormat(QLocale.FormatType.LongFormat)
        # The long date without its weekday ("d. MMMM yyyy"), and without its year too
        # ("d. MMMM", "M月d日"): a locale gives no such formats of its own.
        self._with_year = _tidy(re.sub(r"d{4}", "", long)).replace("MMMM", "MMM")
        self._without_year = _tidy(re.sub(r"y+年?", "", self._with_year))
        # "Mo. 23"; Chinese and Japanese put the day first: "23日(月)".
        self._weekday_day = "d日(ddd)" if "日" in long else "ddd d"

    def weekday(self, day: date) -> str:
        """The short weekday name: "Mo.", "lun.", "月"."""
        return self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def weekday_and_day(self, day: date) -> str:
        """A day of this week, short: "Mo. 23", "23日(月)"."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._weekday_day)

    def day_and_month(self, day: date) -> str:
        """A day of the year, short: "23. Nov.", "11月23日"."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._without_year)

    def full_date(self, day: date) -> str:
        """A day with its year: "23. Nov. 2026", "2026年11月23日"."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._with_year)

    def clock(self, at: time) -> str:
        """A time of day as the locale writes it: "14:30", "2:30 PM"."""
        return self.locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)

    def integer(self, n: int) -> str:
        """A whole number with the locale's digits and grouping: "1.234"."""
        return self.locale.toString(n)

    def decimal(self, value: float, places: int) -> str:
        """A number with ``places`` decimals and the locale's separator: "1,5"."""
        return self.locale.toString(float(value), "f", places)

    def join(self, items: Sequence[str]) -> str:
        """Items of a list as the language joins them: "a, b und c"."""
        return self.locale.createSeparatedList(list(items))


def _tidy(pattern: str) -> str:
    """A date pattern with a removed part's separators gone: ", d. MMMM " -> "d. MMMM"."""
    pattern = re.sub(r"\s*,\s*(?=,|$)", "", pattern.strip())
    pattern = re.sub(r"\s*'[^']*'\s*$", "", pattern)  # Spanish "d 'de' MMM 'de'" -> "d 'de' MMM"
    return re.sub(r"\s{2,}", " ", pattern).strip(" ,")


def _catalogue(locale: QLocale) -> Path | None:
    """The best catalogue for ``locale``: ``pt_BR`` first, then ``pt``; compiled first."""
    here = folder()
    for code in (locale.name(), locale.name().split("_")[0]):
        for suffix in (".qm", ".ts"):
            path = here / f"deskguard_{code}{suffix}"
            if path.is_file():
                return path
    return None


def install_translations(app: QCoreApplication, language: str = "") -> str:
    """Use ``language`` (empty: the system's) for every word; the code used ("en": none).

    Installs Qt's own catalogue (its standard buttons) and DeskGuard's, and
    routes the core's ``_()`` through Qt. Translators installed by an earlier
    call are removed first, so a test (or a restart of the UI) can switch.
    """
    for old in getattr(app, "_deskguard_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    set_formats(QtFormats(locale))
    qt_base = QTranslator(app)
    if qt_base.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    used = "en"
    path = _catalogue(locale)
    if path is not None:
        ours: QTranslator
        if path.suffix == ".qm":
            ours = QTranslator(app)
            loaded = ours.load(str(path))
        else:
            try:
                ours = TsTranslator(path)
                loaded = not ours.isEmpty()
            except (OSError, ET.ParseError) as exc:
                log.warning("translation %s not read: %s", path.name, exc)
                loaded = False
        if loaded:
            app.installTranslator(ours)
            installed.append(ours)
            used = path.stem.removeprefix("deskguard_")
    app._deskguard_translators = installed  # type: ignore[attr-defined]
    catalogue = installed[-1] if used != "en" else None

    def translate_n(source: str, n: int) -> str | None:
        # Asked of DeskGuard's own catalogue: Qt would put the English many-form for n == 1.
        return (catalogue.translate(CONTEXT, source, None, n) or None) if catalogue else None

    set_translator(lambda text: QCoreApplication.translate(CONTEXT, text), translate_n)
    log.info("language: %s (%s)", used, locale.name())
    return used
