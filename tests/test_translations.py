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
        node.text = message.findtext("source")
        node.attrib.pop("type", None)
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
