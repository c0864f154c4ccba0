// The engine facade end to end: compile + run + step, checked against lua5.1.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>

#include "engine.hpp"
#include "support/reference.hpp"

using redlua::RunOptions;
using redlua::Session;
using redlua::SessionState;

namespace {

struct Captured {
  redlua::RunOutcome outcome;
  std::string output;
};

Captured runCaptured(const std::string& source, const std::string& chunkName, RunOptions options = {}) {
  Captured c;
  c.outcome = redlua::runChunk(source, chunkName, options, [&c](std::string_view line) {
    c.output.append(line);
    c.output.push_back('\n');
  });
  return c;
}

}  // namespace

TEST_CASE("runChunk prints what lua5.1 prints", "[engine]") {
  const std::string source = "local a = 1.5\nlocal b = a * 4 - 2\nprint(b, a / 3, 7 - 10)\nreturn b\n";
  test::ReferenceRun lua = test::runLua51(source, "sum.lua");
  REQUIRE(lua.status == 0);
  Captured ours = runCaptured(source, "@sum.lua");
  CHECK(ours.outcome.ok);
  CHECK(ours.output == lua.out);
}

TEST_CASE("runChunk reports errors with lua5.1's text", "[engine]") {
  const std::string source = "local x = 1\nerror('broken')\n";
  test::ReferenceRun lua = test::runLua51(source, "err.lua");
  REQUIRE(lua.status == 1);
  Captured ours = runCaptured(source, "@err.lua");
  CHECK_FALSE(ours.outcome.ok);
  CHECK("lua5.1: " + ours.outcome.error == test::firstLine(lua.err));
}

TEST_CASE("syntax errors have luac5.1's text", "[engine]") {
  const std::string source = "x = = 1\n";
  test::ReferenceRun luac = test::runLuac51Parse(source, "syn.lua");
  REQUIRE(luac.status == 1);
  Captured ours = runCaptured(source, "@syn.lua");
  CHECK_FALSE(ours.outcome.ok);
  CHECK("luac5.1: " + ours.outcome.error == test::firstLine(luac.err));
}

TEST_CASE("the instruction limit stops an endless loop", "[engine]") {
  RunOptions options;
  options.maxInstructions = 100000;
  Captured ours = runCaptured("while true do end\n", "=loop", options);
  CHECK_FALSE(ours.outcome.ok);
  CHECK(ours.outcome.error == "instruction limit exceeded");
}

TEST_CASE("a session steps instruction by instruction", "[engine][session]") {
  Session session("local x = 6\nlocal y = x * 7\nreturn y\n", "=steps", {});
  SessionState st = session.state();
  CHECK(st.status == "ready");
  CHECK(st.pc == 1);
  CHECK(st.line == 1);
  CHECK(st.instruction == "LOADK 0 -1");

  st = session.step();
  CHECK(st.status == "paused");
  CHECK(st.step == 1);
  CHECK(st.pc == 2);
  REQUIRE(st.registers.size() >= 2);
  CHECK(st.registers[0].name == "x");
  CHECK(st.registers[0].value == "6");
  CHECK(st.instruction == "MUL 1 0 -2");

  st = session.step();
  CHECK(st.registers[1].name == "y");
  CHECK(st.registers[1].value == "42");

  st = session.step();
  CHECK(st.status == "finished");
  REQUIRE(st.results.size() == 1);
  CHECK(st.results[0] == "42");
}

TEST_CASE("a session of a script that does not compile is in error", "[engine][session]") {
  Session session("local = 1", "=bad", {});
  SessionState st = session.state();
  CHECK(st.status == "error");
  CHECK(st.error == "bad:1: '<name>' expected near '='");  // lua5.1: loadstring("local = 1", "=bad")
  CHECK(session.step().status == "error");
}
