// Redis's `bit` library (LuaBitOp 1.0, deps/lua/src/lua_bit.c): 32-bit
// operations on Lua numbers.
//
// Numbers become 32-bit words the way LuaBitOp does it: adding 2^52 + 2^51
// puts the integer part, rounded to nearest-even by the FPU, into the low
// 32 bits of the double's mantissa. So 2^32 + 1 -> 1, 2.5 -> 2, 3.5 -> 4,
// and NaN/inf -> 0. Results are signed 32-bit numbers.
#include <cstdint>
#include <cstring>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Value;
using vm::NativeCall;

namespace {

// The argument as a 32-bit word; numeric strings convert as lua_tonumber does.
uint32_t bitArg(NativeCall& call, int i) {
  double d = 0;
  if (!call.s.toNumber(call.arg(i), d)) call.typeError(i, "number");
  d += 6755399441055744.0;  // 2^52 + 2^51
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return static_cast<uint32_t>(bits);
}

int bitResult(NativeCall& call, uint32_t b) {
  return call.ret(Value::number(static_cast<double>(static_cast<int32_t>(b))));
}

int bitToBit(NativeCall& call) { return bitResult(call, bitArg(call, 1)); }
int bitNot(NativeCall& call) { return bitResult(call, ~bitArg(call, 1)); }

int bitAnd(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  for (int i = call.argCount(); i > 1; i--) b &= bitArg(call, i);
  return bitResult(call, b);
}

int bitOr(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  for (int i = call.argCount(); i > 1; i--) b |= bitArg(call, i);
  return bitResult(call, b);
}

int bitXor(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  for (int i = call.argCount(); i > 1; i--) b ^= bitArg(call, i);
  return bitResult(call, b);
}

template <uint32_t (*Shift)(uint32_t, uint32_t)>
int bitShift(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  uint32_t n = bitArg(call, 2) & 31;
  return bitResult(call, Shift(b, n));
}

uint32_t shiftLeft(uint32_t b, uint32_t n) { return b << n; }
uint32_t shiftRight(uint32_t b, uint32_t n) { return b >> n; }
uint32_t shiftArith(uint32_t b, uint32_t n) {
  // Arithmetic shift without relying on implementation-defined >> of negatives.
  if (n == 0 || (b & 0x80000000u) == 0) return b >> n;
  return (b >> n) | ~(0xffffffffu >> n);
}
uint32_t rotateLeft(uint32_t b, uint32_t n) { return n == 0 ? b : (b << n) | (b >> (32 - n)); }
uint32_t rotateRight(uint32_t b, uint32_t n) { return n == 0 ? b : (b >> n) | (b << (32 - n)); }

int bitSwap(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  b = (b >> 24) | ((b >> 8) & 0xff00u) | ((b & 0xff00u) << 8) | (b << 24);
  return bitResult(call, b);
}

int bitToHex(NativeCall& call) {
  uint32_t b = bitArg(call, 1);
  int32_t n = call.isNone(2) ? 8 : static_cast<int32_t>(bitArg(call, 2));
  const char* digits = "0123456789abcdef";
  if (n < 0) {
    n = n == INT32_MIN ? 8 : -n;
    digits = "0123456789ABCDEF";
  }
  if (n > 8) n = 8;
  char buf[8];
  for (int i = n - 1; i >= 0; i--) {
    buf[i] = digits[b & 15];
    b >>= 4;
  }
  return call.ret(call.heap.newString(std::string_view(buf, static_cast<size_t>(n))));
}

}  // namespace

void openBit(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 16);
  s.heap.rawSet(s.globals, s.heap.newString("bit"), Value::table(t));
  vm::setFunction(s, t, "tobit", bitToBit);
  vm::setFunction(s, t, "bnot", bitNot);
  vm::setFunction(s, t, "band", bitAnd);
  vm::setFunction(s, t, "bor", bitOr);
  vm::setFunction(s, t, "bxor", bitXor);
  vm::setFunction(s, t, "lshift", bitShift<shiftLeft>);
  vm::setFunction(s, t, "rshift", bitShift<shiftRight>);
  vm::setFunction(s, t, "arshift", bitShift<shiftArith>);
  vm::setFunction(s, t, "rol", bitShift<rotateLeft>);
  vm::setFunction(s, t, "ror", bitShift<rotateRight>);
  vm::setFunction(s, t, "bswap", bitSwap);
  vm::setFunction(s, t, "tohex", bitToHex);
}

}  // namespace redlua::lib
