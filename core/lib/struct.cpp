// Redis's `struct` library (deps/lua/src/lua_struct.c, Roberto Ierusalimschy's
// struct 0.2): pack, unpack and size of binary records.
//
// The layout follows the x86-64 build Redis ships: native order little
// endian, short 2, int 4, long and size_t 8 bytes, the default maximum
// alignment for '!' 8. Integers travel through a 64-bit (unsigned) long as
// in the C code, so sizes above 8 pad with zero bytes and read back only the
// low 64 bits.
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Value;
using vm::NativeCall;

namespace {

constexpr int kMaxIntSize = 32;
constexpr int kMaxAlign = 8;
constexpr bool kBig = false;

struct Layout {
  bool little = true;
  size_t align = 1;
};

struct Format {
  NativeCall& call;
  std::string text;  // a copy: the argument's bytes may move while we allocate
  size_t at = 0;

  bool more() const { return at < text.size(); }
  char next() { return text[at++]; }
  bool digitAhead() const { return at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); }

  // A decimal count after an option letter, or `fallback` when there is none.
  int count(int fallback) {
    if (!digitAhead()) return fallback;
    int a = 0;
    while (digitAhead()) {
      int d = text[at] - '0';
      if (a > INT_MAX / 10 || a * 10 > INT_MAX - d) call.error("integral size overflow");
      a = a * 10 + d;
      at++;
    }
    return a;
  }

  // The byte size of option `opt` (0 for options that take no room by themselves).
  size_t sizeOf(char opt) {
    switch (opt) {
      case 'B': case 'b': return 1;
      case 'H': case 'h': return 2;
      case 'L': case 'l': case 'T': return 8;
      case 'f': return 4;
      case 'd': return 8;
      case 'x': return 1;
      case 'c': return static_cast<size_t>(count(1));
      case 'i': case 'I': {
        int n = count(4);
        if (n > kMaxIntSize) {
          call.error("integral size " + std::to_string(n) + " is larger than limit of " + std::to_string(kMaxIntSize));
        }
        return static_cast<size_t>(n);
      }
      default: return 0;
    }
  }

  // Endianness, alignment and blanks; anything else is an invalid option.
  void control(char opt, Layout& layout) {
    switch (opt) {
      case ' ': return;
      case '>': layout.little = kBig; return;
      case '<': layout.little = true; return;
      case '!': {
        int a = count(kMaxAlign);
        if (a <= 0 || (a & (a - 1)) != 0) call.error("alignment " + std::to_string(a) + " is not a power of 2");
        layout.align = static_cast<size_t>(a);
        return;
      }
      default: call.argError(1, std::string("invalid format option '") + opt + "'");
    }
  }
};

size_t padding(size_t pos, const Layout& layout, char opt, size_t size) {
  if (size == 0 || opt == 'c') return 0;
  if (size > layout.align) size = layout.align;
  return (size - (pos & (size - 1))) & (size - 1);
}

bool isIntegerOption(char opt) {
  switch (opt) {
    case 'b': case 'B': case 'h': case 'H': case 'l': case 'L': case 'T': case 'i': case 'I': return true;
    default: return false;
  }
}

// (unsigned long)(long)n for negatives, (unsigned long)n otherwise, with
// x86-64's results for values out of range.
uint64_t toWord(double n) {
  if (n < 0) {
    if (!(n >= -9223372036854775808.0)) return 0x8000000000000000ull;
    return static_cast<uint64_t>(static_cast<int64_t>(n));
  }
  if (n >= 18446744073709551616.0 || n != n) return n != n ? 0x8000000000000000ull : 0;
  return static_cast<uint64_t>(n);
}

void appendOrdered(std::string& out, const unsigned char* bytes, size_t size, bool little) {
  // bytes are in native (little-endian) order
  if (little) out.append(reinterpret_cast<const char*>(bytes), size);
  else for (size_t i = size; i-- > 0;) out.push_back(static_cast<char>(bytes[i]));
}

// lua_struct.c's pack pushes a nil above its arguments before it starts, so
// the first missing argument reads as nil rather than "no value".
void checkPackArg(NativeCall& call, int arg, const char* expected) {
  if (arg == call.argCount() + 1) call.argError(arg, std::string(expected) + " expected, got nil");
}

int structPack(NativeCall& call) {
  Format fmt{call, std::string(call.checkString(1))};
  Layout layout;
  std::string out;
  int arg = 2;
  size_t total = 0;
  while (fmt.more()) {
    char opt = fmt.next();
    size_t size = fmt.sizeOf(opt);
    size_t pad = padding(total, layout, opt, size);
    total += pad;
    out.append(pad, '\0');
    if (isIntegerOption(opt)) {
      checkPackArg(call, arg, "number");
      uint64_t word = toWord(call.checkNumber(arg++));
      unsigned char buf[kMaxIntSize];
      for (size_t i = 0; i < size; i++) {
        buf[i] = static_cast<unsigned char>(word & 0xff);
        word >>= 8;
      }
      appendOrdered(out, buf, size, layout.little);
    } else if (opt == 'x') {
      out.push_back('\0');
    } else if (opt == 'f') {
      checkPackArg(call, arg, "number");
      float f = static_cast<float>(call.checkNumber(arg++));
      unsigned char buf[4];
      std::memcpy(buf, &f, 4);
      appendOrdered(out, buf, 4, layout.little);
    } else if (opt == 'd') {
      checkPackArg(call, arg, "number");
      double d = call.checkNumber(arg++);
      unsigned char buf[8];
      std::memcpy(buf, &d, 8);
      appendOrdered(out, buf, 8, layout.little);
    } else if (opt == 'c' || opt == 's') {
      checkPackArg(call, arg, "string");
      std::string_view s = call.checkString(arg++);
      if (size == 0) size = s.size();
      // lua_struct.c reports the argument after the string here
      if (s.size() < size) call.argError(arg, "string too short");
      out.append(s.data(), size);
      if (opt == 's') {
        out.push_back('\0');
        size++;
      }
    } else {
      fmt.control(opt, layout);
    }
    total += size;
  }
  return call.ret(call.heap.newString(out));
}

double readInteger(const unsigned char* p, bool little, bool isSigned, size_t size) {
  uint64_t word = 0;
  if (!little) {
    for (size_t i = 0; i < size; i++) word = (word << 8) | p[i];
  } else {
    for (size_t i = size; i-- > 0;) word = (word << 8) | p[i];
  }
  if (!isSigned) return static_cast<double>(word);
  uint64_t mask = ~0ull << ((size * 8 - 1) & 63);
  if (word & mask) word |= mask;
  return static_cast<double>(static_cast<int64_t>(word));
}

int structUnpack(NativeCall& call) {
  Format fmt{call, std::string(call.checkString(1))};
  std::string data(call.checkString(2));
  uint64_t pos = static_cast<uint64_t>(call.optInteger(3, 1));
  if (pos == 0) call.argError(3, "offset must be 1 or greater");
  pos--;
  const size_t len = data.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  Layout layout;
  int results = 0;
  while (fmt.more()) {
    char opt = fmt.next();
    size_t size = fmt.sizeOf(opt);
    pos += padding(pos, layout, opt, size);
    if (!(size <= len && pos <= len - size)) call.argError(2, "data string too short");
    if (isIntegerOption(opt)) {
      bool isSigned = std::islower(static_cast<unsigned char>(opt)) != 0;
      call.pushNumber(readInteger(bytes + pos, layout.little, isSigned, size));
      results++;
    } else if (opt == 'x') {
      // skipped byte
    } else if (opt == 'f' || opt == 'd') {
      unsigned char buf[8];
      for (size_t i = 0; i < size; i++) buf[i] = bytes[pos + (layout.little ? i : size - 1 - i)];
      if (opt == 'f') {
        float f;
        std::memcpy(&f, buf, 4);
        call.pushNumber(f);
      } else {
        double d;
        std::memcpy(&d, buf, 8);
        call.pushNumber(d);
      }
      results++;
    } else if (opt == 'c') {
      if (size == 0) {
        double n = 0;
        if (results == 0 || !call.s.toNumber(call.stack()[call.top() - 1], n)) {
          call.error("format 'c0' needs a previous size");
        }
        size = static_cast<size_t>(n);
        call.setTop(call.top() - 1);
        results--;
        if (!(size <= len && pos <= len - size)) call.argError(2, "data string too short");
      }
      call.pushString(std::string_view(data.data() + pos, size));
      results++;
    } else if (opt == 's') {
      const void* end = std::memchr(bytes + pos, 0, len - pos);
      if (end == nullptr) call.error("unfinished string in data");
      size = static_cast<size_t>(static_cast<const unsigned char*>(end) - (bytes + pos)) + 1;
      call.pushString(std::string_view(data.data() + pos, size - 1));
      results++;
    } else {
      fmt.control(opt, layout);
    }
    pos += size;
  }
  call.pushNumber(static_cast<double>(static_cast<int64_t>(pos + 1)));
  return results + 1;
}

int structSize(NativeCall& call) {
  Format fmt{call, std::string(call.checkString(1))};
  Layout layout;
  size_t pos = 0;
  while (fmt.more()) {
    char opt = fmt.next();
    size_t size = fmt.sizeOf(opt);
    pos += padding(pos, layout, opt, size);
    if (opt == 's') call.argError(1, "option 's' has no fixed size");
    if (opt == 'c' && size == 0) call.argError(1, "option 'c0' has no fixed size");
    if (!std::isalnum(static_cast<unsigned char>(opt))) fmt.control(opt, layout);
    pos += size;
  }
  return call.ret(Value::number(static_cast<double>(static_cast<int64_t>(pos))));
}

}  // namespace

void openStruct(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 4);
  s.heap.rawSet(s.globals, s.heap.newString("struct"), Value::table(t));
  vm::setFunction(s, t, "pack", structPack);
  vm::setFunction(s, t, "unpack", structUnpack);
  vm::setFunction(s, t, "size", structSize);
}

}  // namespace redlua::lib
