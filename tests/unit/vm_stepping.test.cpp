// The VM driven from outside: single steps, budgets, breakpoints, the change
// log, and the limits (stack depth, memory).
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "heap/heap.hpp"
#include "support/reference.hpp"
#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

using namespace redlua;

using vmtest::compileWithLuac;
using vmtest::newVm;
using vmtest::runOurs;
using redlua::vm::RunStatus;

namespace {

std::unique_ptr<vm::Vm> started(const std::string& source, std::string* output, vm::VmConfig config = {}) {
  vmtest::LuacResult c = compileWithLuac(source, "s.lua");
  REQUIRE(c.proto);
  auto machine = newVm(config, output);
  machine->start(machine->load(c.proto));
  return machine;
}

size_t depth(vm::Vm& machine) { return machine.heap().coroutine(machine.currentCoroutine()).frames.size(); }

}  // namespace

TEST_CASE("stepping executes one instruction at a time", "[vm][stepping]") {
  const std::string source = "local x = 6\nlocal y = x * 7\nprint(y)\nreturn y\n";
  std::string out;
  auto machine = started(source, &out);
  CHECK(machine->status() == RunStatus::Ready);
  int steps = 0;
  RunStatus st;
  do {
    st = machine->step();
    steps++;
  } while (st == RunStatus::Paused);
  CHECK(st == RunStatus::Finished);
  // LOADK, MUL, GETGLOBAL, MOVE, CALL, RETURN (luac5.1 -l)
  CHECK(steps == 6);
  CHECK(machine->instructionsExecuted() == 6);
  CHECK(out == "42\n");
  REQUIRE(machine->results().size() == 1);
  CHECK(machine->toDisplayString(machine->results()[0]) == "42");
}

TEST_CASE("plain runs and stepped runs count the same instructions", "[vm][stepping]") {
  const std::string source =
      "local t = setmetatable({}, {__index = function(t, k) return k * 2 end})\n"
      "local s = 0\nfor i = 1, 10 do s = s + t[i] end\n"
      "print(pcall(function() return s end))\n";
  vmtest::Outcome plain = runOurs(source, "s.lua");
  REQUIRE(plain.ok);
  std::string out;
  auto machine = started(source, &out);
  while (machine->step() == RunStatus::Paused) {
  }
  CHECK(machine->status() == RunStatus::Finished);
  CHECK(machine->instructionsExecuted() == plain.instructions);
  CHECK(out == plain.out);
}

TEST_CASE("a budget pauses an endless loop and the run can go on", "[vm][stepping][limits]") {
  auto machine = started("local n = 0\nwhile true do n = n + 1 end\n", nullptr);
  CHECK(machine->run(1000) == RunStatus::Paused);
  CHECK(machine->instructionsExecuted() == 1000);
  CHECK(machine->run(500) == RunStatus::Paused);
  CHECK(machine->instructionsExecuted() == 1500);
  const heap::Coroutine& co = machine->heap().coroutine(machine->currentCoroutine());
  REQUIRE(co.frames.size() == 1);
  const heap::Value n = co.stack[co.frames[0].base];
  CHECK(n.isNumber());
  CHECK(n.u.number > 400);
}

TEST_CASE("steps go into metamethods, pcall'd functions and coroutines", "[vm][stepping]") {
  const std::string source =
      "local t = setmetatable({}, {__index = function(t, k)\n  return k .. '!'\nend})\n"
      "local a = t.x\n"
      "local ok, b = pcall(function()\n  return a .. '?'\nend)\n"
      "local co = coroutine.wrap(function()\n  coroutine.yield(1)\nend)\n"
      "co()\nprint(a, b)\n";
  std::string out;
  auto machine = started(source, &out);
  std::vector<int> linesSeenDeep;
  size_t maxDepth = 0;
  bool sawOtherCoroutine = false;
  while (machine->step() == RunStatus::Paused) {
    maxDepth = std::max(maxDepth, depth(*machine));
    if (machine->currentCoroutine() != machine->mainCoroutine()) sawOtherCoroutine = true;
    const heap::Coroutine& co = machine->heap().coroutine(machine->currentCoroutine());
    if (co.frames.size() >= 2 && co.frames.back().isLua)
      linesSeenDeep.push_back(machine->currentLine(machine->currentCoroutine(), co.frames.size() - 1));
  }
  CHECK(machine->status() == RunStatus::Finished);
  CHECK(out == "x!\tx!?\n");
  CHECK(maxDepth >= 3);  // main, pcall, the function
  CHECK(sawOtherCoroutine);
  CHECK(std::find(linesSeenDeep.begin(), linesSeenDeep.end(), 2) != linesSeenDeep.end());  // inside __index
  CHECK(std::find(linesSeenDeep.begin(), linesSeenDeep.end(), 6) != linesSeenDeep.end());  // inside pcall
}

TEST_CASE("breakpoints pause before their line", "[vm][stepping][breakpoints]") {
  const std::string source = "local s = 0\nfor i = 1, 3 do\n  s = s + i\nend\nprint(s)\n";
  std::string out;
  auto machine = started(source, &out);
  machine->setBreakpoints({3});
  int hits = 0;
  while (machine->run() == RunStatus::Paused) {
    hits++;
    CHECK(machine->currentLine(machine->currentCoroutine(), 0) == 3);
    REQUIRE(hits < 10);
  }
  CHECK(hits == 3);
  CHECK(out == "6\n");
}

TEST_CASE("each step records the registers it wrote", "[vm][stepping][changes]") {
  auto machine = started("local a = 5\nlocal t = {}\nt.x = a\n", nullptr);
  machine->step();  // LOADK 0 -1
  REQUIRE(machine->lastChanges().size() == 1);
  const vm::StepChange& ch = machine->lastChanges()[0];
  CHECK(ch.kind == vm::StepChange::Kind::Register);
  CHECK(ch.stackIndex == machine->heap().coroutine(machine->mainCoroutine()).frames[0].base + 0);
  CHECK(ch.before.isNil());
  CHECK(machine->toDisplayString(ch.after) == "5");
  machine->step();  // NEWTABLE
  machine->step();  // SETTABLE
  REQUIRE(machine->lastChanges().size() == 1);
  CHECK(machine->lastChanges()[0].kind == vm::StepChange::Kind::TableSlot);
  CHECK(machine->toDisplayString(machine->lastChanges()[0].key) == "x");
}

TEST_CASE("deep recursion ends in stack overflow, not a crash", "[vm][limits]") {
  vmtest::checkAgainstLua("local function f(n) return f(n + 1) + 1 end\nf(1)\n");
  vmtest::checkAgainstLua("local function f(n) local t = {f(n + 1)} end\nprint(pcall(f, 1))\n");
}

TEST_CASE("the memory limit raises a catchable 'not enough memory'", "[vm][limits]") {
  const std::string source =
      "local ok, e = pcall(function()\n"
      "  local t = {}\n"
      "  for i = 1, 1e7 do t[i] = 'some string ' .. i end\n"
      "end)\n"
      "print(ok, e)\n"
      "local u = {}\n"
      "for i = 1, 100 do u[i] = i end\n"
      "print(#u)\n";
  vm::VmConfig config;
  config.memoryLimit = 4 * 1024 * 1024;
  vmtest::Outcome o = runOurs(source, "m.lua", config);
  CHECK(o.ok);
  CHECK(o.out == "false\tnot enough memory\n100\n");
  vmtest::Outcome bomb = runOurs("local s = 'x'\nwhile true do s = s .. s end\n", "b.lua", config);
  CHECK_FALSE(bomb.ok);
  CHECK(bomb.error == "not enough memory");
}

TEST_CASE("tracebacks read like lua5.1's", "[vm][errors]") {
  const std::string source = "local function inner()\n  error('x')\nend\nlocal function outer()\n  inner()\nend\nouter()\n";
  vmtest::LuacResult c = compileWithLuac(source, "tb.lua");
  auto machine = newVm({}, nullptr);
  machine->start(machine->load(c.proto));
  // Pause inside `error` to take the traceback where lua.c takes it.
  std::string tb;
  while (machine->step() == RunStatus::Paused) tb = machine->traceback(machine->currentCoroutine());
  CHECK(machine->status() == RunStatus::Error);
  CHECK(machine->errorMessage() == "tb.lua:2: x");
  CHECK(tb ==
        "stack traceback:\n"
        "\ttb.lua:2: in function 'inner'\n"
        "\ttb.lua:5: in function 'outer'\n"
        "\ttb.lua:7: in main chunk");
}

TEST_CASE("hostile scripts end in Lua errors or pauses, never a crash", "[vm][limits]") {
  // Endless tail calls run in constant space until the budget is spent.
  vmtest::Outcome spin = runOurs("local function f() return f() end\nreturn f()\n", "h.lua", {}, 2000000);
  CHECK(spin.status == RunStatus::Paused);
  CHECK(spin.instructions == 2000000);
  // Metamethods recursing without end: Lua 5.1's "C stack overflow".
  vmtest::checkAgainstLua(
      "local t = setmetatable({}, {__index = function(t, k) return t[k .. 'x'] end})\nprint(pcall(function() return t.a end))\n");
  // A million nested pcalls of a recursive function: stack overflow, caught.
  vmtest::checkAgainstLua("local function f(n) return pcall(f, n + 1) end\nprint(f(1))\n");
  // Coroutines resuming each other deeper and deeper.
  vmtest::checkAgainstLua(
      "local function nest(n) local co = coroutine.create(function() return nest(n + 1) end)\n"
      "  local ok, e = coroutine.resume(co) return ok, e end\nprint(pcall(nest, 1))\n");
}

TEST_CASE("results, restarts and uncaught errors through the API", "[vm][api]") {
  vmtest::LuacResult c = compileWithLuac("return 1, 'two', nil, {}\n", "r.lua");
  auto machine = newVm({}, nullptr);
  heap::Value fn = machine->load(c.proto);
  machine->start(fn);
  CHECK(machine->run() == RunStatus::Finished);
  REQUIRE(machine->results().size() == 4);
  CHECK(machine->toDisplayString(machine->results()[1]) == "two");
  CHECK(machine->results()[2].isNil());
  CHECK(machine->results()[3].isTable());
  // The same function again, from the start.
  machine->start(fn);
  CHECK(machine->status() == RunStatus::Ready);
  CHECK(machine->run() == RunStatus::Finished);
  CHECK(machine->results().size() == 4);

  vmtest::LuacResult bad = compileWithLuac("local function f()\n  error('deep')\nend\nf()\n", "u.lua");
  machine->start(machine->load(bad.proto));
  CHECK(machine->run() == RunStatus::Error);
  CHECK(machine->errorMessage() == "u.lua:2: deep");
  test::ReferenceRun ref = test::runLua51("local function f()\n  error('deep')\nend\nf()\n", "u.lua");
  // lua.c prints the message, then the traceback.
  CHECK("lua5.1: " + machine->errorMessage() + "\n" + machine->errorTraceback() + "\n" == ref.err);
  CHECK(machine->run() == RunStatus::Error);  // stays in error

  // Calling something that is not a function fails at once.
  machine->start(heap::Value::number(3));
  CHECK(machine->status() == RunStatus::Error);
  CHECK(machine->errorMessage() == "attempt to call a number value");
}
