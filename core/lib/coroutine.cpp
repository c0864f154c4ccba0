// The coroutine library (the second half of Lua 5.1's lbaselib.c). resume
// and yield are requests to the interpreter, which switches stacks
// (vm/coroutines.cpp); nothing here blocks or recurses.
#include "common/limits.hpp"
#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::CoroutineStatus;
using heap::Tag;
using heap::Value;
using vm::NativeCall;

namespace {

heap::CoroutineRef checkCoroutine(NativeCall& call, int i) {
  Value v = call.arg(i);
  if (v.tag != Tag::Coroutine) call.argError(i, "coroutine expected");
  return v.asCoroutine();
}

// Why a coroutine cannot be resumed, or nullptr when it can (auxresume).
const char* resumeProblem(NativeCall& call, heap::CoroutineRef co) {
  if (co == call.s.current) return "cannot resume running coroutine";
  if (call.co().nativeDepth >= limits::kMaxNativeNesting) return "C stack overflow";
  switch (call.heap.coroutine(co).status) {
    case CoroutineStatus::Dead: return "cannot resume dead coroutine";
    case CoroutineStatus::Running: return "cannot resume running coroutine";
    case CoroutineStatus::Normal: return "cannot resume normal coroutine";
    case CoroutineStatus::Suspended: break;
  }
  return nullptr;
}

int coCreate(NativeCall& call) {
  Value f = call.arg(1);
  bool luaFunction = f.tag == Tag::Closure && !call.heap.closure(f.asClosure()).isNative;
  if (!luaFunction) call.argError(1, "Lua function expected");
  heap::CoroutineRef co = call.heap.newCoroutine();
  heap::Coroutine& c = call.heap.coroutine(co);
  c.body = call.arg(1);
  c.status = CoroutineStatus::Suspended;
  c.env = call.s.globals;
  return call.ret(Value::coroutine(co));
}

// Moves the values at [from, top) one slot up and puts `flag` before them.
int withFlag(NativeCall& call, uint32_t from, bool flag) {
  uint32_t top = call.top();
  call.push(Value::nil());
  std::vector<Value>& stack = call.stack();
  for (uint32_t i = top; i > from; i--) stack[i] = stack[i - 1];
  stack[from] = Value::boolean(flag);
  return static_cast<int>(top + 1 - from);
}

int coResume(NativeCall& call) {
  if (call.continuation == 1) return withFlag(call, call.resultBase(), call.resumeOk());
  heap::CoroutineRef co = checkCoroutine(call, 1);
  if (const char* problem = resumeProblem(call, co)) {
    call.pushBool(false);
    call.pushString(problem);
    return 2;
  }
  return call.resume(1, co, call.argCount() - 1);
}

int coWrapped(NativeCall& call) {
  if (call.continuation == 1) {
    if (call.resumeOk()) return static_cast<int>(call.top() - call.resultBase());
    Value err = call.stack()[call.resultBase()];
    if (err.tag == Tag::String || err.tag == Tag::Number) {
      std::string msg = call.s.where(1) + call.toDisplay(err);
      err = call.heap.newString(msg);
    }
    call.s.throwValue(err);
  }
  heap::CoroutineRef co = call.upvalue(0).asCoroutine();
  if (const char* problem = resumeProblem(call, co)) call.error(problem);
  return call.resume(1, co, call.argCount());
}

int coWrap(NativeCall& call) {
  coCreate(call);
  Value co = call.stack()[call.top() - 1];
  heap::ClosureRef f = call.heap.newNativeClosure(&coWrapped, 1, call.s.globals);
  heap::Closure& closure = call.heap.closure(f);
  closure.nativeUpvalues.resize(1);
  closure.nativeUpvalues[0] = co;
  return call.ret(Value::closure(f));
}

int coYield(NativeCall& call) { return call.yield(call.argCount()); }

int coStatus(NativeCall& call) {
  heap::CoroutineRef co = checkCoroutine(call, 1);
  if (co == call.s.current) return call.ret(call.heap.newString("running"));
  switch (call.heap.coroutine(co).status) {
    case CoroutineStatus::Suspended: return call.ret(call.heap.newString("suspended"));
    case CoroutineStatus::Running: return call.ret(call.heap.newString("running"));
    case CoroutineStatus::Normal: return call.ret(call.heap.newString("normal"));
    case CoroutineStatus::Dead: return call.ret(call.heap.newString("dead"));
  }
  return call.retNil();
}

int coRunning(NativeCall& call) {
  if (call.s.current == call.s.mainThread) return call.retNil();  // 5.1: nil in the main thread
  return call.ret(Value::coroutine(call.s.current));
}

}  // namespace

void openCoroutine(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 8);
  s.heap.rawSet(s.globals, s.heap.newString("coroutine"), Value::table(t));
  vm::setFunction(s, t, "create", coCreate);
  vm::setFunction(s, t, "resume", coResume);
  vm::setFunction(s, t, "wrap", coWrap);
  vm::setFunction(s, t, "yield", coYield);
  vm::setFunction(s, t, "status", coStatus);
  vm::setFunction(s, t, "running", coRunning);
}

}  // namespace redlua::lib
