// Differential tests of the table library against lua5.1, including the
// order of comparator calls in table.sort.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

using vmtest::checkAgainstLua;

TEST_CASE("table insert, remove, concat, getn, maxn", "[lib][table][lua51]") {
  checkAgainstLua(R"LUA(local t = {5, 3, 8}
table.insert(t, 7) table.insert(t, 1, 0) table.insert(t, 10, "x")
print(table.concat(t, " ", 1, 5), table.maxn(t), table.getn(t), #t)
print(table.remove(t), table.remove(t, 1), table.remove({}), select("#", table.remove({})), table.remove({1, 2, 3}, 5))
print(table.concat({}), table.concat({1, 2.5, "x"}, ", "), table.concat({1, 2, 3}, "-", 2), table.concat({1, 2}, "-", 3))
print(table.maxn({1, 2, nil, [10] = 1, [-5] = 3, [2.5] = 1}), table.maxn({}))
print(pcall(table.concat, {1, {}}), pcall(table.concat, {1, 2}, "", 1, 3), pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}), pcall(table.insert, nil, 1), pcall(table.setn, {}), pcall(table.getn, 1))
table.foreach({a = 1}, print) table.foreachi({"x", "y"}, print)
print(table.foreachi({"x", "y"}, function(i, v) if v == "y" then return i end end))
print(table.foreach({k = "v"}, function(k, v) return k .. v end))
)LUA");
}

TEST_CASE("table.sort: algorithm, comparator call order, errors", "[lib][table][lua51]") {
  checkAgainstLua(R"LUA(local t = {5, 3, 8, 1, 9, 2} table.sort(t) print(table.concat(t, ","))
table.sort(t, function(a, b) return a > b end) print(table.concat(t, ","))
local u = {} for i = 1, 200 do u[i] = (i * 7919) % 1000 end
local log = {}
table.sort(u, function(a, b) log[#log + 1] = a .. "<" .. b return a < b end)
print(#log, u[1], u[100], u[200], table.concat(log, " ", 1, 40))
local w = {"banana", "apple", "Cherry", "date", "apple"} table.sort(w) print(table.concat(w, " "))
local mt = {__lt = function(a, b) return a.v < b.v end}
local o = {} for i = 1, 10 do o[i] = setmetatable({v = (i * 3) % 10}, mt) end
table.sort(o) for i = 1, 10 do o[i] = o[i].v end print(table.concat(o, " "))
print(pcall(table.sort, {3, 2, 1, 4, 5}, function(a, b) return true end))
print(pcall(table.sort, {1, "x", 3}), pcall(table.sort, {{}, {}}), pcall(table.sort, {1, 2}, 3))
print(pcall(table.sort, {3, 1, 2}, function(a, b) error("cmp") end))
local e = {} table.sort(e) local one = {1} table.sort(one) print(#e, one[1])
local co = coroutine.wrap(function() local v = {3, 1, 2} table.sort(v, function(a, b) coroutine.yield(a .. b) return a < b end) return table.concat(v) end)
local r repeat r = co() print(r) until #r == 3
)LUA");
}
