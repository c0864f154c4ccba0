// Recursive descent over the Lua 5.1 grammar, building the AST. Its shape,
// the order in which it reads tokens and the checks it makes are lparser.c's,
// so that every syntax error comes out with Lua's message, line and token.
// Recursion is bounded by the 200 "syntax levels" Lua counts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/arena.hpp"
#include "compiler/ast.hpp"
#include "compiler/lexer.hpp"
#include "compiler/resolver.hpp"
#include "compiler/token.hpp"

namespace redlua::compiler {

struct ParsedChunk {
  const FunctionNode* main = nullptr;
  std::vector<Token> tokens;  // every token read; AST positions index it
};

class Parser {
 public:
  Parser(Lexer& lexer, Arena& arena);
  ParsedChunk parseChunk();

 private:
  // tokens
  const Token& tok() const { return tokens_[cur_]; }
  int kind() const { return tokens_[cur_].kind; }
  void next();
  int lookahead();
  int lastLine() const { return cur_ == 0 ? 1 : tokens_[cur_ - 1].lastLine; }
  bool testNext(int k);
  void check(int k);
  void checkNext(int k);
  void checkMatch(int what, int who, int where);
  std::string_view checkName();

  // errors
  [[noreturn]] void syntaxError(const std::string& message);
  [[noreturn]] void errorAtLine(const std::string& message);
  [[noreturn]] void errorExpected(int k);
  void enterLevel();
  void leaveLevel() { level_--; }
  void declareLocal(std::string_view name, int n);
  VarRef resolve(std::string_view name);

  // blocks and statements
  Block* chunk();
  Block* block();
  const Stat* statement(bool& isLast);
  Stat* newStat(StatKind kind, int line);
  void ifStat(Stat* s);
  void whileStat(Stat* s);
  void repeatStat(Stat* s);
  void forStat(Stat* s);
  void forBody(Stat* s, int nvars);
  void functionStat(Stat* s);
  void localStat(Stat* s);
  void localFunction(Stat* s);
  void returnStat(Stat* s);
  void breakStat(Stat* s);
  void exprStat(Stat* s);
  void assignment(Stat* s, const Expr* first);

  // functions
  const FunctionNode* body(bool needSelf, int line);
  void parameters(FunctionNode* f, std::vector<std::string_view>& params);

  // expressions
  Span<const Expr*> exprList();
  const Expr* expr();
  const Expr* subexpr(int limit, int& untreated);
  const Expr* simpleExpr();
  const Expr* primaryExpr();
  void callArgs(Suffix& s);
  const Expr* constructor();
  Expr* newExpr(ExprKind kind, int first, int last);

  Lexer& lexer_;
  Arena& arena_;
  Resolver resolver_;
  std::vector<Token> tokens_;
  int cur_ = 0;
  int level_;
};

}  // namespace redlua::compiler
