#!/usr/bin/env bash
# Builds everything: the native CLI and tests (build/), the wasm module and
# npm package (wasm/dist/), and the playground (web/dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # emscripten's optimiser needs Debian's acorn

what=${1:-all}
if [ "$what" = all ] || [ "$what" = native ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j2
fi
if [ "$what" = all ] || [ "$what" = wasm ] || [ "$what" = web ]; then
  emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
  cmake --build build-wasm -j2
fi
if [ "$what" = all ] || [ "$what" = web ]; then
  npm --prefix web ci --no-audit --no-fund --loglevel=error
  npm --prefix web run build
fi
