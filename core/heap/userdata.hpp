// Full userdata: opaque bytes with a metatable (Redis scripts only meet them
// through newproxy-like builtins; the kind exists so the heap is complete).
#pragma once

#include <string>

#include "heap/value.hpp"

namespace redlua::heap {

struct Userdata {
  std::string bytes;
  TableRef metatable;
  TableRef env;
};

}  // namespace redlua::heap
