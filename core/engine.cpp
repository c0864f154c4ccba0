#include "engine.hpp"

#include "bytecode/disasm.hpp"
#include "compiler/compiler.hpp"
#include "debug/frames.hpp"
#include "heap/heap.hpp"
#include "vm/vm.hpp"

namespace redlua {

namespace {

vm::LoadResult compileForVm(std::string_view source, std::string_view chunkName) {
  compiler::CompileResult compiled = compiler::compile(source, chunkName);
  vm::LoadResult result;
  if (compiled.error) result.error = compiled.error->message;
  else result.proto = compiled.main;
  return result;
}

std::unique_ptr<vm::Vm> newVm(const RunOptions& options) {
  vm::VmConfig config;
  config.memoryLimit = options.maxMemory;
  auto machine = std::make_unique<vm::Vm>(config);
  machine->setLoader(compileForVm);
  return machine;
}

// Runs until the call ends or the instruction limit is reached. The VM pauses
// when its budget is spent; the limit turns that pause into the documented error.
vm::RunStatus runToEnd(vm::Vm& machine, uint64_t maxInstructions) {
  if (maxInstructions == 0) return machine.run(0);
  uint64_t done = machine.instructionsExecuted();
  if (done >= maxInstructions) return vm::RunStatus::Paused;
  return machine.run(maxInstructions - done);
}

const char* statusName(vm::RunStatus status) {
  switch (status) {
    case vm::RunStatus::Ready: return "ready";
    case vm::RunStatus::Paused: return "paused";
    case vm::RunStatus::Finished: return "finished";
    case vm::RunStatus::Error: return "error";
  }
  return "error";
}

}  // namespace

const char* const kInstructionLimitMessage = "instruction limit exceeded";

RunOutcome runChunk(std::string_view source, std::string_view chunkName, const RunOptions& options,
                    const PrintSink& print) {
  RunOutcome outcome;
  compiler::CompileResult compiled = compiler::compile(source, chunkName);
  if (compiled.error) {
    outcome.error = compiled.error->message;
    return outcome;
  }
  std::unique_ptr<vm::Vm> machine = newVm(options);
  machine->setPrint(print);
  machine->start(machine->load(compiled.main));
  switch (runToEnd(*machine, options.maxInstructions)) {
    case vm::RunStatus::Finished:
      outcome.ok = true;
      break;
    case vm::RunStatus::Error:
      outcome.error = machine->errorMessage();
      break;
    default:
      outcome.error = kInstructionLimitMessage;
      break;
  }
  return outcome;
}

DisasmOutcome disassemble(std::string_view source, std::string_view chunkName) {
  DisasmOutcome outcome;
  compiler::CompileResult compiled = compiler::compile(source, chunkName);
  if (compiled.error) {
    outcome.error = compiled.error->message;
    return outcome;
  }
  outcome.ok = true;
  outcome.listing = bytecode::listing(*compiled.main);
  return outcome;
}

// ---- Session ----

struct Session::Impl {
  RunOptions options;
  std::unique_ptr<vm::Vm> machine;
  std::string output;
  std::string compileError;
  bool limitHit = false;
};

Session::Session(std::string_view source, std::string_view chunkName, const RunOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  compiler::CompileResult compiled = compiler::compile(source, chunkName);
  if (compiled.error) {
    impl_->compileError = compiled.error->message;
    return;
  }
  impl_->machine = newVm(options);
  Impl* impl = impl_.get();
  impl_->machine->setPrint([impl](std::string_view line) {
    impl->output.append(line);
    impl->output.push_back('\n');
  });
  impl_->machine->start(impl_->machine->load(compiled.main));
}

Session::~Session() = default;

SessionState Session::step() {
  vm::Vm* machine = impl_->machine.get();
  if (!machine) return state();
  vm::RunStatus status = machine->status();
  if (status == vm::RunStatus::Finished || status == vm::RunStatus::Error) return state();
  if (impl_->options.maxInstructions && machine->instructionsExecuted() >= impl_->options.maxInstructions) {
    impl_->limitHit = true;
    return state();
  }
  machine->step();
  return state();
}

SessionState Session::run() {
  vm::Vm* machine = impl_->machine.get();
  if (!machine) return state();
  vm::RunStatus status = machine->status();
  if (status == vm::RunStatus::Finished || status == vm::RunStatus::Error) return state();
  if (runToEnd(*machine, impl_->options.maxInstructions) == vm::RunStatus::Paused) impl_->limitHit = true;
  return state();
}

SessionState Session::state() const {
  SessionState st;
  st.output = impl_->output;
  vm::Vm* machine = impl_->machine.get();
  if (!machine) {
    st.status = "error";
    st.error = impl_->compileError;
    return st;
  }
  vm::RunStatus status = machine->status();
  st.status = statusName(status);
  st.step = machine->instructionsExecuted();
  if (impl_->limitHit && status == vm::RunStatus::Paused) {
    st.status = "error";
    st.error = kInstructionLimitMessage;
  }
  if (status == vm::RunStatus::Error) st.error = machine->errorMessage();
  if (status == vm::RunStatus::Finished) {
    for (const heap::Value& v : machine->results()) st.results.push_back(machine->toDisplayString(v));
    return st;
  }
  std::vector<debug::FrameView> frames = debug::frames(*machine, machine->currentCoroutine());
  for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
    if (!it->isLua) continue;  // show the innermost Lua frame
    st.pc = it->pc + 1;
    st.line = it->line;
    st.instruction = debug::instructionText(*it->proto, it->pc);
    for (const debug::RegisterSlot& slot : it->registers) {
      RegisterView view;
      view.index = slot.index;
      view.name = slot.name;
      view.type = heap::typeName(slot.value.tag);
      view.value = machine->toDisplayString(slot.value);
      st.registers.push_back(std::move(view));
    }
    break;
  }
  return st;
}

}  // namespace redlua
