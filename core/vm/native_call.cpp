// NativeCall: argument checks with lauxlib's messages, results, and the
// requests through which builtins run Lua without recursing.
#include "vm/native_call.hpp"

#include <cmath>

namespace redlua::vm {

using heap::Tag;
using heap::Value;

void NativeCall::setTop(uint32_t t) {
  heap::Coroutine& c = co();
  s.ensureStack(c, static_cast<size_t>(t) + 8);
  heap::Coroutine& c2 = co();
  for (uint32_t i = c2.top; i < t; i++) c2.stack[i] = Value::nil();
  c2.top = t;
}

// (v is a copy: it may have lived in the stack being reallocated.)
void NativeCall::pushGrowing(Value v) {
  heap::Coroutine& c = co();
  s.ensureStack(c, static_cast<size_t>(c.top) + 16);
  c.stack[c.top++] = v;
}

std::string NativeCall::name() {
  heap::Coroutine& c = co();
  std::string n;
  if (!s.functionName(c, c.frames.size() - 1, n)) return "?";
  return n;
}

void NativeCall::argError(int i, const std::string& msg) {
  heap::Coroutine& c = co();
  std::string n;
  const char* kind = s.functionName(c, c.frames.size() - 1, n);
  if (kind && std::string(kind) == "method") {
    i--;
    if (i == 0) error("calling '" + n + "' on bad self (" + msg + ")");
  }
  if (!kind) n = "?";
  error("bad argument #" + std::to_string(i) + " to '" + n + "' (" + msg + ")");
}

void NativeCall::typeError(int i, const char* expected) {
  const char* got = isNone(i) ? "no value" : heap::typeName(arg(i).tag);
  argError(i, std::string(expected) + " expected, got " + got);
}

void NativeCall::error(const std::string& msg) { s.throwValue(heap.newString(s.where(1) + msg)); }

void NativeCall::checkAny(int i) {
  if (isNone(i)) argError(i, "value expected");
}

double NativeCall::checkNumber(int i) {
  double d;
  Value v = arg(i);
  if (!s.toNumber(v, d)) {
    // lua_tonumber gives 0 for non-numbers; luaL_checknumber then complains
    // only when the value is not a number at all.
    typeError(i, "number");
  }
  return d;
}

double NativeCall::optNumber(int i, double def) {
  if (isNone(i) || arg(i).isNil()) return def;
  return checkNumber(i);
}

int64_t NativeCall::checkInteger(int i) {
  double d = checkNumber(i);
  // lua_Integer is ptrdiff_t; the C cast truncates toward zero.
  if (std::isnan(d)) return 0;
  if (d >= 9.2233720368547758e18) return INT64_MIN;  // what x86 produces for out-of-range casts
  if (d <= -9.2233720368547758e18) return INT64_MIN;
  return static_cast<int64_t>(d);
}

int64_t NativeCall::optInteger(int i, int64_t def) {
  if (isNone(i) || arg(i).isNil()) return def;
  return checkInteger(i);
}

std::string_view NativeCall::checkString(int i) { return heap.stringView(checkStringValue(i)); }

Value NativeCall::checkStringValue(int i) {
  if (isNone(i)) typeError(i, "string");
  Value& slot = argSlot(i);
  if (slot.tag == Tag::String) return slot;
  if (slot.tag != Tag::Number) typeError(i, "string");
  Value sv = heap.newString(numberToString(slot.u.number));
  argSlot(i) = sv;
  return sv;
}

std::string_view NativeCall::optString(int i, std::string_view def) {
  if (isNone(i) || arg(i).isNil()) return def;
  return checkString(i);
}

heap::TableRef NativeCall::checkTable(int i) {
  Value v = arg(i);
  if (v.tag != Tag::Table || isNone(i)) typeError(i, "table");
  return v.asTable();
}

void NativeCall::checkType(int i, Tag tag) {
  if (isNone(i) || arg(i).tag != tag) typeError(i, heap::typeName(tag));
}

int NativeCall::callThen(int k, uint32_t funcIndex, int wanted) {
  s.request = Request{};
  s.request.kind = RequestKind::Call;
  s.request.funcIndex = funcIndex;
  s.request.wanted = wanted;
  s.request.continuation = k;
  return kRequest;
}

int NativeCall::protectedCallThen(int k, int kError, uint32_t funcIndex, int wanted) {
  callThen(k, funcIndex, wanted);
  s.request.protection = 1;
  s.request.errorContinuation = kError;
  return kRequest;
}

int NativeCall::protectedCallWithHandlerThen(int k, int kError, uint32_t funcIndex, uint32_t handlerIndex) {
  callThen(k, funcIndex, -1);
  s.request.protection = 2;
  s.request.errorContinuation = kError;
  frame().metaTarget = static_cast<int32_t>(handlerIndex);
  return kRequest;
}

int NativeCall::raise(const Value& v) {
  s.request = Request{};
  s.request.kind = RequestKind::Error;
  s.request.error = v;
  return kRequest;
}

int NativeCall::yield(int count) {
  s.request = Request{};
  s.request.kind = RequestKind::Yield;
  s.request.count = count;
  return kRequest;
}

int NativeCall::resume(int k, heap::CoroutineRef target, int count) {
  s.request = Request{};
  s.request.kind = RequestKind::Resume;
  s.request.target = target;
  s.request.count = count;
  s.request.continuation = k;
  return kRequest;
}

Value NativeCall::upvalue(int i) {
  Value f = frame().function;
  if (f.tag != Tag::Closure) return Value::nil();
  const heap::Closure& cl = s.closureOf(f);
  if (i < 0 || static_cast<size_t>(i) >= cl.nativeUpvalues.size()) return Value::nil();
  return cl.nativeUpvalues[static_cast<size_t>(i)];
}

void setFunction(Vm::State& s, heap::TableRef t, std::string_view name, heap::NativeFunction fn) {
  Value key = s.heap.newString(name);
  s.heap.rawSet(t, key, Value::nativeFn(fn));
}

}  // namespace redlua::vm
