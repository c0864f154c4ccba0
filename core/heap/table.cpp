// Lua tables, laid out and grown as Lua 5.1's ltable.c does.
//
// A table has an array part (keys 1..n) and a hash part of 2^k nodes with
// chained scatter (Brent's variation): every key has a main position; a key
// whose main position is taken by a key that is not in its own main position
// evicts it to a free node; otherwise the new key goes to a free node, found
// by a cursor (lastFree_) that only moves down. When no free node is left, the
// table is rehashed: every key (plus the one being inserted) is counted, the
// array part takes the largest n such that more than n/2 of 1..n are used,
// and the rest goes to the hash part. Doing the same steps as Lua makes `#t`
// and the order of next() the same as lua5.1's.
//
// An entry whose value is nil keeps its key. When the key is an object, the
// collector marks the node dead (Lua's DEADKEY): lookups no longer match it,
// next() still finds it, and the node is reused only as a main position or
// after a rehash. Readers must ignore the key of a node with a nil value: it
// may name a freed object.
#include <climits>
#include <cstring>

#include "common/limits.hpp"
#include "heap/heap.hpp"
#include "heap/table.hpp"

namespace redlua::heap {

namespace {

constexpr int kMaxBits = limits::kMaxArrayBits;
constexpr int kMaxArraySize = 1 << kMaxBits;
constexpr uint32_t kMaxInt = static_cast<uint32_t>(limits::kMaxInt);

// ceil(log2(x)) for x >= 1.
int ceilLog2(uint32_t x) {
  int log = 0;
  uint32_t v = x - 1;
  while (v != 0) {
    v >>= 1;
    log++;
  }
  return log;
}

// The index a key would have in the array part: its value when it is a number
// with an int value, else -1.
int arrayIndex(const Value& key) {
  if (!key.isNumber()) return -1;
  const double n = key.u.number;
  if (!(n >= static_cast<double>(INT_MIN) && n <= static_cast<double>(INT_MAX))) return -1;
  const int k = static_cast<int>(n);
  return static_cast<double>(k) == n ? k : -1;
}

// Lua's hashnum: the two 32-bit halves of the double, summed.
uint32_t numberHash(double n) {
  uint32_t words[2];
  static_assert(sizeof(words) == sizeof(double));
  std::memcpy(words, &n, sizeof(words));
  return words[0] + words[1];
}

// Collectable objects hash by identity; the number is stable for the
// object's life (kind and slot index).
uint32_t identityHash(const Value& v) {
  return v.u.handle.index * 16u + static_cast<uint32_t>(v.tag);
}

uint32_t pointerHash(NativeFunction f) {
  uintptr_t bits;
  static_assert(sizeof(bits) == sizeof(f));
  std::memcpy(&bits, &f, sizeof(bits));
  return static_cast<uint32_t>(bits);
}

// nums[i] = number of integer keys in (2^(i-1), 2^i].
using KeyCounts = int[kMaxBits + 2];

int countIntegerKey(const Value& key, KeyCounts& nums) {
  const int k = arrayIndex(key);
  if (k > 0 && k <= kMaxArraySize) {
    nums[ceilLog2(static_cast<uint32_t>(k))]++;
    return 1;
  }
  return 0;
}

// Picks the array size: the largest power of two n such that more than n/2
// of the keys 1..n are in use. `arrayKeys` comes in as the number of integer
// candidates and goes out as n; returns how many keys will live in the array.
int computeSizes(const KeyCounts& nums, int& arrayKeys) {
  int counted = 0;   // keys <= 2^i
  int inArray = 0;   // keys that go to the array part
  int best = 0;      // the array size so far
  for (int i = 0, twoToI = 1; twoToI / 2 < arrayKeys; i++, twoToI *= 2) {
    if (nums[i] > 0) {
      counted += nums[i];
      if (counted > twoToI / 2) {
        best = twoToI;
        inArray = counted;
      }
    }
    if (counted == arrayKeys) break;
  }
  arrayKeys = best;
  return inArray;
}

size_t nodeCountFor(int hashSize) {
  if (hashSize <= 0) return 0;
  const int log = ceilLog2(static_cast<uint32_t>(hashSize));
  if (log > kMaxBits) throw MemoryError();  // Lua: "table overflow"
  return size_t{1} << log;
}

}  // namespace

struct TableAccess {
  static int mainPosition(const Table& t, const Value& key) {
    const size_t size = t.nodes_.size();
    const uint32_t mask = static_cast<uint32_t>(size - 1);
    const uint32_t oddMod = mask | 1u;
    switch (key.tag) {
      case Tag::Number:
        if (key.u.number == 0) return 0;  // 0 and -0 share node 0
        return static_cast<int>(numberHash(key.u.number) % oddMod);
      case Tag::String: return static_cast<int>(key.aux & mask);
      case Tag::Boolean: return static_cast<int>((key.u.boolean ? 1u : 0u) & mask);
      case Tag::Native: return static_cast<int>(pointerHash(key.u.native) % oddMod);
      default: return static_cast<int>(identityHash(key) % oddMod);
    }
  }

  // The node holding `key` in the hash part, or -1. For next(), a dead key
  // still names its node.
  static int findNode(const Table& t, const Value& key, bool includeDead = false) {
    if (t.nodes_.empty()) return -1;
    int n = mainPosition(t, key);
    do {
      const TableNode& node = t.nodes_[n];
      if ((!node.dead || includeDead) && rawEqual(node.key, key)) return n;
      n = node.next;
    } while (n >= 0);
    return -1;
  }

  static int findNumberNode(const Table& t, double key) {
    if (t.nodes_.empty()) return -1;
    int n = mainPosition(t, Value::number(key));
    do {
      const Value& k = t.nodes_[n].key;
      if (k.isNumber() && k.u.number == key) return n;
      n = t.nodes_[n].next;
    } while (n >= 0);
    return -1;
  }

  // Where the value of `key` lives (array slot or node), or nullptr when the
  // key is in neither part. Lua's luaH_get.
  static const Value* find(const Table& t, const Value& key) {
    switch (key.tag) {
      case Tag::Nil: return nullptr;
      case Tag::Number: {
        const int k = arrayIndex(key);
        if (k >= 1 && static_cast<size_t>(k) <= t.array_.size()) return &t.array_[k - 1];
        const int n = findNumberNode(t, key.u.number);
        return n < 0 ? nullptr : &t.nodes_[n].value;
      }
      default: {
        const int n = findNode(t, key);
        return n < 0 ? nullptr : &t.nodes_[n].value;
      }
    }
  }

  static const Value* findInt(const Table& t, int64_t key) {
    if (key >= 1 && static_cast<uint64_t>(key) <= t.array_.size()) return &t.array_[key - 1];
    const int n = findNumberNode(t, static_cast<double>(key));
    return n < 0 ? nullptr : &t.nodes_[n].value;
  }

  // Lua's luaH_set: the slot for `key`, created when missing.
  static Value* slotFor(Table& t, Heap& heap, RawHandle self, const Value& key) {
    if (const Value* v = find(t, key)) return const_cast<Value*>(v);
    return newKey(t, heap, self, key);
  }

  static int freePosition(Table& t) {
    while (t.lastFree_ > 0) {
      t.lastFree_--;
      if (t.nodes_[t.lastFree_].key.isNil()) return t.lastFree_;
    }
    return -1;
  }

  // Inserts a key that is not in the table (Lua's newkey).
  static Value* newKey(Table& t, Heap& heap, RawHandle self, const Value& key) {
    if (t.nodes_.empty()) {
      rehash(t, heap, self, key);
      return slotFor(t, heap, self, key);
    }
    int mp = mainPosition(t, key);
    if (!t.nodes_[mp].value.isNil()) {
      const int free = freePosition(t);
      if (free < 0) {
        rehash(t, heap, self, key);
        return slotFor(t, heap, self, key);
      }
      int other = mainPosition(t, t.nodes_[mp].key);
      if (other != mp) {
        // The occupant is not in its main position: move it to the free
        // node (relinking its chain) and take its place.
        while (t.nodes_[other].next != mp) other = t.nodes_[other].next;
        t.nodes_[other].next = free;
        t.nodes_[free] = t.nodes_[mp];
        t.nodes_[mp].next = -1;
        t.nodes_[mp].value = Value::nil();
      } else {
        // The occupant is at home: the new key goes to the free node,
        // chained right after it.
        t.nodes_[free].next = t.nodes_[mp].next;
        t.nodes_[mp].next = free;
        mp = free;
      }
    }
    t.nodes_[mp].key = key;
    t.nodes_[mp].dead = false;
    return &t.nodes_[mp].value;
  }

  static int countArrayKeys(const Table& t, KeyCounts& nums) {
    const int size = static_cast<int>(t.array_.size());
    int total = 0;
    int i = 1;
    for (int lg = 0, twoToLg = 1; lg <= kMaxBits; lg++, twoToLg *= 2) {
      int limit = twoToLg;
      if (limit > size) {
        limit = size;
        if (i > limit) break;
      }
      int inSlice = 0;  // keys in (2^(lg-1), 2^lg]
      for (; i <= limit; i++) {
        if (!t.array_[i - 1].isNil()) inSlice++;
      }
      nums[lg] += inSlice;
      total += inSlice;
    }
    return total;
  }

  static int countHashKeys(const Table& t, KeyCounts& nums, int& arrayCandidates) {
    int total = 0;
    int integers = 0;
    for (size_t i = t.nodes_.size(); i-- > 0;) {
      const TableNode& n = t.nodes_[i];
      if (!n.value.isNil()) {
        integers += countIntegerKey(n.key, nums);
        total++;
      }
    }
    arrayCandidates += integers;
    return total;
  }

  static void rehash(Table& t, Heap& heap, RawHandle self, const Value& extraKey) {
    KeyCounts nums = {};
    int arrayCandidates = countArrayKeys(t, nums);
    int total = arrayCandidates;
    total += countHashKeys(t, nums, arrayCandidates);
    arrayCandidates += countIntegerKey(extraKey, nums);
    total++;
    const int inArray = computeSizes(nums, arrayCandidates);
    resize(t, heap, self, arrayCandidates, total - inArray);
  }

  // Lua's resize: new array and hash parts, then the entries that no longer
  // fit re-inserted (the array's vanishing slice, then the old nodes from the
  // last to the first). Charges the heap before touching anything.
  static void resize(Table& t, Heap& heap, RawHandle self, int arraySize, int hashSize) {
    if (arraySize < 0) arraySize = 0;
    if (arraySize > kMaxArraySize) throw MemoryError();
    const size_t nodeCount = nodeCountFor(hashSize);
    const size_t newBytes = static_cast<size_t>(arraySize) * sizeof(Value) + nodeCount * sizeof(TableNode);
    heap.charge(static_cast<int64_t>(newBytes) - static_cast<int64_t>(t.ownedBytes()));

    const size_t oldArraySize = t.array_.size();
    const size_t newArraySize = static_cast<size_t>(arraySize);
    if (newArraySize > oldArraySize) t.array_.resize(newArraySize);
    std::vector<TableNode> oldNodes(nodeCount);
    oldNodes.swap(t.nodes_);
    t.lastFree_ = static_cast<int32_t>(nodeCount);
    if (newArraySize < oldArraySize) {
      std::vector<Value> vanishing(t.array_.begin() + static_cast<ptrdiff_t>(newArraySize), t.array_.end());
      t.array_.resize(newArraySize);
      t.array_.shrink_to_fit();
      for (size_t i = 0; i < vanishing.size(); i++) {
        if (!vanishing[i].isNil()) {
          *slotFor(t, heap, self, Value::number(static_cast<double>(newArraySize + i + 1))) = vanishing[i];
        }
      }
    }
    for (size_t i = oldNodes.size(); i-- > 0;) {
      const TableNode& old = oldNodes[i];
      if (!old.value.isNil()) *slotFor(t, heap, self, old.key) = old.value;
    }
    if (self.generation != 0) heap.recharge(Kind::Table, self, t.ownedBytes());
  }

  // Lua's findindex: the position after which next() continues.
  static int64_t iterationIndex(const Table& t, const Value& key) {
    if (key.isNil()) return -1;
    const int k = arrayIndex(key);
    if (k > 0 && static_cast<size_t>(k) <= t.array_.size()) return k - 1;
    const int n = findNode(t, key, true);
    if (n < 0) throw InvalidNextKey{};
    return static_cast<int64_t>(t.array_.size()) + n;
  }

  // Lua's unbound_search: a border beyond the array part.
  static int64_t unboundSearch(const Table& t, uint32_t j) {
    auto present = [&](uint32_t k) {
      const Value* v = findInt(t, static_cast<int64_t>(static_cast<int32_t>(k)));
      return v != nullptr && !v->isNil();
    };
    uint32_t i = j;  // 0 or a present index
    j++;
    while (present(j)) {
      i = j;
      j *= 2;
      if (j > kMaxInt) {
        // Built to defeat the search: fall back to a linear scan.
        i = 1;
        while (present(i)) i++;
        return static_cast<int64_t>(i) - 1;
      }
    }
    while (j - i > 1) {
      const uint32_t m = (i + j) / 2;
      if (present(m)) i = m;
      else j = m;
    }
    return i;
  }
};

Value Table::get(const Value& key) const {
  const Value* v = TableAccess::find(*this, key);
  return v ? *v : Value::nil();
}

Value Table::getInt(int64_t key) const {
  const Value* v = TableAccess::findInt(*this, key);
  return v ? *v : Value::nil();
}

void Table::set(Heap& heap, RawHandle self, const Value& key, const Value& value) {
  // As in Lua, even a nil assignment creates the key when it is missing.
  Value* slot = TableAccess::slotFor(*this, heap, self, key);
  *slot = value;
  absentMetamethods = 0;  // the table may be a metatable that just gained one
}

bool Table::next(Value& key, Value& value) const {
  int64_t i = TableAccess::iterationIndex(*this, key);
  const int64_t arraySize = static_cast<int64_t>(array_.size());
  for (i++; i < arraySize; i++) {
    if (!array_[i].isNil()) {
      key = Value::number(static_cast<double>(i + 1));
      value = array_[i];
      return true;
    }
  }
  for (i -= arraySize; i < static_cast<int64_t>(nodes_.size()); i++) {
    const TableNode& n = nodes_[i];
    if (!n.value.isNil()) {
      key = n.key;
      value = n.value;
      return true;
    }
  }
  return false;
}

int64_t Table::border() const {
  uint32_t j = static_cast<uint32_t>(array_.size());
  if (j > 0 && array_[j - 1].isNil()) {
    // A border inside the array part: binary search for it.
    uint32_t i = 0;
    while (j - i > 1) {
      const uint32_t m = (i + j) / 2;
      if (array_[m - 1].isNil()) j = m;
      else i = m;
    }
    return i;
  }
  if (nodes_.empty()) return j;
  return TableAccess::unboundSearch(*this, j);
}

void Table::resize(Heap& heap, RawHandle self, int arraySize, int hashSize) {
  TableAccess::resize(*this, heap, self, arraySize, hashSize);
}

size_t Table::ownedBytes() const { return array_.size() * sizeof(Value) + nodes_.size() * sizeof(TableNode); }

}  // namespace redlua::heap
