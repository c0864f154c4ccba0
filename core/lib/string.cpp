// The string library (Lua 5.1's lstrlib.c): the byte-level functions and the
// library's registration, including the metatable that lets strings be
// indexed (`("x"):upper()`). format lives in string_format.cpp, the pattern
// functions in string_match.cpp.
#include <cctype>
#include <string>

#include "lib/lib.hpp"
#include "lib/string_lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Tag;
using heap::Value;
using vm::NativeCall;

void strlib::checkResultSize(NativeCall& call, double bytes) {
  size_t limit = call.heap.memoryLimit();
  double cap = limit != 0 ? static_cast<double>(limit) : 4.0e9;
  if (bytes > cap) call.s.throwValue(call.s.memoryErrorMessage);
}

namespace {

int strLen(NativeCall& call) {
  return call.ret(Value::number(static_cast<double>(call.checkString(1).size())));
}

int strSub(NativeCall& call) {
  std::string_view s = call.checkString(1);
  int64_t start = strlib::relativePosition(call.checkInteger(2), s.size());
  int64_t end = strlib::relativePosition(call.optInteger(3, -1), s.size());
  if (start < 1) start = 1;
  if (end > static_cast<int64_t>(s.size())) end = static_cast<int64_t>(s.size());
  if (start > end) return call.ret(call.heap.newString(""));
  s = call.checkString(1);
  return call.ret(call.heap.newString(s.substr(static_cast<size_t>(start - 1), static_cast<size_t>(end - start + 1))));
}

int strReverse(NativeCall& call) {
  std::string s(call.checkString(1));
  std::string r(s.rbegin(), s.rend());
  return call.ret(call.heap.newString(r));
}

int strLower(NativeCall& call) {
  std::string s(call.checkString(1));
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return call.ret(call.heap.newString(s));
}

int strUpper(NativeCall& call) {
  std::string s(call.checkString(1));
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return call.ret(call.heap.newString(s));
}

int strRep(NativeCall& call) {
  std::string s(call.checkString(1));
  int64_t n = call.checkInteger(2);
  if (n <= 0 || s.empty()) return call.ret(call.heap.newString(""));
  strlib::checkResultSize(call, static_cast<double>(s.size()) * static_cast<double>(n));
  std::string r;
  r.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) r.append(s);
  return call.ret(call.heap.newString(r));
}

int strByte(NativeCall& call) {
  std::string_view s = call.checkString(1);
  int64_t len = static_cast<int64_t>(s.size());
  int64_t first = strlib::relativePosition(call.optInteger(2, 1), s.size());
  int64_t last = strlib::relativePosition(call.optInteger(3, first), s.size());
  if (first <= 0) first = 1;
  if (last > len) last = len;
  if (first > last) return 0;
  int64_t n = last - first + 1;
  if (n > 8000) call.error("stack overflow (string slice too long)");
  std::string bytes(call.checkString(1).substr(static_cast<size_t>(first - 1), static_cast<size_t>(n)));
  for (char c : bytes) call.pushNumber(static_cast<unsigned char>(c));
  return static_cast<int>(n);
}

int strChar(NativeCall& call) {
  std::string r;
  for (int i = 1; i <= call.argCount(); i++) {
    int64_t c = call.checkInteger(i);
    if (static_cast<unsigned char>(c) != c) call.argError(i, "invalid value");
    r.push_back(static_cast<char>(c));
  }
  return call.ret(call.heap.newString(r));
}

}  // namespace

void openString(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 16);
  s.heap.rawSet(s.globals, s.heap.newString("string"), Value::table(t));
  vm::setFunction(s, t, "byte", strByte);
  vm::setFunction(s, t, "char", strChar);
  vm::setFunction(s, t, "find", strlib::find);
  vm::setFunction(s, t, "format", strlib::format);
  vm::setFunction(s, t, "gfind", strlib::gmatch);  // Lua 5.0's name, kept by 5.1's default build
  vm::setFunction(s, t, "gmatch", strlib::gmatch);
  vm::setFunction(s, t, "gsub", strlib::gsub);
  vm::setFunction(s, t, "len", strLen);
  vm::setFunction(s, t, "lower", strLower);
  vm::setFunction(s, t, "match", strlib::match);
  vm::setFunction(s, t, "rep", strRep);
  vm::setFunction(s, t, "reverse", strReverse);
  vm::setFunction(s, t, "sub", strSub);
  vm::setFunction(s, t, "upper", strUpper);
  // Every string shares one metatable whose __index is the library.
  heap::TableRef mt = s.heap.newTable(0, 1);
  s.heap.rawSet(mt, s.heap.newString("__index"), Value::table(t));
  s.typeMetatables[static_cast<int>(Tag::String)] = mt;
}

}  // namespace redlua::lib
