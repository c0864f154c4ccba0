// Hostile input: every byte sequence gives a Proto or a syntax error, without
// deep recursion (chains Lua parses with loops) and in reasonable time.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "bytecode/disasm.hpp"
#include "compiler/compiler.hpp"

namespace {

std::string repeat(const std::string& piece, int n) {
  std::string out;
  out.reserve(piece.size() * n);
  for (int i = 0; i < n; i++) out += piece;
  return out;
}

bool compiles(const std::string& source) { return !redlua::compiler::compile(source, "@big.lua").error; }

std::string errorOf(const std::string& source) {
  auto result = redlua::compiler::compile(source, "@big.lua");
  return result.error ? result.error->message : "";
}

}  // namespace

TEST_CASE("robustness: long chains compile without recursion", "[compiler]") {
  CHECK(compiles("local x = 1" + repeat(" + a", 100000)));
  CHECK(compiles("local x = a" + repeat(".b", 100000)));
  CHECK(compiles("f" + repeat("()", 100000)));
  CHECK(compiles("x = a" + repeat("[1]", 100000)));
  CHECK(compiles("a" + repeat(":b()", 50000)));
  CHECK(compiles(repeat("x = 1\n", 100000)));
  CHECK(compiles("local x = a" + repeat(" == a", 50000)));
}

TEST_CASE("robustness: deep nesting stops at the syntax-level limit", "[compiler]") {
  CHECK(errorOf("x = " + repeat("(", 10000) + "1" + repeat(")", 10000)) ==
        "big.lua:1: chunk has too many syntax levels");
  CHECK(errorOf(repeat("do ", 10000) + repeat("end ", 10000)) == "big.lua:1: chunk has too many syntax levels");
  CHECK(errorOf("x = " + repeat("{", 10000)) == "big.lua:1: chunk has too many syntax levels");
  CHECK(errorOf("x = " + repeat("function() return ", 10000)) == "big.lua:1: chunk has too many syntax levels");
}

TEST_CASE("robustness: long jump chains are not quadratic", "[compiler]") {
  CHECK(errorOf("local x = a" + repeat(" or a", 100000)) == "big.lua:1: control structure too long near '<eof>'");
  CHECK(errorOf("if a then " + repeat("elseif a then x = 1 ", 30000) + "end") ==
        "big.lua:1: control structure too long near '<eof>'");
}

TEST_CASE("robustness: random bytes never crash", "[compiler]") {
  std::mt19937 rng(12345);
  const std::string alphabet = "()[]{}=.,;:+-*/%^#<>~\"'\\\n\r\t 0123456789xeE_abfnlocaliendthrepatuwhifo";
  for (int round = 0; round < 2000; round++) {
    std::string source;
    int length = static_cast<int>(rng() % 200);
    for (int i = 0; i < length; i++) {
      source += (rng() % 8 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    auto result = redlua::compiler::compile(source, "=fuzz");
    if (result.main) CHECK(!redlua::bytecode::listing(*result.main).empty());
    else CHECK(result.error);
  }
}

TEST_CASE("lexer: a first '#' line is skipped only when asked", "[compiler]") {
  redlua::compiler::CompileOptions fileLike;
  fileLike.skipFirstLineComment = true;
  auto skipped = redlua::compiler::compile("#!/usr/bin/lua\nx = = 1", "@s.lua", fileLike);
  REQUIRE(skipped.error);
  CHECK(skipped.error->message == "s.lua:2: unexpected symbol near '='");
  auto kept = redlua::compiler::compile("#!/usr/bin/lua\nx = 1", "@s.lua");
  REQUIRE(kept.error);
  CHECK(kept.error->message == "s.lua:1: unexpected symbol near '#'");
}
