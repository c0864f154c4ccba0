// Arenas, handles and strings: recycling, staleness, interning, hashing.
#include <catch2/catch.hpp>

#include <string>

#include "heap/heap.hpp"

using namespace redlua::heap;

TEST_CASE("heap arena: a freed slot is reused with a new generation", "[heap][arena]") {
  Arena<int, Kind::Userdata> arena;
  auto a = arena.allocate(1, 10);
  auto b = arena.allocate(2, 10);
  CHECK(arena.liveCount() == 2);
  CHECK(arena.bytes() == 20);
  arena.release(a.index);
  CHECK(arena.liveCount() == 1);
  CHECK(arena.bytes() == 10);
  CHECK_THROWS_AS(arena.get(a), StaleHandle);
  auto c = arena.allocate(3, 10);
  CHECK(c.index == a.index);
  CHECK(c.generation != a.generation);
  CHECK(arena.get(c) == 3);
  CHECK(arena.get(b) == 2);
  CHECK_THROWS_AS(arena.get(a), StaleHandle);
  CHECK_THROWS_AS(arena.get(RawHandle{}), StaleHandle);  // a default handle is never live
}

TEST_CASE("heap arena: stale handle error names the kind", "[heap][arena]") {
  try {
    throw StaleHandle(Kind::Table, RawHandle{3, 7});
  } catch (const StaleHandle& e) {
    CHECK(std::string(e.what()).find("table") != std::string::npos);
  }
  CHECK(std::string(kindName(Kind::Coroutine)) == "coroutine");
  CHECK(std::string(typeName(Tag::Coroutine)) == "thread");
  CHECK(std::string(typeName(Tag::Native)) == "function");
  CHECK(std::string(typeName(Tag::Closure)) == "function");
}

TEST_CASE("heap strings: interning", "[heap][string]") {
  Heap heap;
  Value a = heap.newString("hello");
  Value b = heap.newString(std::string("hel") + "lo");
  CHECK(a.asString() == b.asString());
  CHECK(rawEqual(a, b));
  CHECK(a.aux == b.aux);
  CHECK(a.aux == hashString("hello", heap.stringHashMode()));
  Value c = heap.newString("hellO");
  CHECK_FALSE(rawEqual(a, c));
  const std::string withNul1("a\0b", 3), withNul2("a\0c", 3);
  Value n1 = heap.newString(withNul1), n2 = heap.newString(withNul2), n3 = heap.newString(std::string("a\0b", 3));
  CHECK_FALSE(rawEqual(n1, n2));
  CHECK(rawEqual(n1, n3));
  CHECK(heap.stringView(n1) == withNul1);
  CHECK_FALSE(rawEqual(heap.newString("a"), n1));
  Value empty = heap.newString("");
  CHECK(heap.stringView(empty).empty());
  CHECK(rawEqual(empty, heap.newString(std::string_view())));
  CHECK(heap.strings().liveCount() == 6);
}

TEST_CASE("heap strings: both hash modes", "[heap][string]") {
  // Lua 5.1.5 steps over long strings; Redis's Lua hashes every character.
  const std::string shortStr = "0123456789abcdef0123456789abcde";  // 31 chars: step 1 in both
  CHECK(hashString(shortStr, StringHashMode::Lua51) == hashString(shortStr, StringHashMode::Redis));
  std::string a(64, 'x'), b(64, 'x');
  b[62] = 'y';  // Lua51 (step 3, from the end) samples indices 63, 60, 57, ...: not 62
  CHECK(hashString(a, StringHashMode::Lua51) == hashString(b, StringHashMode::Lua51));
  CHECK(hashString(a, StringHashMode::Redis) != hashString(b, StringHashMode::Redis));
  // h = len; h ^= (h<<5) + (h>>2) + c, from the last character.
  uint32_t h = 2;
  h ^= (h << 5) + (h >> 2) + 'b';
  h ^= (h << 5) + (h >> 2) + 'a';
  CHECK(hashString("ab", StringHashMode::Lua51) == h);
  CHECK(hashString("", StringHashMode::Redis) == 0);
}
