// NativeCall: how builtins (core/lib) are called, the VM's "C API".
//
// A builtin receives its arguments on the running coroutine's stack at
// [base, base + nargs), pushes its results and returns how many it pushed
// (the last n values below the top are the results), like a lua_CFunction.
//
// A builtin that needs to run Lua (pcall, a metamethod, a comparator) never
// calls the interpreter (DESIGN.md decision 4): it pushes the function and
// its arguments and returns callThen(k, ...). The interpreter runs the call
// as ordinary frames and then calls the builtin again with continuation == k;
// the call's results are at [resultBase(), top()). Values the builtin wants
// to keep across the call stay in its own stack slots (below the function).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "heap/heap.hpp"
#include "vm/state.hpp"

namespace redlua::vm {

inline constexpr int kRequest = -1;  // a builtin's return value: "see the request"

struct NativeCall {
  Vm::State& s;
  heap::Heap& heap;
  uint32_t base = 0;       // first argument (stack index)
  int nargs = 0;           // number of arguments
  int continuation = 0;    // 0 on the first entry, k after a request finished

  NativeCall(Vm::State& state, uint32_t firstArg, int argCount, int resumeAt)
      : s(state), heap(state.heap), base(firstArg), nargs(argCount), continuation(resumeAt) {}

  heap::Coroutine& co() { return s.co(); }
  heap::CallFrame& frame() { return co().frames.back(); }
  std::vector<heap::Value>& stack() { return co().stack; }

  // ---- arguments (1-based like Lua's argument numbers) ----
  int argCount() const { return nargs; }
  bool isNone(int i) const { return i > nargs; }
  heap::Value arg(int i) { return i <= nargs ? stack()[base + static_cast<uint32_t>(i) - 1] : heap::Value::nil(); }
  heap::Value& argSlot(int i) { return stack()[base + static_cast<uint32_t>(i) - 1]; }

  // ---- results ----
  uint32_t top() { return co().top; }
  void setTop(uint32_t t);
  void push(const heap::Value& v) {
    heap::Coroutine& c = co();
    if (c.top + 1 < c.stack.size()) c.stack[c.top++] = v;
    else pushGrowing(v);
  }
  void pushGrowing(heap::Value v);
  void pushString(std::string_view bytes) { push(heap.newString(bytes)); }
  void pushNumber(double n) { push(heap::Value::number(n)); }
  void pushBool(bool b) { push(heap::Value::boolean(b)); }
  void pushNil() { push(heap::Value::nil()); }
  int ret(const heap::Value& v) { push(v); return 1; }
  int retNil() { push(heap::Value::nil()); return 1; }

  // ---- argument checks (luaL_check*, with lauxlib's messages) ----
  void checkAny(int i);
  double checkNumber(int i);
  double optNumber(int i, double def);
  int64_t checkInteger(int i);   // luaL_checkinteger: truncates toward zero like lua_Integer casts
  int64_t optInteger(int i, int64_t def);
  std::string_view checkString(int i);  // numbers are converted in place, as lua_tolstring does
  std::string_view optString(int i, std::string_view def);
  heap::Value checkStringValue(int i);
  heap::TableRef checkTable(int i);
  void checkType(int i, heap::Tag tag);
  [[noreturn]] void argError(int i, const std::string& msg);
  [[noreturn]] void typeError(int i, const char* expected);
  // luaL_error: "chunk:line: " of the calling Lua function, then msg.
  [[noreturn]] void error(const std::string& msg);
  // Name of this builtin as the caller's bytecode names it (or "?").
  std::string name();

  // ---- conversions ----
  std::string toDisplay(const heap::Value& v) { return s.toDisplay(v); }
  const char* typeName(const heap::Value& v) { return heap::typeName(v.tag); }

  // ---- requests: return their value from the builtin ----
  // Call stack[funcIndex] with the values above it up to top(); continue at k.
  int callThen(int k, uint32_t funcIndex, int wanted = -1);
  // Same, but an error in the call is caught: the builtin is re-entered at
  // kError with the error value at resultBase().
  int protectedCallThen(int k, int kError, uint32_t funcIndex, int wanted = -1);
  // xpcall: the handler sits at handlerIndex (below funcIndex); it runs at
  // the point of the error and its result is what kError receives.
  int protectedCallWithHandlerThen(int k, int kError, uint32_t funcIndex, uint32_t handlerIndex);
  int yield(int count);                                     // the top `count` values
  // Raises a Lua error by returning (cheaper than a C++ throw for error()
  // in pcall-heavy code); equivalent to s.throwValue(v).
  int raise(const heap::Value& v);
  int resume(int k, heap::CoroutineRef target, int count);  // the top `count` values are its arguments
  uint32_t resultBase() { return frame().resultBase; }
  // After resume/yield requests: 1 when the other side succeeded, 0 on error.
  bool resumeOk() { return frame().contState != 0; }
  // Upvalues of a builtin closure (coroutine.wrap's coroutine, ...).
  heap::Value upvalue(int i);
  int32_t& state() { return frame().contState; }
};

// Registers a builtin (light function) in table t.
void setFunction(Vm::State& s, heap::TableRef t, std::string_view name, heap::NativeFunction fn);

}  // namespace redlua::vm
