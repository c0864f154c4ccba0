// The Lua 5.1 instruction set: the one specification of redlua's bytecode.
//
// The compiler, the interpreter, the disassembler and the debugger views all
// read from this header. Encoding, opcode order and operand modes are exactly
// Lua 5.1.5's (lopcodes.h), because what the playground steps through must be
// what Redis executes.
//
// An instruction is 32 bits:  B:9 | C:9 | A:8 | OP:6   (most to least significant)
//                            |   Bx:18   |
// sBx is Bx biased by kMaxArgSBx. RK(x): a register if x < kBitRK, otherwise
// the constant x - kBitRK.
#pragma once

#include <cstdint>

namespace redlua::bytecode {

using Instruction = uint32_t;

inline constexpr int kSizeOp = 6, kSizeA = 8, kSizeB = 9, kSizeC = 9;
inline constexpr int kSizeBx = kSizeB + kSizeC;
inline constexpr int kPosOp = 0, kPosA = kPosOp + kSizeOp, kPosC = kPosA + kSizeA,
                     kPosB = kPosC + kSizeC, kPosBx = kPosC;

inline constexpr int kMaxArgA = (1 << kSizeA) - 1;
inline constexpr int kMaxArgB = (1 << kSizeB) - 1;
inline constexpr int kMaxArgC = (1 << kSizeC) - 1;
inline constexpr int kMaxArgBx = (1 << kSizeBx) - 1;
inline constexpr int kMaxArgSBx = kMaxArgBx >> 1;

inline constexpr int kBitRK = 1 << (kSizeB - 1);  // 256: operand names a constant
inline constexpr int kMaxIndexRK = kBitRK - 1;
inline constexpr int kNoReg = kMaxArgA;             // "no register" marker in jump lists
inline constexpr int kFieldsPerFlush = 50;         // LFIELDS_PER_FLUSH: SETLIST batch

//                 name       operands  meaning
enum class Op : uint8_t {
  MOVE,      // A B     R(A) := R(B)
  LOADK,     // A Bx    R(A) := Kst(Bx)
  LOADBOOL,  // A B C   R(A) := (Bool)B; if (C) pc++
  LOADNIL,   // A B     R(A) := ... := R(B) := nil
  GETUPVAL,  // A B     R(A) := UpValue[B]
  GETGLOBAL, // A Bx    R(A) := Gbl[Kst(Bx)]
  GETTABLE,  // A B C   R(A) := R(B)[RK(C)]
  SETGLOBAL, // A Bx    Gbl[Kst(Bx)] := R(A)
  SETUPVAL,  // A B     UpValue[B] := R(A)
  SETTABLE,  // A B C   R(A)[RK(B)] := RK(C)
  NEWTABLE,  // A B C   R(A) := {} (array size B, hash size C, both "floating point bytes")
  SELF,      // A B C   R(A+1) := R(B); R(A) := R(B)[RK(C)]
  ADD,       // A B C   R(A) := RK(B) + RK(C)
  SUB,       // A B C   R(A) := RK(B) - RK(C)
  MUL,       // A B C   R(A) := RK(B) * RK(C)
  DIV,       // A B C   R(A) := RK(B) / RK(C)
  MOD,       // A B C   R(A) := RK(B) % RK(C)
  POW,       // A B C   R(A) := RK(B) ^ RK(C)
  UNM,       // A B     R(A) := -R(B)
  NOT,       // A B     R(A) := not R(B)
  LEN,       // A B     R(A) := length of R(B)
  CONCAT,    // A B C   R(A) := R(B).. ... ..R(C)
  JMP,       // sBx     pc += sBx
  EQ,        // A B C   if ((RK(B) == RK(C)) ~= A) then pc++
  LT,        // A B C   if ((RK(B) <  RK(C)) ~= A) then pc++
  LE,        // A B C   if ((RK(B) <= RK(C)) ~= A) then pc++
  TEST,      // A C     if not (R(A) <=> C) then pc++
  TESTSET,   // A B C   if (R(B) <=> C) then R(A) := R(B) else pc++
  CALL,      // A B C   R(A), ... ,R(A+C-2) := R(A)(R(A+1), ... ,R(A+B-1))
  TAILCALL,  // A B C   return R(A)(R(A+1), ... ,R(A+B-1))
  RETURN,    // A B     return R(A), ... ,R(A+B-2)
  FORLOOP,   // A sBx   R(A) += R(A+2); if R(A) <?= R(A+1) then { pc += sBx; R(A+3) = R(A) }
  FORPREP,   // A sBx   R(A) -= R(A+2); pc += sBx
  TFORLOOP,  // A C     R(A+3), ... ,R(A+2+C) := R(A)(R(A+1), R(A+2));
             //         if R(A+3) ~= nil then R(A+2) = R(A+3) else pc++
  SETLIST,   // A B C   R(A)[(C-1)*FPF+i] := R(A+i), 1 <= i <= B
  CLOSE,     // A       close all upvalues of registers >= R(A)
  CLOSURE,   // A Bx    R(A) := closure(KPROTO[Bx], R(A), ... ,R(A+n))
  VARARG,    // A B     R(A), R(A+1), ..., R(A+B-2) = vararg
};
inline constexpr int kNumOpcodes = static_cast<int>(Op::VARARG) + 1;

// Notes (as in lopcodes.h):
// - CALL/TAILCALL/RETURN/SETLIST/VARARG with B == 0 (C == 0 for CALL results)
//   mean "up to the top of the stack" (multiple results).
// - SETLIST with C == 0 takes the batch number from the next instruction word.
// - CLOSURE is followed by one MOVE (local) or GETUPVAL (upvalue) pseudo
//   instruction per upvalue of the new closure.
// - EQ/LT/LE/TEST/TESTSET/TFORLOOP are followed by a JMP.

enum class OpFormat : uint8_t { ABC, ABx, AsBx };
enum class ArgMode : uint8_t {
  N,  // not used
  U,  // used, not a register or constant
  R,  // register or jump offset
  K,  // constant or register/constant (RK)
};

struct OpInfo {
  const char* name;    // as luac prints it
  OpFormat format;
  ArgMode b, c;
  bool setsA;          // writes register A
  bool isTest;         // next instruction is a jump
};

inline constexpr OpInfo kOpInfo[kNumOpcodes] = {
    {"MOVE", OpFormat::ABC, ArgMode::R, ArgMode::N, true, false},
    {"LOADK", OpFormat::ABx, ArgMode::K, ArgMode::N, true, false},
    {"LOADBOOL", OpFormat::ABC, ArgMode::U, ArgMode::U, true, false},
    {"LOADNIL", OpFormat::ABC, ArgMode::R, ArgMode::N, true, false},
    {"GETUPVAL", OpFormat::ABC, ArgMode::U, ArgMode::N, true, false},
    {"GETGLOBAL", OpFormat::ABx, ArgMode::K, ArgMode::N, true, false},
    {"GETTABLE", OpFormat::ABC, ArgMode::R, ArgMode::K, true, false},
    {"SETGLOBAL", OpFormat::ABx, ArgMode::K, ArgMode::N, false, false},
    {"SETUPVAL", OpFormat::ABC, ArgMode::U, ArgMode::N, false, false},
    {"SETTABLE", OpFormat::ABC, ArgMode::K, ArgMode::K, false, false},
    {"NEWTABLE", OpFormat::ABC, ArgMode::U, ArgMode::U, true, false},
    {"SELF", OpFormat::ABC, ArgMode::R, ArgMode::K, true, false},
    {"ADD", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"SUB", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"MUL", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"DIV", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"MOD", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"POW", OpFormat::ABC, ArgMode::K, ArgMode::K, true, false},
    {"UNM", OpFormat::ABC, ArgMode::R, ArgMode::N, true, false},
    {"NOT", OpFormat::ABC, ArgMode::R, ArgMode::N, true, false},
    {"LEN", OpFormat::ABC, ArgMode::R, ArgMode::N, true, false},
    {"CONCAT", OpFormat::ABC, ArgMode::R, ArgMode::R, true, false},
    {"JMP", OpFormat::AsBx, ArgMode::R, ArgMode::N, false, false},
    {"EQ", OpFormat::ABC, ArgMode::K, ArgMode::K, false, true},
    {"LT", OpFormat::ABC, ArgMode::K, ArgMode::K, false, true},
    {"LE", OpFormat::ABC, ArgMode::K, ArgMode::K, false, true},
    {"TEST", OpFormat::ABC, ArgMode::R, ArgMode::U, true, true},
    {"TESTSET", OpFormat::ABC, ArgMode::R, ArgMode::U, true, true},
    {"CALL", OpFormat::ABC, ArgMode::U, ArgMode::U, true, false},
    {"TAILCALL", OpFormat::ABC, ArgMode::U, ArgMode::U, true, false},
    {"RETURN", OpFormat::ABC, ArgMode::U, ArgMode::N, false, false},
    {"FORLOOP", OpFormat::AsBx, ArgMode::R, ArgMode::N, true, false},
    {"FORPREP", OpFormat::AsBx, ArgMode::R, ArgMode::N, true, false},
    {"TFORLOOP", OpFormat::ABC, ArgMode::N, ArgMode::U, false, true},
    {"SETLIST", OpFormat::ABC, ArgMode::U, ArgMode::U, false, false},
    {"CLOSE", OpFormat::ABC, ArgMode::N, ArgMode::N, false, false},
    {"CLOSURE", OpFormat::ABx, ArgMode::U, ArgMode::N, true, false},
    {"VARARG", OpFormat::ABC, ArgMode::U, ArgMode::N, true, false},
};

constexpr const OpInfo& info(Op op) { return kOpInfo[static_cast<int>(op)]; }

// ---- decoding ------------------------------------------------------------
constexpr Op opOf(Instruction i) { return static_cast<Op>(i & ((1u << kSizeOp) - 1)); }
constexpr int argA(Instruction i) { return static_cast<int>((i >> kPosA) & ((1u << kSizeA) - 1)); }
constexpr int argB(Instruction i) { return static_cast<int>((i >> kPosB) & ((1u << kSizeB) - 1)); }
constexpr int argC(Instruction i) { return static_cast<int>((i >> kPosC) & ((1u << kSizeC) - 1)); }
constexpr int argBx(Instruction i) { return static_cast<int>((i >> kPosBx) & ((1u << kSizeBx) - 1)); }
constexpr int argSBx(Instruction i) { return argBx(i) - kMaxArgSBx; }

constexpr bool isK(int rk) { return (rk & kBitRK) != 0; }
constexpr int indexK(int rk) { return rk & ~kBitRK; }
constexpr int rkAsK(int k) { return k | kBitRK; }

// ---- encoding ------------------------------------------------------------
constexpr Instruction makeABC(Op op, int a, int b, int c) {
  return static_cast<Instruction>(op) | (static_cast<Instruction>(a) << kPosA) |
         (static_cast<Instruction>(b) << kPosB) | (static_cast<Instruction>(c) << kPosC);
}
constexpr Instruction makeABx(Op op, int a, int bx) {
  return static_cast<Instruction>(op) | (static_cast<Instruction>(a) << kPosA) |
         (static_cast<Instruction>(bx) << kPosBx);
}
constexpr Instruction makeAsBx(Op op, int a, int sbx) { return makeABx(op, a, sbx + kMaxArgSBx); }

constexpr Instruction withOp(Instruction i, Op op) {
  return (i & ~((1u << kSizeOp) - 1)) | static_cast<Instruction>(op);
}
constexpr Instruction withA(Instruction i, int a) {
  return (i & ~(((1u << kSizeA) - 1) << kPosA)) | (static_cast<Instruction>(a) << kPosA);
}
constexpr Instruction withB(Instruction i, int b) {
  return (i & ~(((1u << kSizeB) - 1) << kPosB)) | (static_cast<Instruction>(b) << kPosB);
}
constexpr Instruction withC(Instruction i, int c) {
  return (i & ~(((1u << kSizeC) - 1) << kPosC)) | (static_cast<Instruction>(c) << kPosC);
}
constexpr Instruction withBx(Instruction i, int bx) {
  return (i & ~(((1u << kSizeBx) - 1) << kPosBx)) | (static_cast<Instruction>(bx) << kPosBx);
}
constexpr Instruction withSBx(Instruction i, int sbx) { return withBx(i, sbx + kMaxArgSBx); }

// "Floating point byte" used by NEWTABLE sizes: eeeeexxx, value (1xxx) * 2^(eeeee-1)
// when eeeee != 0, else xxx. Same as luaO_int2fb / luaO_fb2int.
constexpr int intToFloatByte(unsigned x) {
  int e = 0;
  while (x >= 16) {
    x = (x + 1) >> 1;
    e++;
  }
  if (x < 8) return static_cast<int>(x);
  return ((e + 1) << 3) | (static_cast<int>(x) - 8);
}
constexpr int floatByteToInt(int x) {
  int e = (x >> 3) & 31;
  if (e == 0) return x;
  return ((x & 7) + 8) << (e - 1);
}

}  // namespace redlua::bytecode
