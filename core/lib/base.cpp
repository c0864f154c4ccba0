// The base library (Lua 5.1's lbaselib.c): print, type, tostring, tonumber,
// pcall, xpcall, error, select, metatables, raw access, iteration, unpack,
// assert, loadstring and the collector controls.
//
// Builtins that run Lua (pcall, xpcall, tostring with __tostring, print
// through tostring) ask the interpreter to make the call and continue at a
// continuation (vm/native_call.hpp), so the C++ stack never grows.
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Tag;
using heap::Value;
using vm::NativeCall;
using vm::Tm;

namespace {

int baseToString(NativeCall& call);

// tostring() without __tostring, as luaB_tostring prints each type.
Value plainToString(NativeCall& call, const Value& v) {
  if (v.tag == Tag::String) return v;
  return call.heap.newString(call.toDisplay(v));
}

Value toStringMeta(NativeCall& call, const Value& v) {
  heap::TableRef mt = call.s.metatableOf(v);
  if (mt.generation == 0) return Value::nil();
  return call.heap.table(mt).get(call.s.names.tostringEvent);
}

int basePrint(NativeCall& call) {
  // Lua 5.1 converts each argument with the *global* tostring.
  Value tostringFn = call.heap.table(call.s.globals).get(call.s.names.tostring);
  bool direct = tostringFn.tag == Tag::Native && tostringFn.u.native == &baseToString;
  if (call.continuation == 0 && direct) {
    bool simple = true;
    for (int i = 1; i <= call.argCount() && simple; i++)
      if (!toStringMeta(call, call.arg(i)).isNil()) simple = false;
    if (simple) {
      std::string line;
      for (int i = 1; i <= call.argCount(); i++) {
        if (i > 1) line.push_back('\t');
        Value v = call.arg(i);
        if (v.tag == Tag::String) line.append(call.heap.stringView(v));
        else line.append(call.toDisplay(v));
      }
      call.s.print(line);
      return 0;
    }
  }
  // Slow path: one tostring call per argument; the converted strings pile
  // up on the stack above the arguments.
  int& next = call.state();
  if (call.continuation == 0) {
    call.setTop(call.base + static_cast<uint32_t>(call.argCount()));
    next = 1;
  } else {
    Value r = call.stack()[call.top() - 1];
    if (r.tag != Tag::String && r.tag != Tag::Number)
      call.error("'tostring' must return a string to 'print'");
    call.setTop(call.top());
  }
  while (next <= call.argCount()) {
    uint32_t fnIndex = call.top();
    call.push(tostringFn);
    call.push(call.arg(next));
    next++;
    return call.callThen(1, fnIndex, 1);
  }
  std::string line;
  uint32_t first = call.base + static_cast<uint32_t>(call.argCount());
  for (uint32_t i = first; i < call.top(); i++) {
    if (i > first) line.push_back('\t');
    Value v = call.stack()[i];
    if (v.tag == Tag::String) line.append(call.heap.stringView(v));
    else line.append(call.toDisplay(v));
  }
  call.s.print(line);
  return 0;
}

int baseToString(NativeCall& call) {
  if (call.continuation == 1) return 1;  // __tostring's result
  call.checkAny(1);
  Value v = call.arg(1);
  Value tm = toStringMeta(call, v);
  if (!tm.isNil()) {
    uint32_t fnIndex = call.top();
    call.push(tm);
    call.push(v);
    return call.callThen(1, fnIndex, 1);
  }
  return call.ret(plainToString(call, v));
}

int baseType(NativeCall& call) {
  call.checkAny(1);
  return call.ret(call.heap.newString(heap::typeName(call.arg(1).tag)));
}

int baseToNumber(NativeCall& call) {
  int64_t base = call.optInteger(2, 10);
  if (base == 10) {
    call.checkAny(1);
    double d;
    if (call.s.toNumber(call.arg(1), d)) return call.ret(Value::number(d));
    return call.retNil();
  }
  std::string s(call.checkString(1));
  if (base < 2 || base > 36) call.argError(2, "base out of range");
  const char* begin = s.c_str();
  char* end = nullptr;
  unsigned long n = std::strtoul(begin, &end, static_cast<int>(base));
  if (end != begin) {
    while (*end && std::isspace(static_cast<unsigned char>(*end))) end++;
    if (*end == '\0') return call.ret(Value::number(static_cast<double>(n)));
  }
  return call.retNil();
}

// pcall(f, ...): true and f's results, or false and the error value.
int basePCall(NativeCall& call) {
  enum { kStart, kDone, kError };
  switch (call.continuation) {
    case kStart: {
      call.checkAny(1);
      uint32_t flag = call.top();
      call.pushBool(true);
      uint32_t fnIndex = call.top();
      for (int i = 1; i <= call.argCount(); i++) call.push(call.arg(i));
      (void)flag;
      return call.protectedCallThen(kDone, kError, fnIndex);
    }
    case kDone:
      return static_cast<int>(call.top() - (call.resultBase() - 1));
    default: {
      call.stack()[call.resultBase() - 1] = Value::boolean(false);
      return 2;
    }
  }
}

// xpcall(f, handler): f is called without arguments, the handler with the
// error where it happened.
int baseXPCall(NativeCall& call) {
  enum { kStart, kDone, kError };
  switch (call.continuation) {
    case kStart: {
      call.checkAny(2);
      call.pushBool(true);
      uint32_t fnIndex = call.top();
      call.push(call.arg(1));
      return call.protectedCallWithHandlerThen(kDone, kError, fnIndex, call.base + 1);
    }
    case kDone:
      return static_cast<int>(call.top() - (call.resultBase() - 1));
    default:
      call.stack()[call.resultBase() - 1] = Value::boolean(false);
      return 2;
  }
}

int baseError(NativeCall& call) {
  int64_t level = call.optInteger(2, 1);
  Value msg = call.arg(1);
  if ((msg.tag == Tag::String || msg.tag == Tag::Number) && level > 0) {
    std::string where = call.s.where(static_cast<int>(level));
    if (!where.empty()) msg = call.heap.newString(where + call.toDisplay(msg));
  }
  return call.raise(msg);
}

int baseSelect(NativeCall& call) {
  int n = call.argCount();
  Value first = call.arg(1);
  if (first.tag == Tag::String && call.heap.stringView(first).substr(0, 1) == "#") {
    return call.ret(Value::number(n - 1));
  }
  int64_t i = call.checkInteger(1);
  if (i < 0) i = n + i;
  else if (i > n) i = n;
  if (i < 1) call.argError(1, "index out of range");
  return n - static_cast<int>(i);
}

int baseSetMetatable(NativeCall& call) {
  call.checkType(1, Tag::Table);
  Value mt = call.arg(2);
  if (mt.tag != Tag::Nil && mt.tag != Tag::Table) call.argError(2, "nil or table expected");
  heap::TableRef t = call.arg(1).asTable();
  heap::Table& table = call.heap.table(t);
  if (table.hasMetatable()) {
    Value protectedField = call.heap.table(table.metatable).get(call.s.names.metatableField);
    if (!protectedField.isNil()) call.error("cannot change a protected metatable");
  }
  if (table.readonly) call.error("Attempt to modify a readonly table");
  call.heap.table(t).metatable = mt.tag == Tag::Table ? mt.asTable() : heap::TableRef{};
  call.setTop(call.base + 1);
  return 1;
}

int baseGetMetatable(NativeCall& call) {
  call.checkAny(1);
  heap::TableRef mt = call.s.metatableOf(call.arg(1));
  if (mt.generation == 0) return call.retNil();
  Value protectedField = call.heap.table(mt).get(call.s.names.metatableField);
  if (!protectedField.isNil()) return call.ret(protectedField);
  return call.ret(Value::table(mt));
}

int baseRawGet(NativeCall& call) {
  call.checkType(1, Tag::Table);
  call.checkAny(2);
  return call.ret(call.heap.table(call.arg(1).asTable()).get(call.arg(2)));
}

int baseRawSet(NativeCall& call) {
  call.checkType(1, Tag::Table);
  call.checkAny(2);
  call.checkAny(3);
  call.s.rawSetChecked(call.arg(1).asTable(), call.arg(2), call.arg(3));
  call.setTop(call.base + 1);
  return 1;
}

int baseRawEqual(NativeCall& call) {
  call.checkAny(1);
  call.checkAny(2);
  return call.ret(Value::boolean(rawEqual(call.arg(1), call.arg(2))));
}

int baseNext(NativeCall& call) {
  call.checkType(1, Tag::Table);
  Value key = call.arg(2);
  Value value;
  if (call.heap.table(call.arg(1).asTable()).next(key, value)) {
    call.push(key);
    call.push(value);
    return 2;
  }
  return call.retNil();
}

int basePairs(NativeCall& call) {
  call.checkType(1, Tag::Table);
  Value t = call.arg(1);
  call.push(Value::nativeFn(&baseNext));
  call.push(t);
  call.pushNil();
  return 3;
}

int ipairsStep(NativeCall& call) {
  call.checkType(1, Tag::Table);
  int64_t i = call.checkInteger(2) + 1;
  Value v = call.heap.table(call.arg(1).asTable()).getInt(i);
  if (v.isNil()) return 0;
  call.push(Value::number(static_cast<double>(i)));
  call.push(v);
  return 2;
}

int baseIPairs(NativeCall& call) {
  call.checkType(1, Tag::Table);
  Value t = call.arg(1);
  call.push(Value::nativeFn(&ipairsStep));
  call.push(t);
  call.push(Value::number(0));
  return 3;
}

int baseUnpack(NativeCall& call) {
  call.checkType(1, Tag::Table);
  heap::TableRef t = call.arg(1).asTable();
  int64_t i = call.optInteger(2, 1);
  int64_t j = call.isNone(3) || call.arg(3).isNil() ? call.heap.table(t).border() : call.checkInteger(3);
  if (i > j) return 0;
  int64_t n = j - i + 1;
  if (n >= INT_MAX || n > 8000) call.error("too many results to unpack");
  for (int64_t x = i; x <= j; x++) call.push(call.heap.table(t).getInt(x));
  return static_cast<int>(n);
}

int baseAssert(NativeCall& call) {
  call.checkAny(1);
  if (call.arg(1).isFalsy()) {
    std::string msg(call.optString(2, "assertion failed!"));
    call.error(msg);
  }
  return call.argCount();
}

int baseLoadString(NativeCall& call) {
  std::string source(call.checkString(1));
  std::string chunkName(call.optString(2, source));
  if (!call.s.loader) {
    call.pushNil();
    call.pushString("loadstring is not available");
    return 2;
  }
  vm::LoadResult r = call.s.loader(source, chunkName);
  if (!r.proto) {
    call.pushNil();
    call.pushString(r.error);
    return 2;
  }
  Value fn = call.s.self->load(r.proto);
  return call.ret(fn);
}

// load(reader [, chunkname]): the reader is called until it returns nil or
// "", each piece a request; the pieces wait on the stack above the arguments.
int baseLoad(NativeCall& call) {
  enum { kStart, kPiece };
  uint32_t first = call.base + 2;
  if (call.continuation == kStart) {
    if (!call.arg(1).isFunction()) call.typeError(1, "function");
    call.setTop(first);
  } else {
    Value piece = call.stack()[call.top() - 1];
    if (piece.isNil() || (piece.tag == Tag::String && call.heap.stringView(piece).empty())) {
      call.setTop(call.top() - 1);
      std::string source;
      for (uint32_t i = first; i < call.top(); i++) source.append(call.heap.stringView(call.stack()[i]));
      std::string chunkName(call.optString(2, "=(load)"));
      vm::LoadResult r;
      if (call.s.loader) r = call.s.loader(source, chunkName);
      else r.error = "load is not available";
      if (!r.proto) {
        call.pushNil();
        call.pushString(r.error);
        return 2;
      }
      return call.ret(call.s.self->load(r.proto));
    }
    if (piece.tag != Tag::String) {
      call.pushNil();
      call.pushString("reader function must return a string");
      return 2;
    }
  }
  uint32_t fnIndex = call.top();
  call.push(call.arg(1));
  return call.callThen(kPiece, fnIndex, 1);
}

int baseCollectGarbage(NativeCall& call) {
  std::string opt(call.optString(1, "collect"));
  if (opt == "collect") {
    call.s.collectGarbage();
    return call.ret(Value::number(0));
  }
  if (opt == "count") return call.ret(Value::number(static_cast<double>(call.heap.bytes()) / 1024.0));
  if (opt == "step") {
    call.s.collectGarbage();
    return call.ret(Value::boolean(true));
  }
  if (opt == "stop" || opt == "restart") return call.ret(Value::number(0));
  if (opt == "setpause" || opt == "setstepmul") return call.ret(Value::number(200));
  call.argError(1, "invalid option '" + opt + "'");
}

int baseGcInfo(NativeCall& call) { return call.ret(Value::number(static_cast<double>(call.heap.bytes() / 1024))); }

// getfenv/setfenv for functions and stack levels (level 0: the globals).
Value envOfLevel(NativeCall& call, int64_t level, bool& isThread) {
  isThread = false;
  if (level == 0) {
    isThread = true;
    return Value::table(call.s.globals);
  }
  heap::Coroutine& c = call.co();
  long index = static_cast<long>(c.frames.size()) - 1 - level;
  if (index < 0) call.argError(1, "invalid level");
  return c.frames[static_cast<size_t>(index)].function;
}

int baseGetFEnv(NativeCall& call) {
  Value f = call.arg(1);
  if (f.tag != Tag::Closure && f.tag != Tag::Native) {
    int64_t level = call.optInteger(1, 1);
    if (level < 0) call.argError(1, "level must be non-negative");
    bool isThread;
    f = envOfLevel(call, level, isThread);
    if (isThread) return call.ret(f);
  }
  if (f.tag == Tag::Closure) {
    heap::TableRef env = call.heap.closure(f.asClosure()).env;
    if (env.generation != 0 && !call.heap.closure(f.asClosure()).isNative) return call.ret(Value::table(env));
  }
  return call.ret(Value::table(call.s.globals));
}

int baseSetFEnv(NativeCall& call) {
  call.checkType(2, Tag::Table);
  Value f = call.arg(1);
  heap::TableRef env = call.arg(2).asTable();
  if (f.tag == Tag::Number && f.u.number == 0) {
    call.s.globals = env;
    return 0;
  }
  if (f.tag != Tag::Closure && f.tag != Tag::Native) {
    int64_t level = call.optInteger(1, 1);
    if (level < 0) call.argError(1, "level must be non-negative");
    bool isThread;
    f = envOfLevel(call, level, isThread);
  }
  if (f.tag != Tag::Closure || call.heap.closure(f.asClosure()).isNative)
    call.error("'setfenv' cannot change environment of given object");
  call.heap.closure(f.asClosure()).env = env;
  // Frames running this function cache its environment: keep them in step.
  for (heap::CallFrame& frame : call.co().frames)
    if (frame.isLua && rawEqual(frame.function, f)) frame.env = env;
  return call.ret(f);
}

}  // namespace

void openBase(vm::Vm::State& s) {
  heap::TableRef g = s.globals;
  s.heap.rawSet(g, s.heap.newString("_G"), Value::table(g));
  s.heap.rawSet(g, s.heap.newString("_VERSION"), s.heap.newString("Lua 5.1"));
  vm::setFunction(s, g, "print", basePrint);
  vm::setFunction(s, g, "tostring", baseToString);
  vm::setFunction(s, g, "type", baseType);
  vm::setFunction(s, g, "tonumber", baseToNumber);
  vm::setFunction(s, g, "pcall", basePCall);
  vm::setFunction(s, g, "xpcall", baseXPCall);
  vm::setFunction(s, g, "error", baseError);
  vm::setFunction(s, g, "select", baseSelect);
  vm::setFunction(s, g, "setmetatable", baseSetMetatable);
  vm::setFunction(s, g, "getmetatable", baseGetMetatable);
  vm::setFunction(s, g, "rawget", baseRawGet);
  vm::setFunction(s, g, "rawset", baseRawSet);
  vm::setFunction(s, g, "rawequal", baseRawEqual);
  vm::setFunction(s, g, "next", baseNext);
  vm::setFunction(s, g, "pairs", basePairs);
  vm::setFunction(s, g, "ipairs", baseIPairs);
  vm::setFunction(s, g, "unpack", baseUnpack);
  vm::setFunction(s, g, "assert", baseAssert);
  vm::setFunction(s, g, "loadstring", baseLoadString);
  vm::setFunction(s, g, "load", baseLoad);
  vm::setFunction(s, g, "collectgarbage", baseCollectGarbage);
  vm::setFunction(s, g, "gcinfo", baseGcInfo);
  vm::setFunction(s, g, "getfenv", baseGetFEnv);
  vm::setFunction(s, g, "setfenv", baseSetFEnv);
}

}  // namespace redlua::lib
