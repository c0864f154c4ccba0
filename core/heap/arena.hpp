// Arena<T>: the slots of one object kind, with generations and a free list.
//
// Slots are recycled (a freed index goes to the free list and is handed out
// again), and every access checks the handle's generation against the slot's,
// so a stale handle is caught here as StaleHandle rather than silently
// reaching whatever object now lives in the slot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "heap/handle.hpp"

namespace redlua::heap {

// An internal error: some code kept a handle past its object's life.
class StaleHandle : public std::logic_error {
 public:
  StaleHandle(Kind kind, RawHandle h);
};

template <class T, Kind K>
class Arena {
 public:
  struct Slot {
    T object{};
    uint32_t generation = 0;
    uint32_t bytes = 0;   // bytes charged for this object (slot + owned storage)
    bool live = false;
    bool marked = false;  // GC mark bit
  };

  // Places obj in a free slot (recycled first) and returns its handle.
  Handle<K> allocate(T&& obj, uint32_t bytes) {
    uint32_t index;
    if (!free_.empty()) {
      index = free_.back();
      free_.pop_back();
    } else {
      index = static_cast<uint32_t>(slots_.size());
      slots_.emplace_back();
    }
    Slot& s = slots_[index];
    s.object = std::move(obj);
    if (s.generation == 0) s.generation = 1;  // fresh slot: 0 stays "never live"
    s.bytes = bytes;
    s.live = true;
    s.marked = false;
    liveCount_++;
    bytes_ += bytes;
    Handle<K> h;
    h.index = index;
    h.generation = s.generation;
    return h;
  }

  // Frees the slot; its generation changes so every existing handle goes stale.
  void release(uint32_t index) {
    Slot& s = slots_[index];
    if (!s.live) return;
    s.object = T{};
    s.live = false;
    s.generation++;  // every handle to the old object is stale from now on
    if (s.generation == 0) s.generation = 1;
    bytes_ -= s.bytes;
    s.bytes = 0;
    liveCount_--;
    free_.push_back(index);
  }

  bool contains(RawHandle h) const {
    return h.index < slots_.size() && slots_[h.index].live && slots_[h.index].generation == h.generation;
  }
  T& get(RawHandle h) {
    if (!contains(h)) throw StaleHandle(K, h);
    return slots_[h.index].object;
  }
  const T& get(RawHandle h) const {
    if (!contains(h)) throw StaleHandle(K, h);
    return slots_[h.index].object;
  }
  Slot& slot(RawHandle h) {
    if (!contains(h)) throw StaleHandle(K, h);
    return slots_[h.index];
  }

  // Re-measures an object whose owned storage changed size; returns the delta.
  int64_t recharge(RawHandle h, uint32_t bytes) {
    Slot& s = slot(h);
    int64_t delta = static_cast<int64_t>(bytes) - static_cast<int64_t>(s.bytes);
    s.bytes = bytes;
    bytes_ = static_cast<size_t>(static_cast<int64_t>(bytes_) + delta);
    return delta;
  }

  // Raw slot access for the collector and the debugger views.
  size_t slotCount() const { return slots_.size(); }
  Slot& slotAt(uint32_t index) { return slots_[index]; }
  const Slot& slotAt(uint32_t index) const { return slots_[index]; }
  Handle<K> handleAt(uint32_t index) const {
    Handle<K> h;
    h.index = index;
    h.generation = slots_[index].generation;
    return h;
  }

  size_t liveCount() const { return liveCount_; }
  size_t bytes() const { return bytes_; }
  static constexpr Kind kind = K;

 private:
  std::vector<Slot> slots_;
  std::vector<uint32_t> free_;
  size_t liveCount_ = 0;
  size_t bytes_ = 0;
};

}  // namespace redlua::heap
