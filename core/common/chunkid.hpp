// Lua's description of a chunk name in messages (luaO_chunkid): "@file" names
// a file, "=name" is used verbatim, anything else is the source text itself
// and is shown as [string "first line..."]. Shared by the compiler (syntax
// errors) and the VM (runtime errors), so both shorten names the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/limits.hpp"

namespace redlua::common {

// bufferSize is the C buffer Lua formats into, terminating NUL included:
// LUA_IDSIZE for runtime errors, 80 (MAXSRC) for syntax errors.
std::string chunkId(std::string_view source, std::size_t bufferSize = limits::kChunkIdSize);

}  // namespace redlua::common
