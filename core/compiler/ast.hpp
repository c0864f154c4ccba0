// The syntax tree of a Lua 5.1 chunk.
//
// Positions are token indices (into the parser's token vector), not lines:
// luac gives each instruction the line of the last token consumed when it is
// emitted, and reports some errors at the token being read then, so the code
// generator replays the parser's position from these indices. Sequences that
// Lua parses with loops (statement lists, operator chains, suffix chains,
// elseif chains) are stored flat, so that walking them needs no recursion.
// Names are already resolved (local register, upvalue index or global).
//
// After a syntax error the tree is kept as far as it was read: nodes are
// linked into their parent before their children are parsed, so a cut-short
// node has null children and kMissingTok positions where parsing stopped.
// The code generator runs over it up to the error position, because luac
// reports a code generation error ("function or expression too complex")
// met before a syntax error.
#pragma once

#include <cstdint>
#include <string_view>

#include "bytecode/proto.hpp"
#include "compiler/arena.hpp"

namespace redlua::compiler {

// A token index never reached: the field of a node cut short by a syntax
// error. Far below INT_MAX so that "index + 1" stays valid.
inline constexpr int kMissingTok = 1 << 30;

enum class UnOp : uint8_t { Minus, Not, Len };
// Lua's operator order (ORDER OPR): priorities are indexed by it.
enum class BinOp : uint8_t { Add, Sub, Mul, Div, Mod, Pow, Concat, Ne, Eq, Lt, Le, Gt, Ge, And, Or };

struct VarRef {
  enum class Kind : uint8_t { Local, Upvalue, Global };
  Kind kind = Kind::Global;
  int index = 0;  // register of a local, index of an upvalue
};

struct Expr;
struct Block;
struct FunctionNode;
struct TableNode;
struct PrimaryNode;

enum class ExprKind : uint8_t { Nil, True, False, Vararg, Number, String, Function, Table, Unary, Binary, Primary };

struct Expr {
  ExprKind kind = ExprKind::Nil;
  uint8_t op = 0;    // UnOp or BinOp
  int firstTok = kMissingTok;  // first token of the expression
  int lastTok = kMissingTok;   // last token of the expression
  int opTok = kMissingTok;     // Binary: the operator
  double number = 0;
  std::string_view text;  // String
  const Expr* left = nullptr;   // Unary operand, Binary left operand
  const Expr* right = nullptr;  // Binary right operand
  const FunctionNode* function = nullptr;
  const TableNode* table = nullptr;
  const PrimaryNode* primary = nullptr;
};

enum class SuffixKind : uint8_t { Field, Index, Method, Call };
enum class ArgsKind : uint8_t { List, String, Table };

// One link of a suffix chain: .name  [key]  :name args  args
struct Suffix {
  SuffixKind kind = SuffixKind::Field;
  ArgsKind argsKind = ArgsKind::List;
  int tok = kMissingTok;       // '.', '[', ':' or, for a call, its first argument token
  int nameTok = kMissingTok;   // Field / Method name
  int closeTok = kMissingTok;  // Index: ']'
  std::string_view name;
  const Expr* key = nullptr;  // Index
  // calls (Method and Call)
  int argsTok = kMissingTok;       // '(' or the string or '{'
  int argsCloseTok = kMissingTok;  // ')' of a list
  int argsLine = 0;      // line the call is attributed to
  Span<const Expr*> args;
  std::string_view stringArg;
  const Expr* tableArg = nullptr;  // a Table expression
};

struct PrimaryNode {
  bool parenHead = false;
  int headTok = kMissingTok;       // the name, or '('
  int headCloseTok = kMissingTok;  // ')' of a parenthesized head
  std::string_view name;
  VarRef ref;
  const Expr* inner = nullptr;  // parenthesized head
  Span<Suffix> suffixes;
};

struct TableItem {
  enum class Kind : uint8_t { List, Named, Indexed };
  Kind kind = Kind::List;
  int firstTok = kMissingTok;
  int closeTok = kMissingTok;  // Indexed: ']'
  int eqTok = kMissingTok;     // Named / Indexed: '='
  std::string_view name;
  const Expr* key = nullptr;
  const Expr* value = nullptr;
};

struct TableNode {
  int openTok = kMissingTok, closeTok = kMissingTok;
  Span<TableItem> items;
};

struct UpvalueDesc {
  bool fromParentLocal = false;  // a register of the enclosing function, else its upvalue
  int index = 0;
  std::string_view name;
};

enum class StatKind : uint8_t {
  Call, Assign, Local, LocalFunction, Function, Return, Break, Do, While, Repeat, If, NumericFor, GenericFor
};

struct IfClause {
  int tok = kMissingTok;  // 'if' or 'elseif'
  const Expr* cond = nullptr;
  const Block* block = nullptr;
};

struct Stat {
  StatKind kind = StatKind::Call;
  int firstTok = kMissingTok;
  int lastTok = kMissingTok;
  int line = 0;     // Lua's linenumber when the statement started
  int forLine = 0;  // generic for: line of the loop instruction
  int tok2 = kMissingTok;     // While/For: 'do'; If: 'else' (unset if none); Repeat: 'until'
  int endTok = kMissingTok;   // 'end' of compound statements
  bool needsClose = false;  // Break: a CLOSE precedes the jump; For: the loop variables' scope
  const Expr* expr = nullptr;        // Call / Function name: a Primary expression
  Span<const Expr*> targets;         // Assign
  Span<const Expr*> values;          // Assign, Local, Return, For expressions
  Span<std::string_view> names;      // Local, LocalFunction, For
  const FunctionNode* function = nullptr;
  const Block* block = nullptr;      // Do, While, Repeat, For bodies; If: else block
  const Expr* cond = nullptr;        // While, Repeat
  Span<IfClause> clauses;
};

struct Block {
  Span<const Stat*> stats;
  int endTok = kMissingTok;        // the token that ended the block (end/else/elseif/until/<eof>)
  bool hasUpval = false; // a local of this block is captured: leaving it closes upvalues
};

struct FunctionNode {
  int lineDefined = 0;
  int lastLineDefined = 0;
  int openTok = kMissingTok;  // '(' of the parameters, or the first token of the chunk
  int endTok = kMissingTok;   // 'end', or <eof> for the main chunk
  uint8_t numParams = 0;
  uint8_t isVararg = 0;
  Span<std::string_view> params;  // locals declared by the header: self, names, arg
  const Block* body = nullptr;
  Span<UpvalueDesc> upvalues;
  bytecode::SourceRange range;
};

}  // namespace redlua::compiler
