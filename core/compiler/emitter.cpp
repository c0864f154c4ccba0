#include "compiler/emitter.hpp"

#include <cmath>
#include <cstdlib>

#include "common/limits.hpp"
#include "compiler/compile_error.hpp"
#include "compiler/lexer.hpp"

namespace redlua::compiler {

using bytecode::Instruction;
using bytecode::Op;
namespace bc = bytecode;

namespace {

constexpr int kNoReg = bc::kNoReg;
constexpr int kMultRet = -1;

bool isNumeral(const ExpDesc& e) { return e.k == ExpKind::KNum && e.t == kNoJump && e.f == kNoJump; }

[[noreturn]] void unpositionedError(const char* message) {
  CompileFailure failure;  // Lua raises these from its allocator, without a position
  failure.message = message;
  throw failure;
}

}  // namespace

void Position::syntaxError(const std::string& message) const {
  const Token& t = (*tokens)[cur];
  std::string near = nearText(t);
  lexer->fail(message, t.line, t.kind == 0 ? nullptr : &near, {t.startLine, t.startColumn, t.line, t.endColumn});
}

FunctionEmitter::FunctionEmitter(Position& pos, bc::Proto& proto) : pos_(pos), f_(proto) {
  f_.maxStackSize = 2;  // registers 0 and 1 are always valid
}

// ---- locals and blocks -----------------------------------------------------

void FunctionEmitter::declareLocal(std::string_view name) {
  bc::LocalVarInfo info;
  info.name = std::string(name);
  f_.locals.push_back(std::move(info));
  pending_.push_back(static_cast<int>(f_.locals.size()) - 1);
}

void FunctionEmitter::activateLocals(int n) {
  for (int i = 0; i < n; i++) {
    active_.push_back(pending_[i]);
    f_.locals[pending_[i]].startPc = pc();
  }
  pending_.erase(pending_.begin(), pending_.begin() + n);
}

void FunctionEmitter::removeLocals(int toLevel) {
  while (activeCount() > toLevel) {
    f_.locals[active_.back()].endPc = pc();
    active_.pop_back();
  }
}

void FunctionEmitter::enterBlock(bool breakable, bool upval) {
  BlockState b;
  b.activeAtEntry = activeCount();
  b.breakable = breakable;
  b.upval = upval;
  blocks_.push_back(b);
}

void FunctionEmitter::leaveBlock() {
  BlockState b = blocks_.back();
  blocks_.pop_back();
  removeLocals(b.activeAtEntry);
  if (b.upval) codeABC(Op::CLOSE, b.activeAtEntry, 0, 0);
  freeReg = activeCount();
  patchToHere(b.breakList);
}

BlockState* FunctionEmitter::innermostLoop() {
  for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it) {
    if (it->breakable) return &*it;
  }
  return nullptr;
}

// ---- emission --------------------------------------------------------------

int FunctionEmitter::code(Instruction i) {
  dischargeJpc();  // jumps waiting for "the next instruction" now have it
  f_.code.push_back(i);
  f_.lineInfo.push_back(pos_.lastLine());
  return pc() - 1;
}

int FunctionEmitter::codeABC(Op op, int a, int b, int c) { return code(bc::makeABC(op, a, b, c)); }

int FunctionEmitter::codeABx(Op op, int a, int bx) { return code(bc::makeABx(op, a, bx)); }

void FunctionEmitter::setArgC(int at, int c) { f_.code[at] = bc::withC(f_.code[at], c); }

void FunctionEmitter::setArgB(int at, int b) { f_.code[at] = bc::withB(f_.code[at], b); }

// Consecutive nils merge into one LOADNIL, and a function's fresh registers
// are already nil, unless some jump lands here.
void FunctionEmitter::loadNil(int from, int n) {
  if (pc() > lastTarget_) {
    if (pc() == 0) {
      if (from >= activeCount()) return;
    } else {
      Instruction& previous = f_.code.back();
      if (bc::opOf(previous) == Op::LOADNIL) {
        int pfrom = bc::argA(previous);
        int pto = bc::argB(previous);
        if (pfrom <= from && from <= pto + 1) {
          if (from + n - 1 > pto) previous = bc::withB(previous, from + n - 1);
          return;
        }
      }
    }
  }
  codeABC(Op::LOADNIL, from, from + n - 1, 0);
}

void FunctionEmitter::setList(int base, int nelems, int tostore) {
  int c = (nelems - 1) / bc::kFieldsPerFlush + 1;
  int b = tostore == kMultRet ? 0 : tostore;
  if (c <= bc::kMaxArgC) {
    codeABC(Op::SETLIST, base, b, c);
  } else {
    codeABC(Op::SETLIST, base, b, 0);
    code(static_cast<Instruction>(c));
  }
  freeReg = base + 1;
}

int FunctionEmitter::addClosureProto(std::shared_ptr<const bc::Proto> child) {
  if (static_cast<int>(f_.protos.size()) >= limits::kMaxConstants) unpositionedError("constant table overflow");
  f_.protos.push_back(std::move(child));
  return static_cast<int>(f_.protos.size()) - 1;
}

// ---- jump lists ------------------------------------------------------------
// A list of pending jumps is threaded through their own sBx fields; kNoJump
// (an offset of -1, a jump to itself) ends it.

int FunctionEmitter::jump() {
  int waiting = jpc_;
  jpc_ = kNoJump;
  int j = codeAsBx(Op::JMP, 0, kNoJump);
  concat(j, waiting);
  return j;
}

int FunctionEmitter::label() {
  lastTarget_ = pc();
  return pc();
}

int FunctionEmitter::jumpTarget(int at) const {
  int offset = bc::argSBx(f_.code[at]);
  return offset == kNoJump ? kNoJump : at + 1 + offset;
}

void FunctionEmitter::fixJump(int at, int dest) {
  int offset = dest - (at + 1);
  if (std::abs(offset) > bc::kMaxArgSBx) pos_.syntaxError("control structure too long");
  f_.code[at] = bc::withSBx(f_.code[at], offset);
}

Instruction& FunctionEmitter::jumpControl(int at) {
  if (at >= 1 && bc::info(bc::opOf(f_.code[at - 1])).isTest) return f_.code[at - 1];
  return f_.code[at];
}

bool FunctionEmitter::needValue(int list) {
  for (; list != kNoJump; list = jumpTarget(list)) {
    if (bc::opOf(jumpControl(list)) != Op::TESTSET) return true;
  }
  return false;
}

bool FunctionEmitter::patchTestReg(int node, int reg) {
  Instruction& i = jumpControl(node);
  if (bc::opOf(i) != Op::TESTSET) return false;
  if (reg != kNoReg && reg != bc::argB(i)) {
    i = bc::withA(i, reg);
  } else {
    i = bc::makeABC(Op::TEST, bc::argB(i), 0, bc::argC(i));
  }
  return true;
}

void FunctionEmitter::removeValues(int list) {
  for (; list != kNoJump; list = jumpTarget(list)) patchTestReg(list, kNoReg);
}

void FunctionEmitter::patchListAux(int list, int vtarget, int reg, int dtarget) {
  while (list != kNoJump) {
    int next = jumpTarget(list);
    if (patchTestReg(list, reg)) fixJump(list, vtarget);
    else fixJump(list, dtarget);
    list = next;
  }
}

void FunctionEmitter::dischargeJpc() {
  patchListAux(jpc_, pc(), kNoReg, pc());
  jpc_ = kNoJump;
}

void FunctionEmitter::patchList(int list, int target) {
  if (target == pc()) patchToHere(list);
  else patchListAux(list, target, kNoReg, target);
}

void FunctionEmitter::patchToHere(int list) {
  label();
  concat(jpc_, list);
}

void FunctionEmitter::concat(int& list, int l2) {
  if (l2 == kNoJump) return;
  if (list == kNoJump) {
    list = l2;
    return;
  }
  fixJump(lastOfList(list), l2);
}

// Finding a list's end is a walk, and long and/or chains or elseif chains
// would make it quadratic; a hint per jump remembers the end last found from
// it. A jump stays in its list until the whole list is patched, so a hint
// stays on the list and the walk just continues from it.
int FunctionEmitter::lastOfList(int list) {
  if (static_cast<int>(tailHint_.size()) < pc()) tailHint_.resize(pc(), kNoJump);
  int last = list;
  for (;;) {
    int hint = tailHint_[last];
    if (hint > last) last = hint;
    int next = jumpTarget(last);
    if (next == kNoJump) break;
    last = next;
  }
  tailHint_[list] = last;
  return last;
}

int FunctionEmitter::condJump(Op op, int a, int b, int c) {
  codeABC(op, a, b, c);
  return jump();
}

int FunctionEmitter::codeLabel(int a, int b, int jumpOver) {
  label();  // a LOADBOOL may be a jump target
  return codeABC(Op::LOADBOOL, a, b, jumpOver);
}

// ---- registers and constants -----------------------------------------------

void FunctionEmitter::checkStack(int n) {
  int newStack = freeReg + n;
  if (newStack > f_.maxStackSize) {
    if (newStack >= limits::kMaxRegisters) pos_.syntaxError("function or expression too complex");
    f_.maxStackSize = static_cast<uint8_t>(newStack);
  }
}

void FunctionEmitter::reserveRegs(int n) {
  checkStack(n);
  freeReg += n;
}

void FunctionEmitter::freeRegister(int reg) {
  if (!bc::isK(reg) && reg >= activeCount()) freeReg--;
}

void FunctionEmitter::freeExp(const ExpDesc& e) {
  if (e.k == ExpKind::NonReloc) freeRegister(e.info);
}

int FunctionEmitter::addConstant(bc::Constant c) {
  // Lua grows the constant array up to MAXARG_Bx and fails on the next one.
  if (static_cast<int>(f_.constants.size()) >= limits::kMaxConstants) unpositionedError("constant table overflow");
  f_.constants.push_back(std::move(c));
  return static_cast<int>(f_.constants.size()) - 1;
}

int FunctionEmitter::stringK(std::string_view s) {
  auto [it, added] = stringConstants_.try_emplace(std::string(s), 0);
  if (added) it->second = addConstant(bc::Constant::ofString(std::string(s)));
  return it->second;
}

// Numbers are the same constant when they compare equal (0 and -0 too).
int FunctionEmitter::numberK(double r) {
  if (std::isnan(r)) return addConstant(bc::Constant::ofNumber(r));
  auto [it, added] = numberConstants_.try_emplace(r == 0 ? 0.0 : r, 0);
  if (added) it->second = addConstant(bc::Constant::ofNumber(r));
  return it->second;
}

int FunctionEmitter::nilK() {
  if (nilConstant_ < 0) nilConstant_ = addConstant(bc::Constant::nil());
  return nilConstant_;
}

int FunctionEmitter::boolK(bool b) {
  int& slot = boolConstants_[b ? 1 : 0];
  if (slot < 0) slot = addConstant(bc::Constant::ofBoolean(b));
  return slot;
}

// ---- expressions -----------------------------------------------------------

void FunctionEmitter::setReturns(ExpDesc& e, int nresults) {
  if (e.k == ExpKind::Call) {
    setArgC(e.info, nresults + 1);
  } else if (e.k == ExpKind::Vararg) {
    setArgB(e.info, nresults + 1);
    f_.code[e.info] = bc::withA(f_.code[e.info], freeReg);
    reserveRegs(1);
  }
}

void FunctionEmitter::setOneRet(ExpDesc& e) {
  if (e.k == ExpKind::Call) {
    e.k = ExpKind::NonReloc;
    e.info = bc::argA(instruction(e));
  } else if (e.k == ExpKind::Vararg) {
    setArgB(e.info, 2);
    e.k = ExpKind::Relocable;
  }
}

void FunctionEmitter::dischargeVars(ExpDesc& e) {
  switch (e.k) {
    case ExpKind::Local: e.k = ExpKind::NonReloc; break;
    case ExpKind::Upval:
      e.info = codeABC(Op::GETUPVAL, 0, e.info, 0);
      e.k = ExpKind::Relocable;
      break;
    case ExpKind::Global:
      e.info = codeABx(Op::GETGLOBAL, 0, e.info);
      e.k = ExpKind::Relocable;
      break;
    case ExpKind::Indexed:
      freeRegister(e.aux);
      freeRegister(e.info);
      e.info = codeABC(Op::GETTABLE, 0, e.info, e.aux);
      e.k = ExpKind::Relocable;
      break;
    case ExpKind::Vararg:
    case ExpKind::Call: setOneRet(e); break;
    default: break;
  }
}

void FunctionEmitter::discharge2reg(ExpDesc& e, int reg) {
  dischargeVars(e);
  switch (e.k) {
    case ExpKind::Nil: loadNil(reg, 1); break;
    case ExpKind::False:
    case ExpKind::True: codeABC(Op::LOADBOOL, reg, e.k == ExpKind::True, 0); break;
    case ExpKind::K: codeABx(Op::LOADK, reg, e.info); break;
    case ExpKind::KNum: codeABx(Op::LOADK, reg, numberK(e.nval)); break;
    case ExpKind::Relocable: f_.code[e.info] = bc::withA(f_.code[e.info], reg); break;
    case ExpKind::NonReloc:
      if (reg != e.info) codeABC(Op::MOVE, reg, e.info, 0);
      break;
    default: return;  // Void or Jmp: nothing to put in a register yet
  }
  e.info = reg;
  e.k = ExpKind::NonReloc;
}

void FunctionEmitter::discharge2anyreg(ExpDesc& e) {
  if (e.k != ExpKind::NonReloc) {
    reserveRegs(1);
    discharge2reg(e, freeReg - 1);
  }
}

// Puts the value in `reg`; an expression with jumps gets LOADBOOLs for the
// jumps that do not carry a value themselves (not TESTSET).
void FunctionEmitter::exp2reg(ExpDesc& e, int reg) {
  discharge2reg(e, reg);
  if (e.k == ExpKind::Jmp) concat(e.t, e.info);
  if (e.hasJumps()) {
    int loadFalse = kNoJump;
    int loadTrue = kNoJump;
    if (needValue(e.t) || needValue(e.f)) {
      int skip = e.k == ExpKind::Jmp ? kNoJump : jump();
      loadFalse = codeLabel(reg, 0, 1);
      loadTrue = codeLabel(reg, 1, 0);
      patchToHere(skip);
    }
    int final = label();
    patchListAux(e.f, final, reg, loadFalse);
    patchListAux(e.t, final, reg, loadTrue);
  }
  e.f = e.t = kNoJump;
  e.info = reg;
  e.k = ExpKind::NonReloc;
}

void FunctionEmitter::exp2nextreg(ExpDesc& e) {
  dischargeVars(e);
  freeExp(e);
  reserveRegs(1);
  exp2reg(e, freeReg - 1);
}

int FunctionEmitter::exp2anyreg(ExpDesc& e) {
  dischargeVars(e);
  if (e.k == ExpKind::NonReloc) {
    if (!e.hasJumps()) return e.info;
    if (e.info >= activeCount()) {
      exp2reg(e, e.info);
      return e.info;
    }
  }
  exp2nextreg(e);
  return e.info;
}

void FunctionEmitter::exp2val(ExpDesc& e) {
  if (e.hasJumps()) exp2anyreg(e);
  else dischargeVars(e);
}

int FunctionEmitter::exp2RK(ExpDesc& e) {
  exp2val(e);
  switch (e.k) {
    case ExpKind::KNum:
    case ExpKind::True:
    case ExpKind::False:
    case ExpKind::Nil:
      if (static_cast<int>(f_.constants.size()) <= bc::kMaxIndexRK) {
        if (e.k == ExpKind::Nil) e.info = nilK();
        else if (e.k == ExpKind::KNum) e.info = numberK(e.nval);
        else e.info = boolK(e.k == ExpKind::True);
        e.k = ExpKind::K;
        return bc::rkAsK(e.info);
      }
      break;
    case ExpKind::K:
      if (e.info <= bc::kMaxIndexRK) return bc::rkAsK(e.info);
      break;
    default: break;
  }
  return exp2anyreg(e);
}

void FunctionEmitter::storeVar(const ExpDesc& var, ExpDesc& ex) {
  switch (var.k) {
    case ExpKind::Local:
      freeExp(ex);
      exp2reg(ex, var.info);
      return;
    case ExpKind::Upval: {
      int e = exp2anyreg(ex);
      codeABC(Op::SETUPVAL, e, var.info, 0);
      break;
    }
    case ExpKind::Global: {
      int e = exp2anyreg(ex);
      codeABx(Op::SETGLOBAL, e, var.info);
      break;
    }
    case ExpKind::Indexed: {
      int e = exp2RK(ex);
      codeABC(Op::SETTABLE, var.info, var.aux, e);
      break;
    }
    default: break;
  }
  freeExp(ex);
}

void FunctionEmitter::self(ExpDesc& e, ExpDesc& key) {
  exp2anyreg(e);
  freeExp(e);
  int func = freeReg;
  reserveRegs(2);
  int rk = exp2RK(key);
  codeABC(Op::SELF, func, e.info, rk);
  freeExp(key);
  e.info = func;
  e.k = ExpKind::NonReloc;
}

void FunctionEmitter::indexed(ExpDesc& t, ExpDesc& k) {
  t.aux = exp2RK(k);
  t.k = ExpKind::Indexed;
}

void FunctionEmitter::invertJump(const ExpDesc& e) {
  Instruction& i = jumpControl(e.info);
  i = bc::withA(i, bc::argA(i) == 0 ? 1 : 0);
}

int FunctionEmitter::jumpOnCond(ExpDesc& e, int cond) {
  if (e.k == ExpKind::Relocable) {
    Instruction ie = instruction(e);
    if (bc::opOf(ie) == Op::NOT) {
      f_.code.pop_back();  // test the NOT's operand instead, with the condition inverted
      f_.lineInfo.pop_back();
      return condJump(Op::TEST, bc::argB(ie), 0, !cond);
    }
  }
  discharge2anyreg(e);
  freeExp(e);
  return condJump(Op::TESTSET, kNoReg, e.info, cond);
}

void FunctionEmitter::goIfTrue(ExpDesc& e) {
  int pcJump;
  dischargeVars(e);
  switch (e.k) {
    case ExpKind::K:
    case ExpKind::KNum:
    case ExpKind::True: pcJump = kNoJump; break;  // always true
    case ExpKind::Jmp:
      invertJump(e);
      pcJump = e.info;
      break;
    default: pcJump = jumpOnCond(e, 0); break;
  }
  concat(e.f, pcJump);
  patchToHere(e.t);
  e.t = kNoJump;
}

void FunctionEmitter::goIfFalse(ExpDesc& e) {
  int pcJump;
  dischargeVars(e);
  switch (e.k) {
    case ExpKind::Nil:
    case ExpKind::False: pcJump = kNoJump; break;  // always false
    case ExpKind::Jmp: pcJump = e.info; break;
    default: pcJump = jumpOnCond(e, 1); break;
  }
  concat(e.t, pcJump);
  patchToHere(e.f);
  e.f = kNoJump;
}

void FunctionEmitter::codeNot(ExpDesc& e) {
  dischargeVars(e);
  switch (e.k) {
    case ExpKind::Nil:
    case ExpKind::False: e.k = ExpKind::True; break;
    case ExpKind::K:
    case ExpKind::KNum:
    case ExpKind::True: e.k = ExpKind::False; break;
    case ExpKind::Jmp: invertJump(e); break;
    case ExpKind::Relocable:
    case ExpKind::NonReloc:
      discharge2anyreg(e);
      freeExp(e);
      e.info = codeABC(Op::NOT, 0, e.info, 0);
      e.k = ExpKind::Relocable;
      break;
    default: break;
  }
  std::swap(e.f, e.t);
  removeValues(e.f);
  removeValues(e.t);
}

namespace {

// Folds arithmetic on two numerals, except what could raise or give NaN.
bool foldConstants(Op op, ExpDesc& e1, const ExpDesc& e2) {
  if (!isNumeral(e1) || !isNumeral(e2)) return false;
  double v1 = e1.nval, v2 = e2.nval, r;
  switch (op) {
    case Op::ADD: r = v1 + v2; break;
    case Op::SUB: r = v1 - v2; break;
    case Op::MUL: r = v1 * v2; break;
    case Op::DIV:
      if (v2 == 0) return false;
      r = v1 / v2;
      break;
    case Op::MOD:
      if (v2 == 0) return false;
      r = v1 - std::floor(v1 / v2) * v2;
      break;
    case Op::POW: r = std::pow(v1, v2); break;
    case Op::UNM: r = -v1; break;
    default: return false;  // LEN is never folded
  }
  if (std::isnan(r)) return false;
  e1.nval = r;
  return true;
}

}  // namespace

void FunctionEmitter::codeArith(Op op, ExpDesc& e1, ExpDesc& e2) {
  if (foldConstants(op, e1, e2)) return;
  int o2 = (op != Op::UNM && op != Op::LEN) ? exp2RK(e2) : 0;
  int o1 = exp2RK(e1);
  // free the higher register first, so that registers stay a stack
  if (o1 > o2) {
    freeExp(e1);
    freeExp(e2);
  } else {
    freeExp(e2);
    freeExp(e1);
  }
  e1.info = codeABC(op, 0, o1, o2);
  e1.k = ExpKind::Relocable;
}

void FunctionEmitter::codeComp(Op op, int cond, ExpDesc& e1, ExpDesc& e2) {
  int o1 = exp2RK(e1);
  int o2 = exp2RK(e2);
  freeExp(e2);
  freeExp(e1);
  if (cond == 0 && op != Op::EQ) {
    std::swap(o1, o2);  // a > b is b < a
    cond = 1;
  }
  e1.info = condJump(op, cond, o1, o2);
  e1.k = ExpKind::Jmp;
}

void FunctionEmitter::prefix(UnOpr op, ExpDesc& e) {
  ExpDesc zero;
  zero.k = ExpKind::KNum;
  switch (op) {
    case UnOpr::Minus:
      if (!isNumeral(e)) exp2anyreg(e);
      codeArith(Op::UNM, e, zero);
      break;
    case UnOpr::Not: codeNot(e); break;
    case UnOpr::Len:
      exp2anyreg(e);
      codeArith(Op::LEN, e, zero);
      break;
  }
}

void FunctionEmitter::infix(BinOpr op, ExpDesc& v) {
  switch (op) {
    case BinOpr::And: goIfTrue(v); break;
    case BinOpr::Or: goIfFalse(v); break;
    case BinOpr::Concat: exp2nextreg(v); break;  // operands of CONCAT must be consecutive
    case BinOpr::Add:
    case BinOpr::Sub:
    case BinOpr::Mul:
    case BinOpr::Div:
    case BinOpr::Mod:
    case BinOpr::Pow:
      if (!isNumeral(v)) exp2RK(v);
      break;
    default: exp2RK(v); break;
  }
}

void FunctionEmitter::posfix(BinOpr op, ExpDesc& e1, ExpDesc& e2) {
  switch (op) {
    case BinOpr::And:
      dischargeVars(e2);
      concat(e2.f, e1.f);
      e1 = e2;
      break;
    case BinOpr::Or:
      dischargeVars(e2);
      concat(e2.t, e1.t);
      e1 = e2;
      break;
    case BinOpr::Concat:
      exp2val(e2);
      if (e2.k == ExpKind::Relocable && bc::opOf(instruction(e2)) == Op::CONCAT) {
        // a..b..c: extend the right operand's CONCAT down to e1's register
        freeExp(e1);
        setArgB(e2.info, e1.info);
        e1.k = ExpKind::Relocable;
        e1.info = e2.info;
      } else {
        exp2nextreg(e2);
        codeArith(Op::CONCAT, e1, e2);
      }
      break;
    case BinOpr::Add: codeArith(Op::ADD, e1, e2); break;
    case BinOpr::Sub: codeArith(Op::SUB, e1, e2); break;
    case BinOpr::Mul: codeArith(Op::MUL, e1, e2); break;
    case BinOpr::Div: codeArith(Op::DIV, e1, e2); break;
    case BinOpr::Mod: codeArith(Op::MOD, e1, e2); break;
    case BinOpr::Pow: codeArith(Op::POW, e1, e2); break;
    case BinOpr::Eq: codeComp(Op::EQ, 1, e1, e2); break;
    case BinOpr::Ne: codeComp(Op::EQ, 0, e1, e2); break;
    case BinOpr::Lt: codeComp(Op::LT, 1, e1, e2); break;
    case BinOpr::Le: codeComp(Op::LE, 1, e1, e2); break;
    case BinOpr::Gt: codeComp(Op::LT, 0, e1, e2); break;
    case BinOpr::Ge: codeComp(Op::LE, 0, e1, e2); break;
  }
}

}  // namespace redlua::compiler
