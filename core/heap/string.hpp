// Lua strings: immutable byte strings (may contain '\0'), interned by the heap.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

namespace redlua::heap {

struct LuaString {
  // The bytes live in their own allocation so that their address does not
  // move when the arena's slot vector grows (the intern table keys on them).
  std::unique_ptr<char[]> data;
  uint32_t length = 0;
  uint32_t hash = 0;

  std::string_view view() const { return {data.get(), length}; }
};

// Lua's string hash. Lua 5.1 samples at most ~32 characters (step = len/32+1);
// Redis patched its Lua to hash every character. The choice changes the
// iteration order of pairs() over long string keys, so it is a heap setting.
enum class StringHashMode : uint8_t { Lua51, Redis };
uint32_t hashString(std::string_view s, StringHashMode mode);

}  // namespace redlua::heap
