// All tunables of redlua in one place, named after what they limit.
// The values are Lua 5.1.5's (luaconf.h, llimits.h) so that programs hit
// the same limits with the same messages as under lua5.1 and Redis.
#pragma once

#include <cstddef>
#include <cstdint>

namespace redlua::limits {

// Compiler (lparser.c / lcode.c)
inline constexpr int kMaxLocalsPerFunction = 200;    // LUAI_MAXVARS
inline constexpr int kMaxUpvaluesPerFunction = 60;   // LUAI_MAXUPVALUES
inline constexpr int kMaxSyntaxLevels = 200;         // LUAI_MAXCCALLS
inline constexpr int kMaxRegisters = 250;            // MAXSTACK
inline constexpr int kMaxInt = 2147483647 - 2;       // MAX_INT
inline constexpr int kChunkIdSize = 60;              // LUA_IDSIZE
inline constexpr int kSyntaxChunkIdSize = 80;        // MAXSRC: chunk names in syntax errors
inline constexpr int kSyntaxLevelBase = 1;           // nCcalls already used when luac/lua parse a file
inline constexpr int kMaxLocalVarRecords = 32767;    // SHRT_MAX: locals declared per function, in all scopes
inline constexpr int kMaxConstants = 262143;         // MAXARG_Bx: constants (and nested functions) per function

// Runtime (ldo.c)
inline constexpr int kMaxCalls = 20000;              // LUAI_MAXCALLS: nested Lua calls
inline constexpr int kMaxCStackSlots = 8000;         // LUAI_MAXCSTACK: slots a builtin may ask for
inline constexpr int kMaxNativeNesting = 200;        // LUAI_MAXCCALLS: nested builtin→Lua re-entries

// Tables (ltable.c)
inline constexpr int kMaxArrayBits = 26;             // MAXBITS: array part is at most 2^26

}  // namespace redlua::limits
