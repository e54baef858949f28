"""Install commands in each distribution's own words, from real os-release files' fields."""

from __future__ import annotations

import pytest

from deskguard.distro import install_command, os_release_ids

PACKAGE = "gnome-shell-extension-appindicator"


@pytest.mark.parametrize(
    ("os_release", "command"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "sudo apt install"),
        ("ID=ubuntu\nID_LIKE=debian\n", "sudo apt install"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "sudo apt install"),
        ("ID=fedora\nVERSION_ID=41\n", "sudo dnf install"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "sudo dnf install"),
        ('ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n', "sudo zypper install"),
        ('ID="opensuse-leap"\nID_LIKE="suse opensuse"\n', "sudo zypper install"),
        ("ID=arch\n", "sudo pacman -S"),
        ("ID=endeavouros\nID_LIKE=arch\n", "sudo pacman -S"),
    ],
)
def test_each_family_gets_its_own_package_manager(os_release: str, command: str) -> None:
    assert install_command(PACKAGE, os_release) == f"{command} {PACKAGE}"


def test_an_unknown_or_broken_file_gives_no_command() -> None:
    assert install_command(PACKAGE, "ID=nixos\n") is None
    assert install_command(PACKAGE, "") is None
    assert os_release_ids('ID="unbalanced\nID_LIKE=debian\n') == ["debian"]


def test_the_welcome_gives_gnome_users_their_own_command() -> None:
    """Fedora and openSUSE users were told to use apt."""
    from deskguard.ui.welcome import no_tray_advice

    fedora = no_tray_advice("GNOME", "ID=fedora\n")
    assert f"<tt>sudo dnf install {PACKAGE}</tt>" in fedora and "apt" not in fedora
    suse = no_tray_advice("GNOME", 'ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n')
    assert f"sudo zypper install {PACKAGE}" in suse
    assert f"<tt>{PACKAGE}</tt>" in no_tray_advice("GNOME", "ID=nixos\n")
