"""Options for one run (``--every-s``, ``--no-camera``) are used, never saved as the user's."""

from __future__ import annotations

from dataclasses import replace

from deskguard.core.settings import Sensing, Settings
from deskguard.settings_store import load_settings


def test_a_settings_change_does_not_save_the_runs_own_options(qtbot, make_app) -> None:
    """Issue 20: ``app --every-s 2`` then any change in Settings saved 2 s as the user's own."""
    app = make_app(every_s=2.0, no_camera=True)
    assert app.engine.settings.sample_interval_s == 2.0  # used for this run
    assert app.engine.settings.sensing is Sensing.ACTIVITY
    assert app.settings == Settings()  # the user's own are untouched
    app.apply_settings(replace(app.settings, break_min_s=240.0))
    saved, problems = load_settings()
    assert problems == [] and saved == Settings(break_min_s=240.0)
    assert saved.sample_interval_s == Settings().sample_interval_s
    assert saved.sensing is Settings().sensing
    # And the run goes on with its own options after the change.
    assert app.engine.settings.sample_interval_s == 2.0
    assert app.engine.settings.break_min_s == 240.0
