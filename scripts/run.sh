#!/usr/bin/env bash
# Install DeskGuard into .venv (first run only takes a while) and start it.
# Arguments go to `deskguard`, e.g. `bash scripts/run.sh run --source clip.mp4`.
source "$(dirname "$0")/_setup.sh"
deskguard_setup ""
if [ "${DESKGUARD_JUST_INSTALLED:-0}" = 1 ]; then deskguard_on_path; fi
exec "$VENV/bin/deskguard" "$@"
