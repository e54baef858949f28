#!/usr/bin/env bash
# Install DeskGuard with its test tools into .venv, then lint and run every test.
# The models come from $DESKGUARD_MODELS, by default ../shared/models beside the repo.
source "$(dirname "$0")/_setup.sh"
deskguard_setup "[test]"
desktop_packages || echo "warning: no headless desktop; the GUI tests will be skipped" >&2
gnome_packages || echo "warning: no GNOME Shell; the tests on GNOME will be skipped" >&2
cd "$REPO_DIR"
if [ -z "${DESKGUARD_MODELS:-}" ] && [ -d "$REPO_DIR/../shared/models" ]; then
  export DESKGUARD_MODELS="$REPO_DIR/../shared/models"
fi
export PATH="$VENV/bin:$PATH"
echo "== ruff" && ruff check deskguard tests benchmarks tools
echo "== mypy" && mypy
echo "== import contracts" && lint-imports
# The GUI tests need a real display, tray host and notification daemon: a headless one of
# their own, also when run from a desktop terminal (never the user's own screen and tray).
if [ "${DESKGUARD_DESKTOP:-}" != 1 ] && command -v Xvfb >/dev/null && command -v xfce4-panel >/dev/null; then
  source "$REPO_DIR/scripts/desktop-env.sh"
  desktop_up || { echo "error: the headless desktop did not start" >&2; exit 1; }
  trap desktop_down EXIT
fi
# Never pass by skipping: a GUI test without its desktop fails, saying what is missing
# (DESKGUARD_REQUIRE_DESKTOP=0 lets them skip, for a machine that cannot have one).
export DESKGUARD_REQUIRE_DESKTOP="${DESKGUARD_REQUIRE_DESKTOP:-1}"
echo "== pytest" && pytest "$@"
