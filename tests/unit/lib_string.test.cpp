// Differential tests of the string library: each program runs under lua5.1
// and under our VM; stdout and errors must match.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

using vmtest::checkAgainstLua;

TEST_CASE("string basics and the string metatable", "[lib][string][lua51]") {
  checkAgainstLua(R"LUA(print(("hello"):upper(), string.len("a\0b"), ("abc"):sub(2), ("abc"):sub(-2, -1), ("abc"):sub(0, 10))
print(string.rep("ab", 3), ("x"):rep(0), ("x"):rep(-1), ("abc"):reverse(), ("MiXeD"):lower())
print(string.byte("ABC", 1, -1), string.byte(""), string.byte("A", 10), string.char(72, 105), string.char())
local s = "x" print(s:len(), #s:rep(10), ("%d"):format(5), tostring(12):len())
print(pcall(string.sub), pcall(string.char, 256), pcall(string.rep, "x"))
print(pcall(function() return s:rep() end))
)LUA");
}

TEST_CASE("string.format specifiers and errors", "[lib][string][lua51]") {
  checkAgainstLua(R"LUA(print(string.format("%5.2f|%d|%x|%X|%o|%e|%g|%q|%s|%%|%c|%-5s|%05d", 3.14159, 3.7, 255, 255, 8, 12345.678, 0.1, 'a"b\n\rc', 12, 65, "hi", 42))
print(string.format("[%10s][%-10s][%.2s]", "abc", "abc", "abc"), string.format("%5.1f %+d % d %#x %#o %e %G %i %u", 2.25, 5, 5, 255, 8, 0, 1e-10, -4.9, 7))
print(string.format("%q", 1/3), string.format("%s", 1/3), string.format("%d", 2^53), string.format("%x", -1), string.format("%u", 2^63 + 2^12))
print(string.format("%s %s %g %g %g", 1, 2.5, 1e300 * 1e10, -1e300 * 1e10, 100000000000000), #string.format("%q", "\0"))
print(#string.format("%s", ("x"):rep(120) .. "\0y"), string.format("%c", 0) == "", string.format("%-----5d|", 1))
for _, f in ipairs({"%y", "%------5d", "%123d", "%1.123f", "%", "%d"}) do print(pcall(string.format, f, 1)) end
print(pcall(string.format, "%d %d", 1), pcall(string.format, "%d", "x"), pcall(string.format, "%s", {}))
)LUA");
}

TEST_CASE("string.find, match and gmatch", "[lib][string][lua51]") {
  checkAgainstLua(R"LUA(print(string.find("hello world", "o w"), string.find("hello", "l+"), string.match("key=val", "(%w+)=(%w+)"))
for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do print(k, v) end
for a in string.gfind("a b c", "%a") do print(a) end
for a in string.gmatch("abc", "") do print("[" .. a .. "]") end
print(string.find("a.b", ".", 1, true), string.find("abc", "b", -1), string.find("abc", "", 10), string.find("", ""), string.find("abc", "c", -10))
print(string.find("THE (quick) fox", "%((%a+)%)"), string.match("  trim  ", "^%s*(.-)%s*$"), string.match("f(a(b)c)", "%b()"))
print(string.find("THE", "%f[%a]%a+"), string.match("hello", "()ll()"), string.match("abab", "(ab)%1"))
print(string.match("2024-01-02", "(%d+)-(%d+)-(%d+)"), string.match("x", "()"), string.match("[]]", "[]]"), string.match("a-b", "[a%-]+"), string.match("f", "[^%a]"))
print(string.match("hello123", "^%a+"), string.match("x^y", "^^"), string.match("abc$", "c%$"), string.match("ab", "a?b?c?$"), string.match("aaab", "a-b"))
print(string.match("\t A1_.%", "%s+%u%d%p+"), string.match("ff0Xz", "%x+"), #string.match("a\0b", "%z"), string.find("a\0b", "\0", 1, true))
print(string.match("  x", "%S"), string.match("ab12", "%D+"), string.match("ABc", "%L+"), string.match("k: v", "(%w+):%s*(%w+)"))
for _, p in ipairs({"%", "[a", "(", "%1", "(a", "a)", "%f", "%fa", "%b", "[%", "(()"}) do print(pcall(string.find, "a", p)) end
)LUA");
}

TEST_CASE("string.gsub replacements", "[lib][string][lua51]") {
  checkAgainstLua(R"LUA(print(string.gsub("hello world", "o", "0"))
print(string.gsub("abc", "%w", "%0%0"))
print(string.gsub("abc", "", "-"))
print(string.gsub("hello world", "%w+", function(w) return w:upper() end))
print(string.gsub("$x $y $z", "%$(%w+)", {x = "1", y = 2}))
print(string.gsub("hello", "l", "L", 1))
print(string.gsub("abc", "^a", "X"))
print(string.gsub("aaa", "a*", "-"))
print(string.gsub("abc", ".", {a = 1, b = false}))
print(string.gsub("one two", "(%w+) (%w+)", "%2 %1"))
print(string.gsub("abc", "%w", setmetatable({}, {__index = function(t, k) return k:upper() end})))
print(string.gsub("a,b,c", ",", "%%"))
print(string.gsub("abc", "()", "%1"))
print(string.gsub("x = 1, y = 2", "(%w+) = (%w+)", function(k, v) if k == "x" then return nil end return v .. k end))
local n = 0 print(string.gsub(("ab"):rep(50), "a", function() n = n + 1 return n end), n)
print(pcall(string.gsub, "abc", "%w", "%2"), pcall(string.gsub, "abc", "%w", {a = {}}), pcall(string.gsub, "abc", "%w"))
print(pcall(string.gsub, "abc", "%w", function() return {} end))
print(pcall(string.gsub, "abc", "%w", function() error("boom") end))
)LUA");
}
