#include "compiler/token.hpp"

#include <cstdio>

namespace redlua::compiler {

namespace {

const char* const kTokenNames[] = {
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if",
    "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    "..", "...", "==", ">=", "<=", "~=", "<number>", "<name>", "<string>", "<eof>",
};

// iscntrl in the C locale
bool isControl(int c) { return c < 32 || c == 127; }

}  // namespace

std::string tokenName(int kind) {
  if (kind >= kFirstReserved) return kTokenNames[kind - kFirstReserved];
  if (isControl(kind)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "char(%d)", kind);
    return buffer;
  }
  return std::string(1, static_cast<char>(kind));
}

std::string nearText(const Token& token) {
  if (token.kind != kName && token.kind != kString && token.kind != kNumber) return tokenName(token.kind);
  // Lua prints its token buffer as a C string.
  std::string_view text = token.nearText;
  std::size_t nul = text.find('\0');
  return std::string(nul == std::string_view::npos ? text : text.substr(0, nul));
}

}  // namespace redlua::compiler
