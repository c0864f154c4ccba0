// Instruction emission for one function: registers, constants, jump lists
// and Lua 5.1's expression descriptors. This is where luac's choices live
// (lcode.c's semantics, written anew): constant folding, RK operands, TESTSET
// versus TEST, LOADNIL merging, which register is freed first. The code
// generator (codegen.cpp) drives it in the order luac's parser would.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bytecode/proto.hpp"
#include "compiler/ast.hpp"
#include "compiler/token.hpp"

namespace redlua::compiler {

class Lexer;

inline constexpr int kNoJump = -1;

enum class ExpKind : uint8_t {
  Void,       // no value (empty expression list)
  Nil, True, False,
  K,          // constant; info = its index
  KNum,       // number literal not yet in the constant table; nval
  Local,      // info = register
  Upval,      // info = upvalue index
  Global,     // info = constant index of the name
  Indexed,    // info = table register, aux = key RK
  Jmp,        // info = pc of the comparison's jump
  Relocable,  // info = pc of an instruction whose A is still free
  NonReloc,   // info = register holding the value
  Call,       // info = pc of an open CALL
  Vararg,     // info = pc of an open VARARG
};

struct ExpDesc {
  ExpKind k = ExpKind::Void;
  int info = 0;
  int aux = 0;
  double nval = 0;
  int t = kNoJump;  // jumps taken when the expression is true
  int f = kNoJump;  // jumps taken when it is false

  static ExpDesc of(ExpKind k, int info = 0) {
    ExpDesc e;
    e.k = k;
    e.info = info;
    return e;
  }
  bool hasJumps() const { return t != f; }
  bool hasMultRet() const { return k == ExpKind::Call || k == ExpKind::Vararg; }
};

using BinOpr = BinOp;
using UnOpr = UnOp;

// Where the parser would be: the token it is looking at. Instructions get
// the line of the token before it (luac's lastline); errors name it.
struct Position {
  const std::vector<Token>* tokens = nullptr;
  const Lexer* lexer = nullptr;
  int cur = 0;
  int lastLine() const { return cur == 0 ? 1 : (*tokens)[cur - 1].lastLine; }
  [[noreturn]] void syntaxError(const std::string& message) const;
};

struct BlockState {
  int breakList = kNoJump;
  int activeAtEntry = 0;
  bool upval = false;
  bool breakable = false;
};

class FunctionEmitter {
 public:
  FunctionEmitter(Position& pos, bytecode::Proto& proto);

  bytecode::Proto& proto() { return f_; }
  int pc() const { return static_cast<int>(f_.code.size()); }
  int freeReg = 0;
  int activeCount() const { return static_cast<int>(active_.size()); }

  // locals
  void declareLocal(std::string_view name);  // pending until activated
  void activateLocals(int n);
  void removeLocals(int toLevel);
  int lastLocalRecord() const { return active_.back(); }

  // blocks
  void enterBlock(bool breakable, bool upval);
  void leaveBlock();
  BlockState* innermostLoop();

  // emission
  int codeABC(bytecode::Op op, int a, int b, int c);
  int codeABx(bytecode::Op op, int a, int bx);
  int codeAsBx(bytecode::Op op, int a, int sbx) { return codeABx(op, a, sbx + bytecode::kMaxArgSBx); }
  void fixLine(int line) { f_.lineInfo.back() = line; }
  bytecode::Instruction& instruction(const ExpDesc& e) { return f_.code[e.info]; }
  void setArgC(int pc, int c);
  void setArgB(int pc, int b);

  void loadNil(int from, int n);
  void ret(int first, int nret) { codeABC(bytecode::Op::RETURN, first, nret + 1, 0); }
  void setList(int base, int nelems, int tostore);
  int addClosureProto(std::shared_ptr<const bytecode::Proto> child);

  // jumps
  int jump();
  int label();
  void concat(int& list, int l2);
  void patchList(int list, int target);
  void patchToHere(int list);

  // registers and constants
  void checkStack(int n);
  void reserveRegs(int n);
  int stringK(std::string_view s);
  int numberK(double r);

  // expressions
  void dischargeVars(ExpDesc& e);
  void exp2nextreg(ExpDesc& e);
  int exp2anyreg(ExpDesc& e);
  void exp2val(ExpDesc& e);
  int exp2RK(ExpDesc& e);
  void storeVar(const ExpDesc& var, ExpDesc& ex);
  void self(ExpDesc& e, ExpDesc& key);
  void indexed(ExpDesc& t, ExpDesc& k);
  void goIfTrue(ExpDesc& e);
  void goIfFalse(ExpDesc& e);
  void setReturns(ExpDesc& e, int nresults);
  void setMultRet(ExpDesc& e) { setReturns(e, -1); }
  void setOneRet(ExpDesc& e);
  void prefix(UnOpr op, ExpDesc& e);
  void infix(BinOpr op, ExpDesc& v);
  void posfix(BinOpr op, ExpDesc& e1, ExpDesc& e2);
  void freeExp(const ExpDesc& e);

 private:
  int code(bytecode::Instruction i);
  int addConstant(bytecode::Constant c);
  int nilK();
  int boolK(bool b);
  void freeRegister(int reg);

  int jumpTarget(int pc) const;
  int lastOfList(int list);
  void fixJump(int pc, int dest);
  bytecode::Instruction& jumpControl(int pc);
  bool needValue(int list);
  bool patchTestReg(int node, int reg);
  void removeValues(int list);
  void patchListAux(int list, int vtarget, int reg, int dtarget);
  void dischargeJpc();
  int condJump(bytecode::Op op, int a, int b, int c);
  int codeLabel(int a, int b, int jump);

  void discharge2reg(ExpDesc& e, int reg);
  void discharge2anyreg(ExpDesc& e);
  void exp2reg(ExpDesc& e, int reg);
  void invertJump(const ExpDesc& e);
  int jumpOnCond(ExpDesc& e, int cond);
  void codeNot(ExpDesc& e);
  void codeArith(bytecode::Op op, ExpDesc& e1, ExpDesc& e2);
  void codeComp(bytecode::Op op, int cond, ExpDesc& e1, ExpDesc& e2);

  Position& pos_;
  bytecode::Proto& f_;
  int lastTarget_ = -1;
  int jpc_ = kNoJump;  // jumps to the next instruction emitted
  std::vector<int> active_;   // locals records of the active locals, by register
  std::vector<int> pending_;  // declared, not yet active
  std::vector<BlockState> blocks_;
  std::vector<int> tailHint_;  // per jump: a later jump of the same list
  std::unordered_map<std::string, int> stringConstants_;
  std::unordered_map<double, int> numberConstants_;
  int nilConstant_ = -1;
  int boolConstants_[2] = {-1, -1};
};

}  // namespace redlua::compiler
