"""Shared fixtures: isolated folders, the shared models and datasets, one analyzer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.model_server"]  # the loopback model server fixture

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DESKGUARD_SHARED", REPO.parent / "shared"))
#: CI sets this so that missing shared data fails the run instead of skipping.
REQUIRE_SHARED = os.environ.get("DESKGUARD_REQUIRE_SHARED") == "1"
#: Read once at start-up: some tests change the variable to test model resolution.
MODELS_ENV = os.environ.get("DESKGUARD_MODELS")


_MISSING_SHARED = "is not available"


def _need(path: Path) -> Path:
    if not path.exists():
        if REQUIRE_SHARED:
            pytest.fail(f"{path} is missing and DESKGUARD_REQUIRE_SHARED=1")
        pytest.skip(f"{path} {_MISSING_SHARED}")
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly when tests were skipped for want of ../shared, and where it comes from."""
    skipped = terminalreporter.stats.get("skipped", [])
    missing = [r for r in skipped if _MISSING_SHARED in str(getattr(r, "longrepr", ""))]
    if not missing:
        return
    terminalreporter.write_sep("=", "shared data missing", yellow=True)
    terminalreporter.write_line(
        f"{len(missing)} tests were SKIPPED, not passed: they run the real models on the "
        f"real clips and images, which are not at {SHARED}. Put the project's shared "
        "folder (models/ and datasets/, each with a SOURCE.md) beside the repository as "
        "../shared, or point DESKGUARD_SHARED (and DESKGUARD_MODELS for the models alone) at "
        "it. `deskguard models download` fetches the models, not the datasets. CI sets "
        "DESKGUARD_REQUIRE_SHARED=1, which makes these tests fail instead."
    )


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The folder with the official model bundles (``$DESKGUARD_MODELS`` or ../shared)."""
    return _need(Path(MODELS_ENV) if MODELS_ENV else SHARED / "models")


@pytest.fixture(scope="session")
def datasets_dir() -> Path:
    """../shared/datasets."""
    return _need(SHARED / "datasets")


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the developer's real data or settings."""
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("DESKGUARD_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("DESKGUARD_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "xdg-data"))  # the app's desktop entry
    returning_user(root / "data")


def returning_user(data_dir: Path) -> None:
    """A user who has seen the first start's welcome (tests of the welcome remove it)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "welcomed").touch()


@pytest.fixture(scope="session")
def analyzer(models_dir: Path) -> Iterator[object]:
    """One real analyzer (face + default pose) for the whole session."""
    from deskguard.analysis.analyzer import MediaPipeAnalyzer

    with MediaPipeAnalyzer.create(
        models_dir / "face_landmarker.task", models_dir / "pose_landmarker_lite.task"
    ) as a:
        yield a


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that load a model are marked ``model`` (``-m "not model"`` skips them)."""
    for item in items:
        if "analyzer" in getattr(item, "fixturenames", ()) or "models_dir" in getattr(
            item, "fixturenames", ()
        ):
            item.add_marker(pytest.mark.model)
        if "datasets_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.dataset)
