// Tokens of Lua 5.1. Single-character tokens are their byte value (0..255),
// as in Lua, so that messages can print them the way luac does.
#pragma once

#include <string>
#include <string_view>

namespace redlua::compiler {

enum Tok : int {
  kFirstReserved = 257,
  // reserved words, in Lua's order (their spelling is in kTokenNames)
  kAnd = kFirstReserved, kBreak, kDo, kElse, kElseif, kEnd, kFalse, kFor, kFunction, kIf,
  kIn, kLocal, kNil, kNot, kOr, kRepeat, kReturn, kThen, kTrue, kUntil, kWhile,
  // multi-character symbols and literals
  kConcat, kDots, kEq, kGe, kLe, kNe, kNumber, kName, kString, kEos,
};
inline constexpr int kNumReserved = kWhile - kFirstReserved + 1;

struct Token {
  int kind = kEos;
  int line = 1;          // line where the token ends (Lua's linenumber after reading it)
  int lastLine = 1;      // Lua's lastline once this token is consumed (set by the parser)
  int startLine = 1, startColumn = 1, endColumn = 1;
  double number = 0;
  std::string_view value;     // name, or string contents after escapes
  std::string_view nearText;  // what "near '...'" shows for names, strings and numbers
};

// luaX_token2str: how a token kind is named in messages.
std::string tokenName(int kind);

// The text shown after "near" for a token (luaX's txtToken).
std::string nearText(const Token& token);

}  // namespace redlua::compiler
