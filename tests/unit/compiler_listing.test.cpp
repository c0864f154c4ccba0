// Code generation: our listing of a snippet must be the one luac5.1 prints
// for it (run live; addresses normalised).
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "bytecode/disasm.hpp"
#include "compiler/compiler.hpp"
#include "support/reference.hpp"

namespace {

std::string withoutAddresses(const std::string& text) {
  static const std::regex address("0x[0-9a-fA-F]+");
  return std::regex_replace(text, address, "0x");
}

std::string ourListing(const std::string& source) {
  auto result = redlua::compiler::compile(source, "@snippet.lua");
  if (result.error) return "error: " + result.error->message;
  return withoutAddresses(redlua::bytecode::listing(*result.main));
}

void checkSameAsLuac(const std::string& source) {
  INFO(source);
  test::ReferenceRun luac = test::runLuac51Listing(source, "snippet.lua");
  REQUIRE(luac.status == 0);
  CHECK(ourListing(source) == withoutAddresses(luac.out));
}

}  // namespace

TEST_CASE("listing: locals, constants, arithmetic, calls, globals, return", "[compiler]") {
  checkSameAsLuac("local a, b = 1, 'x'\nprint(a + b * 2, -a, #b, a .. b .. 'c')\nreturn a, b\n");
  checkSameAsLuac("local x = 2^10 + 3 % 2 - 4 / 0 + (1 + 2) * 3\ny = x\n");
}

TEST_CASE("listing: constant folding and its limits", "[compiler]") {
  checkSameAsLuac("local a = 1 + 2 * 3 - 4 / 2\nlocal b = 1 / 0, 0 / 0, -0, 5 % 0, 2 ^ 0.5, -(-3)\n");
  checkSameAsLuac("local a = 'x' .. 1 .. 2\nlocal b = #'abc'\nlocal c = not nil, not 1\n");
}

TEST_CASE("listing: and/or/not and comparisons with jump lists", "[compiler]") {
  checkSameAsLuac("local a, b, c\nlocal x = a and b or c\nlocal y = not (a == b) and a < b or a >= c\n"
                  "if a and (b or c) then x = 1 elseif not a then x = 2 else x = 3 end\n");
  checkSameAsLuac("local t = {}\nt.x = a or b\nt[1] = a and b\nreturn a ~= b, a > 1, 1 <= a, nil == a\n");
}

TEST_CASE("listing: loops, break and upvalues", "[compiler]") {
  checkSameAsLuac("for i = 1, 10 do local x = function() return i end if i > 5 then break end end\n"
                  "for k, v in pairs(t) do print(k, v) end\n"
                  "while x do local y; f(function() return y end) end\n"
                  "repeat local z = 1 until function() return z end\n"
                  "repeat local w = 1 until w\n");
}

TEST_CASE("listing: functions, methods, varargs, tail calls", "[compiler]") {
  checkSameAsLuac("local function f(a, ...) local t = {...} return select('#', ...), f(a) end\n"
                  "function obj.m:meth(x) return self.y + x end\n"
                  "local g = function(...) local a, b = ... return ... end\n"
                  "return obj:meth(1, 2)\n");
  checkSameAsLuac("function f(...) return arg end\nfunction g(a, b) return a end\n");
}

TEST_CASE("listing: table constructors and SETLIST batches", "[compiler]") {
  std::string items;
  for (int i = 0; i < 120; i++) items += std::to_string(i) + ", ";
  checkSameAsLuac("local t = {" + items + "f()}\nlocal u = {x = 1, [2] = 3, 'a'; 'b', ...}\n");
}

TEST_CASE("listing: assignments with conflicts and adjustments", "[compiler]") {
  checkSameAsLuac("local a, b = {}, 1\na[b], b = 1, 2\nlocal c, d, e = f()\nx, y = 1\nx, y = 1, 2, 3\n"
                  "local n1, n2\nlocal m1, m2 = nil, nil\n");
}

TEST_CASE("listing: more than 255 constants use registers", "[compiler]") {
  std::string source = "local t = {}\n";
  for (int i = 0; i < 300; i++) source += "t.k" + std::to_string(i) + " = " + std::to_string(i) + ".5\n";
  source += "t.k1 = t.k299 + 1\n";
  checkSameAsLuac(source);
}

TEST_CASE("listing: strings are printed with luac's escapes", "[compiler]") {
  checkSameAsLuac("local s = \"a\\0b\\1\\127\\200\\255\\n\\t\\r\\\\\\\"\"\nlocal l = [==[\nx]]y]==]\n");
}
