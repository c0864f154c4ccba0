// Memory accounting and the limit: failing allocations change nothing.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "heap/heap.hpp"

using namespace redlua::heap;
using redlua::bytecode::Constant;
using redlua::bytecode::Proto;

namespace {

struct Snapshot {
  size_t bytes, strings, tables, arraySize, hashSize;
  int64_t border;
  std::vector<std::pair<std::string, double>> entries;
};

Snapshot snap(Heap& heap, TableRef t) {
  Snapshot s{heap.bytes(), heap.strings().liveCount(), heap.tables().liveCount(), heap.table(t).arraySize(),
             heap.table(t).hashSize(), heap.table(t).border(), {}};
  Value k, v;
  while (heap.table(t).next(k, v)) {
    std::string key = k.isString() ? "s" + std::string(heap.stringView(k)) : "n" + std::to_string(k.u.number);
    s.entries.emplace_back(key, v.u.number);
  }
  return s;
}

bool same(const Snapshot& a, const Snapshot& b) {
  return a.bytes == b.bytes && a.strings == b.strings && a.tables == b.tables && a.arraySize == b.arraySize &&
         a.hashSize == b.hashSize && a.border == b.border && a.entries == b.entries;
}

}  // namespace

TEST_CASE("heap memory: every kind counts its bytes", "[heap][memory]") {
  Heap heap;
  CHECK(heap.bytes() == 0);
  Value s = heap.newString(std::string(1000, 'a'));
  CHECK(heap.bytes(Kind::String) >= 1000);
  heap.newString(std::string(1000, 'a'));  // interned: no new bytes
  CHECK(heap.bytes(Kind::String) < 2000);
  TableRef t = heap.newTable();
  const size_t empty = heap.bytes(Kind::Table);
  for (int i = 1; i <= 64; i++) heap.rawSet(t, Value::number(i), s);
  CHECK(heap.bytes(Kind::Table) == empty + heap.table(t).ownedBytes());
  CHECK(heap.table(t).ownedBytes() >= 64 * sizeof(Value));
  heap.newUserdata(500);
  CHECK(heap.bytes(Kind::Userdata) >= 500);
  ClosureRef c = heap.newNativeClosure(nullptr, 3, TableRef{});
  CHECK(heap.bytes(Kind::Closure) >= 3 * sizeof(Value));
  (void)c;
  CHECK(heap.bytes() == heap.bytes(Kind::String) + heap.bytes(Kind::Table) + heap.bytes(Kind::Userdata) +
                            heap.bytes(Kind::Closure));
}

TEST_CASE("heap memory: allocations past the limit throw and change nothing", "[heap][memory]") {
  Heap heap;
  TableRef t = heap.newTable();
  heap.rawSet(t, heap.newString("name"), Value::number(1));
  heap.setMemoryLimit(heap.bytes() + 100);
  CHECK(heap.memoryLimit() == heap.bytes() + 100);
  const size_t before = heap.bytes();
  CHECK_THROWS_AS(heap.newString(std::string(200, 'x')), MemoryError);
  CHECK(heap.bytes() == before);
  CHECK(heap.strings().liveCount() == 1);
  CHECK(rawEqual(heap.newString("name"), heap.newString("name")));  // existing strings cost nothing
  CHECK_THROWS_AS(heap.newTable(100, 0), MemoryError);
  CHECK(heap.tables().liveCount() == 1);
  CHECK_THROWS_AS(heap.newUserdata(1000), MemoryError);
  CHECK(heap.userdata().liveCount() == 0);
  CHECK(heap.bytes() == before);
  try {
    heap.newString(std::string(200, 'x'));
  } catch (const MemoryError& e) {
    CHECK(std::string(e.what()) == "not enough memory");
  }
}

TEST_CASE("heap memory: a table that cannot grow stays as it was", "[heap][memory]") {
  for (int mode = 0; mode < 3; mode++) {
    Heap heap;
    TableRef t = heap.newTable();
    std::vector<Value> keys;
    for (int i = 0; i < 300; i++) keys.push_back(heap.newString("key" + std::to_string(i)));
    heap.setMemoryLimit(heap.bytes() + 3000 + 1000 * mode);
    int done = 0;
    bool failed = false;
    for (int i = 0; i < 300 && !failed; i++) {
      const Value key = mode == 1 ? Value::number(i + 1) : mode == 2 && i % 2 ? Value::number(i) : keys[i];
      const Snapshot s = snap(heap, t);
      try {
        heap.rawSet(t, key, Value::number(i));
        done++;
      } catch (const MemoryError&) {
        failed = true;
        CHECK(same(s, snap(heap, t)));
        CHECK(heap.rawGet(t, key).isNil());
      }
    }
    REQUIRE(failed);
    CHECK(done > 0);
    // Still a working table: raise the limit and carry on.
    heap.setMemoryLimit(0);
    for (int i = 0; i < 300; i++) heap.rawSet(t, keys[i], Value::number(i));
    for (int i = 0; i < 300; i++) CHECK(heap.rawGet(t, keys[i]).u.number == i);
  }
}

TEST_CASE("heap memory: loadProto of deeply nested functions", "[heap][memory]") {
  Heap heap;
  auto root = std::make_shared<Proto>();
  Proto* cur = root.get();
  for (int depth = 0; depth < 200; depth++) {
    auto child = std::make_shared<Proto>();
    child->constants.push_back(Constant::ofString("level" + std::to_string(depth)));
    cur->protos.push_back(child);
    cur->protos.push_back(std::make_shared<Proto>());
    cur = child.get();
  }
  ProtoRef p = heap.loadProto(root);
  CHECK(heap.protos().liveCount() == 401);
  ProtoRef walk = p;
  for (int depth = 0; depth < 200; depth++) {
    REQUIRE(heap.proto(walk).children.size() == 2);
    walk = heap.proto(walk).children[0];
    CHECK(heap.stringView(heap.proto(walk).constants[0]) == "level" + std::to_string(depth));
  }
  heap.collect([&](Marker& m) { m.mark(Kind::Proto, p); });
  CHECK(heap.protos().liveCount() == 401);
  heap.collect([](Marker&) {});
  CHECK(heap.protos().liveCount() == 0);
}
