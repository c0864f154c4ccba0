#!/usr/bin/env bash
# Installs what redlua needs on a Debian 12 machine, only what is missing.
# Sourced or run by the other scripts; safe to run again.
set -euo pipefail

PACKAGES=(cmake g++ make catch2 emscripten lua5.1 redis-server redis-tools chromium
          clang libclang-rt-14-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v node >/dev/null 2>&1; then
  echo "setup: node (>= 20.19) is required; install Node.js 20 first" >&2
  exit 1
fi
