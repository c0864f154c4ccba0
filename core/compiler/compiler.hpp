// Public entry point of the compiler: source text in, a Proto (or a syntax
// error with Lua 5.1's exact message and an editor-usable range) out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bytecode/proto.hpp"

namespace redlua::compiler {

struct SyntaxError {
  std::string message;          // exactly as Lua 5.1: "chunkid:line: msg near 'tok'"
  int line = 0;                 // the line Lua 5.1 reports
  bytecode::SourceRange range;  // the offending token or construct
};

struct CompileResult {
  std::shared_ptr<const bytecode::Proto> main;  // null when there is an error
  std::optional<SyntaxError> error;
};

// chunkName follows Lua's convention: "@file" for a file, "=name" for a
// literal name, anything else is the source text itself ([string "..."]).
CompileResult compile(std::string_view source, std::string_view chunkName);

}  // namespace redlua::compiler
