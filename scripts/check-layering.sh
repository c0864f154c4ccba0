#!/usr/bin/env bash
# Checks that core/ keeps the layering of DESIGN.md: each rule is a folder
# that must not include another one. Prints one line per rule.
cd "$(dirname "$0")/.."
passed=0; failed=0

# rule FOLDERS... -- FORBIDDEN-INCLUDE-REGEX DESCRIPTION
rule() {
  local dirs=() ; while [ "$1" != "--" ]; do dirs+=("$1"); shift; done; shift
  local pattern=$1 description=$2
  local hits
  hits=$(grep -rnE "#include [<\"]($pattern)" "${dirs[@]}" 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "FAIL $description"; echo "$hits" | sed 's/^/    /'; failed=$((failed + 1))
  else
    echo "ok   $description"; passed=$((passed + 1))
  fi
}

rule core/common core/bytecode -- "compiler/|heap/|vm/|lib/|redis/|debug/|engine" "common/ and bytecode/ depend on nothing above them"
rule core/compiler -- "heap/|vm/|lib/|redis/|debug/|engine" "the compiler does not know the VM (the bytecode is the contract)"
rule core/heap core/vm core/lib core/redis core/debug -- "compiler/|engine" "the VM layers do not know the compiler"
rule core/heap -- "vm/|lib/|redis/|debug/" "the heap does not know the interpreter"
rule core -- "emscripten|iostream|fstream" "core/ knows no JS and no streams"

# core/ may format with snprintf but never writes or reads files itself.
io=$(grep -rnE '(^|[^a-z_])(printf|fprintf|puts|fputs|fopen|fwrite|fread|getchar|std::cout|std::cerr)\(' core 2>/dev/null)
if [ -n "$io" ]; then echo "FAIL core/ does no I/O"; echo "$io" | sed 's/^/    /'; failed=$((failed + 1))
else echo "ok   core/ does no I/O"; passed=$((passed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
