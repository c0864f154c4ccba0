// Mark–sweep collection (Lua 5.1's lgc.c, done in one go between
// instructions). Marking uses an explicit gray stack, so that a long chain of
// objects costs heap memory, not C++ stack. Weak tables follow Lua 5.1: the
// metatable's __mode string holds 'k' and/or 'v'; after marking, entries whose
// key or value is an unmarked object are removed (value set to nil, key kept
// as a dead key so that a next() in progress still finds it); strings count
// as values, never as objects, so they are never removed from weak tables.
#include <algorithm>
#include <utility>

#include "heap/heap.hpp"

namespace redlua::heap {

class Collector final : public Marker {
 public:
  explicit Collector(Heap& heap) : heap_(heap) {}

  void mark(const Value& v) override {
    switch (v.tag) {
      case Tag::String: markIn(heap_.strings_, v.u.handle); break;
      case Tag::Table: markIn(heap_.tables_, v.u.handle); break;
      case Tag::Closure: markIn(heap_.closures_, v.u.handle); break;
      case Tag::Userdata: markIn(heap_.userdata_, v.u.handle); break;
      case Tag::Coroutine: markIn(heap_.coroutines_, v.u.handle); break;
      case Tag::Proto: markIn(heap_.protos_, v.u.handle); break;
      case Tag::Upvalue: markIn(heap_.upvalues_, v.u.handle); break;
      default: break;
    }
  }

  void mark(Kind kind, RawHandle h) override {
    switch (kind) {
      case Kind::String: markIn(heap_.strings_, h); break;
      case Kind::Table: markIn(heap_.tables_, h); break;
      case Kind::Closure: markIn(heap_.closures_, h); break;
      case Kind::Proto: markIn(heap_.protos_, h); break;
      case Kind::Upvalue: markIn(heap_.upvalues_, h); break;
      case Kind::Coroutine: markIn(heap_.coroutines_, h); break;
      case Kind::Userdata: markIn(heap_.userdata_, h); break;
    }
  }

  void run(const std::function<void(Marker&)>& markRoots) {
    findModeKey();
    for (const Value& v : heap_.pinned_) mark(v);
    if (markRoots) markRoots(*this);
    propagate();
    clearWeakTables();
    sweep();
  }

 private:
  template <class T, Kind K>
  void markIn(Arena<T, K>& arena, RawHandle h) {
    // A handle that names no live object (a default one, or a slot the VM
    // has not filled yet) has nothing to keep alive.
    if (!arena.contains(h)) return;
    auto& slot = arena.slotAt(h.index);
    if (slot.marked) return;
    slot.marked = true;
    if constexpr (K != Kind::String) gray_.emplace_back(K, h.index);
  }

  // The "__mode" string, if it exists: no table can have the key otherwise.
  void findModeKey() {
    auto it = heap_.interned_.find(std::string_view("__mode"));
    if (it == heap_.interned_.end()) return;
    modeKey_ = Value::string(heap_.strings_.handleAt(it->second), heap_.strings_.slotAt(it->second).object.hash);
  }

  uint8_t weakModeOf(const Table& t) const {
    if (!t.hasMetatable() || modeKey_.isNil() || !heap_.tables_.contains(t.metatable)) return 0;
    const Value mode = heap_.tables_.get(t.metatable).get(modeKey_);
    if (!mode.isString()) return 0;
    const std::string_view s = heap_.stringView(mode);
    uint8_t weak = 0;
    if (s.find('k') != std::string_view::npos) weak |= kWeakKeys;
    if (s.find('v') != std::string_view::npos) weak |= kWeakValues;
    return weak;
  }

  void propagate() {
    while (!gray_.empty()) {
      const auto [kind, index] = gray_.back();
      gray_.pop_back();
      switch (kind) {
        case Kind::Table: traverseTable(index); break;
        case Kind::Closure: traverseClosure(heap_.closures_.slotAt(index).object); break;
        case Kind::Proto: traverseProto(heap_.protos_.slotAt(index).object); break;
        case Kind::Upvalue: traverseUpvalue(heap_.upvalues_.slotAt(index).object); break;
        case Kind::Coroutine: traverseCoroutine(index); break;
        case Kind::Userdata: traverseUserdata(heap_.userdata_.slotAt(index).object); break;
        case Kind::String: break;
      }
    }
  }

  void traverseTable(uint32_t index) {
    Table& t = heap_.tables_.slotAt(index).object;
    if (t.hasMetatable()) mark(Kind::Table, t.metatable);
    t.weakMode = weakModeOf(t);
    const bool weakKeys = (t.weakMode & kWeakKeys) != 0;
    const bool weakValues = (t.weakMode & kWeakValues) != 0;
    if (t.weakMode != 0) weakTables_.push_back(index);
    if (!weakValues) {
      for (const Value& v : t.arrayPart()) mark(v);
    }
    for (TableNode& n : t.mutableNodes()) {
      if (n.value.isNil()) {
        // An empty entry does not keep its key alive; like Lua, it no longer
        // matches lookups from now on (next() still finds it).
        if (n.key.isCollectable()) n.dead = true;
        continue;
      }
      if (!weakKeys) mark(n.key);
      if (!weakValues) mark(n.value);
    }
  }

  void traverseClosure(const Closure& c) {
    if (!c.isNative) mark(Kind::Proto, c.proto);
    for (UpvalueRef u : c.upvalues) mark(Kind::Upvalue, u);
    for (const Value& v : c.nativeUpvalues) mark(v);
    mark(Kind::Table, c.env);
  }

  void traverseProto(const ProtoObject& p) {
    for (const Value& v : p.constants) mark(v);
    for (ProtoRef child : p.children) mark(Kind::Proto, child);
  }

  void traverseUpvalue(const Upvalue& u) {
    if (u.open) mark(Kind::Coroutine, u.thread);  // the value lives in its stack
    else mark(u.closed);
  }

  void traverseCoroutine(uint32_t index) {
    const Coroutine& co = heap_.coroutines_.slotAt(index).object;
    co.forEachValue([this](const Value& v) { mark(v); });
    co.forEachUpvalue([this](UpvalueRef u) { mark(Kind::Upvalue, u); });
    for (const CallFrame& f : co.frames) mark(Kind::Table, f.env);
    mark(Kind::Table, co.env);
    // Stacks grow without the VM always saying so: re-measure here.
    heap_.coroutines_.recharge(heap_.coroutines_.handleAt(index),
                               static_cast<uint32_t>(sizeof(Arena<Coroutine, Kind::Coroutine>::Slot) +
                                                     coroutineOwnedBytes(co)));
  }

  void traverseUserdata(const Userdata& u) {
    mark(Kind::Table, u.metatable);
    mark(Kind::Table, u.env);
  }

  // Collectable and not marked: about to be freed. Strings are values here:
  // a string met in a weak table is kept (and marked).
  bool isCleared(const Value& v) {
    if (!v.isCollectable()) return false;
    if (v.isString()) {
      mark(v);
      return false;
    }
    switch (v.tag) {
      case Tag::Table: return !isMarked(heap_.tables_, v.u.handle);
      case Tag::Closure: return !isMarked(heap_.closures_, v.u.handle);
      case Tag::Userdata: return !isMarked(heap_.userdata_, v.u.handle);
      case Tag::Coroutine: return !isMarked(heap_.coroutines_, v.u.handle);
      case Tag::Proto: return !isMarked(heap_.protos_, v.u.handle);
      case Tag::Upvalue: return !isMarked(heap_.upvalues_, v.u.handle);
      default: return false;
    }
  }

  template <class T, Kind K>
  static bool isMarked(const Arena<T, K>& arena, RawHandle h) {
    return arena.contains(h) && arena.slotAt(h.index).marked;
  }

  void clearWeakTables() {
    for (uint32_t index : weakTables_) {
      Table& t = heap_.tables_.slotAt(index).object;
      if ((t.weakMode & kWeakValues) != 0) {
        for (Value& v : t.mutableArray()) {
          if (isCleared(v)) v = Value::nil();
        }
      }
      for (TableNode& n : t.mutableNodes()) {
        if (n.value.isNil()) continue;
        if (isCleared(n.key) || isCleared(n.value)) {
          n.value = Value::nil();
          if (n.key.isCollectable()) n.dead = true;
        }
      }
    }
  }

  template <class T, Kind K>
  void sweepArena(Arena<T, K>& arena) {
    for (uint32_t i = 0; i < arena.slotCount(); i++) {
      auto& slot = arena.slotAt(i);
      if (!slot.live) continue;
      if (slot.marked) {
        slot.marked = false;
        continue;
      }
      if constexpr (K == Kind::String) heap_.interned_.erase(slot.object.view());
      arena.release(i);
    }
  }

  void sweep() {
    sweepArena(heap_.strings_);
    sweepArena(heap_.tables_);
    sweepArena(heap_.closures_);
    sweepArena(heap_.protos_);
    sweepArena(heap_.upvalues_);
    sweepArena(heap_.coroutines_);
    sweepArena(heap_.userdata_);
  }

  Heap& heap_;
  std::vector<std::pair<Kind, uint32_t>> gray_;
  std::vector<uint32_t> weakTables_;
  Value modeKey_;
};

void Heap::collect(const std::function<void(Marker&)>& markRoots) {
  Collector collector(*this);
  collector.run(markRoots);
  collections_++;
  // Next collection when the heap has doubled, but with a memory limit, no
  // later than halfway from the live bytes to the limit.
  const size_t live = bytes();
  size_t threshold = std::max<size_t>(2 * live, 64 * 1024);
  if (config_.memoryLimit != 0) {
    const size_t limit = config_.memoryLimit;
    threshold = live < limit ? std::min(threshold, live + (limit - live) / 2) : live;
  }
  gcThreshold_ = threshold;
}

}  // namespace redlua::heap
