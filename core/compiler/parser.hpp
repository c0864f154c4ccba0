// Recursive descent over the Lua 5.1 grammar, building the AST. Its shape,
// the order in which it reads tokens and the checks it makes are lparser.c's,
// so that every syntax error comes out with Lua's message, line and token.
// Recursion is bounded by the 200 "syntax levels" Lua counts.
//
// Builders write their node into an out-slot before parsing its children, so
// that when an error unwinds the parse, the partial tree is still reachable.
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

class Parser {
 public:
  Parser(Lexer& lexer, Arena& arena);

  // Parses the whole chunk; throws CompileFailure on a syntax error, after
  // which main() is the partial tree and errorPosition() the last token index
  // the parser made current.
  void parseChunk();
  const FunctionNode* main() const { return main_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  int errorPosition() const { return errorPos_; }

 private:
  // tokens
  const Token& tok() const { return tokens_[cur_]; }
  int kind() const { return tokens_[cur_].kind; }
  void next();
  int lookahead();
  void lex();
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
  Block* chunk(const Block*& out);
  void block(const Block*& out);
  void statement(const Stat*& out, bool& isLast);
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
  void body(bool needSelf, int line, const FunctionNode*& out);
  void parameters(FunctionNode* f, bool needSelf);

  // expressions
  void exprList(Span<const Expr*>& out);
  void expr(const Expr*& out);
  int subexpr(int limit, const Expr*& out);
  void simpleExpr(const Expr*& out);
  void primaryExpr(const Expr*& out);
  void suffixes(PrimaryNode* p);
  void callArgs(Suffix& s);
  void constructor(const Expr*& out);
  void tableItems(TableNode* t);
  Expr* newExpr(ExprKind kind, int first, int last);

  Lexer& lexer_;
  Arena& arena_;
  Resolver resolver_;
  std::vector<Token> tokens_;
  int cur_ = 0;
  int level_;
  int errorPos_ = kMissingTok;
  FunctionNode* main_ = nullptr;
};

}  // namespace redlua::compiler
