// Value: a Lua 5.1 value as a small tagged struct (DESIGN.md, decision 3).
//
// 16 bytes: a tag, a 32-bit side field and an 8-byte payload. The side field
// caches a string's hash so that table lookups never touch the string arena;
// since strings are interned, two string values are equal exactly when their
// handles are. No shared_ptr, no virtual dispatch.
#pragma once

#include <cstdint>
#include <cstring>

#include "heap/handle.hpp"

namespace redlua::vm {
class Vm;
struct NativeCall;
}  // namespace redlua::vm

namespace redlua::heap {

// A builtin without upvalues ("light C function"). The interface it is called
// with belongs to the VM; the heap only stores the pointer.
using NativeFunction = int (*)(vm::NativeCall&);

enum class Tag : uint8_t {
  Nil,
  Boolean,
  Number,
  Native,     // light builtin: NativeFunction pointer
  String,     // handle into the string arena
  Table,
  Closure,    // Lua closure or builtin with upvalues (both are type "function")
  Userdata,
  Coroutine,  // type "thread"
  Proto,      // internal: never visible to scripts
  Upvalue,    // internal
};

struct Value {
  Tag tag = Tag::Nil;
  uint32_t aux = 0;  // String: hash of the bytes
  union {
    bool boolean;
    double number;
    NativeFunction native;
    RawHandle handle;
  } u{.number = 0};

  static Value nil() { return {}; }
  static Value boolean(bool b) { Value v; v.tag = Tag::Boolean; v.u.boolean = b; return v; }
  static Value number(double n) { Value v; v.tag = Tag::Number; v.u.number = n; return v; }
  static Value nativeFn(NativeFunction f) { Value v; v.tag = Tag::Native; v.u.native = f; return v; }
  static Value string(StringRef s, uint32_t hash) { Value v; v.tag = Tag::String; v.aux = hash; v.u.handle = s; return v; }
  static Value table(TableRef t) { return ofHandle(Tag::Table, t); }
  static Value closure(ClosureRef c) { return ofHandle(Tag::Closure, c); }
  static Value userdata(UserdataRef d) { return ofHandle(Tag::Userdata, d); }
  static Value coroutine(CoroutineRef c) { return ofHandle(Tag::Coroutine, c); }

  bool isNil() const { return tag == Tag::Nil; }
  bool isNumber() const { return tag == Tag::Number; }
  bool isString() const { return tag == Tag::String; }
  bool isTable() const { return tag == Tag::Table; }
  bool isFunction() const { return tag == Tag::Native || tag == Tag::Closure; }
  // Lua truth: only nil and false are false.
  bool isFalsy() const { return tag == Tag::Nil || (tag == Tag::Boolean && !u.boolean); }
  bool isCollectable() const { return tag >= Tag::String; }

  StringRef asString() const { return StringRef(u.handle); }
  TableRef asTable() const { return TableRef(u.handle); }
  ClosureRef asClosure() const { return ClosureRef(u.handle); }
  UserdataRef asUserdata() const { return UserdataRef(u.handle); }
  CoroutineRef asCoroutine() const { return CoroutineRef(u.handle); }

  // Raw equality (no metamethods): Lua's luaO_rawequalObj.
  friend bool rawEqual(const Value& a, const Value& b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
      case Tag::Nil: return true;
      case Tag::Boolean: return a.u.boolean == b.u.boolean;
      case Tag::Number: return a.u.number == b.u.number;
      case Tag::Native: return a.u.native == b.u.native;
      default: return a.u.handle == b.u.handle;
    }
  }

 private:
  static Value ofHandle(Tag t, RawHandle h) { Value v; v.tag = t; v.u.handle = h; return v; }
};

static_assert(sizeof(Value) == 16, "Value must stay two words");

// type() names of Lua 5.1 (ltm.c luaT_typenames).
const char* typeName(Tag t);

}  // namespace redlua::heap
