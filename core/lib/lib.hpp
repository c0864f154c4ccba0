// The standard libraries a script sees. Each library is its own file and
// registers its functions into the VM's globals.
#pragma once

#include "vm/state.hpp"

namespace redlua::lib {

void openBase(vm::Vm::State& s);       // print, type, pcall, ... (lbaselib.c)
void openCoroutine(vm::Vm::State& s);  // coroutine.* (lbaselib.c's second half)
void openString(vm::Vm::State& s);     // string.* and the string metatable (lstrlib.c)
void openTable(vm::Vm::State& s);      // table.* (ltablib.c)
void openMath(vm::Vm::State& s);       // math.* (lmathlib.c)

}  // namespace redlua::lib
