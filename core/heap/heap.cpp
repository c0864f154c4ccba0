// The heap's allocation side: object creation, interning, loading protos,
// byte accounting and pinning. The collector lives in collector.cpp.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "heap/heap.hpp"

namespace redlua::heap {

namespace {

// What one object costs besides its owned storage: its arena slot.
template <class T, Kind K>
constexpr size_t slotBytes(const Arena<T, K>&) {
  return sizeof(typename Arena<T, K>::Slot);
}

uint32_t toBytes(size_t n) { return n > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(n); }

size_t closureOwnedBytes(const Closure& c) {
  return c.upvalues.size() * sizeof(UpvalueRef) + c.nativeUpvalues.size() * sizeof(Value);
}

}  // namespace

Heap::Heap(HeapConfig config) : config_(config) { setMemoryLimit(config.memoryLimit); }

void Heap::setMemoryLimit(size_t bytes) {
  config_.memoryLimit = bytes;
  // Collect before the limit is hit (see collect() for the steady state).
  size_t threshold = 256 * 1024;
  if (bytes != 0) {
    const size_t live = this->bytes();
    threshold = live < bytes ? std::min(threshold, live + (bytes - live) / 2) : live;
  }
  gcThreshold_ = threshold;
}

// ---- strings ----

Value Heap::newString(std::string_view bytes) {
  if (auto it = interned_.find(bytes); it != interned_.end()) {
    const StringRef s = strings_.handleAt(it->second);
    return Value::string(s, strings_.slotAt(it->second).object.hash);
  }
  if (bytes.size() > UINT32_MAX - 1) throw MemoryError();
  const size_t cost = slotBytes(strings_) + bytes.size() + 1;
  charge(static_cast<int64_t>(cost));
  LuaString str;
  str.length = static_cast<uint32_t>(bytes.size());
  str.data.reset(new char[bytes.size() + 1]);
  if (!bytes.empty()) std::memcpy(str.data.get(), bytes.data(), bytes.size());
  str.data[bytes.size()] = '\0';
  str.hash = hashString(bytes, config_.stringHash);
  const uint32_t hash = str.hash;
  const StringRef s = strings_.allocate(std::move(str), toBytes(cost));
  interned_.emplace(strings_.get(s).view(), s.index);
  return Value::string(s, hash);
}

// ---- tables ----

TableRef Heap::newTable(int arraySize, int hashSize) {
  // Check the whole cost first, so that a MemoryError leaves nothing behind.
  size_t nodes = 0;
  if (hashSize > 0) {
    nodes = 1;
    while (nodes < static_cast<size_t>(hashSize)) nodes *= 2;
  }
  const size_t parts = static_cast<size_t>(std::max(arraySize, 0)) * sizeof(Value) + nodes * sizeof(TableNode);
  charge(static_cast<int64_t>(slotBytes(tables_) + parts));
  const TableRef t = tables_.allocate(Table{}, toBytes(slotBytes(tables_)));
  if (arraySize > 0 || hashSize > 0) {
    try {
      tables_.get(t).resize(*this, t, arraySize, hashSize);
    } catch (...) {
      tables_.release(t.index);
      throw;
    }
  }
  return t;
}

// ---- functions ----

ProtoRef Heap::loadProto(std::shared_ptr<const bytecode::Proto> code) {
  // Every function of the tree becomes one ProtoObject. Built with an
  // explicit work list; the parent's slot is filled in once the child exists.
  struct Pending {
    std::shared_ptr<const bytecode::Proto> code;
    ProtoRef parent;
    size_t childIndex;
  };
  auto load = [this](const std::shared_ptr<const bytecode::Proto>& c) {
    ProtoObject obj;
    obj.code = c;
    obj.children.resize(c->protos.size());
    obj.constants.reserve(c->constants.size());
    const size_t cost = slotBytes(protos_) + c->constants.size() * sizeof(Value) +
                        c->protos.size() * sizeof(ProtoRef) + c->code.size() * sizeof(bytecode::Instruction) +
                        c->lineInfo.size() * sizeof(int);
    charge(static_cast<int64_t>(cost));
    // Constants' strings are charged as they are interned; a MemoryError on
    // the way leaves only garbage behind.
    for (const bytecode::Constant& k : c->constants) {
      switch (k.kind) {
        case bytecode::Constant::Kind::Nil: obj.constants.push_back(Value::nil()); break;
        case bytecode::Constant::Kind::Boolean: obj.constants.push_back(Value::boolean(k.boolean)); break;
        case bytecode::Constant::Kind::Number: obj.constants.push_back(Value::number(k.number)); break;
        case bytecode::Constant::Kind::String: obj.constants.push_back(newString(k.string)); break;
      }
    }
    charge(static_cast<int64_t>(cost));
    return protos_.allocate(std::move(obj), toBytes(cost));
  };
  const ProtoRef root = load(code);
  std::vector<Pending> work;
  for (size_t i = 0; i < code->protos.size(); i++) work.push_back({code->protos[i], root, i});
  while (!work.empty()) {
    Pending p = std::move(work.back());
    work.pop_back();
    const ProtoRef child = load(p.code);
    protos_.get(p.parent).children[p.childIndex] = child;
    for (size_t i = 0; i < p.code->protos.size(); i++) work.push_back({p.code->protos[i], child, i});
  }
  return root;
}

ClosureRef Heap::newLuaClosure(ProtoRef proto, TableRef env) {
  const ProtoObject& p = protos_.get(proto);
  Closure c;
  c.proto = proto;
  c.code = p.code.get();
  c.upvalues.resize(p.code->numUpvalues);
  c.env = env;
  const size_t cost = slotBytes(closures_) + closureOwnedBytes(c);
  charge(static_cast<int64_t>(cost));
  return closures_.allocate(std::move(c), toBytes(cost));
}

ClosureRef Heap::newNativeClosure(NativeFunction fn, int numUpvalues, TableRef env) {
  Closure c;
  c.isNative = true;
  c.native = fn;
  c.nativeUpvalues.resize(static_cast<size_t>(std::max(numUpvalues, 0)));
  c.env = env;
  const size_t cost = slotBytes(closures_) + closureOwnedBytes(c);
  charge(static_cast<int64_t>(cost));
  return closures_.allocate(std::move(c), toBytes(cost));
}

UpvalueRef Heap::newUpvalue(CoroutineRef thread, uint32_t stackIndex) {
  const size_t cost = slotBytes(upvalues_);
  charge(static_cast<int64_t>(cost));
  Upvalue u;
  u.open = true;
  u.thread = thread;
  u.stackIndex = stackIndex;
  return upvalues_.allocate(std::move(u), toBytes(cost));
}

// ---- coroutines and userdata ----

CoroutineRef Heap::newCoroutine() {
  const size_t cost = slotBytes(coroutines_);
  charge(static_cast<int64_t>(cost));
  return coroutines_.allocate(Coroutine{}, toBytes(cost));
}

UserdataRef Heap::newUserdata(size_t size) {
  const size_t cost = slotBytes(userdata_) + size;
  charge(static_cast<int64_t>(cost));
  Userdata u;
  u.bytes.assign(size, '\0');
  return userdata_.allocate(std::move(u), toBytes(cost));
}

// ---- accounting ----

size_t Heap::bytes() const {
  return strings_.bytes() + tables_.bytes() + closures_.bytes() + protos_.bytes() + upvalues_.bytes() +
         coroutines_.bytes() + userdata_.bytes();
}

size_t Heap::bytes(Kind kind) const {
  switch (kind) {
    case Kind::String: return strings_.bytes();
    case Kind::Table: return tables_.bytes();
    case Kind::Closure: return closures_.bytes();
    case Kind::Proto: return protos_.bytes();
    case Kind::Upvalue: return upvalues_.bytes();
    case Kind::Coroutine: return coroutines_.bytes();
    case Kind::Userdata: return userdata_.bytes();
  }
  return 0;
}

void Heap::charge(int64_t delta) {
  if (config_.memoryLimit == 0 || delta <= 0) return;
  const size_t current = bytes();
  if (current + static_cast<uint64_t>(delta) > config_.memoryLimit) throw MemoryError();
}

void Heap::recharge(Kind kind, RawHandle h, size_t ownedBytes) {
  switch (kind) {
    case Kind::String: strings_.recharge(h, toBytes(slotBytes(strings_) + ownedBytes)); break;
    case Kind::Table: tables_.recharge(h, toBytes(slotBytes(tables_) + ownedBytes)); break;
    case Kind::Closure: closures_.recharge(h, toBytes(slotBytes(closures_) + ownedBytes)); break;
    case Kind::Proto: protos_.recharge(h, toBytes(slotBytes(protos_) + ownedBytes)); break;
    case Kind::Upvalue: upvalues_.recharge(h, toBytes(slotBytes(upvalues_) + ownedBytes)); break;
    case Kind::Coroutine: coroutines_.recharge(h, toBytes(slotBytes(coroutines_) + ownedBytes)); break;
    case Kind::Userdata: userdata_.recharge(h, toBytes(slotBytes(userdata_) + ownedBytes)); break;
  }
}

size_t coroutineOwnedBytes(const Coroutine& co) {
  return co.stack.capacity() * sizeof(Value) + co.frames.capacity() * sizeof(CallFrame) +
         co.openUpvalues.capacity() * sizeof(UpvalueRef);
}

// ---- pinning ----

void Heap::pin(const Value& v) {
  if (v.isCollectable()) pinned_.push_back(v);
}

void Heap::unpin(const Value& v) {
  if (!v.isCollectable()) return;
  for (size_t i = pinned_.size(); i-- > 0;) {
    if (rawEqual(pinned_[i], v)) {
      pinned_.erase(pinned_.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

}  // namespace redlua::heap
