// The Lua 5.1 lexical grammar, token by token on demand (the parser pulls),
// so that a lexical error further on never hides an earlier syntax error,
// exactly as in Lua where the lexer runs one token ahead of the parser.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "compiler/compile_error.hpp"
#include "compiler/token.hpp"

namespace redlua::compiler {

class Lexer {
 public:
  // chunkName is used in error messages (through chunkId).
  Lexer(std::string_view source, std::string_view chunkName, bool skipFirstLineComment);

  Token next();
  // Lua's linenumber: the line reached after the last token read.
  int lineNumber() const { return line_; }
  const std::string& chunkLabel() const { return chunkLabel_; }

  // "chunk:line: message" plus " near 'text'" when near is given.
  [[noreturn]] void fail(const std::string& message, int line, const std::string* near,
                         const bytecode::SourceRange& range) const;

 private:
  int current() const { return pos_ < src_.size() ? static_cast<unsigned char>(src_[pos_]) : kEndOfInput; }
  void advance() { pos_++; }
  void saveAndAdvance() { buf_.push_back(static_cast<char>(current())); advance(); }
  bool currentIsNewline() const { return current() == '\n' || current() == '\r'; }
  bool acceptOneOf(const char* set);
  void newLine();
  int column() const { return static_cast<int>(pos_ - lineStart_) + 1; }

  int scan(Token& token);
  int scanSymbol(int c);
  void skipComment();
  int separatorLevel();
  void readLongString(Token* token, int level);
  void readString(int delimiter, Token& token);
  void readEscape();
  void readNumber(Token& token);
  [[noreturn]] void lexError(const std::string& message, int nearKind);

  std::string_view keep(std::string text);

  static constexpr int kEndOfInput = -1;
  std::string_view src_;
  std::size_t pos_ = 0;
  std::size_t lineStart_ = 0;
  int line_ = 1;
  int tokenLine_ = 1, tokenColumn_ = 1;
  std::string buf_;
  std::string chunkLabel_;
  std::deque<std::string> pool_;  // storage for token texts (addresses stay put)
};

}  // namespace redlua::compiler
