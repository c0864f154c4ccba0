// The heap: one generational arena per object kind (DESIGN.md, decision 2),
// interned strings, byte accounting with a configurable limit, and a
// mark–sweep collector that runs from explicit roots between instructions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bytecode/proto.hpp"
#include "heap/arena.hpp"
#include "heap/coroutine.hpp"
#include "heap/function.hpp"
#include "heap/string.hpp"
#include "heap/table.hpp"
#include "heap/userdata.hpp"
#include "heap/value.hpp"

namespace redlua::heap {

// Raised when an allocation would pass the memory limit. Nothing has been
// changed when it is thrown; the VM turns it into the Lua error
// "not enough memory".
class MemoryError : public std::runtime_error {
 public:
  MemoryError() : std::runtime_error("not enough memory") {}
};

struct HeapConfig {
  size_t memoryLimit = 0;  // bytes; 0 = unlimited
  StringHashMode stringHash = StringHashMode::Lua51;
};

// Collector's view of what is reachable: roots are fed through mark().
class Marker {
 public:
  virtual ~Marker() = default;
  virtual void mark(const Value& v) = 0;
  virtual void mark(Kind kind, RawHandle h) = 0;
};

// The storage a coroutine owns (stack, frames, open upvalues), by capacity.
size_t coroutineOwnedBytes(const Coroutine& co);

class Heap {
 public:
  explicit Heap(HeapConfig config = {});
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // ---- strings (interned: equal bytes → the same handle) ----
  Value newString(std::string_view bytes);
  std::string_view stringView(StringRef s) const { return strings_.get(s).view(); }
  std::string_view stringView(const Value& v) const { return stringView(v.asString()); }

  // ---- tables ----
  TableRef newTable(int arraySize = 0, int hashSize = 0);
  Table& table(TableRef t) { return tables_.get(t); }
  const Table& table(TableRef t) const { return tables_.get(t); }
  Value rawGet(TableRef t, const Value& key) const { return tables_.get(t).get(key); }
  void rawSet(TableRef t, const Value& key, const Value& value) { tables_.get(t).set(*this, t, key, value); }

  // ---- functions ----
  // Loads a compiled function and all its nested functions.
  ProtoRef loadProto(std::shared_ptr<const bytecode::Proto> code);
  ClosureRef newLuaClosure(ProtoRef proto, TableRef env);
  ClosureRef newNativeClosure(NativeFunction fn, int numUpvalues, TableRef env);
  UpvalueRef newUpvalue(CoroutineRef thread, uint32_t stackIndex);
  ProtoObject& proto(ProtoRef p) { return protos_.get(p); }
  Closure& closure(ClosureRef c) { return closures_.get(c); }
  Upvalue& upvalue(UpvalueRef u) { return upvalues_.get(u); }

  // ---- coroutines and userdata ----
  CoroutineRef newCoroutine();
  Coroutine& coroutine(CoroutineRef c) { return coroutines_.get(c); }
  UserdataRef newUserdata(size_t size);
  Userdata& userdata(UserdataRef u) { return userdata_.get(u); }

  // ---- accounting ----
  size_t bytes() const;
  size_t bytes(Kind kind) const;
  size_t memoryLimit() const { return config_.memoryLimit; }
  // Also lowers the collection threshold so that a collection comes first.
  void setMemoryLimit(size_t bytes);
  // Asks for `delta` more bytes; throws MemoryError if that passes the limit.
  void charge(int64_t delta);
  // Re-measures an object whose owned storage changed (tables, coroutine
  // stacks): `ownedBytes` is the storage the object owns now (for a coroutine,
  // coroutineOwnedBytes()); the heap adds the slot's own size. Call charge()
  // with the growth first. The collector also re-measures every coroutine.
  void recharge(Kind kind, RawHandle h, size_t ownedBytes);

  // ---- collection ----
  // Handles the host holds outside any Lua structure (registry, globals of
  // the engine, values being built by a builtin) stay alive while pinned.
  void pin(const Value& v);
  void unpin(const Value& v);
  bool wantsCollection() const { return bytes() >= gcThreshold_; }
  // Marks from the pinned values and whatever markRoots feeds, then frees
  // every unmarked object and clears dead entries of weak tables.
  void collect(const std::function<void(Marker&)>& markRoots);
  uint64_t collections() const { return collections_; }

  // ---- arenas, for the collector and the debugger views ----
  Arena<LuaString, Kind::String>& strings() { return strings_; }
  Arena<Table, Kind::Table>& tables() { return tables_; }
  Arena<Closure, Kind::Closure>& closures() { return closures_; }
  Arena<ProtoObject, Kind::Proto>& protos() { return protos_; }
  Arena<Upvalue, Kind::Upvalue>& upvalues() { return upvalues_; }
  Arena<Coroutine, Kind::Coroutine>& coroutines() { return coroutines_; }
  Arena<Userdata, Kind::Userdata>& userdata() { return userdata_; }

  StringHashMode stringHashMode() const { return config_.stringHash; }

 private:
  HeapConfig config_;
  Arena<LuaString, Kind::String> strings_;
  Arena<Table, Kind::Table> tables_;
  Arena<Closure, Kind::Closure> closures_;
  Arena<ProtoObject, Kind::Proto> protos_;
  Arena<Upvalue, Kind::Upvalue> upvalues_;
  Arena<Coroutine, Kind::Coroutine> coroutines_;
  Arena<Userdata, Kind::Userdata> userdata_;
  std::unordered_map<std::string_view, uint32_t> interned_;  // bytes → string slot index
  std::vector<Value> pinned_;
  size_t gcThreshold_ = 256 * 1024;
  uint64_t collections_ = 0;
  friend class Collector;
};

}  // namespace redlua::heap
