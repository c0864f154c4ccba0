// A coroutine (Lua "thread"): a value stack and a stack of call frames.
// The main program runs on a coroutine too. Owned by the VM layer, which
// defines what a frame holds; the collector only needs forEachValue().
#pragma once

#include <cstdint>
#include <vector>

#include "heap/value.hpp"

namespace redlua::heap {

struct CallFrame {
  Value function;          // the closure (or builtin) being run
  uint32_t base = 0;       // first register (stack index)
  uint32_t funcIndex = 0;  // stack index of the function slot
  uint32_t top = 0;        // for builtins: end of their arguments/results
  int32_t pc = 0;          // next instruction (Lua frames)
  int16_t wantedResults = -1;  // -1: all (LUA_MULTRET)
  uint16_t tailCalls = 0;
  uint32_t varargBase = 0;
  uint32_t numVarargs = 0;
  int32_t continuation = 0;  // builtins that called Lua: where to resume
  int32_t contState = 0;
};

enum class CoroutineStatus : uint8_t { Suspended, Running, Normal, Dead };

struct Coroutine {
  std::vector<Value> stack;
  uint32_t top = 0;
  std::vector<CallFrame> frames;
  std::vector<UpvalueRef> openUpvalues;  // sorted by stack index, highest first
  CoroutineStatus status = CoroutineStatus::Suspended;
  Value body;  // the function given to coroutine.create
  TableRef env;

  // Every value the collector must keep alive.
  template <class F>
  void forEachValue(F&& f) const {
    for (uint32_t i = 0; i < top && i < stack.size(); i++) f(stack[i]);
    for (const CallFrame& fr : frames) f(fr.function);
    f(body);
  }
  template <class F>
  void forEachUpvalue(F&& f) const {
    for (UpvalueRef u : openUpvalues) f(u);
  }
};

}  // namespace redlua::heap
