"""The translation pipeline, end to end: template up to date, a catalogue compiles and is used."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO


def test_the_template_lists_every_string() -> None:
    run = subprocess.run(
        [sys.executable, "tools/extract_strings.py", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    template = (REPO / "resources" / "translations" / "deskguard.ts").read_text()
    for text in (
        "Time to shift position",
        "&amp;Pause",
        "Posture looks good",
        "Stand up and walk for two or three minutes: fetch some water.",
    ):
        assert f"<source>{text}</source>" in template


def test_a_compiled_catalogue_translates_the_core_and_the_ui(tmp_path: Path) -> None:
    ts = (REPO / "resources" / "translations" / "deskguard.ts").read_text()
    ts = ts.replace(
        "<source>Time to shift position</source>\n"
        '        <translation type="unfinished"></translation>',
        "<source>Time to shift position</source>\n"
        "        <translation>Zeit, die Haltung zu wechseln</translation>",
    )
    (tmp_path / "deskguard_de.ts").write_text(ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            str(tmp_path / "deskguard_de.ts"),
            "-qm",
            str(tmp_path / "deskguard_de.qm"),
        ],
        check=True,
        capture_output=True,
    )
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from PySide6.QtCore import QCoreApplication, QTranslator
        from deskguard.core import i18n
        from tests.scripted_day import Day
        app = QCoreApplication([])
        t = QTranslator()
        assert t.load({str(tmp_path / "deskguard_de.qm")!r})
        app.installTranslator(t)
        i18n.set_translator(lambda s: QCoreApplication.translate("DeskGuard", s))
        print([e.title for e in Day().sit(12.5).events if e.title][0])
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Zeit, die Haltung zu wechseln"


# --- the shipped languages -------------------------------------------------------------

import importlib.util  # noqa: E402

import pytest  # noqa: E402


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_translations", REPO / "tools" / "check_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK = _checker()
SHIPPED = CHECK.catalogues()


@pytest.mark.parametrize("catalogue", SHIPPED, ids=lambda p: p.stem.removeprefix("deskguard_"))
def test_every_shipped_catalogue_is_complete_and_keeps_placeholders_tags_and_mnemonics(
    catalogue: Path,
) -> None:
    assert CHECK.problems(catalogue) == []


def test_the_checker_finds_what_breaks_a_catalogue(tmp_path: Path) -> None:
    """Not a check that cannot fail: a lost placeholder, tag, mnemonic or string is found."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(CHECK.TEMPLATE)
    root = tree.getroot()
    root.set("language", "xx")
    for message in root.iter("message"):
        node = message.find("translation")
        node.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in node.iter("numerusform"):  # one form, where "xx" has two
                form.text = message.findtext("source")
        else:
            node.text = message.findtext("source")
    broken = {
        "Posture: {0}": "Haltung",  # a placeholder lost
        "&Pause": "Pause",  # the mnemonic lost
    }
    for message in root.iter("message"):
        source = message.findtext("source")
        if source in broken:
            message.find("translation").text = broken[source]
    path = tmp_path / "deskguard_xx.ts"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    found = CHECK.problems(path)
    assert any("placeholders differ" in p and "Posture: {0}" in p for p in found)
    assert any("mnemonic" in p and "&Pause" in p for p in found)
    assert any("1 plural forms, xx has 2" in p and "%n breaks" in p for p in found)

    # Two forms, one without its number: found too.
    for message in root.iter("message"):
        if message.findtext("source") == "%n breaks":
            node = message.find("translation")
            node.append(ET.Element("numerusform"))
            node.findall("numerusform")[1].text = "breaks"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    found = CHECK.problems(path)
    assert not any("plural forms, xx" in p and "%n breaks" in p for p in found)
    assert any("without %n" in p and "%n breaks" in p for p in found)


def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_strings", REPO / "tools" / "extract_strings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["extract_strings"] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_updating_a_catalogue_keeps_its_words_and_adds_what_is_new(tmp_path: Path) -> None:
    """--update: kept, carried over a mnemonic's move, new ones unfinished, gone ones dropped."""
    extract = _extractor()
    Entry = extract.Entry
    old = [
        Entry("&Start", "deskguard/ui/calibration.py", 1),
        Entry("Gone from the program", "deskguard/ui/calibration.py", 2),
        Entry("%n breaks", "deskguard/core/review.py", 3, one="%n break"),
    ]
    path = tmp_path / "deskguard_pl.ts"
    path.write_text(
        extract.render(
            old,
            "pl_PL",
            {
                "&Start": "&Rozpocznij",
                "Gone from the program": "Usunięte",
                "%n breaks": ["%n przerwa", "%n przerwy", "%n przerw"],
            },
        )
    )
    new = [
        Entry("S&tart", "deskguard/ui/calibration.py", 1),  # only the mnemonic moved
        Entry("%n breaks", "deskguard/core/review.py", 3, one="%n break"),
        Entry("%n walks", "deskguard/core/review.py", 4, one="%n walk"),
        Entry("Brand new", "deskguard/ui/calibration.py", 5),
        Entry("Start", "deskguard/report/export.py", 6),  # not the button's "&Rozpocznij"
    ]
    assert extract.update_catalogue(path, new) == (3, 1)  # three to translate, one dropped
    language, done = extract.read_catalogue(path)
    assert language == "pl_PL"
    assert done == {
        "S&tart": "&Rozpocznij",
        "%n breaks": ["%n przerwa", "%n przerwy", "%n przerw"],
    }
    text = path.read_text()
    assert text.count("<numerusform></numerusform>") == 3  # Polish has three forms
    template = tmp_path / "deskguard.ts"
    template.write_text(extract.render(new))
    assert (
        sorted(p.split(": ")[1] for p in CHECK.problems(path, template))
        == ["missing or unfinished"] * 3
    )
