// The one way the compiler's stages report a syntax error: an exception that
// compile() turns into a SyntaxError. Lua aborts compilation at the first
// error (longjmp); unwinding is the C++ equivalent, and the arena-held AST
// needs no cleanup.
#pragma once

#include <string>

#include "bytecode/proto.hpp"

namespace redlua::compiler {

struct CompileFailure {
  std::string message;          // complete, "chunk:line: msg [near 'tok']"
  int line = 0;
  bytecode::SourceRange range;
};

}  // namespace redlua::compiler
