// The collector: what roots reach stays, the rest goes; weak tables; depth.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "heap/heap.hpp"

using namespace redlua::heap;
using redlua::bytecode::Constant;
using redlua::bytecode::Proto;

namespace {

void collectFrom(Heap& heap, std::vector<Value> roots) {
  heap.collect([&](Marker& m) {
    for (const Value& v : roots) m.mark(v);
  });
}

Value str(Heap& heap, const char* s) { return heap.newString(s); }

}  // namespace

TEST_CASE("heap gc: reachable through tables is kept, the rest freed", "[heap][gc]") {
  Heap heap;
  TableRef root = heap.newTable();
  TableRef a = heap.newTable();
  TableRef b = heap.newTable();
  TableRef lost = heap.newTable();
  TableRef lostChild = heap.newTable();
  Value keptString = str(heap, "kept");
  Value lostString = str(heap, "lost");
  heap.rawSet(root, str(heap, "a"), Value::table(a));
  heap.rawSet(a, Value::number(1), Value::table(b));
  heap.rawSet(b, Value::table(b), keptString);  // table as key, string as value
  heap.rawSet(lost, Value::number(1), Value::table(lostChild));
  heap.rawSet(lost, lostString, Value::number(1));
  collectFrom(heap, {Value::table(root)});
  CHECK(heap.tables().contains(root));
  CHECK(heap.tables().contains(a));
  CHECK(heap.tables().contains(b));
  CHECK_FALSE(heap.tables().contains(lost));
  CHECK_FALSE(heap.tables().contains(lostChild));
  CHECK_THROWS_AS(heap.table(lost), StaleHandle);
  CHECK(heap.stringView(keptString) == "kept");
  CHECK_THROWS_AS(heap.stringView(lostString), StaleHandle);
  CHECK(heap.tables().liveCount() == 3);
  CHECK(heap.collections() == 1);
  // The intern map forgot the dead string: a new one is made, old handle stays stale.
  Value again = str(heap, "lost");
  CHECK_FALSE(rawEqual(again, lostString));
  CHECK(heap.stringView(again) == "lost");
  CHECK(rawEqual(str(heap, "kept"), keptString));
}

TEST_CASE("heap gc: cycles are freed, pinned values kept", "[heap][gc]") {
  Heap heap;
  TableRef x = heap.newTable(), y = heap.newTable(), p = heap.newTable();
  heap.rawSet(x, Value::number(1), Value::table(y));
  heap.rawSet(y, Value::number(1), Value::table(x));
  heap.table(x).metatable = y;
  heap.pin(Value::table(p));
  heap.pin(Value::table(p));
  collectFrom(heap, {});
  CHECK_FALSE(heap.tables().contains(x));
  CHECK_FALSE(heap.tables().contains(y));
  CHECK(heap.tables().contains(p));
  heap.unpin(Value::table(p));
  collectFrom(heap, {});
  CHECK(heap.tables().contains(p));  // pinned twice, unpinned once
  heap.unpin(Value::table(p));
  collectFrom(heap, {});
  CHECK_FALSE(heap.tables().contains(p));
  CHECK(heap.bytes() == 0);
}

TEST_CASE("heap gc: closures, protos, upvalues and coroutines", "[heap][gc]") {
  Heap heap;
  auto inner = std::make_shared<Proto>();
  inner->constants.push_back(Constant::ofString("inner constant"));
  auto outer = std::make_shared<Proto>();
  outer->numUpvalues = 2;
  outer->constants = {Constant::ofString("outer constant"), Constant::ofNumber(1.5), Constant::ofBoolean(true),
                      Constant::nil(), Constant::ofString(std::string("nul\0byte", 8))};
  outer->protos.push_back(inner);
  ProtoRef pr = heap.loadProto(outer);
  REQUIRE(heap.proto(pr).constants.size() == 5);
  CHECK(heap.stringView(heap.proto(pr).constants[4]) == std::string("nul\0byte", 8));
  CHECK(heap.proto(pr).constants[1].u.number == 1.5);
  REQUIRE(heap.proto(pr).children.size() == 1);
  ProtoRef innerRef = heap.proto(pr).children[0];
  CHECK(heap.stringView(heap.proto(innerRef).constants[0]) == "inner constant");

  TableRef env = heap.newTable();
  ClosureRef f = heap.newLuaClosure(pr, env);
  CHECK(heap.closure(f).upvalues.size() == 2);
  CHECK(heap.closure(f).code == outer.get());
  // upvalue 0: closed over a table; upvalue 1: open in a coroutine's stack.
  TableRef closedOver = heap.newTable();
  UpvalueRef u0 = heap.newUpvalue(CoroutineRef{}, 0);
  heap.upvalue(u0).open = false;
  heap.upvalue(u0).closed = Value::table(closedOver);
  CoroutineRef co = heap.newCoroutine();
  TableRef onStack = heap.newTable();
  TableRef aboveTop = heap.newTable();
  heap.coroutine(co).stack = {Value::table(onStack), Value::table(aboveTop)};
  heap.coroutine(co).top = 1;
  UpvalueRef u1 = heap.newUpvalue(co, 0);
  heap.closure(f).upvalues = {u0, u1};
  // a builtin closure with an upvalue
  ClosureRef nat = heap.newNativeClosure(nullptr, 1, TableRef{});
  TableRef natUp = heap.newTable();
  heap.closure(nat).nativeUpvalues[0] = Value::table(natUp);
  TableRef holder = heap.newTable();
  heap.rawSet(holder, Value::number(1), Value::closure(f));
  heap.rawSet(holder, Value::number(2), Value::closure(nat));
  UserdataRef ud = heap.newUserdata(16);
  TableRef udMeta = heap.newTable();
  heap.userdata(ud).metatable = udMeta;
  heap.rawSet(holder, Value::number(3), Value::userdata(ud));

  collectFrom(heap, {Value::table(holder)});
  CHECK(heap.closures().contains(f));
  CHECK(heap.protos().contains(pr));
  CHECK(heap.protos().contains(innerRef));
  CHECK(heap.stringView(heap.proto(innerRef).constants[0]) == "inner constant");
  CHECK(heap.tables().contains(env));
  CHECK(heap.tables().contains(closedOver));
  CHECK(heap.upvalues().contains(u1));
  CHECK(heap.coroutines().contains(co));
  CHECK(heap.tables().contains(onStack));
  CHECK_FALSE(heap.tables().contains(aboveTop));  // above the top: dead
  CHECK(heap.tables().contains(natUp));
  CHECK(heap.userdata().contains(ud));
  CHECK(heap.tables().contains(udMeta));

  collectFrom(heap, {});
  CHECK(heap.bytes() == 0);
  CHECK(heap.strings().liveCount() == 0);
  CHECK(heap.protos().liveCount() == 0);
}

TEST_CASE("heap gc: a running coroutine keeps its frames' values and environments", "[heap][gc]") {
  Heap heap;
  CoroutineRef co = heap.newCoroutine();
  TableRef frameEnv = heap.newTable(), coEnv = heap.newTable(), reg = heap.newTable();
  Coroutine& c = heap.coroutine(co);
  c.stack.resize(10);
  c.stack[5] = Value::table(reg);
  c.top = 2;
  CallFrame fr;
  fr.isLua = true;
  fr.top = 8;  // the innermost Lua frame's window reaches past top
  fr.env = frameEnv;
  c.frames.push_back(fr);
  c.env = coEnv;
  collectFrom(heap, {Value::coroutine(co)});
  CHECK(heap.tables().contains(frameEnv));
  CHECK(heap.tables().contains(coEnv));
  CHECK(heap.tables().contains(reg));
  // the collector re-measured the stack
  CHECK(heap.bytes(Kind::Coroutine) ==
        sizeof(Arena<Coroutine, Kind::Coroutine>::Slot) + coroutineOwnedBytes(heap.coroutine(co)));
}

TEST_CASE("heap gc: weak keys and weak values (Lua 5.1 semantics)", "[heap][gc][weak]") {
  Heap heap;
  TableRef weakK = heap.newTable(), weakV = heap.newTable(), weakKV = heap.newTable();
  TableRef mtK = heap.newTable(), mtV = heap.newTable(), mtKV = heap.newTable();
  heap.rawSet(mtK, str(heap, "__mode"), str(heap, "k"));
  heap.rawSet(mtV, str(heap, "__mode"), str(heap, "v"));
  heap.rawSet(mtKV, str(heap, "__mode"), str(heap, "kv"));
  heap.table(weakK).metatable = mtK;
  heap.table(weakV).metatable = mtV;
  heap.table(weakKV).metatable = mtKV;

  TableRef alive = heap.newTable();
  TableRef deadKey = heap.newTable(), valueOfDeadKey = heap.newTable(), valueOfWeakKey = heap.newTable();
  heap.rawSet(weakK, Value::table(deadKey), Value::table(valueOfDeadKey));
  heap.rawSet(weakK, Value::table(alive), Value::table(valueOfWeakKey));
  heap.rawSet(weakK, str(heap, "strkey"), Value::number(1));

  TableRef deadValue = heap.newTable();
  heap.rawSet(weakV, Value::number(1), Value::table(deadValue));  // array part
  heap.rawSet(weakV, Value::number(2), Value::table(alive));
  heap.rawSet(weakV, str(heap, "x"), Value::table(deadValue));    // hash part
  heap.rawSet(weakV, str(heap, "s"), str(heap, "string value"));

  heap.rawSet(weakKV, Value::table(alive), Value::table(heap.newTable()));
  heap.rawSet(weakKV, str(heap, "y"), Value::table(alive));

  collectFrom(heap, {Value::table(weakK), Value::table(weakV), Value::table(weakKV), Value::table(alive)});
  CHECK(heap.table(weakK).weakMode == kWeakKeys);
  CHECK(heap.table(weakV).weakMode == kWeakValues);
  CHECK(heap.table(weakKV).weakMode == (kWeakKeys | kWeakValues));

  CHECK_FALSE(heap.tables().contains(deadKey));
  // Lua 5.1 has no ephemerons: the value was marked before its key was found
  // dead, so it lives until the next cycle.
  CHECK(heap.tables().contains(valueOfDeadKey));
  CHECK(heap.tables().contains(valueOfWeakKey));  // weak keys: values are strong
  CHECK(heap.rawGet(weakK, Value::table(alive)).isTable());
  CHECK(heap.rawGet(weakK, str(heap, "strkey")).u.number == 1);  // strings are never weak

  CHECK_FALSE(heap.tables().contains(deadValue));
  CHECK(heap.rawGet(weakV, Value::number(1)).isNil());
  CHECK(heap.rawGet(weakV, Value::number(2)).isTable());
  CHECK(heap.rawGet(weakV, str(heap, "x")).isNil());
  CHECK(heap.stringView(heap.rawGet(weakV, str(heap, "s"))) == "string value");

  CHECK(heap.rawGet(weakKV, Value::table(alive)).isNil());
  CHECK(heap.rawGet(weakKV, str(heap, "y")).isTable());

  // Traversals skip the removed entries and never read a freed key.
  int count = 0;
  Value k, v;
  while (heap.table(weakK).next(k, v)) count++;
  CHECK(count == 2);
  count = 0;
  k = Value::nil();
  while (heap.table(weakV).next(k, v)) count++;
  CHECK(count == 2);

  collectFrom(heap, {Value::table(weakK), Value::table(weakV), Value::table(weakKV), Value::table(alive)});
  CHECK_FALSE(heap.tables().contains(valueOfDeadKey));
  CHECK(heap.tables().contains(valueOfWeakKey));
  CHECK(heap.rawGet(weakK, str(heap, "strkey")).u.number == 1);
}

TEST_CASE("heap gc: a key whose value is nil becomes dead but still works for next()", "[heap][gc][weak]") {
  Heap heap;
  TableRef t = heap.newTable();
  TableRef key = heap.newTable();
  heap.rawSet(t, Value::table(key), Value::number(1));
  heap.rawSet(t, Value::number(1.5), Value::number(2));
  heap.rawSet(t, Value::table(key), Value::nil());
  collectFrom(heap, {Value::table(t), Value::table(key)});
  Value k = Value::table(key), v;
  CHECK_NOTHROW(heap.table(t).next(k, v));
  CHECK(heap.rawGet(t, Value::table(key)).isNil());
  heap.rawSet(t, Value::table(key), Value::number(3));
  CHECK(heap.rawGet(t, Value::table(key)).u.number == 3);
  int count = 0;
  k = Value::nil();
  while (heap.table(t).next(k, v)) count++;
  CHECK(count == 2);
}

TEST_CASE("heap gc: a chain of a million tables is marked without recursion", "[heap][gc][slow]") {
  Heap heap;
  const int n = 1000000;
  TableRef head = heap.newTable();
  TableRef cur = head;
  Value nextKey = str(heap, "next");
  for (int i = 1; i < n; i++) {
    TableRef t = heap.newTable();
    heap.rawSet(cur, nextKey, Value::table(t));
    cur = t;
  }
  CHECK(heap.tables().liveCount() == static_cast<size_t>(n));
  collectFrom(heap, {Value::table(head)});
  CHECK(heap.tables().liveCount() == static_cast<size_t>(n));
  CHECK(heap.tables().contains(cur));
  collectFrom(heap, {});
  CHECK(heap.tables().liveCount() == 0);
  CHECK(heap.bytes() == 0);
}

TEST_CASE("heap gc: threshold", "[heap][gc]") {
  Heap heap;
  CHECK_FALSE(heap.wantsCollection());
  for (int i = 0; i < 5000; i++) heap.newTable(4, 0);
  CHECK(heap.wantsCollection());
  collectFrom(heap, {});
  CHECK_FALSE(heap.wantsCollection());

  Heap limited(HeapConfig{100000, StringHashMode::Lua51});
  for (int i = 0; i < 700 && !limited.wantsCollection(); i++) limited.newTable(2, 0);
  CHECK(limited.wantsCollection());
  CHECK(limited.bytes() <= 50000 + 200);  // halfway to the limit
}
