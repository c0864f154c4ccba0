// Bump allocation for AST nodes. Nodes are trivially destructible and freed
// all at once with the arena, so that destroying a 100,000-node expression
// chain costs no recursion (the wasm build has a 1 MB stack).
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace redlua::compiler {

// A view of an arena-held array.
template <class T>
struct Span {
  T* data = nullptr;
  int size = 0;
  T* begin() const { return data; }
  T* end() const { return data + size; }
  T& operator[](int i) const { return data[i]; }
  bool empty() const { return size == 0; }
  T& back() const { return data[size - 1]; }
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena nodes are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T();
  }

  template <class T>
  Span<T> copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_copyable_v<T>, "arena arrays are copied bytewise");
    Span<T> span;
    if (items.empty()) return span;
    span.data = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(static_cast<void*>(span.data), items.data(), sizeof(T) * items.size());
    span.size = static_cast<int>(items.size());
    return span;
  }

 private:
  void* allocate(std::size_t size, std::size_t align) {
    std::size_t start = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || start + size > capacity_) {
      capacity_ = size > kBlockSize ? size : kBlockSize;
      blocks_.push_back(std::make_unique<std::max_align_t[]>(capacity_ / sizeof(std::max_align_t) + 1));
      start = 0;
    }
    used_ = start + size;
    return reinterpret_cast<char*>(blocks_.back().get()) + start;
  }

  static constexpr std::size_t kBlockSize = 64 * 1024;
  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  std::size_t used_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace redlua::compiler
