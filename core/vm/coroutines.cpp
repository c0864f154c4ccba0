// Coroutine switches. A coroutine is just another stack of frames: resume
// makes it the current one, yield (or its end, or an uncaught error) makes
// its resumer current again and hands the values to the resume builtin
// waiting on top of the resumer's frames.
#include "vm/state.hpp"

namespace redlua::vm {

using heap::CallFrame;
using heap::ReturnTo;
using heap::Value;
using Next = Vm::State::Next;

Next Vm::State::doYield(int count) {
  heap::Coroutine& c = co();
  // Lua 5.1 can only yield when nothing but Lua calls lie between the yield
  // and the resume: no metamethod, no builtin waiting for a result (pcall,
  // for iterators, ...). The main thread always has the host below it.
  bool blocked = current == mainThread || c.resumer.isNil() || c.frames.back().returnTo != ReturnTo::LuaCall;
  for (size_t i = 0; !blocked && i + 1 < c.frames.size(); i++) {
    ReturnTo r = c.frames[i].returnTo;
    if (r != ReturnTo::LuaCall && r != ReturnTo::Host) blocked = true;
  }
  if (blocked) runtimeError("attempt to yield across metamethod/C-call boundary");
  std::vector<Value>& values = transfer;
  values.assign(c.stack.begin() + (c.top - static_cast<uint32_t>(count)), c.stack.begin() + c.top);
  c.top -= static_cast<uint32_t>(count);
  c.status = heap::CoroutineStatus::Suspended;
  heap::CoroutineRef resumer = c.resumer.asCoroutine();
  c.resumer = Value::nil();
  current = resumer;
  heap::Coroutine& r = co();
  r.status = heap::CoroutineStatus::Running;
  ensureStack(r, r.top + values.size() + 8);
  CallFrame& rf = r.frames.back();
  rf.resultBase = r.top;
  rf.contState = 1;
  for (const Value& v : values) r.stack[r.top++] = v;
  return Next::Native;
}

Next Vm::State::doResume(heap::CoroutineRef target, int count) {
  heap::Coroutine& c = co();
  std::vector<Value>& args = transfer;
  args.assign(c.stack.begin() + (c.top - static_cast<uint32_t>(count)), c.stack.begin() + c.top);
  c.top -= static_cast<uint32_t>(count);
  c.status = heap::CoroutineStatus::Normal;
  heap::CoroutineRef from = current;
  uint16_t depth = c.nativeDepth;
  heap::Coroutine& t = heap.coroutine(target);
  // Lua 5.1 counts a resume as a C call level, on top of the resumer's.
  t.baseNativeDepth = static_cast<uint16_t>(depth + 1);
  t.nativeDepth = t.baseNativeDepth;
  t.resumer = Value::coroutine(from);
  t.status = heap::CoroutineStatus::Running;
  current = target;
  if (!t.started) {
    t.started = true;
    ensureStack(t, args.size() + 16);
    t.stack[0] = t.body;
    for (size_t i = 0; i < args.size(); i++) t.stack[1 + i] = args[i];
    t.top = 1 + static_cast<uint32_t>(args.size());
    try {
      return call(0, -1, ReturnTo::Host);
    } catch (const LuaError& e) {
      return handleError(e.value);
    }
  }
  // Suspended in a yield: the yield builtin's frame is on top; its results
  // are the values given to resume.
  ensureStack(t, t.top + args.size() + 16);
  uint32_t first = t.top;
  for (const Value& v : args) t.stack[t.top++] = v;
  CallFrame popped = t.frames.back();
  t.frames.pop_back();
  return deliver(popped, first, static_cast<int>(args.size()));
}

}  // namespace redlua::vm
