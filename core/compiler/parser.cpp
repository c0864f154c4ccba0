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

}  // namespace

Parser::Parser(Lexer& lexer, Arena& arena) : lexer_(lexer), arena_(arena), level_(limits::kSyntaxLevelBase) {}

// ---- tokens ----------------------------------------------------------------

void Parser::next() {
  tokens_[cur_].lastLine = lexer_.lineNumber();
  cur_++;
  if (cur_ == static_cast<int>(tokens_.size())) tokens_.push_back(lexer_.next());
}

int Parser::lookahead() {
  if (cur_ + 1 == static_cast<int>(tokens_.size())) tokens_.push_back(lexer_.next());
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
  // a NUL byte is token 0, which Lua takes for "no token": no "near" part
  lexer_.fail(message, lexer_.lineNumber(), t.kind == 0 ? nullptr : &near,
              {t.startLine, t.startColumn, t.line, t.endColumn});
}

void Parser::errorAtLine(const std::string& message) {
  const Token& t = tok();
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

ParsedChunk Parser::parseChunk() {
  tokens_.push_back(lexer_.next());
  resolver_.openFunction(0, bytecode::kVarargIsVararg);
  FunctionNode* main = arena_.make<FunctionNode>();
  main->isVararg = bytecode::kVarargIsVararg;
  main->body = chunk();
  check(kEos);
  main->endTok = cur_;
  main->upvalues = arena_.copy(resolver_.closeFunction());
  main->range = {1, 1, tok().line, tok().endColumn};
  ParsedChunk parsed;
  parsed.main = main;
  parsed.tokens = std::move(tokens_);
  return parsed;
}

Block* Parser::chunk() {
  enterLevel();
  std::vector<const Stat*> stats;
  bool isLast = false;
  while (!isLast && !blockFollow(kind())) {
    stats.push_back(statement(isLast));
    testNext(';');
  }
  leaveLevel();
  Block* b = arena_.make<Block>();
  b->stats = arena_.copy(stats);
  b->endTok = cur_;
  return b;
}

Block* Parser::block() {
  resolver_.enterBlock(false);
  Block* b = chunk();
  b->hasUpval = resolver_.leaveBlock();
  return b;
}

Stat* Parser::newStat(StatKind k, int line) {
  Stat* s = arena_.make<Stat>();
  s->kind = k;
  s->line = line;
  s->firstTok = cur_;
  return s;
}

const Stat* Parser::statement(bool& isLast) {
  int line = lexer_.lineNumber();
  Stat* s = nullptr;
  switch (kind()) {
    case kIf: ifStat(s = newStat(StatKind::If, line)); break;
    case kWhile: whileStat(s = newStat(StatKind::While, line)); break;
    case kDo:
      s = newStat(StatKind::Do, line);
      next();
      s->block = block();
      checkMatch(kEnd, kDo, line);
      s->endTok = cur_ - 1;
      break;
    case kFor: forStat(s = newStat(StatKind::NumericFor, line)); break;
    case kRepeat: repeatStat(s = newStat(StatKind::Repeat, line)); break;
    case kFunction: functionStat(s = newStat(StatKind::Function, line)); break;
    case kLocal:
      s = newStat(StatKind::Local, line);
      next();
      if (testNext(kFunction)) localFunction(s);
      else localStat(s);
      break;
    case kReturn:
      returnStat(s = newStat(StatKind::Return, line));
      isLast = true;
      break;
    case kBreak:
      breakStat(s = newStat(StatKind::Break, line));
      isLast = true;
      break;
    default: exprStat(s = newStat(StatKind::Call, line)); break;
  }
  s->lastTok = cur_ - 1;
  return s;
}

void Parser::ifStat(Stat* s) {
  std::vector<IfClause> clauses;
  do {
    IfClause c;
    c.tok = cur_;
    next();
    c.cond = expr();
    checkNext(kThen);
    c.block = block();
    clauses.push_back(c);
  } while (kind() == kElseif);
  if (kind() == kElse) {
    s->tok2 = cur_;
    next();
    s->block = block();
  }
  s->clauses = arena_.copy(clauses);
  checkMatch(kEnd, kIf, s->line);
  s->endTok = cur_ - 1;
}

void Parser::whileStat(Stat* s) {
  next();
  s->cond = expr();
  resolver_.enterBlock(true);
  s->tok2 = cur_;
  checkNext(kDo);
  s->block = block();
  s->endTok = cur_;
  checkMatch(kEnd, kWhile, s->line);
  resolver_.leaveBlock();
}

void Parser::repeatStat(Stat* s) {
  resolver_.enterBlock(true);   // the loop
  resolver_.enterBlock(false);  // its scope, which the condition still sees
  next();
  Block* body = chunk();
  s->tok2 = cur_;
  checkMatch(kUntil, kRepeat, s->line);
  s->cond = expr();
  body->hasUpval = resolver_.leaveBlock();
  resolver_.leaveBlock();
  s->block = body;
}

void Parser::forStat(Stat* s) {
  resolver_.enterBlock(true);
  next();
  std::string_view name = checkName();
  std::vector<std::string_view> names{name};
  std::vector<const Expr*> values;
  switch (kind()) {
    case '=': {
      declareLocal("(for index)", 0);
      declareLocal("(for limit)", 1);
      declareLocal("(for step)", 2);
      declareLocal(name, 3);
      next();
      values.push_back(expr());
      checkNext(',');
      values.push_back(expr());
      if (testNext(',')) values.push_back(expr());
      s->values = arena_.copy(values);
      s->names = arena_.copy(names);
      forBody(s, 1);
      break;
    }
    case ',':
    case kIn: {
      s->kind = StatKind::GenericFor;
      declareLocal("(for generator)", 0);
      declareLocal("(for state)", 1);
      declareLocal("(for control)", 2);
      declareLocal(name, 3);
      int nvars = 4;
      while (testNext(',')) {
        std::string_view more = checkName();
        names.push_back(more);
        declareLocal(more, nvars++);
      }
      checkNext(kIn);
      s->forLine = lexer_.lineNumber();
      s->values = exprList();
      s->names = arena_.copy(names);
      forBody(s, nvars - 3);
      break;
    }
    default: syntaxError("'=' or 'in' expected");
  }
  s->endTok = cur_;
  checkMatch(kEnd, kFor, s->line);
  resolver_.leaveBlock();
}

void Parser::forBody(Stat* s, int nvars) {
  resolver_.activateLocals(3);
  s->tok2 = cur_;
  checkNext(kDo);
  resolver_.enterBlock(false);
  resolver_.activateLocals(nvars);  // the declared variables, pending behind the hidden ones
  s->block = block();
  s->needsClose = resolver_.leaveBlock();
}

void Parser::functionStat(Stat* s) {
  next();
  PrimaryNode* p = arena_.make<PrimaryNode>();
  p->headTok = cur_;
  p->name = checkName();
  p->ref = resolve(p->name);
  std::vector<Suffix> fields;
  bool needSelf = false;
  while (kind() == '.' || kind() == ':') {
    needSelf = kind() == ':';
    Suffix f;
    f.kind = SuffixKind::Field;
    f.tok = cur_;
    next();
    f.nameTok = cur_;
    f.name = checkName();
    fields.push_back(f);
    if (needSelf) break;
  }
  p->suffixes = arena_.copy(fields);
  Expr* e = newExpr(ExprKind::Primary, s->firstTok + 1, cur_ - 1);
  e->primary = p;
  s->expr = e;
  s->function = body(needSelf, s->line);
}

void Parser::localFunction(Stat* s) {
  s->kind = StatKind::LocalFunction;
  std::string_view name = checkName();
  declareLocal(name, 0);
  resolver_.activateLocals(1);
  std::vector<std::string_view> names{name};
  s->names = arena_.copy(names);
  s->function = body(false, lexer_.lineNumber());
}

void Parser::localStat(Stat* s) {
  std::vector<std::string_view> names;
  do {
    std::string_view name = checkName();
    declareLocal(name, static_cast<int>(names.size()));
    names.push_back(name);
  } while (testNext(','));
  s->names = arena_.copy(names);
  s->tok2 = cur_;  // where the values would start (or the token after the names)
  if (testNext('=')) s->values = exprList();
  resolver_.activateLocals(static_cast<int>(names.size()));
}

void Parser::returnStat(Stat* s) {
  next();
  if (blockFollow(kind()) || kind() == ';') return;
  s->values = exprList();
}

void Parser::breakStat(Stat* s) {
  next();
  bool needsClose = false;
  if (!resolver_.findLoop(needsClose)) syntaxError("no loop to break");
  s->needsClose = needsClose;
}

void Parser::exprStat(Stat* s) {
  const Expr* e = primaryExpr();
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
  for (;;) {
    if (!assignable(targets.back())) syntaxError("syntax error");
    if (!testNext(',')) break;
    targets.push_back(primaryExpr());
    int nvars = static_cast<int>(targets.size()) - 1;
    int limit = limits::kMaxSyntaxLevels - level_;
    if (nvars > limit) errorAtLine(resolver_.limitMessage(limit, "variables in assignment"));
  }
  checkNext('=');
  s->targets = arena_.copy(targets);
  s->values = exprList();
}

// ---- functions -------------------------------------------------------------

const FunctionNode* Parser::body(bool needSelf, int line) {
  FunctionNode* f = arena_.make<FunctionNode>();
  f->lineDefined = line;
  f->openTok = cur_;
  resolver_.openFunction(line, 0);
  checkNext('(');
  std::vector<std::string_view> params;
  if (needSelf) {
    declareLocal("self", 0);
    resolver_.activateLocals(1);
    params.push_back("self");
  }
  parameters(f, params);
  checkNext(')');
  f->body = chunk();
  f->lastLineDefined = lexer_.lineNumber();
  checkMatch(kEnd, kFunction, line);
  f->endTok = cur_ - 1;
  f->isVararg = resolver_.isVararg();
  f->upvalues = arena_.copy(resolver_.closeFunction());
  const Token& open = tokens_[f->openTok];
  const Token& end = tokens_[f->endTok];
  f->range = {open.startLine, open.startColumn, end.line, end.endColumn};
  return f;
}

void Parser::parameters(FunctionNode* f, std::vector<std::string_view>& params) {
  int n = 0;
  uint8_t& vararg = resolver_.isVararg();
  if (kind() != ')') {
    do {
      if (kind() == kName) {
        std::string_view name = checkName();
        declareLocal(name, n++);
        params.push_back(name);
      } else if (kind() == kDots) {
        next();
        // LUA_COMPAT_VARARG: a vararg function also gets the local 'arg'
        declareLocal("arg", n++);
        params.push_back("arg");
        vararg = bytecode::kVarargHasArg | bytecode::kVarargNeedsArg | bytecode::kVarargIsVararg;
      } else {
        syntaxError("<name> or '...' expected");
      }
    } while (!vararg && testNext(','));
  }
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

Span<const Expr*> Parser::exprList() {
  std::vector<const Expr*> list{expr()};
  while (testNext(',')) list.push_back(expr());
  return arena_.copy(list);
}

const Expr* Parser::expr() {
  int untreated = 0;
  return subexpr(0, untreated);
}

// Operators bind by priority; a chain of equal-priority left-associative
// operators is built by the loop, so its depth costs no recursion.
const Expr* Parser::subexpr(int limit, int& untreated) {
  enterLevel();
  const Expr* v;
  int uop = unaryOp(kind());
  if (uop >= 0) {
    int opTok = cur_;
    next();
    int ignored = 0;
    const Expr* operand = subexpr(kUnaryPriority, ignored);
    Expr* u = newExpr(ExprKind::Unary, opTok, operand->lastTok);
    u->op = static_cast<uint8_t>(uop);
    u->left = operand;
    // the operator subexpr stopped at is the one this level continues with
    v = u;
  } else {
    v = simpleExpr();
  }
  int op = binaryOp(kind());
  while (op >= 0 && kLeftPriority[op] > limit) {
    int opTok = cur_;
    next();
    int nextOp = -1;
    const Expr* right = subexpr(kRightPriority[op], nextOp);
    Expr* b = newExpr(ExprKind::Binary, v->firstTok, right->lastTok);
    b->op = static_cast<uint8_t>(op);
    b->opTok = opTok;
    b->left = v;
    b->right = right;
    v = b;
    op = nextOp;
  }
  leaveLevel();
  untreated = op;
  return v;
}

const Expr* Parser::simpleExpr() {
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
    case '{': return constructor();
    case kFunction: {
      next();
      const FunctionNode* f = body(false, lexer_.lineNumber());
      Expr* fe = newExpr(ExprKind::Function, first, cur_ - 1);
      fe->function = f;
      return fe;
    }
    default: return primaryExpr();
  }
  next();
  return e;
}

const Expr* Parser::primaryExpr() {
  int first = cur_;
  PrimaryNode* p = arena_.make<PrimaryNode>();
  p->headTok = cur_;
  if (kind() == '(') {
    int line = lexer_.lineNumber();
    next();
    p->parenHead = true;
    p->inner = expr();
    checkMatch(')', '(', line);
    p->headCloseTok = cur_ - 1;
  } else if (kind() == kName) {
    p->name = checkName();
    p->ref = resolve(p->name);
  } else {
    syntaxError("unexpected symbol");
  }
  std::vector<Suffix> suffixes;
  for (;;) {
    Suffix s;
    s.tok = cur_;
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
        s.key = expr();
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
      default: {
        p->suffixes = arena_.copy(suffixes);
        Expr* e = newExpr(ExprKind::Primary, first, cur_ - 1);
        e->primary = p;
        return e;
      }
    }
    suffixes.push_back(s);
  }
}

void Parser::callArgs(Suffix& s) {
  s.argsTok = cur_;
  int line = lexer_.lineNumber();
  s.argsLine = line;
  switch (kind()) {
    case '(':
      if (line != lastLine()) syntaxError("ambiguous syntax (function call x new statement)");
      s.argsKind = ArgsKind::List;
      next();
      if (kind() != ')') s.args = exprList();
      checkMatch(')', '(', line);
      s.argsCloseTok = cur_ - 1;
      break;
    case '{':
      s.argsKind = ArgsKind::Table;
      s.tableArg = constructor();
      break;
    case kString:
      s.argsKind = ArgsKind::String;
      s.stringArg = tok().value;
      next();
      break;
    default: syntaxError("function arguments expected");
  }
}

const Expr* Parser::constructor() {
  TableNode* t = arena_.make<TableNode>();
  t->openTok = cur_;
  int line = lexer_.lineNumber();
  checkNext('{');
  std::vector<TableItem> items;
  do {
    if (kind() == '}') break;
    TableItem item;
    item.firstTok = cur_;
    bool record = kind() == '[' || (kind() == kName && lookahead() == '=');
    if (!record) {
      item.value = expr();
    } else {
      if (kind() == kName) {
        item.kind = TableItem::Kind::Named;
        item.name = checkName();
      } else {
        item.kind = TableItem::Kind::Indexed;
        next();
        item.key = expr();
        item.closeTok = cur_;
        checkNext(']');
      }
      item.eqTok = cur_;
      checkNext('=');
      item.value = expr();
    }
    items.push_back(item);
  } while (testNext(',') || testNext(';'));
  checkMatch('}', '{', line);
  t->closeTok = cur_ - 1;
  t->items = arena_.copy(items);
  Expr* e = newExpr(ExprKind::Table, t->openTok, t->closeTok);
  e->table = t;
  return e;
}

}  // namespace redlua::compiler
