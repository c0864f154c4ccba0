// A coroutine (Lua "thread"): a value stack and a stack of call frames.
// The main program runs on a coroutine too. Owned by the VM layer, which
// defines what a frame holds; the collector only needs forEachValue().
//
// How to read a paused coroutine (debugger, stepping session):
//   - frames.back() is the innermost frame; frames[0] is the bottom (the call
//     that start() or coroutine.resume began).
//   - function: the Value called (Tag::Closure for Lua functions and builtins
//     with upvalues, Tag::Native for light builtins). isLua tells them apart.
//   - Lua frames: register r lives at stack[base + r], for r < proto's
//     maxStackSize; `top` is base + maxStackSize. pc is the index of the
//     NEXT instruction to execute (0-based); the instruction being executed
//     by a caller frame (its CALL) is pc - 1. Varargs (if any) are at
//     stack[varargBase .. varargBase + numVarargs).
//   - builtin frames: arguments start at stack[base]; pc is meaningless.
#pragma once

#include <cstdint>
#include <vector>

#include "bytecode/proto.hpp"
#include "heap/value.hpp"

namespace redlua::heap {

// What happens with a frame's results when it returns (who called it).
enum class ReturnTo : uint8_t {
  LuaCall,       // CALL/TFORLOOP-free plain call from a Lua frame: results to funcIndex
  Meta,          // a metamethod (or TFORLOOP iterator) run for an instruction of the Lua frame below
  Native,        // a call a builtin asked for; the builtin is re-entered at its continuation
  ErrorHandler,  // xpcall's message handler, run at the point of the error
  Host,          // bottom frame of a coroutine (start() or the coroutine body)
};

// What a Meta frame's result does to the Lua frame below it.
enum class MetaAction : uint8_t {
  Store,        // register metaTarget := first result
  Discard,      // __newindex, ...: no result
  TestJump,     // EQ/LT/LE: compare truth of the result with the instruction's A, maybe skip the jump
  TestJumpNot,  // __le answered by "not __lt(b, a)"
  Concat,       // a step of CONCAT: store into metaTarget, then keep concatenating
  TForLoop,     // the generic-for iterator returned: check R(A+3)
};

struct CallFrame {
  Value function;          // the closure (or builtin) being run
  // Lua frames: the function's parts, cached at the call so that switching
  // frames reads no arena (valid while the closure lives, i.e. the frame).
  const bytecode::Proto* proto = nullptr;
  const Value* constants = nullptr;
  const UpvalueRef* upvalues = nullptr;
  TableRef env;            // the closure's environment (setfenv updates it too)
  uint32_t base = 0;       // first register (stack index)
  uint32_t funcIndex = 0;  // stack index of the function slot
  uint32_t top = 0;        // Lua: base + maxStackSize; builtins: unused (the coroutine's top)
  int32_t pc = 0;          // next instruction (Lua frames)
  int16_t wantedResults = -1;  // -1: all (LUA_MULTRET)
  uint16_t tailCalls = 0;
  uint32_t varargBase = 0;
  uint32_t numVarargs = 0;
  int32_t continuation = 0;  // builtins that called Lua: where to resume
  int32_t contState = 0;     // free for the builtin (e.g. an argument index)
  uint32_t resultBase = 0;   // builtins: where the results of their request land
  int32_t metaTarget = 0;    // Meta frames: register (or concat state) of the action
  bool isLua = false;
  ReturnTo returnTo = ReturnTo::LuaCall;
  MetaAction metaAction = MetaAction::Store;
  uint8_t protection = 0;    // builtins: 1 = pcall-like (errors land here), 2 = xpcall with handler
  int32_t errorContinuation = 0;  // protected builtins: continuation to run with the error value
};

enum class CoroutineStatus : uint8_t { Suspended, Running, Normal, Dead };

struct Coroutine {
  std::vector<Value> stack;
  uint32_t top = 0;
  std::vector<CallFrame> frames;
  std::vector<UpvalueRef> openUpvalues;  // sorted by stack index, highest last
  uint32_t highestOpenUpvalue = 0;        // stack index of openUpvalues.back() (when not empty)
  CoroutineStatus status = CoroutineStatus::Suspended;
  Value body;  // the function given to coroutine.create
  TableRef env;
  Value resumer;          // the coroutine that resumed this one while it runs (Tag::Coroutine) else nil
  uint16_t nativeDepth = 0;  // frames started by builtins/metamethods (Lua's nCcalls)
  uint16_t baseNativeDepth = 0;  // nativeDepth when it was last resumed (its resumer's + 1)
  uint32_t frameLimit = 0;   // frames allowed before "stack overflow" (0 = not yet set by the VM)
  bool started = false;

  // Every value the collector must keep alive: the stack up to the top, or
  // up to the end of the highest Lua register window (a caller's window may
  // reach past its callee's; its dead temporaries are kept too, so that a
  // debugger reading any frame's registers never meets a freed object).
  template <class F>
  void forEachValue(F&& f) const {
    uint32_t limit = top;
    for (const CallFrame& fr : frames)
      if (fr.isLua && fr.top > limit) limit = fr.top;
    for (uint32_t i = 0; i < limit && i < stack.size(); i++) f(stack[i]);
    for (const CallFrame& fr : frames) f(fr.function);
    f(body);
    f(resumer);
  }
  template <class F>
  void forEachUpvalue(F&& f) const {
    for (UpvalueRef u : openUpvalues) f(u);
  }
};

}  // namespace redlua::heap
