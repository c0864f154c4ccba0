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
void openBit(vm::Vm::State& s);        // bit.* (Redis's lua_bit.c)
void openStruct(vm::Vm::State& s);     // struct.* (Redis's lua_struct.c)
void openCjson(vm::Vm::State& s);      // cjson.* (Redis's lua_cjson.c)
void openCmsgpack(vm::Vm::State& s);   // cmsgpack.* (Redis's lua_cmsgpack.c)

}  // namespace redlua::lib
