#!/usr/bin/env bash
# Quick start 1: install, build, create the demo election and open it in the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
demo_db="${BD_DEMO_DB:-$PWD/build/demo-2021.sqlite}"
if [ ! -f "$demo_db" ]; then
    build/app/ballotdesk-cli demo --db "$demo_db"
fi
exec build/app/ballotdesk --db "$demo_db" "$@"
