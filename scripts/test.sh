#!/usr/bin/env bash
# Install DeskGuard with its test tools into .venv, then lint and run every test.
# The models come from $DESKGUARD_MODELS, by default ../shared/models beside the repo.
source "$(dirname "$0")/_setup.sh"
deskguard_setup "[test]"
cd "$REPO_DIR"
if [ -z "${DESKGUARD_MODELS:-}" ] && [ -d "$REPO_DIR/../shared/models" ]; then
  export DESKGUARD_MODELS="$REPO_DIR/../shared/models"
fi
export PATH="$VENV/bin:$PATH"
echo "== ruff" && ruff check deskguard tests benchmarks tools
echo "== mypy" && mypy
echo "== import contracts" && lint-imports
echo "== pytest" && exec pytest "$@"
