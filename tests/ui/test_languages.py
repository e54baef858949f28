"""DeskGuard in each shipped language (issue 12), on the real headless desktop.

Each catalogue is installed the way the app installs it (the ``.ts`` read
from source, the ``.qm`` in a package); the words of the UI and of the core
come out translated, the app starts in that language as a process, and in
German, Polish and Japanese no text of the settings or the welcome is cut
off at 1280x800.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QTabWidget, QWidget

from deskguard.core.i18n import _
from deskguard.ui.translations import available_languages, folder, install_translations
from tests.ui.conftest import screenshot
from tests.ui.test_app_process import _Lines, launch, private_runtime_dir

LANGUAGES = available_languages()


def words(code: str) -> dict[str, str]:
    """The catalogue's finished translations (not its counted phrases: see ``plurals``)."""
    root = ET.parse(folder() / f"deskguard_{code}.ts").getroot()
    return {
        m.findtext("source") or "": (m.find("translation").text or "")  # type: ignore[union-attr]
        for m in root.iter("message")
        if m.get("numerus") != "yes"
    }


def plurals(code: str) -> dict[str, list[str]]:
    """The catalogue's counted phrases: each one's forms, in Qt's order."""
    root = ET.parse(folder() / f"deskguard_{code}.ts").getroot()
    return {
        m.findtext("source") or "": [f.text or "" for f in m.iter("numerusform")]
        for m in root.iter("message")
        if m.get("numerus") == "yes"
    }


def compile_catalogue(code: str, into: Path) -> Path:
    """The .qm the installers build (pyside6-lrelease), for ``code``."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = into / f"deskguard_{code}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(folder() / f"deskguard_{code}.ts"), "-qm", str(qm)],
        check=True,
    )
    return qm


@pytest.fixture
def english(qapp):
    """Back to English after the test, as every other test expects."""
    yield
    install_translations(qapp, "")  # the system's, as at the start


def cut_off(window: QWidget) -> list[str]:
    """The visible texts that do not fit their widget (buttons, boxes, one-line labels, tabs)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"button {widget.text()!r}: {widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QCheckBox | QLabel) and not (
            isinstance(widget, QLabel) and widget.wordWrap()
        ):
            if widget.sizeHint().width() > widget.width() + 1 and widget.text():
                found.append(f"{type(widget).__name__} {widget.text()!r}")
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            for i in range(bar.count()):
                if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + 1:
                    found.append(f"tab {bar.tabText(i)!r}")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_ui_and_the_core_speak_the_language(qapp, english, code: str) -> None:
    assert install_translations(qapp, code) == code
    catalogue = words(code)
    for source in ("&Pause", "Time to shift position", "Settings"):
        if source in catalogue:
            assert QCoreApplication.translate("DeskGuard", source) == catalogue[source]
    assert _("Time to shift position") == catalogue["Time to shift position"]  # the core's
    assert QLocale().name().startswith(code.split("_")[0])  # dates and numbers too


def test_a_compiled_catalogue_gives_the_same_words_as_its_source(
    qapp, english, tmp_path: Path, monkeypatch
) -> None:
    """The packaged app loads .qm (built by pyside6-lrelease); from source the .ts is read."""
    if not LANGUAGES:
        pytest.skip("no catalogue shipped yet")
    code = LANGUAGES[0]
    compile_catalogue(code, tmp_path)
    from deskguard.ui import translations

    monkeypatch.setattr(translations, "folder", lambda: tmp_path)
    assert install_translations(qapp, code) == code
    catalogue = words(code)
    assert all(
        QCoreApplication.translate("DeskGuard", source) == text
        for source, text in catalogue.items()
        if text
    )


#: Counts that tell every shipped language's forms apart (Polish: 1 / 2-4, 22-24 / 0, 5-21).
COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 102, 111, 112, 122]


@pytest.mark.parametrize("code", LANGUAGES)
def test_counted_phrases_take_the_languages_plural_forms(
    qapp, english, tmp_path: Path, code: str
) -> None:
    """Qt numerus: the .ts read from source and the compiled .qm pick the same form for each n."""
    from deskguard.ui.translations import CONTEXT, TsTranslator

    counted = plurals(code)
    assert counted, "no counted phrase in the catalogue"
    source = TsTranslator(folder() / f"deskguard_{code}.ts")
    compiled = QTranslator()
    assert compiled.load(str(compile_catalogue(code, tmp_path)))
    for phrase, forms in counted.items():
        for n in COUNTS:
            from_source = source.translate(CONTEXT, phrase, None, n)
            assert from_source == compiled.translate(CONTEXT, phrase, None, n), (phrase, n)
            assert from_source in forms


def test_polish_has_three_forms_and_french_counts_zero_as_one(qapp, english) -> None:
    """The rules themselves, through the words the dashboard shows (core ``_n``)."""
    from deskguard.core.review import breaks_words

    if "pl" in LANGUAGES:
        install_translations(qapp, "pl")
        one, few, many = plurals("pl")["%n breaks"]
        for n, form in ((1, one), (2, few), (4, few), (22, few), (5, many), (12, many), (0, many)):
            assert breaks_words(n, 0)[0] == form.replace("%n", str(n)), n
    if "fr" in LANGUAGES:
        install_translations(qapp, "fr")
        one, other = plurals("fr")["%n breaks"]
        assert breaks_words(0, 0)[0] == one.replace("%n", "0")
        assert breaks_words(2, 0)[0] == other.replace("%n", "2")
    install_translations(qapp, "en")
    assert [breaks_words(n, 0)[0] for n in (0, 1, 2)] == ["0 breaks", "1 break", "2 breaks"]


@pytest.mark.parametrize("code", [c for c in ("de", "pl", "ja") if c in LANGUAGES])
def test_long_words_fit_at_1280x800(qtbot, qapp, english, make_app, code: str) -> None:
    install_translations(qapp, code)
    app = make_app()
    app.show_settings()
    dialog = app.windows["settings"]
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 800 and dialog.width() <= 1280
    # In this language (not the one of an earlier test), the standard buttons too.
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert words(code)["Exercises"] in titles
    assert all(b.text() for b in dialog.buttons.buttons())  # Qt's own catalogue, not blanks
    problems = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        problems += cut_off(dialog)
    dialog.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    screenshot(dialog, f"settings-{code}")
    app.show_welcome()
    welcome = app.windows["welcome"]
    qtbot.waitExposed(welcome)
    assert welcome.height() <= 800 - 40
    problems += cut_off(welcome)
    screenshot(welcome, f"welcome-{code}")
    app.menu.menu.aboutToShow.emit()
    assert app.menu.settings_action.text() == words(code)["Se&ttings…"]
    welcome.close()
    dialog.close()
    assert problems == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_app_starts_in_each_language(tmp_path: Path, models_dir: Path, code: str) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(f'{{"language": "{code}"}}')
    env = {
        **__import__("os").environ,
        "DESKGUARD_CONFIG_DIR": str(config),
        "XDG_RUNTIME_DIR": str(private_runtime_dir(tmp_path)),
    }
    proc = launch(models_dir, tmp_path / "history.sqlite3", env=env)
    lines = _Lines(proc)
    try:
        lines.wait_for(f"language: {code}", timeout_s=60)
        lines.wait_for("first sample", timeout_s=60)
    finally:
        proc.send_signal(signal.SIGTERM)
        code_out = proc.wait(timeout=30)
        said = lines.finish()
    assert code_out == 0
    assert "Traceback" not in "\n".join(said)


def test_the_language_setting_is_offered_with_native_names(qtbot, make_app) -> None:
    app = make_app()
    app.show_settings()
    combo = app.windows["settings"]._editors["language"]
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["", *LANGUAGES]
    assert combo.itemText(0).startswith("As the system")
    if "de" in LANGUAGES:
        assert combo.itemText(offered.index("de")) == "Deutsch"


def test_dates_times_numbers_and_lists_follow_the_locale(qapp, english) -> None:
    """The core's dates, times and numbers go through the locale the app installed."""
    from datetime import date, time

    from deskguard.core.i18n import formats

    monday = date(2026, 11, 23)
    assert install_translations(qapp, "de") == "de"
    f = formats()
    assert (f.weekday_and_day(monday), f.day_and_month(monday)) == ("Mo. 23", "23. Nov.")
    assert (f.decimal(1.5, 1), f.integer(1234), f.join(["a", "b", "c"])) == (
        "1,5",
        "1.234",
        "a, b und c",
    )
    install_translations(qapp, "ja")
    assert (formats().weekday_and_day(monday), formats().full_date(monday)) == (
        "23日(月)",
        "2026年11月23日",
    )
    install_translations(qapp, "en_US")  # no catalogue: English words, American formats
    assert formats().clock(time(14, 30)).replace("\u202f", " ") == "2:30 PM"


@pytest.mark.parametrize("code", [c for c in ("de", "ja") if c in LANGUAGES])
def test_the_weekly_report_is_written_in_the_language(qapp, english, code: str) -> None:
    """The HTML report: its words, its weekdays and its <html lang> are the user's."""
    from datetime import date

    from deskguard.core.i18n import formats
    from deskguard.report.export import to_html
    from tests.report.test_export import _day, _week

    install_translations(qapp, code)
    catalogue = words(code)
    page = to_html(_week(_day(screen_advice="raise by about 4 cm")))
    assert f'<html lang="{formats().language}">' in page
    assert formats().language.startswith(code)
    for english_words in ("Day by day", "Longest stretch", "seated this week"):
        assert catalogue[english_words] in page
        assert f">{english_words}<" not in page
    assert formats().weekday_and_day(date(2026, 11, 23)) in page
    assert catalogue["raise it by about {0} cm"].format(4) in page
