#include "debug/frames.hpp"

#include <cstdio>

#include "heap/coroutine.hpp"
#include "vm/vm.hpp"

namespace redlua::debug {

using bytecode::ArgMode;
using bytecode::OpFormat;

std::string localName(const bytecode::Proto& proto, int reg, int pc) {
  int active = 0;
  for (const bytecode::LocalVarInfo& local : proto.locals) {
    if (local.startPc > pc) break;  // locals are sorted by start
    if (pc < local.endPc) {
      if (active == reg) return local.name;
      active++;
    }
  }
  return "";
}

// luac prints a constant operand as -1-index and a register as itself.
static int rkOperand(int x) { return bytecode::isK(x) ? -1 - bytecode::indexK(x) : x; }

std::string instructionText(const bytecode::Proto& proto, int pc) {
  if (pc < 0 || pc >= static_cast<int>(proto.code.size())) return "";
  bytecode::Instruction i = proto.code[static_cast<size_t>(pc)];
  const bytecode::OpInfo& info = bytecode::info(bytecode::opOf(i));
  char buf[64];
  switch (info.format) {
    case OpFormat::ABC: {
      int n = std::snprintf(buf, sizeof buf, "%s %d", info.name, bytecode::argA(i));
      if (info.b != ArgMode::N) n += std::snprintf(buf + n, sizeof buf - n, " %d", rkOperand(bytecode::argB(i)));
      if (info.c != ArgMode::N) std::snprintf(buf + n, sizeof buf - n, " %d", rkOperand(bytecode::argC(i)));
      break;
    }
    case OpFormat::ABx: {
      int bx = bytecode::argBx(i);
      std::snprintf(buf, sizeof buf, "%s %d %d", info.name, bytecode::argA(i), info.b == ArgMode::K ? -1 - bx : bx);
      break;
    }
    case OpFormat::AsBx: {
      int sbx = bytecode::argSBx(i);
      if (bytecode::opOf(i) == bytecode::Op::JMP)
        std::snprintf(buf, sizeof buf, "%s %d", info.name, sbx);
      else
        std::snprintf(buf, sizeof buf, "%s %d %d", info.name, bytecode::argA(i), sbx);
      break;
    }
  }
  return buf;
}

std::vector<FrameView> frames(vm::Vm& vm, heap::CoroutineRef co) {
  std::vector<FrameView> out;
  const heap::Coroutine& thread = vm.heap().coroutine(co);
  for (const heap::CallFrame& frame : thread.frames) {
    FrameView view;
    view.pc = frame.pc;
    if (frame.isLua && frame.proto) {
      const bytecode::Proto& proto = *frame.proto;
      view.isLua = true;
      view.proto = &proto;
      if (frame.pc >= 0 && frame.pc < static_cast<int>(proto.lineInfo.size()))
        view.line = proto.lineInfo[static_cast<size_t>(frame.pc)];
      for (int r = 0; r < proto.maxStackSize; r++) {
        size_t slot = frame.base + static_cast<size_t>(r);
        RegisterSlot reg;
        reg.index = r;
        reg.name = localName(proto, r, frame.pc);
        if (slot < thread.stack.size()) reg.value = thread.stack[slot];
        view.registers.push_back(std::move(reg));
      }
    }
    out.push_back(std::move(view));
  }
  return out;
}

}  // namespace redlua::debug
