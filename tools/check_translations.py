"""Check the translations against the template: complete, and safe to format.

    python tools/check_translations.py [resources/translations/deskguard_de.ts ...]

Without arguments every ``deskguard_<lang>.ts`` is checked. For each message
of the template ``deskguard.ts`` a catalogue must have a finished
translation (no ``type="unfinished"``, not empty) that keeps the source's
``{0}``-style placeholders, its HTML tags and its keyboard mnemonic (one
``&`` before a letter, where the source has one). A counted phrase (a Qt
numerus message, ``%n``) must have exactly as many forms as the language has
(Polish three, Japanese one: ``deskguard.core.i18n.plural_forms``), each with
its ``%n``. Prints one line per problem and exits 1 if there is any. The
tests run the same checks.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
TEMPLATE = FOLDER / "deskguard.ts"

_PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^{}]*)?\}")
_TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")
_MNEMONIC = re.compile(r"&(?!&|amp;|lt;|gt;|quot;)(?=\S)")


def messages(path: Path) -> dict[str, str | list[str] | None]:
    """Each source string of a .ts file and its translation: text, or a counted phrase's forms.

    None: unfinished or empty.
    """
    out: dict[str, str | list[str] | None] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text: str | list[str] | None = None
        if node is not None and message.get("numerus") == "yes":
            text = [f.text or "" for f in node.iter("numerusform")] or None
        elif node is not None:
            text = node.text or None
        if node is not None and node.get("type") in ("unfinished", "obsolete", "vanished"):
            text = None
        out[source] = text
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
        translation = have.get(source)
        if translation is None:
            found.append(f"{path.name}: missing or unfinished: {source!r}")
            continue
        if isinstance(translation, list):
            found += _counted_problems(path.name, language or "", source, translation)
            continue
        found += _text_problems(path.name, source, translation)
    for source in have:
        if source not in wanted:
            found.append(f"{path.name}: not in the template (stale): {source!r}")
    return found


def _counted_problems(name: str, language: str, source: str, forms: list[str]) -> list[str]:
    """A counted phrase: one form per grammatical number of the language, each sound."""
    sys.path.insert(0, str(REPO))
    from deskguard.core.i18n import plural_forms

    found: list[str] = []
    wanted = plural_forms(language)
    if len(forms) != wanted:
        found.append(
            f"{name}: {len(forms)} plural forms, {language} has {wanted}: {source!r} -> {forms!r}"
        )
    for form in forms:
        if not form:
            found.append(f"{name}: an empty plural form: {source!r}")
        elif "%n" not in form:
            found.append(f"{name}: a plural form without %n: {source!r} -> {form!r}")
        else:
            found += _text_problems(name, source, form)
    return found


def _text_problems(name: str, source: str, text: str) -> list[str]:
    """Placeholders, tags and the mnemonic of one translation against its source."""
    found: list[str] = []
    if Counter(_PLACEHOLDER.findall(source)) != Counter(_PLACEHOLDER.findall(text)):
        found.append(f"{name}: placeholders differ: {source!r} -> {text!r}")
    if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
        found.append(f"{name}: HTML tags differ: {source!r} -> {text!r}")
    if len(_MNEMONIC.findall(source)) != len(_MNEMONIC.findall(text)):
        found.append(f"{name}: keyboard mnemonic (&) differs: {source!r} -> {text!r}")
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
