// Differential tests of the math library against lua5.1 (random follows
// glibc's rand(), as lua5.1 on Linux does).
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

using vmtest::checkAgainstLua;

TEST_CASE("math functions and constants", "[lib][math][lua51]") {
  checkAgainstLua(R"LUA(print(math.floor(3.7), math.floor(-3.5), math.ceil(-0.5), math.max(1, 5, 3), math.min(2, 0, 7), math.huge, -math.huge, math.pi)
print(math.fmod(7, 3), math.fmod(-7, 3), math.mod(7, -3), math.modf(3.5), math.modf(-2.25), math.frexp(8), math.ldexp(1, 10))
print(math.abs(-3), math.sqrt(2), math.log(10), math.log10(1000), math.exp(1), math.pow(2, 10), math.deg(math.pi), math.rad(180))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1), math.sinh(1), math.cosh(1), math.tanh(1))
print(math.sqrt(-1) ~= math.sqrt(-1), math.floor("2.5"), pcall(math.floor, "a"), pcall(math.max), pcall(math.abs))
)LUA");
}

TEST_CASE("math.random and randomseed", "[lib][math][lua51]") {
  checkAgainstLua(R"LUA(print(math.random(), math.random(10), math.random(5, 10))
math.randomseed(42) print(math.random(100), math.random(100), math.random())
math.randomseed(0) print(math.random(1000))
print(pcall(math.random, 0), pcall(math.random, 3, 1), pcall(math.random, 1, 2, 3), pcall(math.randomseed))
print(pcall(math.random, 1, 2^31), math.random(-5, -5))
)LUA");
}
