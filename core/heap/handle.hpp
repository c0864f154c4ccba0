// Handles: how every heap object is named (DESIGN.md, decision 2).
//
// A handle is {index, generation} into the arena of one object kind. Freeing a
// slot bumps its generation, so a handle kept past the object's life no longer
// matches and is reported as an internal error instead of reaching another
// object. Handles are plain values: copying one costs nothing and owns nothing.
#pragma once

#include <cstdint>

namespace redlua::heap {

enum class Kind : uint8_t { String, Table, Closure, Proto, Upvalue, Coroutine, Userdata };
inline constexpr int kNumKinds = 7;

const char* kindName(Kind k);  // "string", "table", ... (for the debugger views)

struct RawHandle {
  uint32_t index = 0;
  uint32_t generation = 0;  // 0 never names a live object: a default handle is always stale
  friend bool operator==(RawHandle, RawHandle) = default;
};

template <Kind K>
struct Handle : RawHandle {
  static constexpr Kind kind = K;
  Handle() = default;
  explicit Handle(RawHandle r) : RawHandle(r) {}
};

using StringRef = Handle<Kind::String>;
using TableRef = Handle<Kind::Table>;
using ClosureRef = Handle<Kind::Closure>;
using ProtoRef = Handle<Kind::Proto>;
using UpvalueRef = Handle<Kind::Upvalue>;
using CoroutineRef = Handle<Kind::Coroutine>;
using UserdataRef = Handle<Kind::Userdata>;

}  // namespace redlua::heap
