// A compiled Lua function: what the compiler produces and the VM loads.
//
// This is the only contract between compiler/ and vm/ (as in Luau, the VM
// never sees the parser). It mirrors Lua 5.1's Proto (lobject.h) field for
// field, so that `redlua disasm` can print luac's listing from it, plus the
// source ranges an editor or debugger needs.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bytecode/opcodes.hpp"

namespace redlua::bytecode {

struct Constant {
  enum class Kind : uint8_t { Nil, Boolean, Number, String };
  Kind kind = Kind::Nil;
  bool boolean = false;
  double number = 0;
  std::string string;  // byte string, may contain '\0'

  static Constant nil() { return {}; }
  static Constant ofBoolean(bool b) { Constant c; c.kind = Kind::Boolean; c.boolean = b; return c; }
  static Constant ofNumber(double n) { Constant c; c.kind = Kind::Number; c.number = n; return c; }
  static Constant ofString(std::string s) { Constant c; c.kind = Kind::String; c.string = std::move(s); return c; }
};

struct LocalVarInfo {
  std::string name;
  int startPc = 0;  // first instruction where the local is active
  int endPc = 0;    // first instruction where it is dead
};

// Where a piece of source lives; lines and columns are 1-based, `end` is inclusive.
struct SourceRange {
  int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
};

// is_vararg flags (lobject.h)
inline constexpr uint8_t kVarargHasArg = 1;
inline constexpr uint8_t kVarargIsVararg = 2;
inline constexpr uint8_t kVarargNeedsArg = 4;

struct Proto {
  std::string source;              // chunk name as given to the compiler ("@x.lua", "=stdin", "@user_script", or source text)
  int lineDefined = 0;             // 0 for the main chunk
  int lastLineDefined = 0;
  uint8_t numUpvalues = 0;
  uint8_t numParams = 0;
  uint8_t isVararg = 0;            // kVararg* flags
  uint8_t maxStackSize = 0;
  std::vector<Instruction> code;
  std::vector<int> lineInfo;       // source line of each instruction
  std::vector<Constant> constants;
  std::vector<std::shared_ptr<const Proto>> protos;  // nested functions, by CLOSURE index
  std::vector<LocalVarInfo> locals;
  std::vector<std::string> upvalueNames;
  SourceRange range;               // the whole function (for the debugger); main chunk: whole source
};

}  // namespace redlua::bytecode
