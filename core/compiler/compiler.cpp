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
  Arena arena;
  try {
    Lexer lexer(source, chunkName, options.skipFirstLineComment);
    Parser parser(lexer, arena);
    try {
      parser.parseChunk();
    } catch (const CompileFailure& syntaxError) {
      // luac generates code as it parses: a code generation error met before
      // the syntax error is the one it reports.
      try {
        CodeGenerator upToError(parser.tokens(), lexer, chunkName, parser.errorPosition());
        upToError.generate(parser.main());
      } catch (const CodeGenerator::CutReached&) {
      }
      throw syntaxError;
    }
    CodeGenerator generator(parser.tokens(), lexer, chunkName);
    result.main = generator.generate(parser.main());
  } catch (const CompileFailure& failure) {
    result.error = SyntaxError{failure.message, failure.line, failure.range};
  }
  return result;
}

}  // namespace redlua::compiler
