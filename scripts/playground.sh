#!/usr/bin/env bash
# Installs what is missing, builds, and serves the playground on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh web
exec node web/scripts/serve.mjs web/dist
