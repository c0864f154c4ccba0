// Differential tests of the interpreter: each program runs under lua5.1 and
// under our VM (bytecode from luac5.1), stdout and errors must match.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

using vmtest::checkAgainstLua;

TEST_CASE("arithmetic and coercions", "[vm][lua51]") {
  checkAgainstLua(R"LUA(print(1 + 2, 7 - 10, 2 * 3.5, 7 / 2, 7 % 3, -7 % 3, 7 % -3, 2 ^ 10, -(-3))
print("10" + 5, "3" * "4", "0x10" + 0, " 2 " * 3, 10 .. 20, 1.5 .. "")
print(5 % 0 ~= 5 % 0, 1 / 0, -1 / 0, 2 ^ 0.5, 1e308 * 10)
print(math == nil, 3 % math_nil == nil)
)LUA");
}

TEST_CASE("comparisons", "[vm][lua51]") {
  checkAgainstLua(R"LUA(print(1 < 2, 2 <= 2, "a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "a\0b" < "a\0c")
print(1 == 1.0, "1" == 1, nil == false, {} == {}, 2 > 1, 2 >= 3)
local t = {} print(t == t, t ~= t)
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return true <= false end))
)LUA");
}

TEST_CASE("length borders", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = {1, 2, 3, nil, 5}
print(#t)
local u = {} u[1] = 1 u[2] = 2 u[4] = 4
print(#u)
local v = {nil, nil, 3}
print(#v)
local w = {} for i = 1, 10 do w[i] = i end w[10] = nil w[5] = nil
print(#w, #"hello", #"")
)LUA");
}

TEST_CASE("numeric for edge cases", "[vm][lua51]") {
  checkAgainstLua(R"LUA(for i = 1, 3 do io_write = i print(i) end
for i = 3, 1, -1 do print(i) end
for i = 1, 0 do print("never") end
for i = 0, 1, 0.25 do print(i) end
for i = 1, 2, 0.3 do print(i) end
for i = "1", "3" do print(i, type(i)) end
local n = 0 for i = 1, 1e15, 1e14 do n = n + 1 end print(n)
for i = -1, -3, -1 do print(i) end
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = {}, 2 do end end))
print(pcall(function() for i = 1, 2, nil do end end))
)LUA");
}

TEST_CASE("varargs and multiple results", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function f(...) return ... end
local function g(...) return select('#', ...), ... end
print(f(1, 2, 3))
print(g())
print(g(nil, nil))
print((f(1, 2, 3)))
local t = {f(1, 2, 3), f(4, 5)}
print(#t, t[1], t[2], t[3])
local function h(a, ...) local b, c = ... return a, b, c end
print(h(1), h(1, 2, 3, 4))
print(select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(pcall(select, 0, 1))
local function count(...) return select('#', ...) end
print(count(f()), count(f(nil)), count(nil, f()))
print(unpack({1, 2, 3}), unpack({1, 2, 3}, 2), unpack({1, 2, 3}, 2, 3))
local function va(...) local arg = {n = 0} return ... end
print(va(7, 8))
)LUA");
}

TEST_CASE("arg table compatibility", "[vm][lua51]") {
  checkAgainstLua(R"LUA(function old(...) return arg.n, arg[1], arg[2] end
print(old(10, 20))
)LUA");
}

TEST_CASE("closures and upvalues", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
print(get())
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local a = {}
local x = 1
while x <= 3 do local y = x * 10 a[x] = function() return y end x = x + 1 end
print(a[1](), a[2](), a[3]())
local function outer() local v = 1 local function mid() local function inner() v = v + 1 return v end return inner end return mid() end
local inner = outer() print(inner(), inner())
)LUA");
}

TEST_CASE("metamethods for arithmetic, concat, length, call", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local mt = {}
mt.__add = function(a, b) return "add" end
mt.__sub = function(a, b) return "sub" end
mt.__mul = function(a, b) return "mul" end
mt.__div = function(a, b) return "div" end
mt.__mod = function(a, b) return "mod" end
mt.__pow = function(a, b) return "pow" end
mt.__unm = function(a) return "unm" end
mt.__concat = function(a, b) return "cat" end
mt.__call = function(self, x, y) return "called", x, y end
mt.__len = function() return 42 end
local o = setmetatable({}, mt)
print(o + 1, 1 - o, o * o, o / 2, o % 2, o ^ 2, -o, o .. "x", "x" .. o, 1 .. o, #o)
print(o(1, 2))
print("a" .. "b" .. o .. "c" .. "d")
local t = setmetatable({}, {__concat = function(a, b) return (type(a) == "table" and "T" or a) .. (type(b) == "table" and "T" or b) end})
print("x" .. t .. "y" .. t .. "z")
)LUA");
}

TEST_CASE("index and newindex chains", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local base = {greet = function() return "hi" end}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid})
print(obj.greet(), obj.missing)
local log = {}
local proxy = setmetatable({}, {__index = function(t, k) return k .. "?" end,
  __newindex = function(t, k, v) rawset(t, k, v * 2) end})
proxy.a = 21
print(proxy.a, proxy.b, rawget(proxy, "b"))
local store = {}
local p2 = setmetatable({}, {__newindex = store})
p2.x = 5
print(rawget(p2, "x"), store.x)
local deep = setmetatable({}, {__index = setmetatable({}, {__index = function(t, k) return "deep " .. k end})})
print(deep.z)
local loop = {}
setmetatable(loop, {__index = loop})
print(pcall(function() return loop.x end))
)LUA");
}

TEST_CASE("equality and ordering metamethods", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local eqmt = {__eq = function(a, b) return true end}
local a, b = setmetatable({}, eqmt), setmetatable({}, eqmt)
local c = setmetatable({}, {__eq = function() return true end})
print(a == b, a ~= b, a == c, a == 1)
local lt = {__lt = function(x, y) return x.v < y.v end}
local x, y = setmetatable({v = 1}, lt), setmetatable({v = 2}, lt)
print(x < y, y < x, x <= y, y >= x, x > y)
local le = {__lt = lt.__lt, __le = function(p, q) return "yes" end}
local p, q = setmetatable({v = 5}, le), setmetatable({v = 1}, le)
print(p <= q, p >= q)
print(pcall(function() return x < setmetatable({v = 3}, {__lt = lt.__lt}) end))
)LUA");
}

TEST_CASE("tostring and metatable protection", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = setmetatable({}, {__tostring = function() return "I am t" end, __metatable = "locked"})
print(tostring(t), getmetatable(t))
print(t)
print(pcall(setmetatable, t, {}))
print(tostring(nil), tostring(true), tostring(12), tostring("s"))
print(tonumber("0x1F"), tonumber("  12  "), tonumber("1e2"), tonumber("z", 36), tonumber("ff", 16), tonumber("8", 8), tonumber(""), tonumber("1 2"))
print(type(print), type(nil), type({}), type("x"), type(2), type(true), type(coroutine.create(function() end)))
)LUA");
}

TEST_CASE("runtime error messages name variables", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function try(f) local ok, e = pcall(f) print(e) end
local t = {}
try(function() local x; return x.y end)
try(function() return undefinedglobal.y end)
try(function() return t.a.b end)
try(function() local s = "x"; return s + 1 end)
try(function() return t.n + 1 end)
try(function() undefinedfn() end)
try(function() t.method() end)
try(function() t:method() end)
try(function() local up = nil; return (function() return up.x end)() end)
try(function() local b = true; return "a" .. b end)
try(function() return #nil end)
try(function() return -{} end)
try(function() return ({}) .. "x" end)
try(function() local up = false; return (function() return "s" .. up end)() end)
try(function() t[nil] = 1 end)
try(function() t[0/0] = 1 end)
try(function() return 1 < nil end)
try(function() return {} < 1 end)
try(function() return ("x")() end)
try(function() local a = {} ; a.b.c.d = 1 end)
)LUA");
}

TEST_CASE("error levels and values", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function lvl1() error("one") end
local function lvl2() error("two", 2) end
local function lvl0() error("zero", 0) end
print(pcall(lvl1))
print(pcall(lvl2))
print(pcall(lvl0))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(select('#', pcall(error, {})))
local ok, e = pcall(error, setmetatable({}, {__tostring = function() return "obj" end}))
print(ok, tostring(e))
print(pcall(assert, false))
print(pcall(assert, nil, "custom"))
print(pcall(assert, 1, 2, 3))
print(xpcall(function() error("deep") end, function(m) return "H:" .. m end))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error("x") end, function(m) error("y") end))
print(pcall(pcall))
)LUA");
}

TEST_CASE("uncaught error with position", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = {}
print("before")
t.x.y = 1
)LUA");
}

TEST_CASE("uncaught error object", "[vm][lua51]") {
  checkAgainstLua(R"LUA(error({})
)LUA");
}

TEST_CASE("coroutines", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c, d = coroutine.yield(a + b, a - b)
  print("resumed", c, d)
  local e = coroutine.yield()
  return e, "end"
end)
print(coroutine.status(co))
print(coroutine.resume(co, 5, 3))
print(coroutine.status(co))
print(coroutine.resume(co, "x", "y"))
print(coroutine.resume(co, "last"))
print(coroutine.status(co), coroutine.resume(co))
local bad = coroutine.create(function() error("oops") end)
print(coroutine.resume(bad))
local bad2 = coroutine.create(function() error({}) end)
print(select('#', coroutine.resume(bad2)))
local gen = coroutine.wrap(function(n) for i = 1, n do coroutine.yield(i) end return "fin" end)
print(gen(3), gen(), gen(), gen())
print(pcall(gen))
print(coroutine.running())
local inner = coroutine.create(function() return coroutine.running() end)
local ok, r = coroutine.resume(inner) print(ok, type(r), r == inner)
print(pcall(coroutine.yield, 1))
print(coroutine.resume(coroutine.create(function() return pcall(coroutine.yield, 1) end)))
local m = setmetatable({}, {__index = function(t, k) return coroutine.yield(k) end})
print(coroutine.resume(coroutine.create(function() return m.key end)))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, print))
local w = coroutine.wrap(function() error("in wrap") end)
print(pcall(w))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
local nested = coroutine.wrap(function()
  local innerGen = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) end)
  coroutine.yield(innerGen() + innerGen())
end)
print(nested())
)LUA");
}

TEST_CASE("pairs ipairs next", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = {10, 20, 30}
for i, v in ipairs(t) do print(i, v) end
local n = 0 for k, v in pairs({a = 1, b = 2, 3}) do n = n + v end print(n)
print(next({}), next({5}))
print(pcall(next, {}, "nokey"))
print(pcall(ipairs))
print(pcall(function() for k in pairs(nil) do end end))
local holes = {1, nil, 3}
for i, v in ipairs(holes) do print(i, v) end
)LUA");
}

TEST_CASE("generic for with Lua iterators", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function range(n)
  return function(_, i) if i < n then return i + 1 end end, nil, 0
end
for i in range(3) do print(i) end
local function pairsSorted(t) local keys = {} for k in pairs(t) do keys[#keys + 1] = k end
  local i = 0 return function() i = i + 1 return keys[i], keys[i] and t[keys[i]] end end
local cnt = 0 for k, v in pairsSorted({x = 1, y = 2}) do cnt = cnt + v end print(cnt)
)LUA");
}

TEST_CASE("tail calls run in constant space", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(1000000, 0))
local function a(n) if n == 0 then return "done" end return (function(m) return a(m) end)(n - 1) end
print(a(100000))
)LUA");
}

TEST_CASE("stack overflow", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local depth = 0
local function f() depth = depth + 1; return 1 + f() end
local ok, e = pcall(f)
print(ok, e, depth)
depth = 0
ok, e = pcall(f)
print(ok, e, depth)
local function g() g() end
print(pcall(g))
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return t.x end))
)LUA");
}

TEST_CASE("loadstring", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local f = loadstring("return 1 + ...")
print(f(41))
print(loadstring("syntax error here"))
local g = loadstring("x = 5")
g() print(x)
print(pcall(loadstring("error('in chunk')")))
print(pcall(loadstring("error('named')", "=mychunk")))
)LUA");
}

TEST_CASE("rawequal rawget rawset", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() error("no") end})
rawset(t, "k", "v")
print(rawget(t, "k"), rawget(t, "z"), t.z, rawequal(t, t), rawequal(t, {}), rawequal(1, 1.0))
print(pcall(rawset, t, nil, 1))
print(pcall(rawget, 1, 2))
)LUA");
}

TEST_CASE("string coercion in concat and numbers formatting", "[vm][lua51]") {
  checkAgainstLua(R"LUA(print(1e15, 1e16, 123456789012345, 0.1, 1/3, -0.0, 100, 100.5, 2^63, 1e-5)
print(12 .. "", 1.25 .. "|", -3 .. "")
)LUA");
}

TEST_CASE("setlist with many values", "[vm][lua51]") {
  checkAgainstLua(R"LUA(local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55}
print(#t, t[50], t[51], t[55])
local function many() return 1, 2, 3, 4, 5 end
local u = {0, many()}
print(#u, u[6])
)LUA");
}
