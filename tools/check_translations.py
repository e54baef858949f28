"""Check the translations against the template: complete, and safe to format.

    python tools/check_translations.py [resources/translations/deskguard_de.ts ...]

Without arguments every ``deskguard_<lang>.ts`` is checked. For each message
of the template ``deskguard.ts`` a catalogue must have a finished
translation (no ``type="unfinished"``, not empty) that keeps the source's
``{0}``-style placeholders, its HTML tags and its keyboard mnemonic (one
``&`` before a letter, where the source has one). Prints one line per
problem and exits 1 if there is any. The tests run the same checks.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"
TEMPLATE = FOLDER / "deskguard.ts"

_PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^{}]*)?\}")
_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
_MNEMONIC = re.compile(r"&(?!&|amp;|lt;|gt;|quot;)(?=\S)")


def messages(path: Path) -> dict[str, str | None]:
    """Each source string of a .ts file and its translation (None: unfinished or empty)."""
    out: dict[str, str | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = node.text if node is not None else None
        if node is not None and node.get("type") in ("unfinished", "obsolete", "vanished"):
            text = None
        out[source] = text or None
    return out


def catalogues() -> list[Path]:
    """Every translation shipped (not the template)."""
    return sorted(FOLDER.glob("deskguard_*.ts"))


def problems(path: Path, template: Path = TEMPLATE) -> list[str]:
    """What is wrong with one catalogue, in words (empty: nothing)."""
    wanted = messages(template)
    have = messages(path)
    found: list[str] = []
    language = ET.parse(path).getroot().get("language")
    if not language:
        found.append(f"{path.name}: no language attribute on <TS>")
    for source in wanted:
        text = have.get(source)
        if text is None:
            found.append(f"{path.name}: missing or unfinished: {source!r}")
            continue
        if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text)):
            found.append(f"{path.name}: placeholders differ: {source!r} -> {text!r}")
        if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
            found.append(f"{path.name}: HTML tags differ: {source!r} -> {text!r}")
        if len(_MNEMONIC.findall(source)) != len(_MNEMONIC.findall(text)):
            found.append(f"{path.name}: keyboard mnemonic (&) differs: {source!r} -> {text!r}")
    for source in have:
        if source not in wanted:
            found.append(f"{path.name}: not in the template (stale): {source!r}")
    return found


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or catalogues()
    bad = [p for path in paths for p in problems(path)]
    for line in bad:
        print(line)
    for path in paths:
        print(f"{path.name}: {'ok' if not problems(path) else 'problems'}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
