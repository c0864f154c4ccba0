// The virtual machine: runs loaded functions on coroutine stacks without C++
// recursion (DESIGN.md, decision 4), one instruction at a time if asked.
//
// The host (engine, debugger, tests) drives it: start() a call, then run()
// with an instruction budget or step() single instructions, and inspect the
// coroutines and the heap while it is paused.
//
// Reading a paused VM (see heap/coroutine.hpp for the frame fields):
//   heap::Coroutine& co = vm.heap().coroutine(vm.currentCoroutine());
//   for (const heap::CallFrame& f : co.frames)       // outermost first
//     if (f.isLua) {
//       const bytecode::Proto& p = *f.proto;          // the function's code
//       // f.function: the closure Value; f.pc: next instruction (0-based);
//       // register r: co.stack[f.base + r] for r < p.maxStackSize;
//       // varargs: co.stack[f.varargBase + i] for i < f.numVarargs;
//       // upvalues: vm.heap().closure(f.function.asClosure()).upvalues
//       int line = vm.currentLine(vm.currentCoroutine(), index);
//     }
// A coroutine resumed by another keeps its resumer in co.resumer; the
// resumer's innermost frame is the coroutine.resume (or wrap) builtin.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bytecode/proto.hpp"
#include "heap/heap.hpp"

namespace redlua::vm {

struct VmConfig {
  size_t memoryLimit = 0;  // bytes, 0 = unlimited → Lua error "not enough memory"
  heap::StringHashMode stringHash = heap::StringHashMode::Lua51;
};

enum class RunStatus : uint8_t {
  Ready,     // started, nothing executed yet
  Paused,    // budget spent or a single step done; resumable
  Finished,  // the started call returned; results() holds its values
  Error,     // an uncaught Lua error; errorValue()/errorMessage() hold it
};

// Compiles source for loadstring(); the engine supplies the compiler so that
// the VM never depends on it (the only contract between them is the bytecode).
struct LoadResult {
  std::shared_ptr<const bytecode::Proto> proto;  // null on error
  std::string error;                             // Lua's syntax error message
};
using Loader = std::function<LoadResult(std::string_view source, std::string_view chunkName)>;

// One change made by a stepped instruction (DESIGN.md decision 5). Only
// step() and runs with breakpoints record them; plain run() records nothing.
struct StepChange {
  enum class Kind : uint8_t {
    Register,   // thread's stack[stackIndex] (register stackIndex - frame base of frames[frame])
    TableSlot,  // table[key]
    Upvalue,    // an upvalue
  };
  Kind kind = Kind::Register;
  heap::CoroutineRef thread;
  uint32_t stackIndex = 0;
  int frame = 0;
  heap::TableRef table;
  heap::Value key;
  heap::UpvalueRef upvalue;
  heap::Value before;  // the value before the instruction (tables, upvalues: as read before the write)
  heap::Value after;   // registers only: the value after it
};

class Vm {
 public:
  explicit Vm(VmConfig config = {});
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  heap::Heap& heap();
  heap::TableRef globals();

  void setLoader(Loader loader);
  void setPrint(std::function<void(std::string_view line)> print);  // print() sink, one call per print() with its line (no newline)

  // A closure over `proto` with the globals as environment.
  heap::Value load(std::shared_ptr<const bytecode::Proto> proto);

  // Begins calling fn(args...) on the main coroutine. Any previous run is discarded.
  void start(heap::Value fn, const std::vector<heap::Value>& args = {});
  // Executes at most `budget` instructions (0 = no limit).
  RunStatus run(uint64_t budget = 0);
  // Executes exactly one instruction (a builtin call counts as the CALL that made it).
  RunStatus step();
  RunStatus status() const;
  uint64_t instructionsExecuted() const;

  const std::vector<heap::Value>& results() const;   // after Finished
  heap::Value errorValue() const;                     // after Error
  // As lua.c (5.1) reports an uncaught error: the string (or number) itself,
  // "" for nil (lua5.1 prints nothing), "(error object is not a string)" otherwise.
  std::string errorMessage();

  // The coroutine currently running (or paused in), for inspection.
  heap::CoroutineRef currentCoroutine() const;
  heap::CoroutineRef mainCoroutine() const;

  // tostring() without metamethods: "nil", "true", "1.5", "table: 0x...".
  std::string toDisplayString(const heap::Value& v);

  // ---- additions for the debugger and the CLI ----
  // Lua 5.1's traceback text ("stack traceback:\n\t..."), after `message`
  // when it is not empty; level 0 starts at the innermost frame.
  std::string traceback(heap::CoroutineRef thread, int level = 0, std::string_view message = "");
  // After Error: lua.c's "stack traceback:..." text taken where the error
  // was raised (the frames are gone by then).
  const std::string& errorTraceback() const;
  // What the last step() (or the last instruction before a breakpoint
  // pause) changed.
  const std::vector<StepChange>& lastChanges() const;
  // Lines where run() pauses before executing the first instruction of the
  // line (any function). An empty list turns breakpoints off; runs with
  // breakpoints use the stepping path.
  void setBreakpoints(std::vector<int> lines);
  // The line of a frame's current instruction: for the innermost frame the
  // one it will execute next, for callers their CALL; -1 for builtins.
  int currentLine(heap::CoroutineRef thread, size_t frameIndex);
  // Runs the collector now (tests, the heap view).
  void collectGarbage();

  struct State;  // internal (vm/state.hpp), also seen by core/lib

 private:
  std::unique_ptr<State> s_;
};

}  // namespace redlua::vm
