// The public face of the VM (vm.hpp): construction of the global state,
// start/run/step, results and errors. The driver loop here catches Lua
// errors thrown anywhere below and turns them into unwinding (calls.cpp).
#include "vm/vm.hpp"

#include <algorithm>
#include <new>
#include <stdexcept>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"
#include "vm/state.hpp"

namespace redlua::vm {

using heap::Tag;
using heap::Value;
using Next = Vm::State::Next;

namespace {
const char* const kTmNames[] = {"__index", "__newindex", "__gc",  "__mode", "__eq",  "__add",
                                "__sub",   "__mul",      "__div", "__mod",  "__pow", "__unm",
                                "__len",   "__lt",       "__le",  "__concat", "__call"};
static_assert(sizeof(kTmNames) / sizeof(kTmNames[0]) == static_cast<size_t>(Tm::Count));

heap::HeapConfig heapConfig(const VmConfig& config) {
  heap::HeapConfig h;
  h.memoryLimit = config.memoryLimit;
  h.stringHash = config.stringHash;
  return h;
}
}  // namespace

Vm::State::State(const VmConfig& config) : heap(heapConfig(config)) {
  // Set-up allocations are not the script's: lift the limit meanwhile.
  size_t limit = heap.memoryLimit();
  heap.setMemoryLimit(0);
  globals = heap.newTable(0, 32);
  heap.pin(Value::table(globals));
  registry = heap.newTable();
  heap.pin(Value::table(registry));
  mainThread = heap.newCoroutine();
  heap.pin(Value::coroutine(mainThread));
  current = mainThread;
  heap.coroutine(mainThread).status = heap::CoroutineStatus::Running;
  heap.coroutine(mainThread).started = true;
  heap.coroutine(mainThread).env = globals;
  for (int i = 0; i < static_cast<int>(Tm::Count); i++) {
    tmNames[i] = heap.newString(kTmNames[i]);
    heap.pin(tmNames[i]);
  }
  memoryErrorMessage = heap.newString("not enough memory");
  heap.pin(memoryErrorMessage);
  invalidNextKeyMessage = heap.newString("invalid key to 'next'");
  heap.pin(invalidNextKeyMessage);
  names.tostringEvent = heap.newString("__tostring");
  names.metatableField = heap.newString("__metatable");
  names.tostring = heap.newString("tostring");
  heap.pin(names.tostringEvent);
  heap.pin(names.metatableField);
  heap.pin(names.tostring);
  print = [](std::string_view) {};
  lib::openBase(*this);
  lib::openCoroutine(*this);
  lib::openTable(*this);
  lib::openString(*this);
  lib::openMath(*this);
  lib::openBit(*this);
  lib::openStruct(*this);
  lib::openCjson(*this);
  lib::openCmsgpack(*this);
  heap.setMemoryLimit(limit);
}

void Vm::State::logTableWrite(heap::TableRef t, const Value& key) {
  if (!recordChanges) return;
  Change ch;
  ch.kind = Change::Kind::TableSlot;
  ch.table = t;
  ch.key = key;
  ch.before = heap.table(t).get(key);
  changes.push_back(ch);
}

void Vm::State::logUpvalueWrite(heap::UpvalueRef u) {
  if (!recordChanges) return;
  Change ch;
  ch.kind = Change::Kind::Upvalue;
  ch.upvalue = u;
  const heap::Upvalue& uv = heap.upvalue(u);
  ch.before = uv.open ? heap.coroutine(uv.thread).stack[uv.stackIndex] : uv.closed;
  changes.push_back(ch);
}

void Vm::State::takeSnapshot() {
  heap::Coroutine& c = co();
  snapshot.thread = current;
  snapshot.values.clear();
  if (c.frames.empty()) return;
  // From the caller's registers (a RETURN writes there) to the frame's top.
  size_t n = c.frames.size();
  uint32_t low = n >= 2 ? c.frames[n - 2].base : 0;
  uint32_t high = std::max(c.top, c.frames.back().top);
  high = std::min<uint32_t>(high, static_cast<uint32_t>(c.stack.size()));
  snapshot.low = low;
  if (high > low) snapshot.values.assign(c.stack.begin() + low, c.stack.begin() + high);
}

void Vm::State::logRegisterChanges() {
  heap::Coroutine& c = heap.coroutine(snapshot.thread);
  for (size_t i = 0; i < snapshot.values.size(); i++) {
    uint32_t index = snapshot.low + static_cast<uint32_t>(i);
    Value now = index < c.stack.size() ? c.stack[index] : Value::nil();
    if (rawEqual(now, snapshot.values[i])) continue;
    Change ch;
    ch.kind = Change::Kind::Register;
    ch.thread = snapshot.thread;
    ch.stackIndex = index;
    ch.frame = -1;
    for (size_t f = c.frames.size(); f-- > 0;)
      if (c.frames[f].isLua && index >= c.frames[f].base && index < c.frames[f].top) {
        ch.frame = static_cast<int>(f);
        break;
      }
    ch.before = snapshot.values[i];
    ch.after = now;
    changes.push_back(ch);
  }
}

RunStatus Vm::State::drive(uint64_t budget, bool stepping, bool breakpoints) {
  if (status == RunStatus::Finished || status == RunStatus::Error) return status;
  status = RunStatus::Paused;
  uint64_t target = executed + budget;
  // Only single steps record changes; runs with breakpoints go fast.
  recordChanges = stepping && !breakpoints;
  breakState.enabled = breakpoints;
  if (stepping) changes.clear();
  if (recordChanges) takeSnapshot();
  // A caught error is handled at the top of the next round, inside the try,
  // so that a failure while unwinding (memory) is caught like any other.
  enum class Pending : uint8_t { None, Error, Memory } pending = Pending::None;
  Value pendingValue;
  int failuresWhileHandling = 0;
  for (;;) {
    try {
      if (pending != Pending::None) {
        Pending p = pending;
        pending = Pending::None;
        if (handleError(pendingValue) == Next::Native) needSettle = true;
        // What the failed computation built is garbage now: reclaim it before
        // the script's next allocation meets the limit again.
        if (p == Pending::Memory) collectGarbage();
        failuresWhileHandling = 0;
      }
      if (needSettle) {
        needSettle = false;
        settle(Next::Native);
      }
      if (status == RunStatus::Finished || status == RunStatus::Error) break;
      uint64_t left = 0;
      if (budget) {
        if (executed >= target) break;
        left = target - executed;
      }
      if (stepping) execute<true>(left);
      else execute<false>(left);
      break;
    } catch (const LuaError& e) {
      pending = Pending::Error;
      pendingValue = e.value;
    } catch (const heap::MemoryError&) {
      pending = Pending::Memory;
      pendingValue = memoryErrorMessage;
    } catch (const std::bad_alloc&) {
      // The C++ allocator gave up (no limit was set, or a temporary buffer
      // was too big): for the script it is the same Lua error.
      pending = Pending::Memory;
      pendingValue = memoryErrorMessage;
    } catch (const std::length_error&) {
      pending = Pending::Memory;
      pendingValue = memoryErrorMessage;
    } catch (const heap::InvalidNextKey&) {
      // Raised by Table::next inside next(): a Lua error of the builtin.
      pending = Pending::Error;
      pendingValue = invalidNextKeyMessage;
    }
    if (pending != Pending::None && ++failuresWhileHandling > 64) {
      // Even unwinding keeps failing (memory exhausted): give up on the run.
      heap::Coroutine& c = co();
      closeUpvalues(c, 0);
      c.frames.clear();
      error = memoryErrorMessage;
      status = RunStatus::Error;
      break;
    }
  }
  if (status != RunStatus::Finished && status != RunStatus::Error) status = RunStatus::Paused;
  if (recordChanges) logRegisterChanges();
  return status;
}

// ---- Vm ----

Vm::Vm(VmConfig config) : s_(std::make_unique<State>(config)) { s_->self = this; }
Vm::~Vm() = default;

heap::Heap& Vm::heap() { return s_->heap; }
heap::TableRef Vm::globals() { return s_->globals; }
void Vm::setLoader(Loader loader) { s_->loader = std::move(loader); }
void Vm::setPrint(std::function<void(std::string_view line)> print) {
  s_->print = print ? std::move(print) : [](std::string_view) {};
}

Value Vm::load(std::shared_ptr<const bytecode::Proto> proto) {
  heap::ProtoRef p = s_->heap.loadProto(std::move(proto));
  heap::ClosureRef c = s_->heap.newLuaClosure(p, s_->globals);
  return Value::closure(c);
}

void Vm::start(Value fn, const std::vector<Value>& args) {
  State& s = *s_;
  if (s.error.tag != Tag::Nil) s.heap.unpin(s.error);
  s.error = Value::nil();
  s.errorTraceback.clear();
  s.results.clear();
  s.executed = 0;
  s.needSettle = false;
  s.changes.clear();
  s.current = s.mainThread;
  heap::Coroutine& c = s.heap.coroutine(s.mainThread);
  s.closeUpvalues(c, 0);
  c.frames.clear();
  // lua.c has made two C calls (pmain, then the chunk) before the script
  // runs; they count toward LUAI_MAXCCALLS, so nesting limits match lua5.1.
  c.nativeDepth = s.hostNativeDepth;
  c.frameLimit = 0;
  c.top = 0;
  s.status = RunStatus::Ready;
  try {
    s.ensureStack(c, args.size() + 32);
    c.stack[c.top++] = fn;
    for (const Value& v : args) c.stack[c.top++] = v;
    if (s.call(0, -1, heap::ReturnTo::Host) == Next::Native) s.needSettle = true;
  } catch (const LuaError& e) {
    s.handleError(e.value);
  } catch (const heap::MemoryError&) {
    c.frames.clear();
    s.error = s.memoryErrorMessage;
    s.status = RunStatus::Error;
  }
  if (s.status != RunStatus::Error) s.status = RunStatus::Ready;
}

RunStatus Vm::run(uint64_t budget) {
  bool breakpoints = !s_->breakpointLines.empty();
  return s_->drive(budget, breakpoints, breakpoints);
}

RunStatus Vm::step() { return s_->drive(1, true, false); }
RunStatus Vm::status() const { return s_->status; }
uint64_t Vm::instructionsExecuted() const { return s_->executed; }
const std::vector<Value>& Vm::results() const { return s_->results; }
Value Vm::errorValue() const { return s_->error; }

std::string Vm::errorMessage() {
  const Value& e = s_->error;
  // lua.c's report(): nothing for nil, a fixed text for non-strings.
  if (e.tag == Tag::String || e.tag == Tag::Number) return s_->toDisplay(e);
  if (e.tag == Tag::Nil) return "";
  return "(error object is not a string)";
}

heap::CoroutineRef Vm::currentCoroutine() const { return s_->current; }
heap::CoroutineRef Vm::mainCoroutine() const { return s_->mainThread; }
std::string Vm::toDisplayString(const Value& v) { return s_->toDisplay(v); }

std::string Vm::traceback(heap::CoroutineRef thread, int level, std::string_view message) {
  return s_->traceback(thread, level, message);
}

const std::string& Vm::errorTraceback() const { return s_->errorTraceback; }

const std::vector<StepChange>& Vm::lastChanges() const { return s_->changes; }

void Vm::setBreakpoints(std::vector<int> lines) {
  std::sort(lines.begin(), lines.end());
  s_->breakpointLines = std::move(lines);
}

int Vm::currentLine(heap::CoroutineRef thread, size_t frameIndex) {
  heap::Coroutine& c = s_->heap.coroutine(thread);
  if (frameIndex >= c.frames.size()) return -1;
  const heap::CallFrame& f = c.frames[frameIndex];
  if (frameIndex + 1 == c.frames.size() && f.isLua) {
    // The innermost frame is paused before its next instruction.
    const bytecode::Proto* p = s_->heap.closure(f.function.asClosure()).code;
    if (f.pc >= 0 && static_cast<size_t>(f.pc) < p->lineInfo.size()) return p->lineInfo[static_cast<size_t>(f.pc)];
  }
  return s_->currentLine(f);
}

void Vm::collectGarbage() { s_->collectGarbage(); }

}  // namespace redlua::vm
