// Lua's chunk ids: how a chunk name appears in messages ("x.lua:3: ...").
// Shared by the compiler (syntax errors) and the VM (runtime errors,
// tracebacks), so both print the same prefix as lua5.1.
#pragma once

#include <string>
#include <string_view>

#include "common/limits.hpp"

namespace redlua::common {

// luaO_chunkid with a LUA_IDSIZE buffer: "=name" gives name (truncated),
// "@file" gives file (with a leading "..." when too long), anything else is
// source text and gives [string "its first line..."]. Like Lua, which works on
// C strings, the name ends at its first '\0'.
inline std::string chunkId(std::string_view source) {
  const size_t bufSize = static_cast<size_t>(limits::kChunkIdSize);
  size_t zero = source.find('\0');
  if (zero != std::string_view::npos) source = source.substr(0, zero);
  if (!source.empty() && source[0] == '=') {
    std::string_view name = source.substr(1);
    if (name.size() > bufSize - 1) name = name.substr(0, bufSize - 1);
    return std::string(name);
  }
  if (!source.empty() && source[0] == '@') {
    std::string_view file = source.substr(1);
    size_t room = bufSize - sizeof(" '...' ");
    if (file.size() > room) return "..." + std::string(file.substr(file.size() - room));
    return std::string(file);
  }
  size_t len = source.find_first_of("\n\r");
  if (len == std::string_view::npos) len = source.size();
  size_t room = bufSize - sizeof(" [string \"...\"] ");
  if (len > room) len = room;
  std::string out = "[string \"";
  if (len < source.size()) {
    out.append(source.substr(0, len));
    out += "...";
  } else {
    out.append(source);
  }
  out += "\"]";
  return out;
}

}  // namespace redlua::common
