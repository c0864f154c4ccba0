// The main loop: one case per opcode of bytecode/opcodes.hpp.
//
// It runs the Lua frame on top of the current coroutine; calls and returns
// push and pop frames and jump back to `reload`, so the C++ stack stays flat
// whatever the script does (DESIGN.md decision 4). Common cases (number
// arithmetic, array-part access, Lua-to-Lua calls) are inline; anything that
// may call out, allocate or grow the stack goes through a helper and then
// re-reads the base pointer (Lua's Protect idiom).
//
// The loop is a template on Stepping (as Luau does with its single-step
// flag): the plain instantiation has no per-instruction hook at all; the
// stepping one checks breakpoints and logs table and upvalue writes (the
// driver diffs the registers around a single step, vm.cpp).
#include <algorithm>
#include <cmath>

#include "common/limits.hpp"
#include "vm/native_call.hpp"
#include "vm/state.hpp"

// The interpreter's CALL wants enterLua inlined even though it is large.
#if defined(__GNUC__) || defined(__clang__)
#define REDLUA_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define REDLUA_ALWAYS_INLINE inline
#endif

namespace redlua::vm {

using bytecode::Instruction;
using bytecode::Op;
using heap::CallFrame;
using heap::MetaAction;
using heap::ReturnTo;
using heap::Tag;
using heap::Value;
using Next = Vm::State::Next;

namespace {

// Integer keys in the array part: Lua's fast path for t[i].
inline bool arrayIndex(const Value& key, size_t size, size_t& index) {
  if (key.tag != Tag::Number) return false;
  double d = key.u.number;
  if (!(d >= 1.0 && d <= static_cast<double>(size))) return false;
  size_t i = static_cast<size_t>(d);
  if (static_cast<double>(i) != d) return false;
  index = i - 1;
  return true;
}

}  // namespace

void Vm::State::maybeCollect() {
  if (heap.wantsCollection()) collectGarbage();
}

void Vm::State::collectGarbage() {
  heap.collect([this](heap::Marker& m) {
    m.mark(Value::table(globals));
    m.mark(Value::table(registry));
    m.mark(Value::coroutine(mainThread));
    m.mark(Value::coroutine(current));
    for (heap::TableRef t : typeMetatables)
      if (t.generation != 0) m.mark(Value::table(t));
    for (const Value& v : tmNames) m.mark(v);
    // The resume chain: every coroutine from the current one back to main.
    heap::CoroutineRef c = current;
    for (int guard = 0; guard < 1000000; guard++) {
      const heap::Coroutine& co = heap.coroutine(c);
      m.mark(Value::coroutine(c));
      for (heap::UpvalueRef u : co.openUpvalues) m.mark(heap::Kind::Upvalue, u);
      if (co.resumer.tag != Tag::Coroutine) break;
      c = co.resumer.asCoroutine();
    }
    for (const Value& v : results) m.mark(v);
  });
}

// Enters a Lua function (luaD_precall's Lua half): lays out the arguments,
// the varargs and the register window, and pushes the frame. Defined here so
// that the interpreter's CALL inlines it.
REDLUA_ALWAYS_INLINE void Vm::State::enterLuaInline(uint32_t funcIndex, int nargs, Value fn, int wanted, ReturnTo returnTo,
                                MetaAction action, int32_t target, uint16_t tailCalls) {
  heap::Coroutine* c = &co();
  checkFrameLimit(*c);
  heap::Closure& closure = closureOf(fn);
  const bytecode::Proto* p = closure.code;
  size_t need = funcIndex + 1 + static_cast<size_t>(nargs) + p->maxStackSize + kExtraStack + p->numParams;
  if (need > c->stack.size()) ensureStack(*c, need);
  Value* stack = c->stack.data();
  int numParams = p->numParams;
  uint32_t base;
  uint32_t filled;  // registers from here to the top start as nil
  uint32_t varargBase = 0, numVarargs = 0;
  if (!(p->isVararg & bytecode::kVarargIsVararg)) {
    base = funcIndex + 1;
    filled = base + static_cast<uint32_t>(std::min(nargs, numParams));
  } else {
    // Fixed parameters move above the actual arguments; what remains below
    // them are the varargs (adjust_varargs).
    for (int i = nargs; i < numParams; i++) stack[funcIndex + 1 + static_cast<uint32_t>(i)] = Value::nil();
    int actual = std::max(nargs, numParams);
    base = funcIndex + 1 + static_cast<uint32_t>(actual);
    varargBase = funcIndex + 1 + static_cast<uint32_t>(numParams);
    numVarargs = static_cast<uint32_t>(actual - numParams);
    for (int i = 0; i < numParams; i++) {
      stack[base + static_cast<uint32_t>(i)] = stack[funcIndex + 1 + static_cast<uint32_t>(i)];
      stack[funcIndex + 1 + static_cast<uint32_t>(i)] = Value::nil();
    }
    filled = base + static_cast<uint32_t>(numParams);
    if (p->isVararg & bytecode::kVarargNeedsArg) {
      // Lua 5.0 compatibility: the varargs as a table named `arg`, with n.
      heap::TableRef t = heap.newTable(static_cast<int>(numVarargs), 1);
      heap::Table& table = heap.table(t);
      for (uint32_t i = 0; i < numVarargs; i++)
        table.set(heap, t, Value::number(static_cast<double>(i + 1)), co().stack[varargBase + i]);
      table.set(heap, t, heap.newString("n"), Value::number(static_cast<double>(numVarargs)));
      c = &co();
      stack = c->stack.data();
      stack[filled++] = Value::table(t);
    }
  }
  uint32_t top = base + p->maxStackSize;
  // Only the tag: a nil's payload is never read (Lua's setnilvalue does the same).
  for (Value *r = stack + filled, *end = stack + top; r < end; r++) r->tag = Tag::Nil;
  c->top = top;
  heap::Closure& cl = closure;  // (a new table moves no closure)
  CallFrame& fr = c->frames.emplace_back();
  fr.function = fn;
  fr.proto = p;
  fr.constants = heap.protos().slotAt(cl.proto.index).object.constants.data();
  fr.upvalues = cl.upvalues.data();
  fr.env = cl.env;
  fr.base = base;
  fr.funcIndex = funcIndex;
  fr.top = top;
  fr.wantedResults = static_cast<int16_t>(wanted);
  fr.tailCalls = tailCalls;
  fr.varargBase = varargBase;
  fr.numVarargs = numVarargs;
  fr.isLua = true;
  fr.returnTo = returnTo;
  fr.metaAction = action;
  fr.metaTarget = target;
}

void Vm::State::enterLua(uint32_t funcIndex, int nargs, Value fn, int wanted, ReturnTo returnTo, MetaAction action,
                         int32_t target, uint16_t tailCalls) {
  enterLuaInline(funcIndex, nargs, fn, wanted, returnTo, action, target, tailCalls);
}

// Runs the light builtin at stack[funcIndex] for a CALL of the Lua frame on
// top, with its results placed as CALL wants them. Returns false when the
// builtin made a request instead; it has then been acted on (settled).
REDLUA_ALWAYS_INLINE bool Vm::State::callNativeInline(uint32_t funcIndex, int wanted) {
  heap::Coroutine* c = &co();
  checkFrameLimit(*c);
  uint32_t nargs = c->top - funcIndex - 1;
  CallFrame& nf = c->frames.emplace_back();
  nf.function = c->stack[funcIndex];
  nf.funcIndex = funcIndex;
  nf.base = funcIndex + 1;
  nf.top = funcIndex + 1 + nargs;
  nf.wantedResults = static_cast<int16_t>(wanted);
  heap::NativeFunction fn = nf.function.u.native;
  request.kind = RequestKind::None;
  NativeCall nc(*this, funcIndex + 1, static_cast<int>(nargs), 0);
  int r = fn(nc);
  if (r < 0) {
    settle(stepNativeRequest());
    return false;
  }
  c = &co();
  c->frames.pop_back();
  Value* stack = c->stack.data();
  uint32_t first = c->top - static_cast<uint32_t>(r);
  if (wanted < 0) {
    for (int j = 0; j < r; j++) stack[funcIndex + static_cast<uint32_t>(j)] = stack[first + static_cast<uint32_t>(j)];
    c->top = funcIndex + static_cast<uint32_t>(r);
  } else {
    int j = 0;
    for (; j < r && j < wanted; j++) stack[funcIndex + static_cast<uint32_t>(j)] = stack[first + static_cast<uint32_t>(j)];
    for (; j < wanted; j++) stack[funcIndex + static_cast<uint32_t>(j)] = Value::nil();
    c->top = c->frames.back().top;
  }
  return true;
}

template <bool Stepping>
void Vm::State::execute(uint64_t budget) {
  // `remaining` counts down the budget; `executed` is brought up to date
  // whenever the loop is left, also by an exception (a try block rather than
  // a guard object: a guard would take the counter's address and keep it
  // out of a register).
  uint64_t remaining = budget ? budget : ~uint64_t{0};
  const uint64_t startBudget = remaining;

  heap::Coroutine* c;
  CallFrame* frame;
  const Instruction* code;
  const Instruction* pc;
  const Value* k;
  Value* base;

#define SAVEPC() (frame->pc = static_cast<int32_t>(pc - code))
#define REFRESH() (base = c->stack.data() + frame->base)
#define RA() (base + bytecode::argA(i))
#define RB() (base + bytecode::argB(i))
#define RKB() (bytecode::isK(bytecode::argB(i)) ? k + bytecode::indexK(bytecode::argB(i)) : base + bytecode::argB(i))
#define RKC() (bytecode::isK(bytecode::argC(i)) ? k + bytecode::indexK(bytecode::argC(i)) : base + bytecode::argC(i))
// After a helper that may have pushed a frame (metamethod) or reallocated the stack.
#define AFTER_CALLOUT(pushed)              \
  do {                                     \
    if (pushed) {                          \
      if (pendingNext == Next::Native) settle(pendingNext); \
      goto reload;                         \
    }                                      \
    c = &co();                             \
    frame = &c->frames.back();             \
    REFRESH();                             \
  } while (0)

  try {
reload:
  if (status == RunStatus::Finished || status == RunStatus::Error) goto done;
  c = &co();
  if (c->frames.empty()) goto done;
  frame = &c->frames.back();
  if (!frame->isLua) {
    settle(Next::Native);
    goto reload;
  }
newFrame:  // c is current and frame is its innermost frame, a Lua one
  code = frame->proto->code.data();
  k = frame->constants;
  pc = code + frame->pc;
  REFRESH();

  for (;;) {
    if (remaining == 0) {
      SAVEPC();
      status = RunStatus::Paused;
      goto done;
    }
    if constexpr (Stepping) {
      if (breakState.enabled) {
        // Pause before the first instruction of a breakpoint line: when the
        // line differs from the previous instruction's, or a jump went back.
        const bytecode::Proto* proto = frame->proto;
        int line = proto->lineInfo.empty() ? 0 : proto->lineInfo[static_cast<size_t>(pc - code)];
        size_t depth = c->frames.size();
        bool newLine = line != breakState.line || depth != breakState.depth || pc <= breakState.pc ||
                       current != breakState.thread;
        breakState.line = line;
        breakState.depth = depth;
        breakState.pc = pc;
        breakState.thread = current;
        if (newLine && !breakState.skip && std::binary_search(breakpointLines.begin(), breakpointLines.end(), line)) {
          SAVEPC();
          breakState.skip = true;  // continuing from here runs this instruction
          status = RunStatus::Paused;
          goto done;
        }
        breakState.skip = false;
      }
    }
    remaining--;
    const Instruction i = *pc++;
    Value* ra = RA();
    switch (bytecode::opOf(i)) {
      case Op::MOVE:
        *ra = *RB();
        break;
      case Op::LOADK:
        *ra = k[bytecode::argBx(i)];
        break;
      case Op::LOADBOOL:
        *ra = Value::boolean(bytecode::argB(i) != 0);
        if (bytecode::argC(i)) pc++;
        break;
      case Op::LOADNIL: {
        Value* rb = RB();
        for (Value* r = ra; r <= rb; r++) *r = Value::nil();
        break;
      }
      case Op::GETUPVAL: {
        heap::Upvalue& uv = upvalueOf(frame->upvalues[bytecode::argB(i)]);
        if (!uv.open) *ra = uv.closed;
        else if (uv.thread == current) *ra = c->stack[uv.stackIndex];
        else *ra = heap.coroutine(uv.thread).stack[uv.stackIndex];
        break;
      }
      case Op::GETGLOBAL: {
        const Value& key = k[bytecode::argBx(i)];
        heap::TableRef env = frame->env;
        heap::Table& g = tableOf(env);
        Value v = g.get(key);
        if (!v.isNil() || !g.hasMetatable()) {
          *ra = v;
          break;
        }
        SAVEPC();
        Value out;
        bool pushed = getTable(Value::table(env), key, nullptr, bytecode::argA(i), out, true);
        AFTER_CALLOUT(pushed);
        base[bytecode::argA(i)] = out;
        break;
      }
      case Op::GETTABLE: {
        Value* rb = RB();
        const Value* rc = RKC();
        bool missed = false;
        if (rb->tag == Tag::Table) {
          heap::Table& t = tableOf(rb->u.handle);
          size_t idx;
          Value v;
          if (arrayIndex(*rc, t.arraySize(), idx)) v = t.arrayPart()[idx];
          else v = t.get(*rc);
          if (!v.isNil() || !t.hasMetatable()) {
            *ra = v;
            break;
          }
          missed = true;
        }
        SAVEPC();
        Value out;
        bool pushed = getTable(*rb, *rc, rb, bytecode::argA(i), out, missed);
        AFTER_CALLOUT(pushed);
        base[bytecode::argA(i)] = out;
        break;
      }
      case Op::SETGLOBAL: {
        const Value& key = k[bytecode::argBx(i)];
        SAVEPC();
        heap::TableRef env = frame->env;
        heap::Table& g = tableOf(env);
        if (!g.hasMetatable() && !g.readonly) {
          if constexpr (Stepping) logTableWrite(env, key);
          g.set(heap, env, key, *ra);
          g.absentMetamethods = 0;
          maybeCollect();
          break;
        }
        if constexpr (Stepping) logTableWrite(env, key);
        bool pushed = setTable(Value::table(env), key, *ra, nullptr);
        AFTER_CALLOUT(pushed);
        break;
      }
      case Op::SETUPVAL: {
        heap::Upvalue& uv = upvalueOf(frame->upvalues[bytecode::argB(i)]);
        if constexpr (Stepping) logUpvalueWrite(frame->upvalues[bytecode::argB(i)]);
        if (!uv.open) uv.closed = *ra;
        else if (uv.thread == current) c->stack[uv.stackIndex] = *ra;
        else heap.coroutine(uv.thread).stack[uv.stackIndex] = *ra;
        break;
      }
      case Op::SETTABLE: {
        const Value* rb = RKB();
        const Value* rc = RKC();
        if (ra->tag == Tag::Table) {
          heap::Table& t = tableOf(ra->u.handle);
          size_t idx;
          if (arrayIndex(*rb, t.arraySize(), idx) && !t.readonly &&
              (!t.hasMetatable() || !t.arrayPart()[idx].isNil())) {
            if constexpr (Stepping) logTableWrite(ra->asTable(), *rb);
            t.mutableArray()[idx] = *rc;
            break;
          }
          if (!t.hasMetatable()) {
            SAVEPC();
            if constexpr (Stepping) logTableWrite(ra->asTable(), *rb);
            rawSetChecked(ra->asTable(), *rb, *rc);
            maybeCollect();
            break;
          }
        }
        SAVEPC();
        if constexpr (Stepping)
          if (ra->tag == Tag::Table) logTableWrite(ra->asTable(), *rb);
        bool pushed = setTable(*ra, *rb, *rc, ra);
        AFTER_CALLOUT(pushed);
        break;
      }
      case Op::NEWTABLE: {
        SAVEPC();
        heap::TableRef t = heap.newTable(bytecode::floatByteToInt(bytecode::argB(i)),
                                         bytecode::floatByteToInt(bytecode::argC(i)));
        base[bytecode::argA(i)] = Value::table(t);
        maybeCollect();
        break;
      }
      case Op::SELF: {
        Value obj = *RB();
        const Value* rc = RKC();
        ra[1] = obj;
        bool missed = false;
        if (obj.tag == Tag::Table) {
          heap::Table& t = tableOf(obj.u.handle);
          Value v = t.get(*rc);
          if (!v.isNil() || !t.hasMetatable()) {
            *ra = v;
            break;
          }
          missed = true;
        }
        SAVEPC();
        Value out;
        bool pushed = getTable(obj, *rc, RB(), bytecode::argA(i), out, missed);
        AFTER_CALLOUT(pushed);
        base[bytecode::argA(i)] = out;
        break;
      }
#define ARITH_CASE(OPNAME, EVENT, EXPR)                                        \
  case Op::OPNAME: {                                                           \
    const Value* rb = RKB();                                                   \
    const Value* rc = RKC();                                                   \
    if (rb->tag == Tag::Number && rc->tag == Tag::Number) {                    \
      double x = rb->u.number, y = rc->u.number;                               \
      *ra = Value::number(EXPR);                                               \
      break;                                                                   \
    }                                                                          \
    SAVEPC();                                                                  \
    Value out;                                                                 \
    bool pushed = arith(Tm::EVENT, rb, rc, bytecode::argA(i), out);            \
    AFTER_CALLOUT(pushed);                                                     \
    base[bytecode::argA(i)] = out;                                             \
    break;                                                                     \
  }
      ARITH_CASE(ADD, Add, x + y)
      ARITH_CASE(SUB, Sub, x - y)
      ARITH_CASE(MUL, Mul, x * y)
      ARITH_CASE(DIV, Div, x / y)
      ARITH_CASE(MOD, Mod, x - std::floor(x / y) * y)
      ARITH_CASE(POW, Pow, std::pow(x, y))
#undef ARITH_CASE
      case Op::UNM: {
        const Value* rb = RB();
        if (rb->tag == Tag::Number) {
          *ra = Value::number(-rb->u.number);
          break;
        }
        SAVEPC();
        Value out;
        bool pushed = arith(Tm::Unm, rb, rb, bytecode::argA(i), out);
        AFTER_CALLOUT(pushed);
        base[bytecode::argA(i)] = out;
        break;
      }
      case Op::NOT:
        *ra = Value::boolean(RB()->isFalsy());
        break;
      case Op::LEN: {
        const Value* rb = RB();
        if (rb->tag == Tag::Table) {
          *ra = Value::number(static_cast<double>(tableOf(rb->u.handle).border()));
          break;
        }
        if (rb->tag == Tag::String) {
          *ra = Value::number(static_cast<double>(heap.stringView(*rb).size()));
          break;
        }
        SAVEPC();
        Value out;
        bool pushed = len(rb, bytecode::argA(i), out);
        AFTER_CALLOUT(pushed);
        base[bytecode::argA(i)] = out;
        break;
      }
      case Op::CONCAT: {
        SAVEPC();
        bool pushed = concat(bytecode::argB(i), bytecode::argC(i), bytecode::argA(i));
        AFTER_CALLOUT(pushed);
        maybeCollect();
        break;
      }
      case Op::JMP:
        pc += bytecode::argSBx(i);
        break;
      case Op::EQ: {
        const Value* rb = RKB();
        const Value* rc = RKC();
        int res;
        if (rb->tag != rc->tag) res = 0;
        else if (rb->tag == Tag::Number) res = rb->u.number == rc->u.number;
        else if (rawEqual(*rb, *rc)) res = 1;
        else if (rb->tag != Tag::Table && rb->tag != Tag::Userdata) res = 0;
        else {
          SAVEPC();
          res = equals(*rb, *rc);
          if (res < 0) AFTER_CALLOUT(true);
        }
        if (res == bytecode::argA(i)) pc += bytecode::argSBx(*pc);
        pc++;
        break;
      }
      case Op::LT: {
        const Value* rb = RKB();
        const Value* rc = RKC();
        int res;
        if (rb->tag == Tag::Number && rc->tag == Tag::Number) res = rb->u.number < rc->u.number;
        else {
          SAVEPC();
          res = lessThan(*rb, *rc);
          if (res < 0) AFTER_CALLOUT(true);
        }
        if (res == bytecode::argA(i)) pc += bytecode::argSBx(*pc);
        pc++;
        break;
      }
      case Op::LE: {
        const Value* rb = RKB();
        const Value* rc = RKC();
        int res;
        if (rb->tag == Tag::Number && rc->tag == Tag::Number) res = rb->u.number <= rc->u.number;
        else {
          SAVEPC();
          res = lessEqual(*rb, *rc);
          if (res < 0) AFTER_CALLOUT(true);
        }
        if (res == bytecode::argA(i)) pc += bytecode::argSBx(*pc);
        pc++;
        break;
      }
      case Op::TEST:
        if (static_cast<int>(ra->isFalsy()) != bytecode::argC(i)) pc += bytecode::argSBx(*pc);
        pc++;
        break;
      case Op::TESTSET: {
        const Value* rb = RB();
        if (static_cast<int>(rb->isFalsy()) != bytecode::argC(i)) {
          *ra = *rb;
          pc += bytecode::argSBx(*pc);
        }
        pc++;
        break;
      }
      case Op::CALL: {
        int b = bytecode::argB(i);
        int wanted = bytecode::argC(i) - 1;
        uint32_t funcIndex = static_cast<uint32_t>(ra - c->stack.data());
        if (b != 0) c->top = funcIndex + static_cast<uint32_t>(b);
        SAVEPC();
        if (ra->tag == Tag::Closure && !closureOf(*ra).isNative) {
          enterLuaInline(funcIndex, static_cast<int>(c->top - funcIndex - 1), *ra, wanted, ReturnTo::LuaCall,
                   MetaAction::Store, 0, 0);
          frame = &c->frames.back();
          goto newFrame;
        }
        if (ra->tag == Tag::Native) {
          // A light builtin: run it right here; only a request (it wants
          // to call Lua, yield, resume or raise) takes the general path.
          if (!callNativeInline(funcIndex, wanted)) {
            maybeCollect();
            goto reload;
          }
          c = &co();
          frame = &c->frames.back();
          REFRESH();
          maybeCollect();
          break;
        }
        Next n = call(funcIndex, wanted, ReturnTo::LuaCall);
        if (n == Next::Native) settle(n);
        maybeCollect();
        goto reload;
      }
      case Op::TAILCALL: {
        int b = bytecode::argB(i);
        uint32_t funcIndex = static_cast<uint32_t>(ra - c->stack.data());
        if (b != 0) c->top = funcIndex + static_cast<uint32_t>(b);
        SAVEPC();
        if (ra->tag == Tag::Closure && !closureOf(*ra).isNative) {
          // Replace this frame by the callee's: constant space for any
          // number of tail calls.
          if (!c->openUpvalues.empty()) closeUpvalues(*c, frame->base);
          CallFrame old = *frame;
          uint32_t nargs = c->top - funcIndex - 1;
          Value* stack = c->stack.data();
          for (uint32_t j = 0; j <= nargs; j++) stack[old.funcIndex + j] = stack[funcIndex + j];
          c->top = old.funcIndex + 1 + nargs;
          Value fn = stack[old.funcIndex];
          c->frames.pop_back();
          enterLua(old.funcIndex, static_cast<int>(nargs), fn, old.wantedResults, old.returnTo, old.metaAction,
                   old.metaTarget, static_cast<uint16_t>(old.tailCalls + 1));
          goto reload;
        }
        // A builtin (or __call): an ordinary call; the RETURN that follows
        // passes its results on.
        if (ra->tag == Tag::Native) {
          if (!callNativeInline(funcIndex, -1)) goto reload;
          c = &co();
          frame = &c->frames.back();
          REFRESH();
          break;
        }
        Next n = call(funcIndex, -1, ReturnTo::LuaCall);
        if (n == Next::Native) settle(n);
        goto reload;
      }
      case Op::RETURN: {
        int b = bytecode::argB(i);
        uint32_t first = static_cast<uint32_t>(ra - c->stack.data());
        int n = b != 0 ? b - 1 : static_cast<int>(c->top - first);
        SAVEPC();
        if (!c->openUpvalues.empty() && c->highestOpenUpvalue >= frame->base) closeUpvalues(*c, frame->base);
        if (frame->returnTo == ReturnTo::LuaCall) {
          Value* stack = c->stack.data();
          uint32_t dst = frame->funcIndex;
          int wanted = frame->wantedResults;
          c->frames.pop_back();
          Value* to = stack + dst;
          const Value* from = stack + first;
          if (wanted == 1) {
            // The common case: one value wanted (an expression's call).
            *to = n > 0 ? *from : Value::nil();
            c->top = c->frames.back().top;
          } else if (wanted < 0) {
            for (int j = 0; j < n; j++) to[j] = from[j];
            c->top = dst + static_cast<uint32_t>(n);
          } else {
            int m = n < wanted ? n : wanted;
            for (int j = 0; j < m; j++) to[j] = from[j];
            for (int j = m; j < wanted; j++) to[j] = Value::nil();
            c->top = c->frames.back().top;
          }
          frame = &c->frames.back();
          goto newFrame;
        }
        CallFrame popped = *frame;
        c->frames.pop_back();
        Next nx = deliver(popped, first, n);
        if (nx == Next::Native) settle(nx);
        goto reload;
      }
      case Op::FORLOOP: {
        double step = ra[2].u.number;
        double idx = ra[0].u.number + step;
        double limit = ra[1].u.number;
        if (step > 0 ? idx <= limit : limit <= idx) {
          pc += bytecode::argSBx(i);
          ra[0] = Value::number(idx);
          ra[3] = Value::number(idx);
        }
        break;
      }
      case Op::FORPREP: {
        SAVEPC();
        double init, limit, step;
        if (!toNumber(ra[0], init)) runtimeError("'for' initial value must be a number");
        if (!toNumber(ra[1], limit)) runtimeError("'for' limit must be a number");
        if (!toNumber(ra[2], step)) runtimeError("'for' step must be a number");
        ra[0] = Value::number(init - step);
        ra[1] = Value::number(limit);
        ra[2] = Value::number(step);
        pc += bytecode::argSBx(i);
        break;
      }
      case Op::TFORLOOP: {
        int a = bytecode::argA(i);
        ra[3] = ra[0];
        ra[4] = ra[1];
        ra[5] = ra[2];
        uint32_t funcIndex = static_cast<uint32_t>(ra + 3 - c->stack.data());
        c->top = funcIndex + 3;
        SAVEPC();
        if (ra->tag == Tag::Native) {
          // next/ipairs' iterator and other light builtins: called right here.
          checkFrameLimit(*c);
          if (c->nativeDepth + 1 >= limits::kMaxNativeNesting) runtimeError("C stack overflow");
          CallFrame& nf = c->frames.emplace_back();
          nf.function = *ra;
          nf.funcIndex = funcIndex;
          nf.base = funcIndex + 1;
          nf.top = funcIndex + 3;
          nf.wantedResults = static_cast<int16_t>(bytecode::argC(i));
          nf.returnTo = ReturnTo::Meta;
          nf.metaAction = MetaAction::TForLoop;
          nf.metaTarget = a;
          c->nativeDepth++;
          heap::NativeFunction fn = ra->u.native;
          request.kind = RequestKind::None;
          NativeCall nc(*this, funcIndex + 1, 2, 0);
          int r = fn(nc);
          c = &co();
          if (r < 0) {
            settle(stepNativeRequest());
            goto reload;
          }
          c->nativeDepth--;
          c->frames.pop_back();
          frame = &c->frames.back();
          Value* stack = c->stack.data();
          uint32_t first = c->top - static_cast<uint32_t>(r);
          int wanted = bytecode::argC(i);
          int j = 0;
          for (; j < r && j < wanted; j++) stack[funcIndex + static_cast<uint32_t>(j)] = stack[first + static_cast<uint32_t>(j)];
          for (; j < wanted; j++) stack[funcIndex + static_cast<uint32_t>(j)] = Value::nil();
          c->top = frame->top;
          REFRESH();
          ra = RA();
          if (!ra[3].isNil()) {
            ra[2] = ra[3];
            pc += bytecode::argSBx(*pc);
          }
          pc++;
          break;
        }
        Next n = call(funcIndex, bytecode::argC(i), ReturnTo::Meta, MetaAction::TForLoop, a);
        if (n == Next::Native) settle(n);
        goto reload;
      }
      case Op::SETLIST: {
        int n = bytecode::argB(i);
        int batch = bytecode::argC(i);
        if (n == 0) n = static_cast<int>(c->top - static_cast<uint32_t>(ra - c->stack.data())) - 1;
        if (batch == 0) batch = static_cast<int>(*pc++);
        SAVEPC();
        heap::TableRef tref = ra->asTable();
        heap::Table& t = heap.table(tref);
        size_t last = static_cast<size_t>((batch - 1) * bytecode::kFieldsPerFlush + n);
        if (last > t.arraySize()) t.resize(heap, tref, static_cast<int>(last), static_cast<int>(t.hashSize()));
        heap::Table& t2 = heap.table(tref);
        for (int j = 1; j <= n; j++) {
          size_t index = static_cast<size_t>((batch - 1) * bytecode::kFieldsPerFlush + j);
          if (index <= t2.arraySize()) t2.mutableArray()[index - 1] = ra[j];
          else t2.set(heap, tref, Value::number(static_cast<double>(index)), ra[j]);
        }
        c->top = frame->top;
        maybeCollect();
        break;
      }
      case Op::CLOSE:
        closeUpvalues(*c, static_cast<uint32_t>(ra - c->stack.data()));
        break;
      case Op::CLOSURE: {
        SAVEPC();
        heap::ProtoRef child = heap.proto(heap.closure(frame->function.asClosure()).proto)
                                   .children[static_cast<size_t>(bytecode::argBx(i))];  // (rare enough to look up)
        heap::ClosureRef nc = heap.newLuaClosure(child, frame->env);
        heap::Closure& closure = heap.closure(nc);
        int nups = closure.code->numUpvalues;
        // (Creating upvalues allocates in another arena: `closure` stays put.)
        std::vector<heap::UpvalueRef>& ups = closure.upvalues;
        ups.resize(static_cast<size_t>(nups));
        for (int j = 0; j < nups; j++, pc++) {
          Instruction pseudo = *pc;
          if (bytecode::opOf(pseudo) == Op::GETUPVAL)
            ups[static_cast<size_t>(j)] = frame->upvalues[bytecode::argB(pseudo)];
          else
            ups[static_cast<size_t>(j)] = findUpvalue(frame->base + static_cast<uint32_t>(bytecode::argB(pseudo)));
        }
        c = &co();
        frame = &c->frames.back();
        REFRESH();
        base[bytecode::argA(i)] = Value::closure(nc);
        SAVEPC();
        maybeCollect();
        break;
      }
      case Op::VARARG: {
        int b = bytecode::argB(i);
        int n = b - 1;
        uint32_t avail = frame->numVarargs;
        uint32_t a = static_cast<uint32_t>(ra - c->stack.data());
        if (n < 0) {
          n = static_cast<int>(avail);
          SAVEPC();
          ensureStack(*c, a + avail + 8);
          REFRESH();
          c->top = a + avail;
        }
        Value* stack = c->stack.data();
        for (int j = 0; j < n; j++)
          stack[a + static_cast<uint32_t>(j)] =
              static_cast<uint32_t>(j) < avail ? stack[frame->varargBase + static_cast<uint32_t>(j)] : Value::nil();
        break;
      }
    }
  }
  } catch (...) {
    executed += startBudget - remaining;
    throw;
  }
done:
  executed += startBudget - remaining;
#undef SAVEPC
#undef REFRESH
#undef RA
#undef RB
#undef RKB
#undef RKC
#undef AFTER_CALLOUT
}

template void Vm::State::execute<false>(uint64_t);
template void Vm::State::execute<true>(uint64_t);

}  // namespace redlua::vm
