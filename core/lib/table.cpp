// The table library (Lua 5.1's ltablib.c): insert, remove, concat, sort,
// getn, maxn, setn, foreach, foreachi.
//
// sort is 5.1's quicksort, step for step, so that comparator calls happen in
// the same order and a bad comparator is caught at the same point. Each
// comparison may run Lua (the comparator or an __lt metamethod), so the sort
// is a resumable state machine whose variables live in its stack slots; the
// interpreter makes the calls (DESIGN.md decision 4). foreach and foreachi
// work the same way.
#include <cmath>
#include <string>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Tag;
using heap::Value;
using vm::NativeCall;

namespace {

// luaL_checkint: lua_Integer truncated to a C int.
int32_t checkInt(NativeCall& call, int i) { return static_cast<int32_t>(call.checkInteger(i)); }

int64_t lengthOf(NativeCall& call) {
  call.checkType(1, Tag::Table);
  return call.heap.table(call.arg(1).asTable()).border();
}

Value rawGetInt(NativeCall& call, int64_t i) { return call.heap.table(call.arg(1).asTable()).getInt(i); }

void rawSetInt(NativeCall& call, int64_t i, const Value& v) {
  call.s.rawSetChecked(call.arg(1).asTable(), Value::number(static_cast<double>(i)), v);
}

int tabInsert(NativeCall& call) {
  int32_t e = static_cast<int32_t>(lengthOf(call) + 1);
  int32_t pos;
  switch (call.argCount()) {
    case 2: pos = e; break;
    case 3: {
      pos = checkInt(call, 2);
      if (pos > e) e = pos;
      for (int32_t i = e; i > pos; i--) rawSetInt(call, i, rawGetInt(call, i - 1));
      break;
    }
    default: call.error("wrong number of arguments to 'insert'");
  }
  rawSetInt(call, pos, call.arg(call.argCount()));
  return 0;
}

int tabRemove(NativeCall& call) {
  int32_t e = static_cast<int32_t>(lengthOf(call));
  int32_t pos = static_cast<int32_t>(call.optInteger(2, e));
  if (!(1 <= pos && pos <= e)) return 0;
  Value removed = rawGetInt(call, pos);
  for (; pos < e; pos++) rawSetInt(call, pos, rawGetInt(call, pos + 1));
  rawSetInt(call, e, Value::nil());
  return call.ret(removed);
}

// Appends t[i] (a string or number) to out.
void addField(NativeCall& call, int64_t i, std::string& out) {
  Value v = rawGetInt(call, i);
  if (v.tag == Tag::String) out.append(call.heap.stringView(v));
  else if (v.tag == Tag::Number) out.append(vm::numberToString(v.u.number));
  else
    call.error(std::string("invalid value (") + heap::typeName(v.tag) + ") at index " + std::to_string(i) +
               " in table for 'concat'");
}

int tabConcat(NativeCall& call) {
  std::string sep(call.optString(2, ""));
  call.checkType(1, Tag::Table);
  int32_t i = static_cast<int32_t>(call.optInteger(3, 1));
  int32_t last = call.isNone(4) || call.arg(4).isNil() ? static_cast<int32_t>(lengthOf(call)) : checkInt(call, 4);
  std::string out;
  for (; i < last; i++) {
    addField(call, i, out);
    out.append(sep);
  }
  if (i == last) addField(call, i, out);
  return call.ret(call.heap.newString(out));
}

int tabGetn(NativeCall& call) { return call.ret(Value::number(static_cast<double>(lengthOf(call)))); }

int tabSetn(NativeCall& call) {
  call.checkType(1, Tag::Table);
  call.error("'setn' is obsolete");
}

int tabMaxn(NativeCall& call) {
  call.checkType(1, Tag::Table);
  const heap::Table& t = call.heap.table(call.arg(1).asTable());
  double max = 0;
  Value key, value;
  while (t.next(key, value))
    if (key.tag == Tag::Number && key.u.number > max) max = key.u.number;
  return call.ret(Value::number(max));
}

// foreach(t, f): f(k, v) for every pair until it returns non-nil.
int tabForeach(NativeCall& call) {
  constexpr uint32_t kKeySlot = 2;
  if (call.continuation == 0) {
    call.checkType(1, Tag::Table);
    call.checkType(2, Tag::Closure == call.arg(2).tag ? Tag::Closure : Tag::Native);
    call.setTop(call.base + 3);
    call.stack()[call.base + kKeySlot] = Value::nil();
  } else {
    Value r = call.stack()[call.resultBase()];
    if (!r.isNil()) return call.ret(r);
    call.setTop(call.resultBase());
  }
  Value key = call.stack()[call.base + kKeySlot];
  Value value;
  try {
    if (!call.heap.table(call.arg(1).asTable()).next(key, value)) return 0;
  } catch (const heap::InvalidNextKey&) {
    call.s.throwValue(call.s.invalidNextKeyMessage);
  }
  call.stack()[call.base + kKeySlot] = key;
  uint32_t fn = call.top();
  call.push(call.arg(2));
  call.push(key);
  call.push(value);
  return call.callThen(1, fn, 1);
}

// foreachi(t, f): f(i, t[i]) for i = 1..#t until it returns non-nil.
int tabForeachi(NativeCall& call) {
  constexpr uint32_t kIndexSlot = 2;
  int64_t i;
  if (call.continuation == 0) {
    lengthOf(call);
    call.checkType(2, Tag::Closure == call.arg(2).tag ? Tag::Closure : Tag::Native);
    call.setTop(call.base + 3);
    i = 1;
  } else {
    Value r = call.stack()[call.resultBase()];
    if (!r.isNil()) return call.ret(r);
    call.setTop(call.resultBase());
    i = static_cast<int64_t>(call.stack()[call.base + kIndexSlot].u.number) + 1;
  }
  // 5.1 reads the length once; re-reading it matches as long as f does not
  // resize the table, so keep the first value.
  if (call.continuation == 0) call.state() = static_cast<int32_t>(call.heap.table(call.arg(1).asTable()).border());
  if (i > call.state()) return 0;
  call.stack()[call.base + kIndexSlot] = Value::number(static_cast<double>(i));
  uint32_t fn = call.top();
  call.push(call.arg(2));
  call.pushNumber(static_cast<double>(i));
  call.push(rawGetInt(call, i));
  return call.callThen(1, fn, 1);
}

// ---- sort ----

// Stack slots: 0 the table, 1 the comparator (or nil), then the machine.
enum SortSlot : uint32_t { kPivot = 2, kX, kY, kL, kU, kI, kJ, kPending };

enum SortPhase : int32_t {
  kLoop,        // while (l < u)
  kFirst,       // a[u] < a[l] ?
  kSecond,      // a[i] < a[l] ?
  kThird,       // a[u] < a[i] ?
  kPivotSetUp,  // pivot into a[u-1], then partition
  kINext,       // repeat ++i while a[i] < P
  kIDone,
  kJNext,       // repeat --j while P < a[j]
  kJDone,
  kPartitioned,
};

// a < b for sort: the comparator, or the < operator. Returns 0/1, or -1
// after pushing a call (function and two arguments) whose result decides.
int sortLess(NativeCall& call, const Value& a, const Value& b) {
  Value comp = call.arg(2);
  if (!comp.isNil()) {
    call.push(comp);
    call.push(a);
    call.push(b);
    return -1;
  }
  if (a.tag == Tag::Number && b.tag == Tag::Number) return a.u.number < b.u.number;
  if (a.tag == Tag::String && b.tag == Tag::String) return call.heap.stringView(a) < call.heap.stringView(b);
  if (a.tag != b.tag) call.s.orderError(a, b);
  Value tm1 = call.s.metamethod(a, vm::Tm::Lt);
  if (tm1.isNil()) call.s.orderError(a, b);
  Value tm2 = call.s.metamethod(b, vm::Tm::Lt);
  if (!rawEqual(tm1, tm2)) call.s.orderError(a, b);
  call.push(tm1);
  call.push(a);
  call.push(b);
  return -1;
}

int tabSort(NativeCall& call) {
  int64_t l, u, i, j;
  int32_t phase;
  int result = 0;  // the comparison just decided
  auto slot = [&call](uint32_t k) -> Value& { return call.stack()[call.base + k]; };
  auto num = [&](uint32_t k) { return static_cast<int64_t>(slot(k).u.number); };
  if (call.continuation == 0) {
    int64_t n = lengthOf(call);
    if (!call.isNone(2) && !call.arg(2).isNil() && !call.arg(2).isFunction()) call.typeError(2, "function");
    call.setTop(call.base + kPending);
    l = 1;
    u = n;
    i = j = 0;
    phase = kLoop;
  } else {
    result = call.stack()[call.resultBase()].isFalsy() ? 0 : 1;
    call.setTop(call.resultBase());
    l = num(kL), u = num(kU), i = num(kI), j = num(kJ);
    phase = call.state();
  }
  auto get = [&](int64_t k) { return rawGetInt(call, k); };
  auto set = [&](int64_t k, const Value& v) { rawSetInt(call, k, v); };
  // Issues a comparison; returns true when it needs a call (then the
  // builtin must return the request).
  auto compare = [&](const Value& a, const Value& b, int32_t next) {
    int r = sortLess(call, a, b);
    phase = next;
    if (r >= 0) {
      result = r;
      return false;
    }
    slot(kL) = Value::number(static_cast<double>(l));
    slot(kU) = Value::number(static_cast<double>(u));
    slot(kI) = Value::number(static_cast<double>(i));
    slot(kJ) = Value::number(static_cast<double>(j));
    call.state() = next;
    return true;
  };
  auto request = [&]() { return call.callThen(1, call.top() - 3, 1); };
  for (;;) {
    switch (phase) {
      case kLoop: {
        if (l >= u) {
          uint32_t pendingTop = call.top();
          if (pendingTop == call.base + kPending) return 0;
          l = static_cast<int64_t>(call.stack()[pendingTop - 2].u.number);
          u = static_cast<int64_t>(call.stack()[pendingTop - 1].u.number);
          call.setTop(pendingTop - 2);
          continue;
        }
        slot(kX) = get(l);
        slot(kY) = get(u);
        if (compare(slot(kY), slot(kX), kFirst)) return request();
        continue;
      }
      case kFirst: {
        if (result) {
          set(l, slot(kY));
          set(u, slot(kX));
        }
        if (u - l == 1) {
          l = u;  // done with this range
          phase = kLoop;
          continue;
        }
        i = (l + u) / 2;
        slot(kX) = get(i);
        slot(kY) = get(l);
        if (compare(slot(kX), slot(kY), kSecond)) return request();
        continue;
      }
      case kSecond: {
        if (result) {
          set(i, slot(kY));
          set(l, slot(kX));
          phase = kPivotSetUp;
          continue;
        }
        slot(kY) = get(u);
        if (compare(slot(kY), slot(kX), kThird)) return request();
        continue;
      }
      case kThird: {
        if (result) {
          set(i, slot(kY));
          set(u, slot(kX));
        }
        phase = kPivotSetUp;
        continue;
      }
      case kPivotSetUp: {
        if (u - l == 2) {
          l = u;
          phase = kLoop;
          continue;
        }
        slot(kPivot) = get(i);
        slot(kY) = get(u - 1);
        set(i, slot(kY));
        set(u - 1, slot(kPivot));
        i = l;
        j = u - 1;
        phase = kINext;
        continue;
      }
      case kINext: {
        i++;
        slot(kX) = get(i);
        if (compare(slot(kX), slot(kPivot), kIDone)) return request();
        continue;
      }
      case kIDone: {
        if (result) {
          if (i > u) call.error("invalid order function for sorting");
          phase = kINext;
          continue;
        }
        phase = kJNext;
        continue;
      }
      case kJNext: {
        j--;
        slot(kY) = get(j);
        if (compare(slot(kPivot), slot(kY), kJDone)) return request();
        continue;
      }
      case kJDone: {
        if (result) {
          if (j < l) call.error("invalid order function for sorting");
          phase = kJNext;
          continue;
        }
        if (j < i) {
          phase = kPartitioned;
          continue;
        }
        set(i, slot(kY));
        set(j, slot(kX));
        phase = kINext;
        continue;
      }
      case kPartitioned: {
        Value atUpper = get(u - 1);
        Value atI = get(i);
        set(u - 1, atI);
        set(i, atUpper);
        // Sort the smaller part first; the larger one waits on the pending list.
        if (i - l < u - i) {
          j = l;
          i = i - 1;
          l = i + 2;
        } else {
          j = i + 1;
          i = u;
          u = j - 2;
        }
        call.pushNumber(static_cast<double>(l));
        call.pushNumber(static_cast<double>(u));
        l = j;
        u = i;
        phase = kLoop;
        continue;
      }
      default: return 0;
    }
  }
}

}  // namespace

void openTable(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 16);
  s.heap.rawSet(s.globals, s.heap.newString("table"), Value::table(t));
  vm::setFunction(s, t, "concat", tabConcat);
  vm::setFunction(s, t, "foreach", tabForeach);
  vm::setFunction(s, t, "foreachi", tabForeachi);
  vm::setFunction(s, t, "getn", tabGetn);
  vm::setFunction(s, t, "maxn", tabMaxn);
  vm::setFunction(s, t, "insert", tabInsert);
  vm::setFunction(s, t, "remove", tabRemove);
  vm::setFunction(s, t, "setn", tabSetn);
  vm::setFunction(s, t, "sort", tabSort);
}

}  // namespace redlua::lib
