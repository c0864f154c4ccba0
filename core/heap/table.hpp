// Lua tables: an array part and a hash part, laid out and grown exactly as
// Lua 5.1's ltable.c does (same main positions, same collision moves, same
// rehash sizes), so that `#t` borders and pairs() order over string and
// number keys match lua5.1 for the same sequence of operations.
#pragma once

#include <cstdint>
#include <vector>

#include "heap/value.hpp"

namespace redlua::heap {

class Heap;

struct TableNode {
  Value key;
  Value value;
  int32_t next = -1;  // index of the next node in the collision chain, -1 = none
  // Lua's dead key: the value is nil and the key (an object, maybe freed by
  // now) no longer matches lookups; next() still finds it. Set by the
  // collector. The key of a node whose value is nil must not be read.
  bool dead = false;
};

class Table {
 public:
  // Raw reads (no metamethods). A missing key reads as nil.
  Value get(const Value& key) const;
  Value getInt(int64_t key) const;  // key as a Lua number with an integer value

  // Raw write. The key must be valid (not nil, not NaN): the VM raises the
  // Lua error before calling. Growing the table charges `heap` first and
  // throws MemoryError (table unchanged) when over the limit.
  void set(Heap& heap, RawHandle self, const Value& key, const Value& value);

  // pairs()/next(): advances key to the next entry; returns false at the end
  // and throws InvalidNextKey when key is not in the table.
  bool next(Value& key, Value& value) const;

  // Lua 5.1's luaH_getn: a border (t[n] ~= nil and t[n+1] == nil).
  int64_t border() const;

  // Pre-sizes like NEWTABLE / luaH_resizearray.
  void resize(Heap& heap, RawHandle self, int arraySize, int hashSize);

  size_t arraySize() const { return array_.size(); }
  size_t hashSize() const { return nodes_.size(); }  // 0 = the shared empty part
  const std::vector<Value>& arrayPart() const { return array_; }
  const std::vector<TableNode>& hashPart() const { return nodes_; }
  size_t ownedBytes() const;

  TableRef metatable;        // generation 0 = none
  bool hasMetatable() const { return metatable.generation != 0; }
  uint8_t absentMetamethods = 0;  // cache of "no __index/__newindex/..." bits (ltm.c flags); VM-owned
  bool readonly = false;     // Redis's read-only tables
  uint8_t weakMode = 0;      // kWeakKeys | kWeakValues, set by the collector from __mode

  // For the collector: clearing dead weak entries.
  std::vector<Value>& mutableArray() { return array_; }
  std::vector<TableNode>& mutableNodes() { return nodes_; }

 private:
  std::vector<Value> array_;
  std::vector<TableNode> nodes_;
  int32_t lastFree_ = 0;
  // (implementation helpers live in table.cpp)
  friend struct TableAccess;
};

inline constexpr uint8_t kWeakKeys = 1, kWeakValues = 2;

struct InvalidNextKey {};  // thrown by Table::next: Lua error "invalid key to 'next'"

}  // namespace redlua::heap
