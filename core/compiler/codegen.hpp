// Walks the AST in the order luac's one-pass parser reads the source and
// drives the FunctionEmitter as luac's parser drives lcode.c, so that the
// instructions, registers, constants and lines are luac's.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "bytecode/proto.hpp"
#include "compiler/ast.hpp"
#include "compiler/emitter.hpp"

namespace redlua::compiler {

class CodeGenerator {
 public:
  // cutPosition: for a tree cut short by a syntax error, the last token
  // index luac's parser made current; generation stops past it, or where the
  // tree is missing, by throwing CutReached.
  CodeGenerator(const std::vector<Token>& tokens, const Lexer& lexer, std::string_view chunkName,
                int cutPosition = kNoCut);
  std::shared_ptr<bytecode::Proto> generate(const FunctionNode* main);

  static constexpr int kNoCut = 0x7fffffff;
  struct CutReached {};

 private:
  std::shared_ptr<bytecode::Proto> function(const FunctionNode* node, bool isMain);
  // Moves to the parser position `tok`; luac never got there if it is past
  // the syntax error.
  void at(int tok) {
    if (tok > cutPosition_) throw CutReached{};
    pos_.cur = tok;
  }
  // A part of the tree the parser never built.
  template <class T>
  static const T& present(const T* node) {
    if (!node) throw CutReached{};
    return *node;
  }
  static int after(const Expr* e) { return e ? e->lastTok + 1 : kMissingTok; }
  static const Expr* item(Span<const Expr*> list, int i) { return i < list.size ? list[i] : nullptr; }

  // statements
  void statements(const Block* b);
  void block(const Block* b);
  void statement(const Stat* s);
  void assign(const Stat* s);
  void checkConflict(std::vector<ExpDesc>& targets, int count, const ExpDesc& v);
  void local(const Stat* s);
  void localFunction(const Stat* s);
  void functionStat(const Stat* s);
  void returnStat(const Stat* s);
  void breakStat(const Stat* s);
  void whileStat(const Stat* s);
  void repeatStat(const Stat* s);
  void ifStat(const Stat* s);
  int testThenBlock(const IfClause& c);
  void numericFor(const Stat* s);
  void genericFor(const Stat* s);
  void forBody(const Stat* s, int base, int line, int nvars, bool numeric);
  void adjustAssign(int nvars, int nexps, ExpDesc& e);
  int cond(const Expr* e);
  void exp1(const Expr* e);

  // expressions
  int exprList(Span<const Expr*> list, ExpDesc& v);
  void expr(const Expr* e, ExpDesc& v);
  void binary(const Expr* e, ExpDesc& v);
  void primary(const Expr* e, ExpDesc& v);
  void suffix(const Suffix& s, ExpDesc& v);
  void callArgs(const Suffix& s, ExpDesc& f);
  void table(const Expr* e, ExpDesc& t);
  void closure(const FunctionNode* node, ExpDesc& v);

  Position pos_;
  int cutPosition_;
  std::string chunkName_;
  FunctionEmitter* fe_ = nullptr;
};

}  // namespace redlua::compiler
