"""The installer definitions for every platform: they parse, name real files, agree on the version.

Windows and macOS packages cannot be built on this machine; what can be checked
here is checked (see installers/README.md for what remains unverified).
"""

from __future__ import annotations

import ast
import plistlib
import re
import tomllib
import xml.etree.ElementTree as ET

import yaml

from tests.conftest import REPO

INSTALLERS = REPO / "installers"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]


def test_the_pyinstaller_spec_is_python_and_bundles_what_the_app_needs() -> None:
    text = (INSTALLERS / "pyinstaller" / "deskguard.spec").read_text()
    ast.parse(text)
    for needed in (
        "plyer.platforms.linux.notification",
        "plyer.platforms.win.notification",
        "plyer.platforms.macosx.notification",
        "PySide6.QtCharts",
        "PySide6.QtDBus",
        "face_landmarker.task",
        "pose_landmarker_lite.task",
        "collect_dynamic_libs",
    ):
        assert needed in text
    assert (REPO / "deskguard" / "__main__.py").exists()


def test_macos_bundle_has_the_camera_description_and_is_menu_bar_only() -> None:
    info = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    assert info["LSUIElement"] is True
    assert "camera" in info["NSCameraUsageDescription"].lower()
    assert info["CFBundleExecutable"] == "deskguard"
    agent = plistlib.loads(
        (INSTALLERS / "macos" / "io.github.deskguard.DeskGuard.plist").read_bytes()
    )
    assert agent["RunAtLoad"] is True and agent["ProgramArguments"][-1] == "app"
    spec = (INSTALLERS / "pyinstaller" / "deskguard.spec").read_text()
    version_line = 'info["CFBundleShortVersionString"] = info["CFBundleVersion"] = os.environ['
    assert version_line + '"DESKGUARD_VERSION"]' in spec
    build = (INSTALLERS / "macos" / "build.sh").read_text()
    assert "export DESKGUARD_VERSION=" in build and "pyproject.toml" in build
    assert "hdiutil create" in build and "iconutil" in build


def test_windows_installer_is_per_user_with_start_at_login_and_a_data_choice() -> None:
    iss = (INSTALLERS / "windows" / "deskguard.iss").read_text()
    assert "PrivilegesRequired=lowest" in iss
    assert "AppVersion={#AppVersion}" in iss and "#error Pass the version" in iss
    assert r"Software\Microsoft\Windows\CurrentVersion\Run" in iss
    assert "Tasks: startatlogin" in iss
    assert "CurUninstallStepChanged" in iss and "MB_DEFBUTTON2" in iss  # keep data by default
    sections = set(re.findall(r"^\[(\w+)\]", iss, flags=re.MULTILINE))
    assert {"Setup", "Tasks", "Files", "Icons", "Registry", "Run", "Code"} <= sections
    assert (INSTALLERS / "windows" / "make_ico.py").exists()


def test_the_release_workflow_builds_all_three_from_pyproject_version() -> None:
    flow = yaml.safe_load((REPO / ".github" / "workflows" / "release.yml").read_text())
    assert set(flow["jobs"]) == {"linux", "windows", "macos"}
    text = (REPO / ".github" / "workflows" / "release.yml").read_text()
    assert "/DAppVersion=${{ env.VERSION }}" in text
    assert text.count('tomllib.load(open("pyproject.toml","rb"))["project"]["version"]') >= 2
    for job in flow["jobs"].values():
        for step in job["steps"]:
            for path in re.findall(r"installers/[\w./-]+", step.get("run", "")):
                assert (REPO / path).exists(), path


def test_linux_desktop_entry_and_appstream_metadata() -> None:
    entry = (INSTALLERS / "linux" / "deskguard.desktop").read_text()
    assert "Exec=deskguard app" in entry and "Icon=deskguard" in entry
    root = ET.parse(INSTALLERS / "linux" / "io.github.deskguard.DeskGuard.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "deskguard.desktop"
    control = (INSTALLERS / "linux" / "control").read_text()
    assert "Version: @VERSION@" in control
    build = (INSTALLERS / "linux" / "build.sh").read_text()
    assert "s/@VERSION@/$VERSION/" in build and "pyproject.toml" in build
    assert "postinst" not in build  # no maintainer scripts: nothing surprising


def test_the_version_is_one_number() -> None:
    from deskguard import __version__

    assert __version__ == VERSION


def test_the_package_list_names_every_package_of_the_tree() -> None:
    """pyproject lists the packages (to carry resources/ inside): none may be forgotten."""
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    in_tree = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "deskguard").rglob("__init__.py")
    }
    resources = {
        "deskguard.resources"
        + "".join(f".{part}" for part in p.relative_to(REPO / "resources").parts)
        for p in [REPO / "resources", *(d for d in (REPO / "resources").iterdir() if d.is_dir())]
    }
    assert listed == in_tree | resources
