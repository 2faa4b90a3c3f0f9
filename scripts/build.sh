#!/usr/bin/env bash
# Configures and builds BallotDesk into ./build (Release with debug info).
set -euo pipefail
cd "$(dirname "$0")/.."
build_type="${BD_BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
cmake --build build --parallel "$(nproc)"
