#!/usr/bin/env bash
# Installs what is missing, builds every target and runs every test suite:
# C++ (native, and again under ASan+UBSan), the corpora compared with
# lua5.1/luac5.1, the npm package in Node, and the playground in Chromium.
# Prints each suite's counts; exits non-zero if any suite fails.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export NODE_PATH=/usr/share/nodejs
LOGS="$ROOT/test-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"

scripts/setup.sh || { echo "setup failed"; exit 1; }

SUMMARY=()
FAILED_SUITES=0
TOTAL_PASSED=0
TOTAL_FAILED=0

# Counts from the closing lines of the runners we use.
counts_of() {
  local log=$1 p f
  if grep -qE '^[0-9]+ passed, [0-9]+ failed' "$log"; then
    read -r p f < <(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1 | sed -E 's/^([0-9]+) passed, ([0-9]+) failed.*/\1 \2/')
  elif grep -qE 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log"; then
    read -r f t < <(grep -E 'tests passed, [0-9]+ tests? failed out of' "$log" | tail -1 | sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1 \2/')
    p=$((t - f))
  elif grep -qE '^(# |ℹ )pass [0-9]+' "$log"; then
    p=$(grep -E '^(# |ℹ )pass [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
    f=$(grep -E '^(# |ℹ )fail [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  else
    p=0; f=0
  fi
  echo "${p:-0} ${f:-0}"
}

# suite NAME COMMAND...: runs one suite, logs it, records its counts.
suite() {
  local name=$1; shift
  local log="$LOGS/$(echo "$name" | tr ' /()+' '_____').log"
  echo
  echo "=== $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(counts_of "$log")
  local status=ok
  if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ] || [ "$p" -eq 0 ]; then
    status=FAILED
    FAILED_SUITES=$((FAILED_SUITES + 1))
    [ "$f" -eq 0 ] && f=1   # a suite that failed without counting still counts as a failure
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + p))
  TOTAL_FAILED=$((TOTAL_FAILED + f))
  SUMMARY+=("$(printf '%-34s %6s passed %5s failed  %-6s %4ss' "$name" "$p" "$f" "$status" "$((SECONDS - start))")")
}

build_native() { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j2; }
build_asan() {
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREDLUA_SANITIZE=ON >/dev/null &&
    cmake --build build-asan -j2
}
ctest_in() { ctest --test-dir "$1" --no-tests=error -j2 --output-on-failure; }
ctest_sanitized() { ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest_in build-asan; }

echo "=== build: native"
if ! build_native > "$LOGS/build-native.log" 2>&1; then
  tail -50 "$LOGS/build-native.log"; echo "native build failed"; exit 1
fi
suite "C++ unit (native)" ctest_in build
suite "layering" scripts/check-layering.sh

CLI="$ROOT/build/bin/redlua"
DISASM_DIRS=(--dir tests/corpus/lua --dir tests/corpus/redis-scripts --generated)
suite "disasm corpus (native)" node tests/runners/disasm-corpus.mjs "${DISASM_DIRS[@]}" "$CLI"
suite "syntax errors (native)" node tests/runners/syntax-errors.mjs --generated "$CLI"
suite "run corpus (native)" node tests/runners/run-corpus.mjs --generated --known tests/corpus/known-failures.txt "$CLI"
suite "Redis libraries vs redis-server" node tests/runners/redis-lib.mjs "$CLI"
suite "compiler fuzz (native, 20 s)" node tests/runners/fuzz-compile.mjs --seconds 20 "$CLI"

echo "=== build: native with ASan+UBSan"
if build_asan > "$LOGS/build-asan.log" 2>&1; then
  suite "C++ unit (ASan+UBSan)" ctest_sanitized
  suite "disasm corpus (ASan+UBSan)" node tests/runners/disasm-corpus.mjs "${DISASM_DIRS[@]}" "$ROOT/build-asan/bin/redlua"
  suite "syntax errors (ASan+UBSan)" node tests/runners/syntax-errors.mjs --generated "$ROOT/build-asan/bin/redlua"
  suite "run corpus (ASan+UBSan)" node tests/runners/run-corpus.mjs --known tests/corpus/known-failures.txt "$ROOT/build-asan/bin/redlua"
else
  tail -50 "$LOGS/build-asan.log"
  SUMMARY+=("ASan+UBSan build FAILED"); FAILED_SUITES=$((FAILED_SUITES + 1)); TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi

echo "=== build: wasm"
if scripts/build.sh wasm > "$LOGS/build-wasm.log" 2>&1; then
  suite "npm package (node --test)" node --test wasm/test/
  suite "disasm corpus (Node CLI)" node tests/runners/disasm-corpus.mjs "${DISASM_DIRS[@]}" "node $ROOT/wasm/bin/redlua.js"
  suite "syntax errors (Node CLI)" node tests/runners/syntax-errors.mjs "node $ROOT/wasm/bin/redlua.js"
  suite "Redis libraries (Node CLI)" node tests/runners/redis-lib.mjs "node $ROOT/wasm/bin/redlua.js"
  suite "run corpus (Node CLI)" node tests/runners/run-corpus.mjs --known tests/corpus/known-failures.txt "node $ROOT/wasm/bin/redlua.js"
  echo "=== build: playground"
  if (npm --prefix web ci --no-audit --no-fund --loglevel=error && npm --prefix web run build) > "$LOGS/build-web.log" 2>&1; then
    suite "playground (Chromium)" npm --prefix web test
  else
    tail -50 "$LOGS/build-web.log"
    SUMMARY+=("playground build FAILED"); FAILED_SUITES=$((FAILED_SUITES + 1)); TOTAL_FAILED=$((TOTAL_FAILED + 1))
  fi
else
  tail -50 "$LOGS/build-wasm.log"
  SUMMARY+=("wasm build FAILED"); FAILED_SUITES=$((FAILED_SUITES + 1)); TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi

echo
echo "=== summary (logs in test-logs/)"
printf '%s\n' "${SUMMARY[@]}"
echo
echo "suites: $FAILED_SUITES failed"
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$FAILED_SUITES" -eq 0 ]
