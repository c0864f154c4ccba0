// Internal to the string library: the builtins that live in their own files
// (format, pattern matching), registered by openString (string.cpp).
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/native_call.hpp"

namespace redlua::lib::strlib {

int format(vm::NativeCall& call);  // string_format.cpp
int find(vm::NativeCall& call);    // string_match.cpp
int match(vm::NativeCall& call);
int gmatch(vm::NativeCall& call);
int gsub(vm::NativeCall& call);

// A string position relative to the end when negative (lstrlib.c's posrelat).
inline int64_t relativePosition(int64_t pos, size_t len) {
  if (pos < 0) pos += static_cast<int64_t>(len) + 1;
  return pos >= 0 ? pos : 0;
}

// Raises "not enough memory" before building a result larger than the
// heap's limit (the heap would refuse it anyway, after we spent the memory).
void checkResultSize(vm::NativeCall& call, double bytes);

}  // namespace redlua::lib::strlib
