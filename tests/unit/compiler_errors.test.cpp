// Syntax errors: message and line exactly as luac5.1 reports them.
#include <catch2/catch.hpp>

#include <string>

#include "compiler/compiler.hpp"
#include "support/reference.hpp"

namespace {

std::string ourError(const std::string& source) {
  auto result = redlua::compiler::compile(source, "@bad.lua");
  return result.error ? result.error->message : "(compiled)";
}

void checkSameErrorAsLuac(const std::string& source) {
  INFO(source);
  test::ReferenceRun luac = test::runLuac51Parse(source, "bad.lua");
  REQUIRE(luac.status != 0);
  std::string expected = test::firstLine(luac.err);
  const std::string prefix = "luac5.1: ";
  if (expected.compare(0, prefix.size(), prefix) == 0) expected = expected.substr(prefix.size());
  CHECK(ourError(source) == expected);
}

}  // namespace

TEST_CASE("errors: grammar", "[compiler]") {
  checkSameErrorAsLuac("x = = 1");
  checkSameErrorAsLuac("local function f()\n  return 1\n");
  checkSameErrorAsLuac("f\n(1)");
  checkSameErrorAsLuac("x y");
  checkSameErrorAsLuac("for i do end");
  checkSameErrorAsLuac("break");
  checkSameErrorAsLuac("function f() return ... end");
  checkSameErrorAsLuac("(a) = 1");
  checkSameErrorAsLuac("a:b = 1");
  checkSameErrorAsLuac("local t = {1, 2\nx = 1");
  checkSameErrorAsLuac("f(1,\n\n2");
  checkSameErrorAsLuac("function f(a, 1) end");
  checkSameErrorAsLuac("return return");
}

TEST_CASE("errors: lexical", "[compiler]") {
  checkSameErrorAsLuac("x = \"abc\ny\"");
  checkSameErrorAsLuac("x = 'abc");
  checkSameErrorAsLuac("x = 3x");
  checkSameErrorAsLuac("x = 0x");
  checkSameErrorAsLuac("x = [==[ abc");
  checkSameErrorAsLuac("--[[ abc");
  checkSameErrorAsLuac("x = [=x");
  checkSameErrorAsLuac("x = '\\300'");
  checkSameErrorAsLuac("x = [[ a [[ b ]]");
  checkSameErrorAsLuac("x = @");
  checkSameErrorAsLuac(std::string("x = 1 ") + '\x01');
}

TEST_CASE("errors: limits", "[compiler]") {
  std::string locals;
  for (int i = 0; i < 201; i++) locals += "local v" + std::to_string(i) + "\n";
  checkSameErrorAsLuac(locals);

  std::string upvalues;
  for (int i = 0; i < 61; i++) upvalues += "local u" + std::to_string(i) + "\n";
  upvalues += "function f()\n";
  for (int i = 0; i < 61; i++) upvalues += "  x = u" + std::to_string(i) + "\n";
  upvalues += "end\n";
  // luac counts the main function's locals first: keep them under 200
  checkSameErrorAsLuac(upvalues);

  checkSameErrorAsLuac("x = " + std::string(300, '(') + "1" + std::string(300, ')'));
  std::string blocks;
  for (int i = 0; i < 300; i++) blocks += "do ";
  checkSameErrorAsLuac(blocks);

  std::string args = "f(";
  for (int i = 0; i < 300; i++) args += "1, ";
  checkSameErrorAsLuac(args + "1)");

  std::string targets;
  for (int i = 0; i < 250; i++) targets += "a" + std::to_string(i) + ", ";
  checkSameErrorAsLuac(targets + "b = 1");
}

TEST_CASE("errors: chunk names are shortened like luaO_chunkid", "[compiler]") {
  auto named = redlua::compiler::compile("x = = 1", "=stdin");
  REQUIRE(named.error);
  CHECK(named.error->message == "stdin:1: unexpected symbol near '='");
  auto text = redlua::compiler::compile("x = = 1", "x = = 1");
  REQUIRE(text.error);
  CHECK(text.error->message == "[string \"x = = 1\"]:1: unexpected symbol near '='");
  CHECK(text.error->line == 1);
  CHECK(text.error->range.startColumn == 5);
}

TEST_CASE("errors: a code generation error luac meets before a syntax error wins", "[compiler]") {
  std::string args;
  for (int i = 0; i < 260; i++) args += std::to_string(i) + ", ";
  checkSameErrorAsLuac("f(" + args + "x");  // too complex, then ')' expected
  std::string few;
  for (int i = 0; i < 248; i++) few += std::to_string(i) + ", ";
  checkSameErrorAsLuac("f(" + few + "...");  // the vararg's register overflows at <eof>
  checkSameErrorAsLuac("f(" + few + "\"\\999\")");  // the lexical error comes first
  std::string ors = "local x = a";
  for (int i = 0; i < 70000; i++) ors += " or b";
  checkSameErrorAsLuac(ors + " )");  // the jump overflows before the next statement fails
  checkSameErrorAsLuac("f(1, 2)\nx = = 1");
}
