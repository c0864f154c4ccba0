// The slow paths of the instructions: coercions and metamethods (ltm.c and
// the helpers of lvm.c). The interpreter handles the common cases inline and
// calls these otherwise. A metamethod that is a function is never called
// from here: it is pushed as a frame whose result the interpreter applies
// when it returns (MetaAction), so that it runs, steps and counts like any
// other Lua code (DESIGN.md decision 4).
#include <cmath>
#include <cstdio>
#include <string>

#include "vm/state.hpp"

namespace redlua::vm {

using heap::MetaAction;
using heap::Tag;
using heap::Value;

namespace {
// Lua 5.1's MAXTAGLOOP: how long an __index/__newindex chain may be.
constexpr int kMaxTagLoop = 100;
}  // namespace

heap::TableRef Vm::State::metatableOf(const Value& v) {
  switch (v.tag) {
    case Tag::Table: return heap.table(v.asTable()).metatable;
    case Tag::Userdata: return heap.userdata(v.asUserdata()).metatable;
    default: return typeMetatables[static_cast<int>(v.tag)];
  }
}

Value Vm::State::metamethodIn(heap::TableRef mt, Tm event) {
  if (mt.generation == 0) return Value::nil();
  return heap.table(mt).get(tmNames[static_cast<int>(event)]);
}

Value Vm::State::metamethod(const Value& v, Tm event) { return metamethodIn(metatableOf(v), event); }

void Vm::State::pushMetaCall(const Value& fn, const Value* args, int nargs, MetaAction action, int32_t target) {
  // Copy first: args may point into the stack that ensureStack reallocates.
  Value copy[3];
  for (int i = 0; i < nargs; i++) copy[i] = args[i];
  heap::Coroutine& c = co();
  uint32_t at = c.frames.back().top;
  ensureStack(c, at + 1 + static_cast<size_t>(nargs) + 1);
  heap::Coroutine& c2 = co();
  c2.stack[at] = fn;
  for (int i = 0; i < nargs; i++) c2.stack[at + 1 + static_cast<uint32_t>(i)] = copy[i];
  c2.top = at + 1 + static_cast<uint32_t>(nargs);
  pendingNext = call(at, action == MetaAction::Discard ? 0 : 1, heap::ReturnTo::Meta, action, target);
}

void Vm::State::rawSetChecked(heap::TableRef t, const Value& key, const Value& val) {
  if (key.tag == Tag::Nil) runtimeError("table index is nil");
  if (key.tag == Tag::Number && std::isnan(key.u.number)) runtimeError("table index is NaN");
  heap::Table& table = heap.table(t);
  if (table.readonly) runtimeError("Attempt to modify a readonly table");
  table.set(heap, t, key, val);
  table.absentMetamethods = 0;
}

bool Vm::State::indexChain(Value t, const Value& key, const Value* tSlot, bool rawMissed, Value& out,
                           Value& handler, Value& self) {
  for (int loop = 0; loop < kMaxTagLoop; loop++) {
    Value tm;
    if (t.tag == Tag::Table) {
      heap::Table& table = heap.table(t.asTable());
      // The interpreter has often just found the raw slot empty: skip that read.
      Value v = loop == 0 && rawMissed ? Value::nil() : table.get(key);
      if (!v.isNil() || !table.hasMetatable()) {
        out = v;
        return false;
      }
      tm = metamethodIn(table.metatable, Tm::Index);
      if (tm.isNil()) {
        out = v;
        return false;
      }
    } else {
      tm = metamethod(t, Tm::Index);
      if (tm.isNil()) typeError(loop == 0 && tSlot ? tSlot : &t, "index");
    }
    if (tm.isFunction()) {
      handler = tm;
      self = t;
      return true;
    }
    t = tm;
    tSlot = nullptr;
  }
  runtimeError("loop in gettable");
}

bool Vm::State::getTable(Value t, Value key, const Value* tSlot, int32_t target, Value& out, bool rawMissed) {
  Value handler, self;
  if (!indexChain(t, key, tSlot, rawMissed, out, handler, self)) return false;
  Value args[2] = {self, key};
  pushMetaCall(handler, args, 2, MetaAction::Store, target);
  return true;
}

bool Vm::State::setTable(Value t, Value key, Value val, const Value* tSlot) {
  for (int loop = 0; loop < kMaxTagLoop; loop++) {
    Value tm;
    if (t.tag == Tag::Table) {
      heap::Table& table = heap.table(t.asTable());
      if (!table.hasMetatable()) {
        rawSetChecked(t.asTable(), key, val);
        return false;
      }
      Value old = table.get(key);
      if (!old.isNil()) {
        rawSetChecked(t.asTable(), key, val);
        return false;
      }
      tm = metamethodIn(table.metatable, Tm::NewIndex);
      if (tm.isNil()) {
        rawSetChecked(t.asTable(), key, val);
        return false;
      }
    } else {
      tm = metamethod(t, Tm::NewIndex);
      if (tm.isNil()) typeError(loop == 0 && tSlot ? tSlot : &t, "index");
    }
    if (tm.isFunction()) {
      Value args[3] = {t, key, val};
      pushMetaCall(tm, args, 3, MetaAction::Discard, 0);
      return true;
    }
    t = tm;
    tSlot = nullptr;
  }
  runtimeError("loop in settable");
}

static double arithOp(Tm event, double a, double b) {
  switch (event) {
    case Tm::Add: return a + b;
    case Tm::Sub: return a - b;
    case Tm::Mul: return a * b;
    case Tm::Div: return a / b;
    case Tm::Mod: return a - std::floor(a / b) * b;
    case Tm::Pow: return std::pow(a, b);
    case Tm::Unm: return -a;
    default: return 0;
  }
}

double arithmetic(Tm event, double a, double b) { return arithOp(event, a, b); }

bool Vm::State::arith(Tm event, const Value* a, const Value* b, int32_t target, Value& out) {
  double x, y;
  if (toNumber(*a, x) && toNumber(*b, y)) {
    out = Value::number(arithOp(event, x, y));
    return false;
  }
  Value tm = metamethod(*a, event);
  if (tm.isNil()) tm = metamethod(*b, event);
  if (tm.isNil()) arithError(a, b);
  Value args[2] = {*a, *b};
  pushMetaCall(tm, args, 2, MetaAction::Store, target);
  return true;
}

bool Vm::State::len(const Value* a, int32_t target, Value& out) {
  if (a->tag == Tag::Table) {
    out = Value::number(static_cast<double>(heap.table(a->asTable()).border()));
    return false;
  }
  if (a->tag == Tag::String) {
    out = Value::number(static_cast<double>(heap.stringView(*a).size()));
    return false;
  }
  Value tm = metamethod(*a, Tm::Len);
  if (tm.isNil()) typeError(a, "get length of");
  Value args[2] = {*a, Value::nil()};
  pushMetaCall(tm, args, 2, MetaAction::Store, target);
  return true;
}

// CONCAT B..C into A, right to left as luaV_concat does: runs of strings and
// numbers are joined at once; a pair with anything else goes to __concat.
// `last` is the register holding the rightmost pending operand.
bool Vm::State::concat(int32_t first, int32_t last, int32_t target) {
  for (;;) {
    heap::Coroutine& c = co();
    Value* base = c.stack.data() + c.frames.back().base;
    if (last <= first) {
      base[target] = base[first];
      return false;
    }
    Value* right = base + last;
    Value* left = right - 1;
    bool leftOk = left->tag == Tag::String || left->tag == Tag::Number;
    bool rightOk = right->tag == Tag::String || right->tag == Tag::Number;
    if (!leftOk || !rightOk) {
      Value tm = metamethod(*left, Tm::Concat);
      if (tm.isNil()) tm = metamethod(*right, Tm::Concat);
      if (tm.isNil()) concatError(left, right);
      Value args[2] = {*left, *right};
      // The state to continue with: the result goes to `last - 1`.
      int32_t state = target | ((last - 1) << 8) | (first << 17);
      pushMetaCall(tm, args, 2, MetaAction::Concat, state);
      return true;
    }
    // Gather the longest run of strings/numbers ending at `last`.
    int32_t from = last - 1;
    while (from > first && (base[from - 1].tag == Tag::String || base[from - 1].tag == Tag::Number)) from--;
    // Numbers are formatted straight into the result (CONCAT's operands are
    // temporaries, so nobody sees that they were not converted in place).
    std::string& joined = concatBuffer;
    joined.clear();
    char num[64];
    for (int32_t r = from; r <= last; r++) {
      if (base[r].tag == Tag::Number) {
        int n = std::snprintf(num, sizeof num, "%.14g", base[r].u.number);
        joined.append(num, static_cast<size_t>(n));
      } else {
        joined.append(heap.stringView(base[r]));
      }
    }
    Value v = heap.newString(joined);
    heap::Coroutine& c2 = co();
    c2.stack[c2.frames.back().base + static_cast<uint32_t>(from)] = v;
    last = from;
  }
}

// The __eq handler for two tables or two userdata: 5.1 consults it only when
// both operands have the same metamethod (get_compTM).
static Value comparisonTm(Vm::State& s, const Value& a, const Value& b, Tm event) {
  heap::TableRef mt1 = s.metatableOf(a);
  Value tm1 = s.metamethodIn(mt1, event);
  if (tm1.isNil()) return tm1;
  heap::TableRef mt2 = s.metatableOf(b);
  if (mt1 == mt2) return tm1;
  Value tm2 = s.metamethodIn(mt2, event);
  if (tm2.isNil() || !rawEqual(tm1, tm2)) return Value::nil();
  return tm1;
}

int Vm::State::equals(const Value& a, const Value& b) {
  if (a.tag != b.tag) return 0;
  if (rawEqual(a, b)) return 1;
  if (a.tag != Tag::Table && a.tag != Tag::Userdata) return 0;
  Value tm = comparisonTm(*this, a, b, Tm::Eq);
  if (tm.isNil()) return 0;
  Value args[2] = {a, b};
  pushMetaCall(tm, args, 2, MetaAction::TestJump, 0);
  return -1;
}

static int compareStrings(std::string_view a, std::string_view b) { return a.compare(b); }

// call_orderTM: both operands must share the metamethod.
static Value orderTm(Vm::State& s, const Value& a, const Value& b, Tm event) {
  Value tm1 = s.metamethod(a, event);
  if (tm1.isNil()) return tm1;
  Value tm2 = s.metamethod(b, event);
  if (!rawEqual(tm1, tm2)) return Value::nil();
  return tm1;
}

int Vm::State::lessThan(const Value& a, const Value& b) {
  if (a.tag != b.tag) orderError(a, b);
  if (a.tag == Tag::Number) return a.u.number < b.u.number;
  if (a.tag == Tag::String) return compareStrings(heap.stringView(a), heap.stringView(b)) < 0;
  Value tm = orderTm(*this, a, b, Tm::Lt);
  if (tm.isNil()) orderError(a, b);
  Value args[2] = {a, b};
  pushMetaCall(tm, args, 2, MetaAction::TestJump, 0);
  return -1;
}

int Vm::State::lessEqual(const Value& a, const Value& b) {
  if (a.tag != b.tag) orderError(a, b);
  if (a.tag == Tag::Number) return a.u.number <= b.u.number;
  if (a.tag == Tag::String) return compareStrings(heap.stringView(a), heap.stringView(b)) <= 0;
  Value tm = orderTm(*this, a, b, Tm::Le);
  if (!tm.isNil()) {
    Value args[2] = {a, b};
    pushMetaCall(tm, args, 2, MetaAction::TestJump, 0);
    return -1;
  }
  // No __le: a <= b is "not (b < a)".
  tm = orderTm(*this, b, a, Tm::Lt);
  if (tm.isNil()) orderError(a, b);
  Value args[2] = {b, a};
  pushMetaCall(tm, args, 2, MetaAction::TestJumpNot, 0);
  return -1;
}

}  // namespace redlua::vm
