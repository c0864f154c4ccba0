// Functions and their parts: loaded prototypes, closures (Lua and builtin
// with upvalues) and upvalues.
#pragma once

#include <memory>
#include <vector>

#include "bytecode/proto.hpp"
#include "heap/value.hpp"

namespace redlua::heap {

// A compiled function loaded into the heap: its constants become Values
// (strings interned) so that LOADK is a copy.
struct ProtoObject {
  std::shared_ptr<const bytecode::Proto> code;
  std::vector<Value> constants;
  std::vector<ProtoRef> children;  // by CLOSURE's Bx
};

struct Closure {
  bool isNative = false;
  // Lua closure
  ProtoRef proto;
  const bytecode::Proto* code = nullptr;  // == proto's code; cached for the interpreter loop
  std::vector<UpvalueRef> upvalues;
  // Builtin with upvalues (gmatch iterators, coroutine.wrap functions, ...)
  NativeFunction native = nullptr;
  std::vector<Value> nativeUpvalues;
  TableRef env;  // function environment (getfenv/setfenv, globals for GETGLOBAL)
};

// An upvalue is open while the variable still lives in a coroutine's stack
// (then it names that slot) and closed once the variable's block has ended
// (then it holds the value itself).
struct Upvalue {
  bool open = true;
  CoroutineRef thread;
  uint32_t stackIndex = 0;
  Value closed;
};

}  // namespace redlua::heap
