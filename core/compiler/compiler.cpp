#include "compiler/compiler.hpp"

#include "compiler/arena.hpp"
#include "compiler/codegen.hpp"
#include "compiler/compile_error.hpp"
#include "compiler/lexer.hpp"
#include "compiler/parser.hpp"

namespace redlua::compiler {

CompileResult compile(std::string_view source, std::string_view chunkName) {
  return compile(source, chunkName, CompileOptions{});
}

CompileResult compile(std::string_view source, std::string_view chunkName, const CompileOptions& options) {
  CompileResult result;
  try {
    Arena arena;
    Lexer lexer(source, chunkName, options.skipFirstLineComment);
    Parser parser(lexer, arena);
    ParsedChunk parsed = parser.parseChunk();
    CodeGenerator generator(parsed.tokens, lexer, chunkName);
    result.main = generator.generate(parsed.main);
  } catch (const CompileFailure& failure) {
    result.error = SyntaxError{failure.message, failure.line, failure.range};
  }
  return result;
}

}  // namespace redlua::compiler
