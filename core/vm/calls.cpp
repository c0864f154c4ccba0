// Calls and returns as frames on the coroutine's frame stack (ldo.c's job),
// without C++ recursion: a call pushes a frame, a return pops it and
// delivers the results to whoever made the call (a CALL instruction, an
// instruction waiting for a metamethod, a builtin waiting at a continuation,
// or the host). Errors unwind frames to the nearest protected builtin.
#include <algorithm>
#include <cmath>

#include "common/limits.hpp"
#include "vm/native_call.hpp"
#include "vm/state.hpp"

namespace redlua::vm {

using heap::CallFrame;
using heap::MetaAction;
using heap::ReturnTo;
using heap::Tag;
using heap::Value;
using Next = Vm::State::Next;

namespace {
// Lua 5.1 grows its CallInfo array by doubling from 8; growing past
// LUAI_MAXCALLS raises "stack overflow", so the first overflow comes at
// 16384 frames, and later ones (the array then stays at LUAI_MAXCALLS) at 20000.
constexpr uint32_t kFirstOverflow = 16384;
constexpr uint32_t kLaterOverflow = static_cast<uint32_t>(limits::kMaxCalls);
constexpr uint16_t kMaxNativeDepth = static_cast<uint16_t>(limits::kMaxNativeNesting);

bool isBoundary(ReturnTo r) { return r == ReturnTo::Meta || r == ReturnTo::Native || r == ReturnTo::ErrorHandler; }
}  // namespace

void Vm::State::ensureStack(heap::Coroutine& c, size_t needed) {
  if (needed <= c.stack.size()) return;
  size_t size = std::max(needed, c.stack.size() * 2);
  // The stack is the running coroutine's memory: it counts toward the limit
  // (deep recursion is a memory bomb too). Charged first, so that nothing
  // has changed when the limit says no.
  assert(&c == &co());
  heap.charge(static_cast<int64_t>((size - c.stack.size()) * sizeof(Value)));
  c.stack.resize(size);
  heap.recharge(heap::Kind::Coroutine, current, heap::coroutineOwnedBytes(c));
}

void Vm::State::frameLimitReached(heap::Coroutine& c) {
  // Frames below the script's own in lua5.1: the base CallInfo, plus lua.c's
  // C entry function for the main thread.
  uint32_t reserved = current == mainThread ? 2 : 1;
  if (c.frameLimit == 0) c.frameLimit = kFirstOverflow - reserved;
  // An error handler may run on top of a full stack (Lua has grown its
  // array by then), so it gets a little headroom.
  if (c.frames.size() < c.frameLimit + (handlingError ? 16u : 0u)) return;
  // After the first overflow Lua's CallInfo array stays at LUAI_MAXCALLS.
  c.frameLimit = kLaterOverflow - reserved;
  runtimeError("stack overflow");
}

Next Vm::State::call(uint32_t funcIndex, int wanted, ReturnTo returnTo, MetaAction action, int32_t target) {
  heap::Coroutine* c = &co();
  Value fn = c->stack[funcIndex];
  if (!fn.isFunction()) {
    // __call: the metamethod becomes the function, the object its first argument.
    Value tm = metamethod(fn, Tm::Call);
    if (!tm.isFunction()) typeError(&c->stack[funcIndex], "call");
    ensureStack(*c, c->top + 1 + kExtraStack);
    c = &co();
    for (uint32_t i = c->top; i > funcIndex; i--) c->stack[i] = c->stack[i - 1];
    c->top++;
    c->stack[funcIndex] = tm;
    fn = tm;
  }
  bool boundary = isBoundary(returnTo);
  // (luaD_call: the call that would make the count reach the limit fails.)
  if (boundary && c->nativeDepth + 1 >= kMaxNativeDepth) runtimeError("C stack overflow");
  int nargs = static_cast<int>(c->top - funcIndex - 1);
  if (fn.tag == Tag::Closure && !closureOf(fn).isNative) {
    enterLua(funcIndex, nargs, fn, wanted, returnTo, action, target, 0);
    if (boundary) co().nativeDepth++;
    return Next::Lua;
  }
  checkFrameLimit(*c);
  CallFrame& fr = c->frames.emplace_back();
  fr.function = fn;
  fr.funcIndex = funcIndex;
  fr.base = funcIndex + 1;
  fr.top = fr.base + static_cast<uint32_t>(nargs);  // builtins: end of the arguments
  fr.wantedResults = static_cast<int16_t>(wanted);
  fr.returnTo = returnTo;
  fr.metaAction = action;
  fr.metaTarget = target;
  if (boundary) c->nativeDepth++;
  return Next::Native;
}

Next Vm::State::settle(Next n) {
  while (n == Next::Native) n = stepNative();
  return n;
}

Next Vm::State::stepNative() {
  heap::Coroutine& c = co();
  CallFrame& f = c.frames.back();
  heap::NativeFunction fn =
      f.function.tag == Tag::Native ? f.function.u.native : closureOf(f.function).native;
  NativeCall nc(*this, f.base, static_cast<int>(f.top - f.base), f.continuation);
  request.kind = RequestKind::None;
  int r = fn(nc);
  heap::Coroutine& c2 = co();
  if (r >= 0) {
    CallFrame popped = c2.frames.back();
    c2.frames.pop_back();
    return deliver(popped, c2.top - static_cast<uint32_t>(r), r);
  }
  return stepNativeRequest();
}

Next Vm::State::stepNativeRequest() {
  heap::Coroutine& c2 = co();
  CallFrame& f2 = c2.frames.back();
  switch (request.kind) {
    case RequestKind::Call:
      f2.continuation = request.continuation;
      f2.resultBase = request.funcIndex;
      f2.protection = request.protection;
      f2.errorContinuation = request.errorContinuation;
      return call(request.funcIndex, request.wanted, ReturnTo::Native);
    case RequestKind::Yield:
      return doYield(request.count);
    case RequestKind::Resume:
      f2.continuation = request.continuation;
      return doResume(request.target, request.count);
    case RequestKind::Error:
      return handleError(request.error);
    case RequestKind::None:
      break;
  }
  runtimeError("internal error: builtin returned a request without making one");
}

Next Vm::State::deliver(const CallFrame& popped, uint32_t first, int n) {
  heap::Coroutine& c = co();
  if (isBoundary(popped.returnTo)) c.nativeDepth--;
  switch (popped.returnTo) {
    case ReturnTo::LuaCall:
    case ReturnTo::Meta:
    case ReturnTo::Native: {
      uint32_t dst = popped.funcIndex;
      int wanted = popped.wantedResults;
      if (wanted >= 0) ensureStack(c, dst + static_cast<size_t>(wanted) + kExtraStack);
      Value* stack = c.stack.data();
      if (dst != first)
        for (int i = 0; i < n; i++) stack[dst + static_cast<uint32_t>(i)] = stack[first + static_cast<uint32_t>(i)];
      if (wanted < 0) {
        c.top = dst + static_cast<uint32_t>(n);
      } else {
        for (int i = n; i < wanted; i++) stack[dst + static_cast<uint32_t>(i)] = Value::nil();
        c.top = dst + static_cast<uint32_t>(wanted);
      }
      if (popped.returnTo == ReturnTo::Native) {
        c.frames.back().protection = 0;  // the protected call is over
        return Next::Native;
      }
      if (wanted >= 0) c.top = c.frames.back().top;
      if (popped.returnTo == ReturnTo::Meta) return applyMeta(popped);
      return Next::Lua;
    }
    case ReturnTo::ErrorHandler: {
      Value v = n > 0 ? c.stack[first] : Value::nil();
      for (size_t i = c.frames.size(); i-- > 0;)
        if (c.frames[i].protection == 3) return unwindTo(i, v);
      return handleError(v);
    }
    case ReturnTo::Host:
      return finishCoroutine(true, first, n);
  }
  return Next::Lua;
}

Next Vm::State::applyMeta(const CallFrame& popped) {
  heap::Coroutine& c = co();
  CallFrame& caller = c.frames.back();
  Value result = c.stack[popped.funcIndex];
  const bytecode::Proto* p = heap.closure(caller.function.asClosure()).code;
  switch (popped.metaAction) {
    case MetaAction::Store:
      c.stack[caller.base + static_cast<uint32_t>(popped.metaTarget)] = result;
      return Next::Lua;
    case MetaAction::Discard:
      return Next::Lua;
    case MetaAction::TestJump:
    case MetaAction::TestJumpNot: {
      bool res = !result.isFalsy();
      if (popped.metaAction == MetaAction::TestJumpNot) res = !res;
      bytecode::Instruction i = p->code[static_cast<size_t>(caller.pc - 1)];
      if (res == (bytecode::argA(i) != 0))
        caller.pc += bytecode::argSBx(p->code[static_cast<size_t>(caller.pc)]) + 1;
      else
        caller.pc += 1;
      return Next::Lua;
    }
    case MetaAction::Concat: {
      int32_t target = popped.metaTarget & 0xff;
      int32_t last = (popped.metaTarget >> 8) & 0x1ff;
      int32_t first = popped.metaTarget >> 17;
      c.stack[caller.base + static_cast<uint32_t>(last)] = result;
      if (concat(first, last, target)) return pendingNext;
      return Next::Lua;
    }
    case MetaAction::TForLoop: {
      uint32_t a = caller.base + static_cast<uint32_t>(popped.metaTarget);
      if (!c.stack[a + 3].isNil()) {
        c.stack[a + 2] = c.stack[a + 3];
        caller.pc += bytecode::argSBx(p->code[static_cast<size_t>(caller.pc)]) + 1;
      } else {
        caller.pc += 1;
      }
      return Next::Lua;
    }
  }
  return Next::Lua;
}

Next Vm::State::handleError(Value err) {
  heap::Coroutine& c = co();
  for (size_t i = c.frames.size(); i-- > 0;) {
    CallFrame& f = c.frames[i];
    if (f.protection == 0) continue;
    if (f.protection == 2) {
      // xpcall: the handler runs where the error happened (so it can take a
      // traceback); its result is what xpcall returns.
      f.protection = 3;
      Value handler = c.stack[static_cast<uint32_t>(f.metaTarget)];
      uint32_t at = c.top;
      if (!c.frames.empty() && c.frames.back().isLua) at = std::max(at, c.frames.back().top);
      ensureStack(c, at + 2 + kExtraStack);
      heap::Coroutine& c2 = co();
      c2.stack[at] = handler;
      c2.stack[at + 1] = err;
      c2.top = at + 2;
      // Room for the handler even right after a stack overflow.
      handlingError = true;
      try {
        Next n = call(at, 1, ReturnTo::ErrorHandler);
        handlingError = false;
        return n;
      } catch (const LuaError&) {
        handlingError = false;
        return unwindTo(i, heap.newString("error in error handling"));
      }
    }
    if (f.protection == 3) return unwindTo(i, heap.newString("error in error handling"));
    return unwindTo(i, err);
  }
  // Nobody catches it: the coroutine dies with it. For the main thread keep
  // lua.c's traceback of where it happened (the frames are about to go).
  // (lua.c adds none when the error value is not a string.)
  if (current == mainThread && (err.tag == Tag::String || err.tag == Tag::Number))
    errorTraceback = traceback(current, 0, "", 2, true);
  uint32_t at = c.top;
  ensureStack(c, at + 1);
  co().stack[at] = err;
  return finishCoroutine(false, at, 1);
}

Next Vm::State::unwindTo(size_t frameIndex, const Value& v) {
  heap::Coroutine& c = co();
  CallFrame& f = c.frames[frameIndex];
  closeUpvalues(c, f.resultBase);
  uint32_t rb = f.resultBase;
  // What the unwound frames held is garbage: clear it, so that the collector
  // (which keeps whole register windows) can reclaim it right away.
  uint32_t high = c.top;
  for (size_t i = frameIndex + 1; i < c.frames.size(); i++) high = std::max(high, c.frames[i].top);
  high = std::min<uint32_t>(high, static_cast<uint32_t>(c.stack.size()));
  for (uint32_t i = rb; i < high; i++) c.stack[i] = Value::nil();
  c.frames.resize(frameIndex + 1);
  // Recount what is left; a coroutine starts from its resumer's depth + 1.
  uint16_t depth = current == mainThread ? hostNativeDepth : c.baseNativeDepth;
  for (const CallFrame& fr : c.frames)
    if (isBoundary(fr.returnTo)) depth++;
  c.nativeDepth = depth;
  ensureStack(c, rb + 1 + kExtraStack);
  CallFrame& f2 = c.frames.back();
  c.stack[rb] = v;
  c.top = rb + 1;
  f2.protection = 0;
  f2.continuation = f2.errorContinuation;
  return Next::Native;
}

Next Vm::State::finishCoroutine(bool ok, uint32_t first, int n) {
  heap::Coroutine& c = co();
  std::vector<Value> values(c.stack.begin() + first, c.stack.begin() + first + n);
  closeUpvalues(c, 0);
  c.frames.clear();
  if (current == mainThread || c.resumer.isNil()) {
    c.top = 0;
    if (ok) {
      results = std::move(values);
      status = RunStatus::Finished;
    } else {
      error = values.empty() ? Value::nil() : values[0];
      heap.pin(error);
      status = RunStatus::Error;
    }
    return Next::Done;
  }
  c.status = heap::CoroutineStatus::Dead;
  c.stack.clear();
  c.stack.shrink_to_fit();
  c.top = 0;
  c.nativeDepth = 0;
  heap::CoroutineRef resumer = c.resumer.asCoroutine();
  c.resumer = Value::nil();
  current = resumer;
  heap::Coroutine& r = co();
  r.status = heap::CoroutineStatus::Running;
  ensureStack(r, r.top + values.size() + kExtraStack);
  CallFrame& rf = r.frames.back();
  rf.resultBase = r.top;
  rf.contState = ok ? 1 : 0;
  for (const Value& v : values) r.stack[r.top++] = v;
  return Next::Native;
}

void Vm::State::closeUpvalues(heap::Coroutine& c, uint32_t level) {
  while (!c.openUpvalues.empty()) {
    heap::UpvalueRef ref = c.openUpvalues.back();
    heap::Upvalue& uv = heap.upvalue(ref);
    if (uv.stackIndex < level) {
      c.highestOpenUpvalue = uv.stackIndex;
      return;
    }
    uv.closed = c.stack[uv.stackIndex];
    uv.open = false;
    c.openUpvalues.pop_back();
  }
  c.highestOpenUpvalue = 0;
}

heap::UpvalueRef Vm::State::findUpvalue(uint32_t stackIndex) {
  heap::Coroutine& c = co();
  // Sorted by stack index, highest last: most searches hit near the end.
  size_t i = c.openUpvalues.size();
  while (i > 0) {
    heap::Upvalue& uv = heap.upvalue(c.openUpvalues[i - 1]);
    if (uv.stackIndex == stackIndex) return c.openUpvalues[i - 1];
    if (uv.stackIndex < stackIndex) break;
    i--;
  }
  heap::UpvalueRef ref = heap.newUpvalue(current, stackIndex);
  heap::Coroutine& c2 = co();
  c2.openUpvalues.insert(c2.openUpvalues.begin() + static_cast<long>(i), ref);
  if (i + 1 == c2.openUpvalues.size()) c2.highestOpenUpvalue = stackIndex;
  return ref;
}

}  // namespace redlua::vm
