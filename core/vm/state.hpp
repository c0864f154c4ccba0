// The VM's internal state, shared by the files of core/vm and core/lib.
// Not part of the public API (vm.hpp); builtins see it through NativeCall.
#pragma once

#include <cassert>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "heap/heap.hpp"
#include "vm/vm.hpp"

namespace redlua::vm {

// Slots kept free above a Lua frame's registers, so that a metamethod call
// (function + 3 arguments) or TFORLOOP's call needs no stack check.
inline constexpr size_t kExtraStack = 8;

// A Lua error in flight: thrown from anywhere inside the VM (instructions,
// builtins, metamethod set-up) and caught by the driver loop, which unwinds
// frames to the nearest protected builtin (pcall) or ends the run.
struct LuaError {
  heap::Value value;
};

// Lua 5.1's metamethod events, in ltm.c's order.
enum class Tm : uint8_t {
  Index, NewIndex, Gc, Mode, Eq, Add, Sub, Mul, Div, Mod, Pow, Unm, Len, Lt, Le, Concat, Call,
  Count
};

// What a builtin asked the driver to do when it returned kRequest.
enum class RequestKind : uint8_t { None, Call, Yield, Resume, Error };

struct Request {
  RequestKind kind = RequestKind::None;
  uint32_t funcIndex = 0;  // Call: fn slot; args follow up to the coroutine's top
  int wanted = -1;
  int continuation = 0;
  uint8_t protection = 0;      // 1 pcall, 2 xpcall (handler stored at handlerIndex)
  int errorContinuation = 0;
  heap::CoroutineRef target;   // Resume
  int count = 0;               // Yield/Resume: number of values at the top
  heap::Value error;           // Error: the error value (raised without a C++ exception)
};

using Change = StepChange;

struct Vm::State {
  explicit State(const VmConfig& config);

  Vm* self = nullptr;
  heap::Heap heap;
  heap::TableRef globals;
  heap::TableRef registry;
  heap::CoroutineRef mainThread;
  heap::CoroutineRef current;
  heap::TableRef typeMetatables[16];  // per heap::Tag, for non-table types (strings)
  heap::Value tmNames[static_cast<int>(Tm::Count)];
  heap::Value memoryErrorMessage;     // made in advance: no allocation is possible when it is needed
  heap::Value invalidNextKeyMessage;
  struct {
    heap::Value tostringEvent;   // "__tostring"
    heap::Value metatableField;  // "__metatable"
    heap::Value tostring;        // "tostring" (print calls the global one)
  } names;  // strings the builtins look up often, made once and pinned  // made in advance: no allocation is possible when it is needed

  Loader loader;
  std::function<void(std::string_view)> print;

  RunStatus status = RunStatus::Ready;
  uint64_t executed = 0;
  std::vector<heap::Value> results;
  heap::Value error;
  std::string errorTraceback;  // of an uncaught error, taken where it was raised

  Request request;
  std::vector<heap::Value> transfer;
  std::string concatBuffer;  // CONCAT builds its result here (reused buffer)  // values moving between coroutine stacks (reused buffer)

  // Stepping support (only written by the stepping instantiation).
  std::vector<Change> changes;      // what the last step changed
  std::vector<int> breakpointLines;
  bool recordChanges = true;
  struct {
    int line = -1;                          // line of the previous instruction seen
    size_t depth = 0;                       // frame depth then
    const bytecode::Instruction* pc = nullptr;
    heap::CoroutineRef thread;
    bool skip = false;                      // paused here: do not pause again before executing it
    bool enabled = false;                   // this run stops at breakpoints (step() never does)
  } breakState;
  // step() compares the stack window of the stepped frame before and after.
  struct {
    heap::CoroutineRef thread;
    uint32_t low = 0;
    std::vector<heap::Value> values;
  } snapshot;
  void takeSnapshot();
  void logRegisterChanges();
  void logTableWrite(heap::TableRef t, const heap::Value& key);
  void logUpvalueWrite(heap::UpvalueRef u);

  // Hot-path access to objects whose handles are valid by construction (the
  // running coroutine, closures in frames, upvalues of live closures): the
  // generation check is an assertion there, not a test on every instruction.
  heap::Coroutine& co() {
    assert(heap.coroutines().contains(current));
    return heap.coroutines().slotAt(current.index).object;
  }
  heap::Closure& closureOf(const heap::Value& v) {
    assert(heap.closures().contains(v.u.handle));
    return heap.closures().slotAt(v.u.handle.index).object;
  }
  heap::Table& tableOf(heap::RawHandle t) {
    assert(heap.tables().contains(t));
    return heap.tables().slotAt(t.index).object;
  }
  heap::Upvalue& upvalueOf(heap::UpvalueRef u) {
    assert(heap.upvalues().contains(u));
    return heap.upvalues().slotAt(u.index).object;
  }

  // ---- strings / conversions (values.cpp) ----
  heap::Value str(std::string_view s) { return heap.newString(s); }
  std::string_view view(const heap::Value& v) const { return heap.stringView(v); }
  std::string toDisplay(const heap::Value& v);
  bool toNumber(const heap::Value& v, double& out) const;   // numbers and numeric strings
  bool toStringCoerce(heap::Value& v);                      // numbers become strings in place

  // ---- metatables (metamethods.cpp) ----
  heap::TableRef metatableOf(const heap::Value& v);
  heap::Value metamethod(const heap::Value& v, Tm event);
  heap::Value metamethodIn(heap::TableRef mt, Tm event);

  // ---- errors (errors.cpp) ----
  [[noreturn]] void throwValue(const heap::Value& v);
  // A runtime error raised by the running Lua instruction: "chunk:line: msg".
  [[noreturn]] void runtimeError(const std::string& msg);
  [[noreturn]] void typeError(const heap::Value* operand, const char* op);
  [[noreturn]] void arithError(const heap::Value* a, const heap::Value* b);
  [[noreturn]] void concatError(const heap::Value* a, const heap::Value* b);
  [[noreturn]] void orderError(const heap::Value& a, const heap::Value& b);
  // "chunk:line:" of the Lua function `level` frames up (1 = caller of the builtin), or "".
  std::string where(int level);
  std::string chunkIdOf(const bytecode::Proto& p) const;
  int currentLine(const heap::CallFrame& f) const;
  // Name and kind of the function running in frames[index] ("global", "local", "method", ...).
  const char* functionName(const heap::Coroutine& c, size_t index, std::string& name) const;
  // ldblib.c's traceback. firstLevel: the lua_getstack level of the first
  // entry shown (decides where "..." goes); hostEntry adds lua.c's "[C]: ?".
  std::string traceback(heap::CoroutineRef thread, int level, std::string_view message, int firstLevel = 1,
                        bool hostEntry = false);

  // ---- calls (calls.cpp) ----
  // What the driver does next after a call/return was set up.
  enum class Next : uint8_t {
    Lua,     // a Lua frame is on top, ready to run
    Native,  // the builtin on top must be (re-)entered at its frame's continuation
    Done,    // the run is over (finished or uncaught error)
  };
  Next pendingNext = Next::Lua;  // set by pushMetaCall
  bool needSettle = false;
  bool handlingError = false;
  uint16_t hostNativeDepth = 2;  // C calls the host made before the script (lua.c: 2)    // an xpcall handler is being called: frames may pass the limit       // a builtin is waiting to be entered before Lua resumes

  void ensureStack(heap::Coroutine& c, size_t needed);
  // Calls stack[funcIndex] with the values above it up to the coroutine's top.
  Next call(uint32_t funcIndex, int wanted, heap::ReturnTo returnTo, heap::MetaAction action = heap::MetaAction::Store,
            int32_t target = 0);
  void enterLua(uint32_t funcIndex, int nargs, heap::Value fn, int wanted, heap::ReturnTo returnTo,
                heap::MetaAction action, int32_t target, uint16_t tailCalls);
  inline void enterLuaInline(uint32_t funcIndex, int nargs, heap::Value fn, int wanted, heap::ReturnTo returnTo,
                             heap::MetaAction action, int32_t target, uint16_t tailCalls);  // interpreter.cpp
  void checkFrameLimit(heap::Coroutine& c) {
    if (c.frames.size() >= c.frameLimit) frameLimitReached(c);
  }
  void frameLimitReached(heap::Coroutine& c);  // raises "stack overflow" (or sets the first limit)
  Next settle(Next n);   // drives builtins until a Lua frame is on top or the run ended
  Next stepNative();
  inline bool callNativeInline(uint32_t funcIndex, int wanted);  // interpreter.cpp
  Next stepNativeRequest();  // the builtin on top returned kRequest: act on it
  Next deliver(const heap::CallFrame& popped, uint32_t firstResult, int n);
  Next applyMeta(const heap::CallFrame& popped);
  Next handleError(heap::Value err);
  Next unwindTo(size_t frameIndex, const heap::Value& v);
  Next finishCoroutine(bool ok, uint32_t firstResult, int n);
  void closeUpvalues(heap::Coroutine& c, uint32_t level);
  heap::UpvalueRef findUpvalue(uint32_t stackIndex);
  void pushMetaCall(const heap::Value& fn, const heap::Value* args, int nargs, heap::MetaAction action, int32_t target);

  // ---- metamethod-aware operations from Lua frames (metamethods.cpp) ----
  // Each returns true when a metamethod frame was pushed (the result is
  // applied when it returns; pendingNext says how to go on), false when
  // `out` holds the result.
  // Follows t[key] through __index tables as Lua's gettable does: false with
  // `out` set when a value was found, true when the __index function
  // `handler` must be called as handler(self, key). Raises the 5.1 errors.
  bool indexChain(heap::Value t, const heap::Value& key, const heap::Value* tSlot, bool rawMissed, heap::Value& out,
                  heap::Value& handler, heap::Value& self);
  bool getTable(heap::Value t, heap::Value key, const heap::Value* tSlot, int32_t target, heap::Value& out,
                bool rawMissed = false);
  bool setTable(heap::Value t, heap::Value key, heap::Value val, const heap::Value* tSlot);
  bool arith(Tm event, const heap::Value* a, const heap::Value* b, int32_t target, heap::Value& out);
  bool len(const heap::Value* a, int32_t target, heap::Value& out);
  bool concat(int32_t firstReg, int32_t lastReg, int32_t target);
  // EQ/LT/LE: 0/1 for a decided comparison, -1 when a metamethod frame was pushed.
  int equals(const heap::Value& a, const heap::Value& b);
  int lessThan(const heap::Value& a, const heap::Value& b);
  int lessEqual(const heap::Value& a, const heap::Value& b);
  void rawSetChecked(heap::TableRef t, const heap::Value& key, const heap::Value& val);

  // ---- running (interpreter.cpp) ----
  template <bool Stepping>
  void execute(uint64_t budget);
  RunStatus drive(uint64_t budget, bool stepping, bool breakpoints);
  void maybeCollect();
  void collectGarbage();

  // ---- coroutines (coroutines.cpp) ----
  Next doYield(int count);
  Next doResume(heap::CoroutineRef target, int count);
};

// Lua's number formatting ("%.14g").
std::string numberToString(double n);
// luaO_str2d: the whole string must be a number (decimal, or hex via 0x).
bool stringToNumber(std::string_view s, double& out);
std::string chunkId(std::string_view source);
double arithmetic(Tm event, double a, double b);

}  // namespace redlua::vm
