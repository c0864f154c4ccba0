// Conversions between values: number formatting and parsing (Lua's
// "%.14g" and luaO_str2d), coercions used by arithmetic and concatenation,
// and the display form of any value.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "vm/state.hpp"

namespace redlua::vm {

std::string numberToString(double n) {
  char buf[64];
  int len = std::snprintf(buf, sizeof buf, "%.14g", n);
  return std::string(buf, static_cast<size_t>(len));
}

bool stringToNumber(std::string_view text, double& out) {
  // strtod needs a terminated string; like Lua (which works on C strings)
  // the text ends at its first '\0'.
  std::string s(text.data(), text.size());
  const char* begin = s.c_str();
  char* end = nullptr;
  double v = std::strtod(begin, &end);
  if (end == begin) return false;
  if (*end == 'x' || *end == 'X') v = static_cast<double>(std::strtoul(begin, &end, 16));
  while (*end && std::isspace(static_cast<unsigned char>(*end))) end++;
  if (*end != '\0') return false;
  out = v;
  return true;
}

bool Vm::State::toNumber(const heap::Value& v, double& out) const {
  if (v.tag == heap::Tag::Number) {
    out = v.u.number;
    return true;
  }
  if (v.tag == heap::Tag::String) return stringToNumber(heap.stringView(v), out);
  return false;
}

bool Vm::State::toStringCoerce(heap::Value& v) {
  if (v.tag == heap::Tag::String) return true;
  if (v.tag != heap::Tag::Number) return false;
  v = heap.newString(numberToString(v.u.number));
  return true;
}

// The address Lua prints for "table: 0x..." is the object's; ours is a
// stable fake made of the kind and the slot index, so that outputs are
// deterministic (the debugger can also show it next to the arena slot).
static std::string addressOf(const char* type, heap::Tag tag, uint64_t id) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s: 0x%08llx", type,
                static_cast<unsigned long long>((static_cast<uint64_t>(tag) << 24) | id));
  return buf;
}

std::string Vm::State::toDisplay(const heap::Value& v) {
  using heap::Tag;
  switch (v.tag) {
    case Tag::Nil: return "nil";
    case Tag::Boolean: return v.u.boolean ? "true" : "false";
    case Tag::Number: return numberToString(v.u.number);
    case Tag::String: return std::string(heap.stringView(v));
    case Tag::Native: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "function: %p", reinterpret_cast<void*>(v.u.native));
      return buf;
    }
    case Tag::Closure: return addressOf("function", v.tag, v.u.handle.index);
    case Tag::Table: return addressOf("table", v.tag, v.u.handle.index);
    case Tag::Userdata: return addressOf("userdata", v.tag, v.u.handle.index);
    case Tag::Coroutine: return addressOf("thread", v.tag, v.u.handle.index);
    default: return addressOf("internal", v.tag, v.u.handle.index);
  }
}

}  // namespace redlua::vm
