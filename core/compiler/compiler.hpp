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

struct CompileOptions {
  // As luaL_loadfile: a first line starting with '#' (a shebang) is skipped,
  // its newline kept so that line numbers stay the file's. Off for strings
  // (loadstring, EVAL), where '#' is a syntax error as in Lua.
  bool skipFirstLineComment = false;
};

// chunkName follows Lua's convention: "@file" for a file, "=name" for a
// literal name, anything else is the source text itself ([string "..."]).
CompileResult compile(std::string_view source, std::string_view chunkName);
CompileResult compile(std::string_view source, std::string_view chunkName, const CompileOptions& options);

}  // namespace redlua::compiler
