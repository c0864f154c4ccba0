#!/usr/bin/env bash
# Runs every bench/*.lua under redlua and under Debian's lua5.1, side by side,
# and prints the best wall time of each (of RUNS runs, default 3) and the
# ratio redlua/lua5.1 as a Markdown table (paste it into bench/RESULTS.md).
# A ratio below 1.0 means redlua is faster. Outputs are compared too: a
# benchmark whose output differs is flagged, its time means nothing.
#
# usage: bench/run.sh [REDLUA_BINARY] [NAME...]     (default build/bin/redlua)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
redlua=$(realpath "${1:-$here/../build/bin/redlua}")
shift || true
runs=${RUNS:-3}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/*.lua; do names+=("$(basename "$f" .lua)"); done
fi

# best_time CMD...: the smallest wall time in seconds over $runs runs.
best_time() {
  local best="" t0 t1 t
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    t=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  echo "$best"
}

printf '| benchmark | lua5.1 (ms) | redlua (ms) | ratio | output |\n'
printf '|---|---:|---:|---:|---|\n'
for name in "${names[@]}"; do
  file="$here/$name.lua"
  ref=$(cd "$here" && lua5.1 "$name.lua" 2>&1 || true)
  ours=$(cd "$here" && "$redlua" run "$name.lua" 2>&1 || true)
  same="same"
  [ "$ref" == "$ours" ] || same="DIFFERS"
  tl=$(cd "$here" && best_time lua5.1 "$name.lua")
  tr=$(cd "$here" && best_time "$redlua" run "$name.lua")
  ratio=$(awk -v a="$tr" -v b="$tl" 'BEGIN { if (b == 0) b = 1; printf "%.2f", a / b }')
  printf '| %s | %d | %d | %s | %s |\n' "$name" "$tl" "$tr" "$ratio" "$same"
done
