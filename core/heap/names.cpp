// Names of object kinds and value types, and the stale-handle error.
#include <string>

#include "heap/arena.hpp"
#include "heap/handle.hpp"
#include "heap/value.hpp"

namespace redlua::heap {

const char* kindName(Kind k) {
  switch (k) {
    case Kind::String: return "string";
    case Kind::Table: return "table";
    case Kind::Closure: return "closure";
    case Kind::Proto: return "proto";
    case Kind::Upvalue: return "upvalue";
    case Kind::Coroutine: return "coroutine";
    case Kind::Userdata: return "userdata";
  }
  return "?";
}

// Lua 5.1's type names (ltm.c), by tag.
const char* typeName(Tag t) {
  switch (t) {
    case Tag::Nil: return "nil";
    case Tag::Boolean: return "boolean";
    case Tag::Number: return "number";
    case Tag::Native: return "function";
    case Tag::String: return "string";
    case Tag::Table: return "table";
    case Tag::Closure: return "function";
    case Tag::Userdata: return "userdata";
    case Tag::Coroutine: return "thread";
    case Tag::Proto: return "proto";
    case Tag::Upvalue: return "upval";
  }
  return "?";
}

StaleHandle::StaleHandle(Kind kind, RawHandle h)
    : std::logic_error(std::string("stale ") + kindName(kind) + " handle #" + std::to_string(h.index) +
                       " (generation " + std::to_string(h.generation) + ")") {}

}  // namespace redlua::heap
