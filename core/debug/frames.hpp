// Read-only views of a paused VM for debuggers: the frames of a coroutine,
// each with its function, position and registers.
#pragma once

#include <string>
#include <vector>

#include "bytecode/proto.hpp"
#include "heap/heap.hpp"

namespace redlua::vm {
class Vm;
}

namespace redlua::debug {

struct RegisterSlot {
  int index = 0;
  std::string name;  // active local's name at this pc, "" for temporaries
  heap::Value value;
};

struct FrameView {
  bool isLua = false;
  const bytecode::Proto* proto = nullptr;  // Lua frames only
  int pc = 0;                              // next instruction, 0-based
  int line = 0;                            // its source line (0 for builtins)
  std::vector<RegisterSlot> registers;     // Lua frames: maxStackSize slots from base
};

// Innermost frame last, as the coroutine stores them.
std::vector<FrameView> frames(vm::Vm& vm, heap::CoroutineRef co);

// Name of the local held by register `reg` at `pc` (Lua's luaF_getlocalname
// rule: the n-th active local lives in register n-1), or "".
std::string localName(const bytecode::Proto& proto, int reg, int pc);

// "LOADK 0 -1": the opcode and its operands as luac prints them, no comment.
std::string instructionText(const bytecode::Proto& proto, int pc);

}  // namespace redlua::debug
