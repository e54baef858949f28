"""Install DeskGuard from a built wheel and run it away from the source tree.

What is exercised, and what is not:

- The wheel is built from a copy of the working tree by pip with build
  isolation, so the backend declared in pyproject.toml (setuptools, wheel) is
  fetched from the package registry, as `pipx install .` does.
- It is installed with ``--no-deps --no-index`` into a fresh virtual
  environment. The dependencies (PySide6, MediaPipe, OpenCV: about a gigabyte)
  are not installed a second time: a ``.pth`` file appends this test run's
  site-packages, after the fresh one, so ``deskguard`` itself and its metadata
  come from the wheel and the libraries from here. Dependency resolution from
  the registry is therefore not exercised.
- pipx itself is not run: after installing, it reads the metadata of every
  dependency inside its own venv (PYTHONPATH is ignored), so it cannot be
  given this run's libraries; letting it install them from the registry
  would add a gigabyte and minutes to every CI run. `pipx install .` is pip
  building this wheel with the same isolation and installing it into a new
  venv, which is what is checked here.

Every command runs from a scratch folder, not the repository. Slow (the
isolated build and a venv: about 40 s), so it runs with the package tests
(DESKGUARD_PACKAGE_TESTS=1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
ENABLED = os.environ.get("DESKGUARD_PACKAGE_TESTS") == "1"
pytestmark = [
    pytest.mark.installer,
    pytest.mark.skipif(not ENABLED, reason="set DESKGUARD_PACKAGE_TESTS=1 to build and install"),
]
PY = f"python{sys.version_info.major}.{sys.version_info.minor}"


def _run(args: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**clean, **env},
    )
    return run


def _lend_dependencies(site_packages: Path) -> None:
    """Append this run's site-packages folders (the dependencies) after the fresh one."""
    assert site_packages.is_dir(), site_packages
    lent = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site_packages / "zz_deskguard_test_dependencies.pth").write_text("\n".join(lent) + "\n")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the tree (a build in place would write build/ there)."""
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "deskguard", src / "deskguard", ignore=ignore)
    shutil.copytree(REPO / "resources", src / "resources", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    out = tmp_path_factory.mktemp("wheelhouse")
    run = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, src], cwd=out)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    (built,) = out.glob("deskguard-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", root], check=True)
    run = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            root / "bin" / "python",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        cwd=root,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    _lend_dependencies(root / "lib" / PY / "site-packages")
    return root


def test_the_wheel_holds_the_package_its_command_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"deskguard", f"deskguard-{VERSION}.dist-info"}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    source = {
        p.relative_to(REPO).as_posix()
        for p in (REPO / "deskguard").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert source <= set(names), sorted(source - set(names))  # no subpackage left behind
    entry_points = zipfile.ZipFile(wheel).read(f"deskguard-{VERSION}.dist-info/entry_points.txt")
    assert "deskguard = deskguard.cli:main" in entry_points.decode()


def test_the_installed_wheel_runs_from_anywhere(venv: Path, tmp_path: Path) -> None:
    exe = venv / "bin" / "deskguard"
    env = {"DESKGUARD_MODELS": str(SHARED / "models")}
    where = _run(
        [venv / "bin" / "python", "-c", "import deskguard; print(deskguard.__file__)"], tmp_path
    )
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr
    version = _run([exe, "--version"], tmp_path)
    assert version.stdout.strip() == f"DeskGuard {VERSION}", version.stderr
    status = _run([exe, "models", "status"], tmp_path, **env)
    assert "face_landmarker.task (required): OK, verified, from $DESKGUARD_MODELS" in status.stdout
    doctor = _run([exe, "doctor"], tmp_path, **env)
    assert "OK      model pose_landmarker_lite.task" in doctor.stdout, doctor.stdout + doctor.stderr
    image = SHARED / "datasets" / "aflw2000-3d" / "images" / "image00002.jpg"
    analysed = _run([exe, "analyze", image], tmp_path, **env)
    assert analysed.returncode == 0 and '"present": true' in analysed.stdout, analysed.stderr


def test_the_installed_wheel_finds_its_resources(venv: Path, tmp_path: Path) -> None:
    """The icons, the exercise pictures and the translations come with the wheel."""
    found = _run(
        [
            venv / "bin" / "python",
            "-c",
            "from deskguard import paths; print(paths.resources_dir())",
        ],
        tmp_path,
    )
    resources = Path(found.stdout.strip())
    assert resources.is_relative_to(venv)
    assert (resources / "translations" / "deskguard.ts").is_file()
    assert (resources / "icons" / "deskguard.svg").is_file()
    shipped = {p.stem for p in (resources / "exercises").glob("*.svg")}
    from deskguard.core.exercises import ALL_IDS

    assert shipped == set(ALL_IDS)
