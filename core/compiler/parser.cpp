#include "compiler/parser.hpp"

#include "common/limits.hpp"

namespace redlua::compiler {

namespace {

bool blockFollow(int k) { return k == kElse || k == kElseif || k == kEnd || k == kUntil || k == kEos; }

int unaryOp(int k) {
  switch (k) {
    case kNot: return static_cast<int>(UnOp::Not);
    case '-': return static_cast<int>(UnOp::Minus);
    case '#': return static_cast<int>(UnOp::Len);
    default: return -1;
  }
}

int binaryOp(int k) {
  switch (k) {
    case '+': return static_cast<int>(BinOp::Add);
    case '-': return static_cast<int>(BinOp::Sub);
    case '*': return static_cast<int>(BinOp::Mul);
    case '/': return static_cast<int>(BinOp::Div);
    case '%': return static_cast<int>(BinOp::Mod);
    case '^': return static_cast<int>(BinOp::Pow);
    case kConcat: return static_cast<int>(BinOp::Concat);
    case kNe: return static_cast<int>(BinOp::Ne);
    case kEq: return static_cast<int>(BinOp::Eq);
    case '<': return static_cast<int>(BinOp::Lt);
    case kLe: return static_cast<int>(BinOp::Le);
    case '>': return static_cast<int>(BinOp::Gt);
    case kGe: return static_cast<int>(BinOp::Ge);
    case kAnd: return static_cast<int>(BinOp::And);
    case kOr: return static_cast<int>(BinOp::Or);
    default: return -1;
  }
}

// Left and right binding power of each BinOp (Lua's priority table).
constexpr int kLeftPriority[] = {6, 6, 7, 7, 7, 10, 5, 3, 3, 3, 3, 3, 3, 2, 1};
constexpr int kRightPriority[] = {6, 6, 7, 7, 7, 9, 4, 3, 3, 3, 3, 3, 3, 2, 1};
constexpr int kUnaryPriority = 8;

bool endsWithCall(const Expr* e) {
  const PrimaryNode* p = e->primary;
  if (!p || p->suffixes.empty()) return false;
  SuffixKind k = p->suffixes.back().kind;
  return k == SuffixKind::Call || k == SuffixKind::Method;
}

bool assignable(const Expr* e) {
  const PrimaryNode* p = e->primary;
  if (p->suffixes.empty()) return !p->parenHead;
  SuffixKind k = p->suffixes.back().kind;
  return k == SuffixKind::Field || k == SuffixKind::Index;
}

// Runs `parse`; if a syntax error unwinds it, `keep` first stores what was
// read so far into the tree.
template <class Parse, class Keep>
void keepOnError(Parse parse, Keep keep) {
  try {
    parse();
  } catch (const CompileFailure&) {
    keep();
    throw;
  }
}

}  // namespace

Parser::Parser(Lexer& lexer, Arena& arena) : lexer_(lexer), arena_(arena), level_(limits::kSyntaxLevelBase) {}

// ---- tokens ----------------------------------------------------------------

void Parser::lex() {
  try {
    tokens_.push_back(lexer_.next());
  } catch (const CompileFailure&) {
    errorPos_ = static_cast<int>(tokens_.size()) - 1;  // the token that failed never became current
    throw;
  }
}

void Parser::next() {
  tokens_[cur_].lastLine = lexer_.lineNumber();
  cur_++;
  if (cur_ == static_cast<int>(tokens_.size())) lex();
}

int Parser::lookahead() {
  if (cur_ + 1 == static_cast<int>(tokens_.size())) lex();
  return tokens_[cur_ + 1].kind;
}

bool Parser::testNext(int k) {
  if (kind() != k) return false;
  next();
  return true;
}

void Parser::check(int k) {
  if (kind() != k) errorExpected(k);
}

void Parser::checkNext(int k) {
  check(k);
  next();
}

void Parser::checkMatch(int what, int who, int where) {
  if (testNext(what)) return;
  if (where == lexer_.lineNumber()) errorExpected(what);
  syntaxError("'" + tokenName(what) + "' expected (to close '" + tokenName(who) + "' at line " +
              std::to_string(where) + ")");
}

std::string_view Parser::checkName() {
  check(kName);
  std::string_view name = tok().value;
  next();
  return name;
}

// ---- errors ----------------------------------------------------------------

void Parser::syntaxError(const std::string& message) {
  const Token& t = tok();
  std::string near = nearText(t);
  errorPos_ = cur_;
  // a NUL byte is token 0, which Lua takes for "no token": no "near" part
  lexer_.fail(message, lexer_.lineNumber(), t.kind == 0 ? nullptr : &near,
              {t.startLine, t.startColumn, t.line, t.endColumn});
}

void Parser::errorAtLine(const std::string& message) {
  const Token& t = tok();
  errorPos_ = cur_;
  lexer_.fail(message, lexer_.lineNumber(), nullptr, {t.startLine, t.startColumn, t.line, t.endColumn});
}

void Parser::errorExpected(int k) { syntaxError("'" + tokenName(k) + "' expected"); }

void Parser::enterLevel() {
  if (++level_ > limits::kMaxSyntaxLevels) errorAtLine("chunk has too many syntax levels");
}

void Parser::declareLocal(std::string_view name, int n) {
  bool positioned = true;
  std::string error = resolver_.declareLocal(name, n, positioned);
  if (error.empty()) return;
  if (positioned) errorAtLine(error);
  errorPos_ = cur_;
  CompileFailure failure;  // raised by Lua's allocator, without a position
  failure.message = error;
  throw failure;
}

VarRef Parser::resolve(std::string_view name) {
  VarRef ref;
  std::string error = resolver_.resolve(name, ref);
  if (!error.empty()) errorAtLine(error);
  return ref;
}

// ---- chunk -----------------------------------------------------------------

void Parser::parseChunk() {
  main_ = arena_.make<FunctionNode>();
  main_->isVararg = bytecode::kVarargIsVararg;
  main_->openTok = 0;
  lex();
  resolver_.openFunction(0, bytecode::kVarargIsVararg);
  chunk(main_->body);
  check(kEos);
  main_->endTok = cur_;
  main_->upvalues = arena_.copy(resolver_.closeFunction());
  main_->range = {1, 1, tok().line, tok().endColumn};
}

Block* Parser::chunk(const Block*& out) {
  Block* b = arena_.make<Block>();
  out = b;
  enterLevel();
  std::vector<const Stat*> stats;
  const Stat* current = nullptr;
  keepOnError(
      [&] {
        bool isLast = false;
        while (!isLast && !blockFollow(kind())) {
          statement(current, isLast);
          stats.push_back(current);
          current = nullptr;
          testNext(';');
        }
      },
      [&] {
        if (current) stats.push_back(current);
        b->stats = arena_.copy(stats);
      });
  leaveLevel();
  b->stats = arena_.copy(stats);
  b->endTok = cur_;
  return b;
}

void Parser::block(const Block*& out) {
  resolver_.enterBlock(false);
  Block* b = chunk(out);
  b->hasUpval = resolver_.leaveBlock();
}

Stat* Parser::newStat(StatKind k, int line) {
  Stat* s = arena_.make<Stat>();
  s->kind = k;
  s->line = line;
  s->firstTok = cur_;
  return s;
}

void Parser::statement(const Stat*& out, bool& isLast) {
  int line = lexer_.lineNumber();
  Stat* s = nullptr;
  auto start = [&](StatKind k) {
    s = newStat(k, line);
    out = s;
    return s;
  };
  switch (kind()) {
    case kIf: ifStat(start(StatKind::If)); break;
    case kWhile: whileStat(start(StatKind::While)); break;
    case kDo:
      start(StatKind::Do);
      next();
      block(s->block);
      checkMatch(kEnd, kDo, line);
      s->endTok = cur_ - 1;
      break;
    case kFor: forStat(start(StatKind::NumericFor)); break;
    case kRepeat: repeatStat(start(StatKind::Repeat)); break;
    case kFunction: functionStat(start(StatKind::Function)); break;
    case kLocal:
      start(StatKind::Local);
      next();
      if (testNext(kFunction)) localFunction(s);
      else localStat(s);
      break;
    case kReturn:
      returnStat(start(StatKind::Return));
      isLast = true;
      break;
    case kBreak:
      breakStat(start(StatKind::Break));
      isLast = true;
      break;
    default: exprStat(start(StatKind::Call)); break;
  }
  s->lastTok = cur_ - 1;
}

void Parser::ifStat(Stat* s) {
  std::vector<IfClause> clauses;
  IfClause c;
  bool inClause = false;
  keepOnError(
      [&] {
        do {
          c = IfClause();
          inClause = true;
          c.tok = cur_;
          next();
          expr(c.cond);
          checkNext(kThen);
          block(c.block);
          clauses.push_back(c);
          inClause = false;
        } while (kind() == kElseif);
      },
      [&] {
        if (inClause) clauses.push_back(c);
        s->clauses = arena_.copy(clauses);
      });
  s->clauses = arena_.copy(clauses);
  if (kind() == kElse) {
    s->tok2 = cur_;
    next();
    block(s->block);
  }
  checkMatch(kEnd, kIf, s->line);
  s->endTok = cur_ - 1;
}

void Parser::whileStat(Stat* s) {
  next();
  expr(s->cond);
  resolver_.enterBlock(true);
  s->tok2 = cur_;
  checkNext(kDo);
  block(s->block);
  if (kind() == kEnd) s->endTok = cur_;
  checkMatch(kEnd, kWhile, s->line);
  resolver_.leaveBlock();
}

void Parser::repeatStat(Stat* s) {
  resolver_.enterBlock(true);   // the loop
  resolver_.enterBlock(false);  // its scope, which the condition still sees
  next();
  Block* body = chunk(s->block);
  s->tok2 = cur_;
  checkMatch(kUntil, kRepeat, s->line);
  expr(s->cond);
  body->hasUpval = resolver_.leaveBlock();
  resolver_.leaveBlock();
}

void Parser::forStat(Stat* s) {
  resolver_.enterBlock(true);
  next();
  std::vector<std::string_view> names;
  std::vector<const Expr*> values;
  const Expr* current = nullptr;
  bool inValue = false;
  auto value = [&] {
    inValue = true;
    expr(current);
    values.push_back(current);
    inValue = false;
  };
  auto keep = [&] {
    s->names = arena_.copy(names);
    if (inValue) values.push_back(current);
    s->values = arena_.copy(values);
  };
  keepOnError(
      [&] {
        names.push_back(checkName());
        switch (kind()) {
          case '=':
            declareLocal("(for index)", 0);
            declareLocal("(for limit)", 1);
            declareLocal("(for step)", 2);
            declareLocal(names[0], 3);
            next();
            value();
            checkNext(',');
            value();
            if (testNext(',')) value();
            keep();
            forBody(s, 1);
            break;
          case ',':
          case kIn: {
            s->kind = StatKind::GenericFor;
            declareLocal("(for generator)", 0);
            declareLocal("(for state)", 1);
            declareLocal("(for control)", 2);
            declareLocal(names[0], 3);
            while (testNext(',')) {
              names.push_back(checkName());
              declareLocal(names.back(), static_cast<int>(names.size()) + 2);
            }
            checkNext(kIn);
            s->forLine = lexer_.lineNumber();
            s->names = arena_.copy(names);
            exprList(s->values);
            forBody(s, static_cast<int>(names.size()));
            break;
          }
          default: syntaxError("'=' or 'in' expected");
        }
      },
      [&] {
        if (s->names.empty()) keep();
      });
  if (kind() == kEnd) s->endTok = cur_;
  checkMatch(kEnd, kFor, s->line);
  resolver_.leaveBlock();
}

void Parser::forBody(Stat* s, int nvars) {
  resolver_.activateLocals(3);
  s->tok2 = cur_;
  checkNext(kDo);
  resolver_.enterBlock(false);
  resolver_.activateLocals(nvars);  // the declared variables, pending behind the hidden ones
  block(s->block);
  s->needsClose = resolver_.leaveBlock();
}

void Parser::functionStat(Stat* s) {
  next();
  PrimaryNode* p = arena_.make<PrimaryNode>();
  Expr* e = newExpr(ExprKind::Primary, cur_, kMissingTok);
  e->primary = p;
  s->expr = e;
  p->headTok = cur_;
  std::vector<Suffix> fields;
  Suffix f;
  bool inField = false;
  bool needSelf = false;
  keepOnError(
      [&] {
        p->name = checkName();
        p->ref = resolve(p->name);
        while (kind() == '.' || kind() == ':') {
          needSelf = kind() == ':';
          f = Suffix();
          inField = true;
          f.kind = SuffixKind::Field;
          f.tok = cur_;
          next();
          f.nameTok = cur_;
          f.name = checkName();
          fields.push_back(f);
          inField = false;
          if (needSelf) break;
        }
      },
      [&] {
        if (inField) fields.push_back(f);
        p->suffixes = arena_.copy(fields);
      });
  p->suffixes = arena_.copy(fields);
  e->lastTok = cur_ - 1;
  body(needSelf, s->line, s->function);
}

void Parser::localFunction(Stat* s) {
  s->kind = StatKind::LocalFunction;
  std::string_view name = checkName();
  std::vector<std::string_view> names{name};
  s->names = arena_.copy(names);
  declareLocal(name, 0);
  resolver_.activateLocals(1);
  body(false, lexer_.lineNumber(), s->function);
}

void Parser::localStat(Stat* s) {
  std::vector<std::string_view> names;
  keepOnError(
      [&] {
        do {
          std::string_view name = checkName();
          names.push_back(name);
          declareLocal(name, static_cast<int>(names.size()) - 1);
        } while (testNext(','));
      },
      [&] { s->names = arena_.copy(names); });
  s->names = arena_.copy(names);
  s->tok2 = cur_;  // where the values start (or the token after the names)
  if (testNext('=')) exprList(s->values);
  resolver_.activateLocals(static_cast<int>(names.size()));
}

void Parser::returnStat(Stat* s) {
  next();
  if (blockFollow(kind()) || kind() == ';') return;
  exprList(s->values);
}

void Parser::breakStat(Stat* s) {
  next();
  bool needsClose = false;
  if (!resolver_.findLoop(needsClose)) syntaxError("no loop to break");
  s->needsClose = needsClose;
}

void Parser::exprStat(Stat* s) {
  const Expr* e = nullptr;
  keepOnError([&] { primaryExpr(e); }, [&] { s->expr = e; });
  if (endsWithCall(e)) {
    s->expr = e;
    return;
  }
  s->kind = StatKind::Assign;
  assignment(s, e);
}

// Lua recurses once per target; a loop does the same checks in the same order.
void Parser::assignment(Stat* s, const Expr* first) {
  std::vector<const Expr*> targets{first};
  const Expr* current = nullptr;
  keepOnError(
      [&] {
        for (;;) {
          if (!assignable(targets.back())) syntaxError("syntax error");
          if (!testNext(',')) break;
          primaryExpr(current);
          targets.push_back(current);
          current = nullptr;
          int nvars = static_cast<int>(targets.size()) - 1;
          int limit = limits::kMaxSyntaxLevels - level_;
          if (nvars > limit) errorAtLine(resolver_.limitMessage(limit, "variables in assignment"));
        }
        checkNext('=');
      },
      [&] {
        if (current) targets.push_back(current);
        s->targets = arena_.copy(targets);
      });
  s->targets = arena_.copy(targets);
  exprList(s->values);
}

// ---- functions -------------------------------------------------------------

void Parser::body(bool needSelf, int line, const FunctionNode*& out) {
  FunctionNode* f = arena_.make<FunctionNode>();
  out = f;
  f->lineDefined = line;
  f->openTok = cur_;
  resolver_.openFunction(line, 0);
  checkNext('(');
  if (needSelf) {
    declareLocal("self", 0);
    resolver_.activateLocals(1);
  }
  parameters(f, needSelf);
  checkNext(')');
  chunk(f->body);
  f->lastLineDefined = lexer_.lineNumber();
  checkMatch(kEnd, kFunction, line);
  f->endTok = cur_ - 1;
  f->isVararg = resolver_.isVararg();
  f->upvalues = arena_.copy(resolver_.closeFunction());
  const Token& open = tokens_[f->openTok];
  const Token& end = tokens_[f->endTok];
  f->range = {open.startLine, open.startColumn, end.line, end.endColumn};
}

void Parser::parameters(FunctionNode* f, bool needSelf) {
  std::vector<std::string_view> params;
  if (needSelf) params.push_back("self");
  int n = 0;
  uint8_t& vararg = resolver_.isVararg();
  keepOnError(
      [&] {
        if (kind() == ')') return;
        do {
          if (kind() == kName) {
            std::string_view name = checkName();
            params.push_back(name);
            declareLocal(name, n++);
          } else if (kind() == kDots) {
            next();
            // LUA_COMPAT_VARARG: a vararg function also gets the local 'arg'
            params.push_back("arg");
            declareLocal("arg", n++);
            vararg = bytecode::kVarargHasArg | bytecode::kVarargNeedsArg | bytecode::kVarargIsVararg;
          } else {
            syntaxError("<name> or '...' expected");
          }
        } while (!vararg && testNext(','));
      },
      [&] { f->params = arena_.copy(params); });
  resolver_.activateLocals(n);
  f->numParams = static_cast<uint8_t>(resolver_.activeCount() - (vararg & bytecode::kVarargHasArg));
  f->params = arena_.copy(params);
}

// ---- expressions -----------------------------------------------------------

Expr* Parser::newExpr(ExprKind k, int first, int last) {
  Expr* e = arena_.make<Expr>();
  e->kind = k;
  e->firstTok = first;
  e->lastTok = last;
  return e;
}

// A cut-short list keeps the element being read (null if none was started).
void Parser::exprList(Span<const Expr*>& out) {
  std::vector<const Expr*> list;
  const Expr* current = nullptr;
  keepOnError(
      [&] {
        do {
          expr(current);
          list.push_back(current);
          current = nullptr;
        } while (testNext(','));
      },
      [&] {
        list.push_back(current);
        out = arena_.copy(list);
      });
  out = arena_.copy(list);
}

void Parser::expr(const Expr*& out) { subexpr(0, out); }

// Operators bind by priority; a chain of equal-priority left-associative
// operators is built by the loop, so its length costs no recursion.
// Returns the first operator not taken (Lua's "untreated" operator).
int Parser::subexpr(int limit, const Expr*& out) {
  out = nullptr;
  enterLevel();
  int uop = unaryOp(kind());
  if (uop >= 0) {
    Expr* u = newExpr(ExprKind::Unary, cur_, kMissingTok);
    u->op = static_cast<uint8_t>(uop);
    out = u;
    next();
    subexpr(kUnaryPriority, u->left);
    u->lastTok = u->left->lastTok;
  } else {
    simpleExpr(out);
  }
  int op = binaryOp(kind());
  while (op >= 0 && kLeftPriority[op] > limit) {
    Expr* b = newExpr(ExprKind::Binary, out->firstTok, kMissingTok);
    b->op = static_cast<uint8_t>(op);
    b->opTok = cur_;
    b->left = out;
    out = b;
    next();
    op = subexpr(kRightPriority[op], b->right);
    b->lastTok = b->right->lastTok;
  }
  leaveLevel();
  return op;
}

void Parser::simpleExpr(const Expr*& out) {
  int first = cur_;
  Expr* e = nullptr;
  switch (kind()) {
    case kNumber:
      e = newExpr(ExprKind::Number, first, first);
      e->number = tok().number;
      break;
    case kString:
      e = newExpr(ExprKind::String, first, first);
      e->text = tok().value;
      break;
    case kNil: e = newExpr(ExprKind::Nil, first, first); break;
    case kTrue: e = newExpr(ExprKind::True, first, first); break;
    case kFalse: e = newExpr(ExprKind::False, first, first); break;
    case kDots: {
      uint8_t& vararg = resolver_.isVararg();
      if (!vararg) syntaxError("cannot use '...' outside a vararg function");
      vararg &= static_cast<uint8_t>(~bytecode::kVarargNeedsArg);
      e = newExpr(ExprKind::Vararg, first, first);
      break;
    }
    case '{': constructor(out); return;
    case kFunction: {
      Expr* fe = newExpr(ExprKind::Function, first, kMissingTok);
      out = fe;
      next();
      body(false, lexer_.lineNumber(), fe->function);
      fe->lastTok = cur_ - 1;
      return;
    }
    default: primaryExpr(out); return;
  }
  out = e;
  next();
}

void Parser::primaryExpr(const Expr*& out) {
  PrimaryNode* p = arena_.make<PrimaryNode>();
  Expr* e = newExpr(ExprKind::Primary, cur_, kMissingTok);
  e->primary = p;
  out = e;
  p->headTok = cur_;
  if (kind() == '(') {
    int line = lexer_.lineNumber();
    p->parenHead = true;
    next();
    expr(p->inner);
    checkMatch(')', '(', line);
    p->headCloseTok = cur_ - 1;
  } else if (kind() == kName) {
    p->name = checkName();
    p->ref = resolve(p->name);
  } else {
    syntaxError("unexpected symbol");
  }
  suffixes(p);
  e->lastTok = cur_ - 1;
}

void Parser::suffixes(PrimaryNode* p) {
  std::vector<Suffix> list;
  Suffix s;
  bool inSuffix = false;
  keepOnError(
      [&] {
        for (;;) {
          s = Suffix();
          s.tok = cur_;
          inSuffix = true;
          switch (kind()) {
            case '.':
              s.kind = SuffixKind::Field;
              next();
              s.nameTok = cur_;
              s.name = checkName();
              break;
            case '[':
              s.kind = SuffixKind::Index;
              next();
              expr(s.key);
              s.closeTok = cur_;
              checkNext(']');
              break;
            case ':':
              s.kind = SuffixKind::Method;
              next();
              s.nameTok = cur_;
              s.name = checkName();
              callArgs(s);
              break;
            case '(':
            case kString:
            case '{':
              s.kind = SuffixKind::Call;
              callArgs(s);
              break;
            default: return;
          }
          list.push_back(s);
          inSuffix = false;
        }
      },
      [&] {
        if (inSuffix) list.push_back(s);
        p->suffixes = arena_.copy(list);
      });
  p->suffixes = arena_.copy(list);
}

void Parser::callArgs(Suffix& s) {
  s.argsTok = cur_;
  int line = lexer_.lineNumber();
  s.argsLine = line;
  switch (kind()) {
    case '(':
      s.argsKind = ArgsKind::List;
      if (line != lastLine()) syntaxError("ambiguous syntax (function call x new statement)");
      next();
      if (kind() != ')') exprList(s.args);
      checkMatch(')', '(', line);
      s.argsCloseTok = cur_ - 1;
      break;
    case '{':
      s.argsKind = ArgsKind::Table;
      constructor(s.tableArg);
      break;
    case kString:
      s.argsKind = ArgsKind::String;
      s.stringArg = tok().value;
      next();
      break;
    default: syntaxError("function arguments expected");
  }
}

void Parser::constructor(const Expr*& out) {
  TableNode* t = arena_.make<TableNode>();
  Expr* e = newExpr(ExprKind::Table, cur_, kMissingTok);
  e->table = t;
  out = e;
  t->openTok = cur_;
  int line = lexer_.lineNumber();
  checkNext('{');
  tableItems(t);
  checkMatch('}', '{', line);
  t->closeTok = cur_ - 1;
  e->lastTok = t->closeTok;
}

void Parser::tableItems(TableNode* t) {
  std::vector<TableItem> items;
  TableItem item;
  bool inItem = false;
  keepOnError(
      [&] {
        do {
          if (kind() == '}') break;
          item = TableItem();
          inItem = true;
          item.firstTok = cur_;
          bool record = kind() == '[' || (kind() == kName && lookahead() == '=');
          if (!record) {
            expr(item.value);
          } else {
            if (kind() == kName) {
              item.kind = TableItem::Kind::Named;
              item.name = checkName();
            } else {
              item.kind = TableItem::Kind::Indexed;
              next();
              expr(item.key);
              item.closeTok = cur_;
              checkNext(']');
            }
            item.eqTok = cur_;
            checkNext('=');
            expr(item.value);
          }
          items.push_back(item);
          inItem = false;
        } while (testNext(',') || testNext(';'));
      },
      [&] {
        if (inItem) items.push_back(item);
        t->items = arena_.copy(items);
      });
  t->items = arena_.copy(items);
}

}  // namespace redlua::compiler
