// Redis's `cmsgpack` library (deps/lua/src/lua_cmsgpack.c, lua-cmsgpack
// 0.4.0): pack any number of values into one MessagePack string, unpack
// all, one, or a limited number of them.
//
// Encoding follows the C code: numbers that are whole and fit an int64 use
// the smallest integer form, others a float32 when that is exact, else a
// float64; a table whose keys are exactly 1..n is an array, others a map;
// tables nested 16 deep, and values MessagePack cannot hold, become nil.
// Decoding is bounded like the C code's Lua stack (LUAI_MAXCSTACK slots).
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Tag;
using heap::Value;
using vm::NativeCall;

namespace {

constexpr int kMaxNesting = 16;
constexpr int kMaxStackSlots = 8000;  // Lua 5.1's LUAI_MAXCSTACK

void putBigEndian(std::string& out, uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; i--) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void encodeInteger(std::string& out, int64_t n) {
  if (n >= 0) {
    if (n <= 127) {
      out.push_back(static_cast<char>(n));
    } else if (n <= 0xff) {
      out.push_back(static_cast<char>(0xcc));
      putBigEndian(out, static_cast<uint64_t>(n), 1);
    } else if (n <= 0xffff) {
      out.push_back(static_cast<char>(0xcd));
      putBigEndian(out, static_cast<uint64_t>(n), 2);
    } else if (n <= 0xffffffffLL) {
      out.push_back(static_cast<char>(0xce));
      putBigEndian(out, static_cast<uint64_t>(n), 4);
    } else {
      out.push_back(static_cast<char>(0xcf));
      putBigEndian(out, static_cast<uint64_t>(n), 8);
    }
  } else {
    uint64_t u = static_cast<uint64_t>(n);
    if (n >= -32) {
      out.push_back(static_cast<char>(u & 0xff));
    } else if (n >= -128) {
      out.push_back(static_cast<char>(0xd0));
      putBigEndian(out, u, 1);
    } else if (n >= -32768) {
      out.push_back(static_cast<char>(0xd1));
      putBigEndian(out, u, 2);
    } else if (n >= -2147483648LL) {
      out.push_back(static_cast<char>(0xd2));
      putBigEndian(out, u, 4);
    } else {
      out.push_back(static_cast<char>(0xd3));
      putBigEndian(out, u, 8);
    }
  }
}

void encodeNumber(std::string& out, double d) {
  // whole numbers representable as int64 (the C code's (int64_t)d == d)
  if (!std::isinf(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0 &&
      static_cast<double>(static_cast<int64_t>(d)) == d) {
    encodeInteger(out, static_cast<int64_t>(d));
    return;
  }
  float f = static_cast<float>(d);
  if (static_cast<double>(f) == d) {
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    out.push_back(static_cast<char>(0xca));
    putBigEndian(out, bits, 4);
  } else {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    out.push_back(static_cast<char>(0xcb));
    putBigEndian(out, bits, 8);
  }
}

void encodeString(std::string& out, std::string_view s) {
  size_t len = s.size();
  if (len < 32) {
    out.push_back(static_cast<char>(0xa0 | len));
  } else if (len <= 0xff) {
    out.push_back(static_cast<char>(0xd9));
    putBigEndian(out, len, 1);
  } else if (len <= 0xffff) {
    out.push_back(static_cast<char>(0xda));
    putBigEndian(out, len, 2);
  } else {
    out.push_back(static_cast<char>(0xdb));
    putBigEndian(out, len, 4);
  }
  out.append(s);
}

void encodeContainerHeader(std::string& out, uint64_t n, unsigned fix, unsigned c16, unsigned c32) {
  if (n <= 15) {
    out.push_back(static_cast<char>(fix | n));
  } else if (n <= 65535) {
    out.push_back(static_cast<char>(c16));
    putBigEndian(out, n, 2);
  } else {
    out.push_back(static_cast<char>(c32));
    putBigEndian(out, n, 4);
  }
}

struct Packer {
  NativeCall& call;
  std::string out;

  // The length n when the keys are exactly 1..n (all positive whole numbers
  // within int range, as many as the largest), else -1.
  int64_t arrayLength(heap::TableRef ref) {
    const heap::Table& t = call.heap.table(ref);
    Value key;
    Value value;
    int64_t count = 0;
    int64_t max = 0;
    while (t.next(key, value)) {
      if (!key.isNumber()) return -1;
      double n = key.u.number;
      if (n <= 0 || !(n <= 2147483647.0) || static_cast<double>(static_cast<int32_t>(n)) != n) return -1;
      if (n > static_cast<double>(max)) max = static_cast<int64_t>(n);
      count++;
    }
    return max == count ? count : -1;
  }

  void encodeTable(heap::TableRef ref, int level) {
    int64_t len = arrayLength(ref);
    if (len >= 0) {
      encodeContainerHeader(out, static_cast<uint64_t>(len), 0x90, 0xdc, 0xdd);
      for (int64_t i = 1; i <= len; i++) encode(call.heap.rawGet(ref, Value::number(static_cast<double>(i))), level + 1);
      return;
    }
    uint64_t pairs = 0;
    Value key;
    Value value;
    while (call.heap.table(ref).next(key, value)) pairs++;
    encodeContainerHeader(out, pairs, 0x80, 0xde, 0xdf);
    key = Value::nil();
    while (call.heap.table(ref).next(key, value)) {
      encode(key, level + 1);
      encode(value, level + 1);
    }
  }

  void encode(const Value& v, int level) {
    switch (v.tag) {
      case Tag::String: encodeString(out, call.heap.stringView(v)); break;
      case Tag::Boolean: out.push_back(static_cast<char>(v.u.boolean ? 0xc3 : 0xc2)); break;
      case Tag::Number: encodeNumber(out, v.u.number); break;
      case Tag::Table:
        if (level < kMaxNesting) {
          encodeTable(v.asTable(), level);
          break;
        }
        [[fallthrough]];
      default: out.push_back(static_cast<char>(0xc0)); break;
    }
  }
};

int msgPack(NativeCall& call) {
  if (call.argCount() == 0) call.argError(0, "MessagePack pack needs input.");
  Packer p{call, {}};
  for (int i = 1; i <= call.argCount(); i++) p.encode(call.arg(i), 0);
  return call.ret(call.heap.newString(p.out));
}

enum class DecodeError { None, Eof, BadFormat };

struct Unpacker {
  NativeCall& call;
  const unsigned char* p;
  size_t left;
  DecodeError err = DecodeError::None;

  bool need(size_t n) {
    if (left < n) {
      err = DecodeError::Eof;
      return false;
    }
    return true;
  }
  void consume(size_t n) {
    p += n;
    left -= n;
  }
  uint64_t bigEndian(size_t at, int bytes) const {
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) v = (v << 8) | p[at + static_cast<size_t>(i)];
    return v;
  }

  bool str(size_t header, size_t len, Value& v) {
    if (!need(header + len)) return false;
    v = call.heap.newString(std::string_view(reinterpret_cast<const char*>(p + header), len));
    consume(header + len);
    return true;
  }

  // An array or map being filled. The C code recurses; we keep the open
  // containers here so that deep input cannot exhaust the native stack
  // (the WebAssembly build's is small).
  struct Open {
    heap::TableRef table;
    size_t left;     // elements (or pairs) still to read
    bool map;
    bool haveKey;    // map: key read, value next
    Value key;
    double index;    // array: next index
    int slots;       // the C code's Lua stack use where this container was read
  };
  std::vector<Open> open;

  // The Lua stack the C code would be using when it reads the next value.
  int nextSlots(int base) const {
    if (open.empty()) return base;
    const Open& o = open.back();
    return o.map && !o.haveKey ? o.slots + 1 : o.slots + 2;
  }

  // Starts an array or map read at stack use `slots`; an empty one is
  // complete at once and returned through `done`.
  bool startContainer(size_t len, bool map, int slots, Value& done) {
    // the C code checks for one more slot once the new array table is pushed
    if (!map && slots + 2 > kMaxStackSlots) call.error("stack overflow (in function mp_decode_to_lua_array)");
    heap::TableRef t = call.heap.newTable();
    if (len == 0) {
      done = Value::table(t);
      return false;
    }
    open.push_back(Open{t, len, map, false, Value::nil(), 1, slots});
    return true;
  }

  // One value (with everything inside it); `slots` is how much of the
  // builtin's Lua stack the C code would be using at this point.
  Value decode(int slots) {
    open.clear();
    for (;;) {
      Value v;
      if (!readOne(nextSlots(slots), v)) {
        if (err != DecodeError::None) return Value::nil();
        continue;  // a container was opened
      }
      // hand the value to the containers it completes
      for (;;) {
        if (open.empty()) return v;
        Open& o = open.back();
        if (o.map) {
          if (!o.haveKey) {
            o.key = v;
            o.haveKey = true;
            break;
          }
          if (o.key.isNil()) call.error("table index is nil");
          if (o.key.isNumber() && std::isnan(o.key.u.number)) call.error("table index is NaN");
          call.heap.rawSet(o.table, o.key, v);
          o.haveKey = false;
        } else {
          call.heap.rawSet(o.table, Value::number(o.index), v);
          o.index++;
        }
        if (--o.left > 0) break;
        v = Value::table(o.table);
        open.pop_back();
      }
    }
  }

  // Reads a scalar into v (true), or opens a container (false, err unset),
  // or fails (false, err set).
  bool readOne(int slots, Value& v) {
    if (!need(1)) return false;
    if (slots + 1 > kMaxStackSlots) {
      call.error("stack overflow (too many return values at once; use unpack_one or unpack_limit instead.)");
    }
    unsigned char b = p[0];
    auto number = [&](size_t size, double n) {
      consume(size);
      v = Value::number(n);
      return true;
    };
    switch (b) {
      case 0xcc: return need(2) && number(2, static_cast<double>(p[1]));
      case 0xd0: return need(2) && number(2, static_cast<double>(static_cast<int8_t>(p[1])));
      case 0xcd: return need(3) && number(3, static_cast<double>(bigEndian(1, 2)));
      case 0xd1: return need(3) && number(3, static_cast<double>(static_cast<int16_t>(bigEndian(1, 2))));
      case 0xce: return need(5) && number(5, static_cast<double>(bigEndian(1, 4)));
      case 0xd2:
        return need(5) && number(5, static_cast<double>(static_cast<int32_t>(static_cast<uint32_t>(bigEndian(1, 4)))));
      case 0xcf:  // pushed as a signed lua_Integer by the C code
      case 0xd3:
        return need(9) && number(9, static_cast<double>(static_cast<int64_t>(bigEndian(1, 8))));
      case 0xc0: consume(1); v = Value::nil(); return true;
      case 0xc3: consume(1); v = Value::boolean(true); return true;
      case 0xc2: consume(1); v = Value::boolean(false); return true;
      case 0xca: {
        if (!need(5)) return false;
        uint32_t bits = static_cast<uint32_t>(bigEndian(1, 4));
        float f;
        std::memcpy(&f, &bits, 4);
        return number(5, static_cast<double>(f));
      }
      case 0xcb: {
        if (!need(9)) return false;
        uint64_t bits = bigEndian(1, 8);
        double d;
        std::memcpy(&d, &bits, 8);
        return number(9, d);
      }
      case 0xd9: return need(2) && str(2, p[1], v);
      case 0xda: return need(3) && str(3, static_cast<size_t>(bigEndian(1, 2)), v);
      case 0xdb: {
        if (!need(5)) return false;
        size_t len = static_cast<size_t>(bigEndian(1, 4));
        consume(5);
        return str(0, len, v);
      }
      case 0xdc: case 0xdd: case 0xde: case 0xdf: {
        int bytes = (b == 0xdc || b == 0xde) ? 2 : 4;
        if (!need(1 + static_cast<size_t>(bytes))) return false;
        size_t len = static_cast<size_t>(bigEndian(1, bytes));
        consume(1 + static_cast<size_t>(bytes));
        return !startContainer(len, b >= 0xde, slots, v);
      }
      default:
        if ((b & 0x80) == 0) return number(1, static_cast<double>(b));
        if ((b & 0xe0) == 0xe0) return number(1, static_cast<double>(static_cast<int8_t>(b)));
        if ((b & 0xe0) == 0xa0) return str(1, b & 0x1f, v);
        if ((b & 0xf0) == 0x90 || (b & 0xf0) == 0x80) {
          consume(1);
          return !startContainer(b & 0xf, (b & 0xf0) == 0x80, slots, v);
        }
        err = DecodeError::BadFormat;
        return false;
    }
  }
};

// Unpacks from byte `offset`, at most `limit` values (all when both are 0);
// with a limit or offset, the next offset (-1 at the end) comes first.
int unpackFrom(NativeCall& call, int64_t limit, int64_t offset, int keptArgs) {
  std::string data(call.checkString(1));
  size_t len = data.size();
  bool all = limit == 0 && offset == 0;
  if (offset < 0 || limit < 0) {
    call.error("Invalid request to unpack with offset of " + std::to_string(static_cast<int>(offset)) +
               " and limit of " + std::to_string(static_cast<int>(len)) + ".");
  }
  if (static_cast<uint64_t>(offset) > len) {
    call.error("Start offset " + std::to_string(static_cast<int>(offset)) + " greater than input length " +
               std::to_string(static_cast<int>(len)) + ".");
  }
  if (all) limit = INT_MAX;
  Unpacker u{call, reinterpret_cast<const unsigned char*>(data.data()) + offset, len - static_cast<size_t>(offset)};
  uint32_t firstResult = call.top();
  int count = 0;
  for (; u.left > 0 && count < limit; count++) {
    Value v = u.decode(keptArgs + count);
    if (u.err == DecodeError::Eof) call.error("Missing bytes in input.");
    if (u.err == DecodeError::BadFormat) call.error("Bad data format in input.");
    call.push(v);
  }
  if (all) return count;
  // move the next offset in front of the values
  call.push(Value::nil());
  std::vector<Value>& stack = call.stack();
  for (uint32_t i = call.top() - 1; i > firstResult; i--) stack[i] = stack[i - 1];
  stack[firstResult] = Value::number(u.left == 0 ? -1.0 : static_cast<double>(len - u.left));
  return count + 1;
}

int msgUnpack(NativeCall& call) { return unpackFrom(call, 0, 0, call.argCount()); }

int msgUnpackOne(NativeCall& call) {
  int64_t offset = call.optInteger(2, 0);
  return unpackFrom(call, 1, offset, 1);
}

int msgUnpackLimit(NativeCall& call) {
  int64_t limit = call.checkInteger(2);
  int64_t offset = call.optInteger(3, 0);
  return unpackFrom(call, limit, offset, 1);
}

}  // namespace

void openCmsgpack(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 8);
  s.heap.rawSet(s.globals, s.heap.newString("cmsgpack"), Value::table(t));
  vm::setFunction(s, t, "pack", msgPack);
  vm::setFunction(s, t, "unpack", msgUnpack);
  vm::setFunction(s, t, "unpack_one", msgUnpackOne);
  vm::setFunction(s, t, "unpack_limit", msgUnpackLimit);
  s.heap.rawSet(t, s.heap.newString("_NAME"), s.heap.newString("cmsgpack"));
  s.heap.rawSet(t, s.heap.newString("_VERSION"), s.heap.newString("lua-cmsgpack 0.4.0"));
  s.heap.rawSet(t, s.heap.newString("_COPYRIGHT"), s.heap.newString("Copyright (C) 2012, Salvatore Sanfilippo"));
  s.heap.rawSet(t, s.heap.newString("_DESCRIPTION"), s.heap.newString("MessagePack C implementation for Lua"));
}

}  // namespace redlua::lib
