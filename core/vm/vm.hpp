// The virtual machine: runs loaded functions on coroutine stacks without C++
// recursion (DESIGN.md, decision 4), one instruction at a time if asked.
//
// The host (engine, debugger, tests) drives it: start() a call, then run()
// with an instruction budget or step() single instructions, and inspect the
// coroutines and the heap while it is paused.
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
  // As lua.c reports an uncaught error: the string (or number) itself,
  // "(error object is a X value)" otherwise.
  std::string errorMessage();

  // The coroutine currently running (or paused in), for inspection.
  heap::CoroutineRef currentCoroutine() const;
  heap::CoroutineRef mainCoroutine() const;

  // tostring() without metamethods: "nil", "true", "1.5", "table: 0x...".
  std::string toDisplayString(const heap::Value& v);

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace redlua::vm
