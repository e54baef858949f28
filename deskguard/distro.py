"""Which Linux this is, to give install commands in the words of its own package manager.

Read from ``os-release`` (``/etc/os-release``, else ``/usr/lib/os-release``):
``ID`` and ``ID_LIKE`` name the distribution and the ones it derives from.
"""

from __future__ import annotations

import shlex
from pathlib import Path

OS_RELEASE = (Path("/etc/os-release"), Path("/usr/lib/os-release"))

#: The install command of each family, by an ID it or a derivative names.
_COMMANDS = (
    (("debian", "ubuntu"), "sudo apt install {0}"),
    (("fedora", "rhel", "centos"), "sudo dnf install {0}"),
    (("opensuse", "suse", "sles"), "sudo zypper install {0}"),
    (("arch",), "sudo pacman -S {0}"),
)


def os_release_ids(text: str | None = None) -> list[str]:
    """``ID`` then each of ``ID_LIKE``, lower case (``text``: the file's content, else read)."""
    if text is None:
        text = ""
        for path in OS_RELEASE:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
                break
            except OSError:
                continue
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition("=")
        if sep:
            try:
                words = shlex.split(value)
            except ValueError:  # an unbalanced quote: not a line to trust
                continue
            fields[name.strip()] = " ".join(words)
    ids = [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]
    return [i.lower() for i in ids if i]


def install_command(package: str, os_release: str | None = None) -> str | None:
    """How to install ``package`` here ("sudo dnf install …"); None for an unknown family."""
    ids = os_release_ids(os_release)
    for family in ids:
        for names, command in _COMMANDS:
            if any(family == n or family.startswith(n + "-") for n in names):
                return command.format(package)
    return None
