#include "compiler/codegen.hpp"

#include "compiler/lexer.hpp"

namespace redlua::compiler {

using bytecode::Op;
namespace bc = bytecode;

namespace {

constexpr int kMultRet = -1;

ExpDesc constantString(FunctionEmitter& fe, std::string_view s) { return ExpDesc::of(ExpKind::K, fe.stringK(s)); }

}  // namespace

CodeGenerator::CodeGenerator(const std::vector<Token>& tokens, const Lexer& lexer, std::string_view chunkName,
                             int cutPosition)
    : cutPosition_(cutPosition), chunkName_(chunkName) {
  pos_.tokens = &tokens;
  pos_.lexer = &lexer;
}

std::shared_ptr<bc::Proto> CodeGenerator::generate(const FunctionNode* main) { return function(main, true); }

std::shared_ptr<bc::Proto> CodeGenerator::function(const FunctionNode* node, bool isMain) {
  present(node);
  auto proto = std::make_shared<bc::Proto>();
  proto->source = chunkName_;
  proto->lineDefined = node->lineDefined;
  proto->lastLineDefined = node->lastLineDefined;
  proto->numParams = node->numParams;
  proto->isVararg = node->isVararg;
  proto->numUpvalues = static_cast<uint8_t>(node->upvalues.size);
  for (const UpvalueDesc& u : node->upvalues) proto->upvalueNames.emplace_back(u.name);
  proto->range = node->range;

  FunctionEmitter fe(pos_, *proto);
  FunctionEmitter* outer = fe_;
  fe_ = &fe;
  for (std::string_view param : node->params) fe.declareLocal(param);
  fe.activateLocals(static_cast<int>(node->params.size));
  fe.reserveRegs(fe.activeCount());
  statements(node->body);
  at(isMain ? node->endTok : node->endTok + 1);
  fe.removeLocals(0);
  fe.ret(0, 0);
  fe_ = outer;
  return proto;
}

// ---- statements ------------------------------------------------------------

void CodeGenerator::statements(const Block* b) {
  present(b);
  for (const Stat* s : b->stats) {
    statement(s);
    fe_->freeReg = fe_->activeCount();
  }
}

void CodeGenerator::block(const Block* b) {
  present(b);
  fe_->enterBlock(false, b->hasUpval);
  statements(b);
  at(b->endTok);
  fe_->leaveBlock();
}

void CodeGenerator::statement(const Stat* s) {
  switch (s->kind) {
    case StatKind::Call: {
      ExpDesc v;
      primary(s->expr, v);
      fe_->setArgC(v.info, 1);  // a call statement keeps no results
      break;
    }
    case StatKind::Assign: assign(s); break;
    case StatKind::Local: local(s); break;
    case StatKind::LocalFunction: localFunction(s); break;
    case StatKind::Function: functionStat(s); break;
    case StatKind::Return: returnStat(s); break;
    case StatKind::Break: breakStat(s); break;
    case StatKind::Do:
      at(s->firstTok + 1);
      block(s->block);
      break;
    case StatKind::While: whileStat(s); break;
    case StatKind::Repeat: repeatStat(s); break;
    case StatKind::If: ifStat(s); break;
    case StatKind::NumericFor: numericFor(s); break;
    case StatKind::GenericFor: genericFor(s); break;
  }
}

void CodeGenerator::assign(const Stat* s) {
  int nvars = s->targets.size;
  std::vector<ExpDesc> targets(nvars);
  primary(s->targets[0], targets[0]);
  for (int i = 1; i < nvars; i++) {
    primary(s->targets[i], targets[i]);
    at(after(s->targets[i]));
    if (targets[i].k == ExpKind::Local) checkConflict(targets, i, targets[i]);
  }
  ExpDesc e;
  int nexps = exprList(s->values, e);
  at(after(s->values.back()));
  int last = nvars - 1;
  if (nexps != nvars) {
    adjustAssign(nvars, nexps, e);
    if (nexps > nvars) fe_->freeReg -= nexps - nvars;
  } else {
    fe_->setOneRet(e);
    fe_->storeVar(targets[last], e);
    last--;
  }
  for (int i = last; i >= 0; i--) {
    ExpDesc value = ExpDesc::of(ExpKind::NonReloc, fe_->freeReg - 1);
    fe_->storeVar(targets[i], value);
  }
}

// In "t[i], i = ...", the table or key register of an earlier target is a
// local assigned later: the earlier store must use a copy made before.
void CodeGenerator::checkConflict(std::vector<ExpDesc>& targets, int count, const ExpDesc& v) {
  int extra = fe_->freeReg;
  bool conflict = false;
  for (int i = count - 1; i >= 0; i--) {
    ExpDesc& lh = targets[i];
    if (lh.k != ExpKind::Indexed) continue;
    if (lh.info == v.info) {
      conflict = true;
      lh.info = extra;
    }
    if (lh.aux == v.info) {
      conflict = true;
      lh.aux = extra;
    }
  }
  if (conflict) {
    fe_->codeABC(Op::MOVE, fe_->freeReg, v.info, 0);
    fe_->reserveRegs(1);
  }
}

void CodeGenerator::adjustAssign(int nvars, int nexps, ExpDesc& e) {
  int extra = nvars - nexps;
  if (e.hasMultRet()) {
    extra++;  // the call or vararg itself
    if (extra < 0) extra = 0;
    fe_->setReturns(e, extra);
    if (extra > 1) fe_->reserveRegs(extra - 1);
  } else {
    if (e.k != ExpKind::Void) fe_->exp2nextreg(e);
    if (extra > 0) {
      int reg = fe_->freeReg;
      fe_->reserveRegs(extra);
      fe_->loadNil(reg, extra);
    }
  }
}

void CodeGenerator::local(const Stat* s) {
  for (std::string_view name : s->names) fe_->declareLocal(name);
  ExpDesc e;
  int nexps = 0;
  if (!s->values.empty()) {
    nexps = exprList(s->values, e);
    at(after(s->values.back()));
  } else {
    at(s->tok2);
  }
  adjustAssign(s->names.size, nexps, e);
  fe_->activateLocals(s->names.size);
}

void CodeGenerator::localFunction(const Stat* s) {
  if (s->names.empty()) throw CutReached{};
  fe_->declareLocal(s->names[0]);
  ExpDesc v = ExpDesc::of(ExpKind::Local, fe_->freeReg);
  fe_->reserveRegs(1);
  fe_->activateLocals(1);
  ExpDesc b;
  closure(s->function, b);
  fe_->storeVar(v, b);
  // debug information sees the variable only after the closure is stored
  fe_->proto().locals[fe_->lastLocalRecord()].startPc = fe_->pc();
}

void CodeGenerator::functionStat(const Stat* s) {
  ExpDesc v;
  primary(s->expr, v);
  ExpDesc b;
  closure(s->function, b);
  fe_->storeVar(v, b);
  fe_->fixLine(s->line);  // the definition "happens" on the line of 'function'
}

void CodeGenerator::returnStat(const Stat* s) {
  int first = 0;
  int nret = 0;
  if (s->values.empty()) {
    at(s->firstTok + 1);
  } else {
    ExpDesc e;
    nret = exprList(s->values, e);
    at(after(s->values.back()));
    if (e.hasMultRet()) {
      fe_->setMultRet(e);
      if (e.k == ExpKind::Call && nret == 1) {
        bc::Instruction& call = fe_->instruction(e);
        call = bc::withOp(call, Op::TAILCALL);
      }
      first = fe_->activeCount();
      nret = kMultRet;
    } else if (nret == 1) {
      first = fe_->exp2anyreg(e);
    } else {
      fe_->exp2nextreg(e);
      first = fe_->activeCount();
    }
  }
  fe_->ret(first, nret);
}

void CodeGenerator::breakStat(const Stat* s) {
  at(s->firstTok + 1);
  BlockState* loop = fe_->innermostLoop();
  if (!loop) throw CutReached{};  // "no loop to break" stopped the parser here
  if (s->needsClose) fe_->codeABC(Op::CLOSE, loop->activeAtEntry, 0, 0);
  int j = fe_->jump();
  fe_->concat(loop->breakList, j);
}

int CodeGenerator::cond(const Expr* e) {
  ExpDesc v;
  expr(e, v);
  at(after(e));
  if (v.k == ExpKind::Nil) v.k = ExpKind::False;  // all falses are equal here
  fe_->goIfTrue(v);
  return v.f;
}

void CodeGenerator::whileStat(const Stat* s) {
  at(s->firstTok + 1);
  int start = fe_->label();
  int exit = cond(s->cond);
  fe_->enterBlock(true, false);
  block(s->block);
  at(s->endTok);
  fe_->patchList(fe_->jump(), start);
  at(s->endTok + 1);
  fe_->leaveBlock();
  fe_->patchToHere(exit);
}

void CodeGenerator::repeatStat(const Stat* s) {
  const Block& body = present(s->block);
  int start = fe_->label();
  fe_->enterBlock(true, false);           // the loop
  fe_->enterBlock(false, body.hasUpval);  // its scope, which the condition sees
  at(s->firstTok + 1);
  statements(&body);
  int exit = cond(s->cond);
  if (!body.hasUpval) {
    fe_->leaveBlock();
    fe_->patchList(exit, start);
  } else {
    // upvalues must be closed on every iteration: "if cond then break end", then loop
    BlockState* loop = fe_->innermostLoop();
    fe_->codeABC(Op::CLOSE, loop->activeAtEntry, 0, 0);
    int j = fe_->jump();
    fe_->concat(loop->breakList, j);
    fe_->patchToHere(exit);
    fe_->leaveBlock();
    fe_->patchList(fe_->jump(), start);
  }
  fe_->leaveBlock();
}

int CodeGenerator::testThenBlock(const IfClause& c) {
  at(c.tok + 1);
  int falseList = cond(c.cond);
  block(c.block);
  return falseList;
}

void CodeGenerator::ifStat(const Stat* s) {
  int escapes = kNoJump;
  if (s->clauses.empty()) throw CutReached{};
  int falseList = testThenBlock(s->clauses[0]);
  for (int i = 1; i < s->clauses.size; i++) {
    at(s->clauses[i].tok);
    fe_->concat(escapes, fe_->jump());
    fe_->patchToHere(falseList);
    falseList = testThenBlock(s->clauses[i]);
  }
  if (s->block) {
    at(s->tok2);
    fe_->concat(escapes, fe_->jump());
    fe_->patchToHere(falseList);
    at(s->tok2 + 1);
    block(s->block);
  } else {
    fe_->concat(escapes, falseList);
  }
  fe_->patchToHere(escapes);
}

void CodeGenerator::exp1(const Expr* e) {
  ExpDesc v;
  expr(e, v);
  at(after(e));
  fe_->exp2nextreg(v);
}

void CodeGenerator::numericFor(const Stat* s) {
  if (s->names.empty()) throw CutReached{};
  fe_->enterBlock(true, false);
  int base = fe_->freeReg;
  fe_->declareLocal("(for index)");
  fe_->declareLocal("(for limit)");
  fe_->declareLocal("(for step)");
  fe_->declareLocal(s->names[0]);
  exp1(item(s->values, 0));
  exp1(item(s->values, 1));
  if (s->values.size == 3) {
    exp1(s->values[2]);
  } else {
    fe_->codeABx(Op::LOADK, fe_->freeReg, fe_->numberK(1));
    fe_->reserveRegs(1);
  }
  forBody(s, base, s->line, 1, true);
  at(s->endTok + 1);
  fe_->leaveBlock();
}

void CodeGenerator::genericFor(const Stat* s) {
  if (s->names.empty()) throw CutReached{};
  fe_->enterBlock(true, false);
  int base = fe_->freeReg;
  fe_->declareLocal("(for generator)");
  fe_->declareLocal("(for state)");
  fe_->declareLocal("(for control)");
  for (std::string_view name : s->names) fe_->declareLocal(name);
  ExpDesc e;
  int nexps = exprList(s->values, e);
  at(after(s->values.back()));
  adjustAssign(3, nexps, e);
  fe_->checkStack(3);  // room to call the generator
  forBody(s, base, s->forLine, s->names.size, false);
  at(s->endTok + 1);
  fe_->leaveBlock();
}

void CodeGenerator::forBody(const Stat* s, int base, int line, int nvars, bool numeric) {
  fe_->activateLocals(3);
  at(s->tok2 + 1);
  int prep = numeric ? fe_->codeAsBx(Op::FORPREP, base, kNoJump) : fe_->jump();
  fe_->enterBlock(false, s->needsClose);
  fe_->activateLocals(nvars);
  fe_->reserveRegs(nvars);
  block(s->block);
  at(s->endTok);
  fe_->leaveBlock();
  fe_->patchToHere(prep);
  int loop = numeric ? fe_->codeAsBx(Op::FORLOOP, base, kNoJump) : fe_->codeABC(Op::TFORLOOP, base, 0, nvars);
  fe_->fixLine(line);  // the loop instruction belongs to the 'for' line
  fe_->patchList(numeric ? loop : fe_->jump(), prep + 1);
}

// ---- expressions -----------------------------------------------------------

int CodeGenerator::exprList(Span<const Expr*> list, ExpDesc& v) {
  expr(item(list, 0), v);
  for (int i = 1; i < list.size; i++) {
    at(present(list[i]).firstTok);
    fe_->exp2nextreg(v);
    expr(list[i], v);
  }
  return list.size;
}

void CodeGenerator::expr(const Expr* e, ExpDesc& v) {
  switch (present(e).kind) {
    case ExprKind::Nil: v = ExpDesc::of(ExpKind::Nil); break;
    case ExprKind::True: v = ExpDesc::of(ExpKind::True); break;
    case ExprKind::False: v = ExpDesc::of(ExpKind::False); break;
    case ExprKind::Number:
      v = ExpDesc::of(ExpKind::KNum);
      v.nval = e->number;
      break;
    case ExprKind::String: v = constantString(*fe_, e->text); break;
    case ExprKind::Vararg:
      at(e->firstTok);  // emitted before '...' is consumed
      v = ExpDesc::of(ExpKind::Vararg, fe_->codeABC(Op::VARARG, 0, 1, 0));
      break;
    case ExprKind::Function: closure(e->function, v); break;
    case ExprKind::Table: table(e, v); break;
    case ExprKind::Unary:
      expr(e->left, v);
      at(after(e->left));
      fe_->prefix(static_cast<UnOp>(e->op), v);
      break;
    case ExprKind::Binary: binary(e, v); break;
    case ExprKind::Primary: primary(e, v); break;
  }
}

// The left spine of a chain like 1+2+3+... is walked with a loop: its length
// is not bounded by the syntax-level limit.
void CodeGenerator::binary(const Expr* e, ExpDesc& v) {
  std::vector<const Expr*> spine;
  const Expr* leaf = e;
  while (leaf->kind == ExprKind::Binary) {
    spine.push_back(leaf);
    leaf = leaf->left;
  }
  expr(leaf, v);
  for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
    const Expr* node = *it;
    BinOp op = static_cast<BinOp>(node->op);
    at(node->opTok + 1);
    fe_->infix(op, v);
    ExpDesc v2;
    expr(node->right, v2);
    at(after(node->right));
    fe_->posfix(op, v, v2);
  }
}

void CodeGenerator::primary(const Expr* e, ExpDesc& v) {
  const PrimaryNode* p = present(e).primary;
  if (p->parenHead) {
    expr(p->inner, v);
    at(p->headCloseTok + 1);
    fe_->dischargeVars(v);
  } else {
    at(p->headTok + 1);
    switch (p->ref.kind) {
      case VarRef::Kind::Local: v = ExpDesc::of(ExpKind::Local, p->ref.index); break;
      case VarRef::Kind::Upvalue: v = ExpDesc::of(ExpKind::Upval, p->ref.index); break;
      case VarRef::Kind::Global: v = ExpDesc::of(ExpKind::Global, fe_->stringK(p->name)); break;
    }
  }
  for (const Suffix& s : p->suffixes) suffix(s, v);
}

void CodeGenerator::suffix(const Suffix& s, ExpDesc& v) {
  switch (s.kind) {
    case SuffixKind::Field: {
      at(s.tok);
      fe_->exp2anyreg(v);
      at(s.nameTok + 1);
      ExpDesc key = constantString(*fe_, s.name);
      fe_->indexed(v, key);
      break;
    }
    case SuffixKind::Index: {
      at(s.tok);
      fe_->exp2anyreg(v);
      ExpDesc key;
      expr(s.key, key);
      at(s.closeTok);
      fe_->exp2val(key);
      at(s.closeTok + 1);
      fe_->indexed(v, key);
      break;
    }
    case SuffixKind::Method: {
      at(s.nameTok + 1);
      ExpDesc key = constantString(*fe_, s.name);
      fe_->self(v, key);
      callArgs(s, v);
      break;
    }
    case SuffixKind::Call:
      at(s.argsTok);
      fe_->exp2nextreg(v);
      callArgs(s, v);
      break;
  }
}

void CodeGenerator::callArgs(const Suffix& s, ExpDesc& f) {
  ExpDesc args;
  switch (s.argsKind) {
    case ArgsKind::List:
      if (!s.args.empty()) {
        exprList(s.args, args);
        at(after(s.args.back()));
        fe_->setMultRet(args);
      }
      at(s.argsCloseTok + 1);
      break;
    case ArgsKind::Table: table(s.tableArg, args); break;
    case ArgsKind::String:
      args = constantString(*fe_, s.stringArg);
      at(s.argsTok + 1);
      break;
  }
  int base = f.info;
  int nparams;
  if (args.hasMultRet()) {
    nparams = kMultRet;
  } else {
    if (args.k != ExpKind::Void) fe_->exp2nextreg(args);
    nparams = fe_->freeReg - (base + 1);
  }
  f = ExpDesc::of(ExpKind::Call, fe_->codeABC(Op::CALL, base, nparams + 1, 2));
  fe_->fixLine(s.argsLine);
  fe_->freeReg = base + 1;  // the call leaves one result (unless changed)
}

void CodeGenerator::table(const Expr* e, ExpDesc& t) {
  const TableNode* node = present(e).table;
  at(node->openTok);
  int pc = fe_->codeABC(Op::NEWTABLE, 0, 0, 0);
  t = ExpDesc::of(ExpKind::Relocable, pc);
  fe_->exp2nextreg(t);
  int arrayItems = 0, hashItems = 0, toStore = 0;
  ExpDesc pending;  // last list item, not yet in its register
  for (const TableItem& entry : node->items) {
    at(entry.firstTok);
    if (pending.k != ExpKind::Void) {
      fe_->exp2nextreg(pending);
      pending.k = ExpKind::Void;
      if (toStore == bc::kFieldsPerFlush) {
        fe_->setList(t.info, arrayItems, toStore);
        toStore = 0;
      }
    }
    if (entry.kind == TableItem::Kind::List) {
      expr(entry.value, pending);
      arrayItems++;
      toStore++;
      continue;
    }
    int reg = fe_->freeReg;
    ExpDesc key;
    if (entry.kind == TableItem::Kind::Named) {
      key = constantString(*fe_, entry.name);
    } else {
      expr(entry.key, key);
      at(entry.closeTok);
      fe_->exp2val(key);
    }
    hashItems++;
    at(entry.eqTok + 1);
    int rkKey = fe_->exp2RK(key);
    ExpDesc value;
    expr(entry.value, value);
    at(after(entry.value));
    int rkValue = fe_->exp2RK(value);
    fe_->codeABC(Op::SETTABLE, t.info, rkKey, rkValue);
    fe_->freeReg = reg;
  }
  at(node->closeTok + 1);
  if (toStore != 0) {
    if (pending.hasMultRet()) {
      fe_->setMultRet(pending);
      fe_->setList(t.info, arrayItems, kMultRet);
      arrayItems--;  // the open item's count is unknown
    } else {
      if (pending.k != ExpKind::Void) fe_->exp2nextreg(pending);
      fe_->setList(t.info, arrayItems, toStore);
    }
  }
  fe_->setArgB(pc, bc::intToFloatByte(static_cast<unsigned>(arrayItems)));
  fe_->setArgC(pc, bc::intToFloatByte(static_cast<unsigned>(hashItems)));
}

void CodeGenerator::closure(const FunctionNode* node, ExpDesc& v) {
  std::shared_ptr<bc::Proto> child = function(node, false);
  at(node->endTok + 1);
  int index = fe_->addClosureProto(std::move(child));
  v = ExpDesc::of(ExpKind::Relocable, fe_->codeABx(Op::CLOSURE, 0, index));
  for (const UpvalueDesc& u : node->upvalues) {
    fe_->codeABC(u.fromParentLocal ? Op::MOVE : Op::GETUPVAL, 0, u.index, 0);
  }
}

}  // namespace redlua::compiler
