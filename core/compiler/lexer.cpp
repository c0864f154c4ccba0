#include "compiler/lexer.hpp"

#include <cstdlib>
#include <cstring>

#include "common/chunkid.hpp"
#include "common/limits.hpp"

namespace redlua::compiler {

namespace {

// <ctype.h> in the C locale, written out so that no locale can change it.
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(int c) { return isAlpha(c) || isDigit(c); }
bool isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int reservedWord(std::string_view word) {
  static const char* const kWords[kNumReserved] = {
      "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "if", "in",
      "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"};
  for (int i = 0; i < kNumReserved; i++) {
    if (word == kWords[i]) return kFirstReserved + i;
  }
  return 0;
}

// luaO_str2d: strtod, then strtoul for "0x..." forms strtod stopped at,
// then only trailing spaces allowed. The text is a C string (stops at NUL).
bool stringToNumber(const std::string& text, double& out) {
  const char* s = text.c_str();
  char* end = nullptr;
  out = std::strtod(s, &end);
  if (end == s) return false;
  if (*end == 'x' || *end == 'X') out = static_cast<double>(std::strtoull(s, &end, 16));
  while (isSpace(static_cast<unsigned char>(*end))) end++;
  return *end == '\0';
}

}  // namespace

Lexer::Lexer(std::string_view source, std::string_view chunkName, bool skipFirstLineComment)
    : src_(source), chunkLabel_(common::chunkId(chunkName, limits::kSyntaxChunkIdSize)) {
  if (skipFirstLineComment && current() == '#') {
    while (pos_ < src_.size() && !currentIsNewline()) advance();
  }
}

std::string_view Lexer::keep(std::string text) {
  pool_.push_back(std::move(text));
  return pool_.back();
}

void Lexer::fail(const std::string& message, int line, const std::string* near,
                 const bytecode::SourceRange& range) const {
  CompileFailure failure;
  failure.message = chunkLabel_ + ":" + std::to_string(line) + ": " + message;
  if (near) failure.message += " near '" + *near + "'";
  failure.line = line;
  failure.range = range;
  throw failure;
}

// A lexical error shows the token being read: its partial text for names,
// strings and numbers, else the token's name.
void Lexer::lexError(const std::string& message, int nearKind) {
  std::string near;
  if (nearKind == kString || nearKind == kNumber) {
    near = buf_.substr(0, buf_.find('\0'));
  } else {
    near = tokenName(nearKind);
  }
  bytecode::SourceRange range{tokenLine_, tokenColumn_, line_, column()};
  fail(message, line_, &near, range);
}

// Lua's check_next uses strchr, which also finds the terminating NUL: a NUL
// byte is accepted wherever one of the set is. Reproduced on purpose.
bool Lexer::acceptOneOf(const char* set) {
  int c = current();
  if (c == kEndOfInput || !std::strchr(set, c)) return false;
  saveAndAdvance();
  return true;
}

// "\n", "\r", "\n\r" and "\r\n" each end one line.
void Lexer::newLine() {
  int first = current();
  advance();
  if (currentIsNewline() && current() != first) advance();
  line_++;
  lineStart_ = pos_;
}

Token Lexer::next() {
  Token token;
  token.kind = scan(token);
  token.line = line_;
  if (token.kind == kName || token.kind == kNumber) token.nearText = keep(buf_);
  token.endColumn = column() - 1;
  return token;
}

int Lexer::scan(Token& token) {
  buf_.clear();
  for (;;) {
    tokenLine_ = line_;
    tokenColumn_ = column();
    token.startLine = tokenLine_;
    token.startColumn = tokenColumn_;
    int c = current();
    if (c == '\n' || c == '\r') {
      newLine();
      continue;
    }
    if (c == '-') {
      advance();
      if (current() != '-') return '-';
      advance();
      skipComment();
      continue;
    }
    if (c == kEndOfInput) return kEos;
    if (isSpace(c)) {
      advance();
      continue;
    }
    if (isDigit(c)) {
      readNumber(token);
      return kNumber;
    }
    if (isAlpha(c) || c == '_') {
      do saveAndAdvance();
      while (isAlnum(current()) || current() == '_');
      if (int word = reservedWord(buf_)) return word;
      token.value = keep(buf_);
      return kName;
    }
    if (c == '"' || c == '\'') {
      readString(c, token);
      return kString;
    }
    if (c == '[') {
      int level = separatorLevel();
      if (level >= 0) {
        readLongString(&token, level);
        return kString;
      }
      if (level == -1) return '[';
      lexError("invalid long string delimiter", kString);
    }
    if (c == '.') {
      saveAndAdvance();
      if (acceptOneOf(".")) return acceptOneOf(".") ? kDots : kConcat;
      if (!isDigit(current())) return '.';
      readNumber(token);
      return kNumber;
    }
    return scanSymbol(c);
  }
}

int Lexer::scanSymbol(int c) {
  auto twoChar = [this](int single, int pair) {
    advance();
    if (current() != '=') return single;
    advance();
    return pair;
  };
  switch (c) {
    case '=': return twoChar('=', kEq);
    case '<': return twoChar('<', kLe);
    case '>': return twoChar('>', kGe);
    case '~': return twoChar('~', kNe);
    default:
      advance();
      return c;
  }
}

// After "--": a long comment "[==[ ... ]==]" or the rest of the line.
void Lexer::skipComment() {
  if (current() == '[') {
    int level = separatorLevel();
    buf_.clear();
    if (level >= 0) {
      readLongString(nullptr, level);
      buf_.clear();
      return;
    }
  }
  while (!currentIsNewline() && current() != kEndOfInput) advance();
}

// Reads "[" or "]" and the '='s after it: the level if the same bracket
// follows, else -(count)-1 (so -1 means a lone bracket).
int Lexer::separatorLevel() {
  int bracket = current();
  saveAndAdvance();
  int count = 0;
  while (current() == '=') {
    saveAndAdvance();
    count++;
  }
  return current() == bracket ? count : -count - 1;
}

void Lexer::readLongString(Token* token, int level) {
  saveAndAdvance();  // second '['
  if (currentIsNewline()) newLine();
  for (;;) {
    switch (current()) {
      case kEndOfInput:
        lexError(token ? "unfinished long string" : "unfinished long comment", kEos);
      case '[':
        // LUA_COMPAT_LSTR == 1: a nested "[[" is an error in level-0 strings.
        if (separatorLevel() == level) {
          saveAndAdvance();
          if (level == 0) lexError("nesting of [[...]] is deprecated", '[');
        }
        break;
      case ']':
        if (separatorLevel() == level) {
          saveAndAdvance();
          if (token) {
            std::size_t skip = static_cast<std::size_t>(2 + level);
            token->value = keep(buf_.substr(skip, buf_.size() - 2 * skip));
            token->nearText = keep(buf_);
          }
          return;
        }
        break;
      case '\n':
      case '\r':
        buf_.push_back('\n');
        newLine();
        if (!token) buf_.clear();
        break;
      default:
        if (token) saveAndAdvance();
        else advance();
    }
  }
}

void Lexer::readString(int delimiter, Token& token) {
  saveAndAdvance();
  while (current() != delimiter) {
    switch (current()) {
      case kEndOfInput: lexError("unfinished string", kEos);
      case '\n':
      case '\r': lexError("unfinished string", kString);
      case '\\': readEscape(); break;
      default: saveAndAdvance();
    }
  }
  saveAndAdvance();
  token.value = keep(buf_.substr(1, buf_.size() - 2));
  token.nearText = keep(buf_);
}

void Lexer::readEscape() {
  advance();  // the backslash is not kept
  int c = current();
  switch (c) {
    case 'a': c = '\a'; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'v': c = '\v'; break;
    case '\n':
    case '\r':
      buf_.push_back('\n');
      newLine();
      return;
    case kEndOfInput: return;  // "unfinished string" on the next round
    default: {
      if (!isDigit(c)) {
        saveAndAdvance();  // \\, \", \' and any other character stand for themselves
        return;
      }
      int value = 0;
      int digits = 0;
      do {
        value = 10 * value + (current() - '0');
        advance();
      } while (++digits < 3 && isDigit(current()));
      if (value > 255) lexError("escape sequence too large", kString);
      buf_.push_back(static_cast<char>(value));
      return;
    }
  }
  buf_.push_back(static_cast<char>(c));
  advance();
}

void Lexer::readNumber(Token& token) {
  do saveAndAdvance();
  while (isDigit(current()) || current() == '.');
  if (acceptOneOf("Ee")) acceptOneOf("+-");
  while (isAlnum(current()) || current() == '_') saveAndAdvance();
  if (!stringToNumber(buf_, token.number)) lexError("malformed number", kNumber);
}

}  // namespace redlua::compiler
