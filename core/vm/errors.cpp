// Runtime errors with Lua 5.1's exact texts, and the debug information they
// need: source positions ("chunk:line:") and the names of the values
// involved, recovered from the bytecode the way ldebug.c does (the register
// that held the bad value was last written by a GETGLOBAL, GETTABLE,
// GETUPVAL, SELF or is a named local).
#include <cstring>
#include <string>

#include "common/chunkid.hpp"
#include "common/limits.hpp"
#include "vm/state.hpp"

namespace redlua::vm {

using bytecode::Op;
using heap::CallFrame;
using heap::Value;

std::string chunkId(std::string_view source) { return common::chunkId(source); }

std::string Vm::State::chunkIdOf(const bytecode::Proto& p) const { return chunkId(p.source); }

static const bytecode::Proto* protoOf(heap::Heap& heap, const CallFrame& f) {
  if (!f.isLua) return nullptr;
  return heap.closure(f.function.asClosure()).code;
}

int Vm::State::currentLine(const CallFrame& f) const {
  if (!f.isLua) return -1;
  const bytecode::Proto* p = const_cast<heap::Heap&>(heap).closure(f.function.asClosure()).code;
  int pc = f.pc - 1;
  if (pc < 0) pc = 0;
  if (p->lineInfo.empty() || pc >= static_cast<int>(p->lineInfo.size())) return 0;
  return p->lineInfo[static_cast<size_t>(pc)];
}

// luaF_getlocalname: the n-th (1-based) local active at pc.
static const char* localName(const bytecode::Proto& p, int n, int pc) {
  for (const bytecode::LocalVarInfo& local : p.locals) {
    if (local.startPc > pc) break;
    if (pc < local.endPc) {
      n--;
      if (n == 0) return local.name.c_str();
    }
  }
  return nullptr;
}

// The instruction that last wrote `reg` before `lastPc` along the straight
// line of code (forward jumps that do not pass lastPc are followed), or the
// final RETURN when none did: ldebug.c's symbolic execution, minus checks.
static bytecode::Instruction lastWriter(const bytecode::Proto& p, int lastPc, int reg) {
  int last = static_cast<int>(p.code.size()) - 1;
  for (int pc = 0; pc < lastPc; pc++) {
    bytecode::Instruction i = p.code[static_cast<size_t>(pc)];
    Op op = bytecode::opOf(i);
    int a = bytecode::argA(i);
    if (bytecode::info(op).setsA && a == reg) last = pc;
    switch (op) {
      case Op::LOADNIL:
        if (a <= reg && reg <= bytecode::argB(i)) last = pc;
        break;
      case Op::SELF:
        if (reg == a + 1) last = pc;
        break;
      case Op::TFORLOOP:
        if (reg >= a + 2) last = pc;
        break;
      case Op::FORLOOP:
      case Op::FORPREP:
      case Op::JMP: {
        int offset = bytecode::argSBx(i);
        int dest = pc + 1 + offset;
        if (pc < dest && dest <= lastPc) pc += offset;
        break;
      }
      case Op::CALL:
      case Op::TAILCALL:
        if (reg >= a) last = pc;
        break;
      case Op::SETLIST:
        if (bytecode::argC(i) == 0) pc++;
        break;
      case Op::CLOSURE: {
        int child = bytecode::argBx(i);
        if (child < static_cast<int>(p.protos.size())) pc += p.protos[static_cast<size_t>(child)]->numUpvalues;
        break;
      }
      default: break;
    }
  }
  return p.code[static_cast<size_t>(last)];
}

static std::string constantName(const bytecode::Proto& p, int rk) {
  if (bytecode::isK(rk)) {
    const bytecode::Constant& k = p.constants[static_cast<size_t>(bytecode::indexK(rk))];
    if (k.kind == bytecode::Constant::Kind::String) return k.string;
  }
  return "?";
}

// getobjname: what register `reg` of a Lua function holds at pc, as a kind
// ("local", "global", "field", "upvalue", "method") and a name.
static const char* objectName(const bytecode::Proto& p, int pc, int reg, std::string& name) {
  if (const char* local = localName(p, reg + 1, pc)) {
    name = local;
    return "local";
  }
  bytecode::Instruction i = lastWriter(p, pc, reg);
  switch (bytecode::opOf(i)) {
    case Op::GETGLOBAL: {
      const bytecode::Constant& k = p.constants[static_cast<size_t>(bytecode::argBx(i))];
      name = k.string;
      return "global";
    }
    case Op::MOVE: {
      int a = bytecode::argA(i), b = bytecode::argB(i);
      if (b < a) return objectName(p, pc, b, name);
      break;
    }
    case Op::GETTABLE:
      name = constantName(p, bytecode::argC(i));
      return "field";
    case Op::GETUPVAL: {
      size_t u = static_cast<size_t>(bytecode::argB(i));
      name = u < p.upvalueNames.size() ? p.upvalueNames[u] : "?";
      return "upvalue";
    }
    case Op::SELF:
      name = constantName(p, bytecode::argC(i));
      return "method";
    default: break;
  }
  return nullptr;
}

const char* Vm::State::functionName(const heap::Coroutine& c, size_t index, std::string& name) const {
  const CallFrame& f = c.frames[index];
  if ((f.isLua && f.tailCalls > 0) || index == 0) return nullptr;
  if (f.returnTo == heap::ReturnTo::Host) return nullptr;
  const CallFrame& caller = c.frames[index - 1];
  if (!caller.isLua) return nullptr;
  const bytecode::Proto* p = protoOf(const_cast<heap::Heap&>(heap), caller);
  int pc = caller.pc - 1;
  if (pc < 0) return nullptr;
  bytecode::Instruction i = p->code[static_cast<size_t>(pc)];
  Op op = bytecode::opOf(i);
  if (op == Op::CALL || op == Op::TAILCALL || op == Op::TFORLOOP) return objectName(*p, pc, bytecode::argA(i), name);
  return nullptr;
}

void Vm::State::throwValue(const Value& v) { throw LuaError{v}; }

void Vm::State::runtimeError(const std::string& msg) {
  heap::Coroutine& c = co();
  std::string full;
  if (!c.frames.empty() && c.frames.back().isLua) {
    const CallFrame& f = c.frames.back();
    full = chunkIdOf(*protoOf(heap, f)) + ":" + std::to_string(currentLine(f)) + ": " + msg;
  } else {
    full = msg;
  }
  throwValue(heap.newString(full));
}

void Vm::State::typeError(const Value* operand, const char* op) {
  heap::Coroutine& c = co();
  const char* type = heap::typeName(operand->tag);
  if (!c.frames.empty() && c.frames.back().isLua) {
    const CallFrame& f = c.frames.back();
    const Value* base = c.stack.data() + f.base;
    if (operand >= base && operand < c.stack.data() + f.top) {
      std::string name;
      const bytecode::Proto* p = protoOf(heap, f);
      const char* kind = objectName(*p, f.pc - 1, static_cast<int>(operand - base), name);
      if (kind) runtimeError(std::string("attempt to ") + op + " " + kind + " '" + name + "' (a " + type + " value)");
    }
  }
  runtimeError(std::string("attempt to ") + op + " a " + type + " value");
}

void Vm::State::arithError(const Value* a, const Value* b) {
  double d;
  if (!toNumber(*a, d)) b = a;  // the first operand is the culprit
  typeError(b, "perform arithmetic on");
}

void Vm::State::concatError(const Value* a, const Value* b) {
  if (a->tag == heap::Tag::String || a->tag == heap::Tag::Number) a = b;
  typeError(a, "concatenate");
}

void Vm::State::orderError(const Value& a, const Value& b) {
  const char* t1 = heap::typeName(a.tag);
  const char* t2 = heap::typeName(b.tag);
  // Lua compares the third letters of the type names: same type, same text.
  if (std::strcmp(t1, t2) == 0) runtimeError(std::string("attempt to compare two ") + t1 + " values");
  runtimeError(std::string("attempt to compare ") + t1 + " with " + t2);
}

// Level 0 is the running function; each level further down the frames,
// and tail calls count as levels too (as lua_getstack counts them).
static long frameAtLevel(const heap::Coroutine& c, int level) {
  long i = static_cast<long>(c.frames.size()) - 1;
  for (; level > 0 && i > 0; i--) {
    level--;
    if (c.frames[static_cast<size_t>(i)].isLua) level -= c.frames[static_cast<size_t>(i)].tailCalls;
  }
  if (level == 0 && i >= 0) return i;
  return -1;
}

std::string Vm::State::where(int level) {
  heap::Coroutine& c = co();
  long i = frameAtLevel(c, level);
  if (i < 0) return "";
  const CallFrame& f = c.frames[static_cast<size_t>(i)];
  if (!f.isLua) return "";
  int line = currentLine(f);
  if (line <= 0) return "";
  return chunkIdOf(*protoOf(heap, f)) + ":" + std::to_string(line) + ": ";
}

std::string Vm::State::traceback(heap::CoroutineRef thread, int level, std::string_view message, int firstLevel,
                                 bool hostEntry) {
  heap::Coroutine& c = heap.coroutine(thread);
  std::string out(message);
  if (!out.empty()) out += "\n";
  out += "stack traceback:";
  // The levels as lua_getstack sees them: frames from the innermost, a tail
  // call marker after each frame that was entered by tail calls, and (for
  // lua.c's report) the host's C entry at the bottom.
  std::vector<long> entries;  // frame index, -1 = tail call marker, -2 = host
  for (long i = static_cast<long>(c.frames.size()) - 1; i >= 0; i--) {
    entries.push_back(i);
    const CallFrame& f = c.frames[static_cast<size_t>(i)];
    if (f.isLua)
      for (int t = 0; t < f.tailCalls; t++) entries.push_back(-1);
  }
  if (hostEntry) entries.push_back(-2);
  if (level > static_cast<int>(entries.size())) level = static_cast<int>(entries.size());
  entries.erase(entries.begin(), entries.begin() + level);
  // ldblib.c shows levels up to 11, then "...", then the last 10.
  const size_t total = entries.size();
  bool firstPart = true;
  for (size_t n = 0; n < total; n++) {
    long absolute = firstLevel + static_cast<long>(n);
    if (firstPart && absolute >= 12) {
      firstPart = false;
      if (n + 11 < total) {
        out += "\n\t...";
        n = total - 10 - 1;
        continue;
      }
    }
    long e = entries[n];
    if (e == -1) {
      out += "\n\t(tail call): ?";
      continue;
    }
    if (e == -2) {
      out += "\n\t[C]: ?";
      continue;
    }
    const CallFrame& f = c.frames[static_cast<size_t>(e)];
    out += "\n\t";
    const bytecode::Proto* p = protoOf(heap, f);
    if (p) {
      out += chunkIdOf(*p) + ":";
      int line = currentLine(f);
      if (line > 0) out += std::to_string(line) + ":";
    } else {
      out += "[C]:";
    }
    std::string name;
    const char* kind = functionName(c, static_cast<size_t>(e), name);
    if (kind) {
      out += " in function '" + name + "'";
    } else if (p && p->lineDefined == 0) {
      out += " in main chunk";
    } else if (!p) {
      out += " ?";
    } else {
      out += " in function <" + chunkIdOf(*p) + ":" + std::to_string(p->lineDefined) + ">";
    }
  }
  return out;
}

}  // namespace redlua::vm
