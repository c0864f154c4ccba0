// Lua's string hash, in both variants (see StringHashMode).
#include "heap/string.hpp"

namespace redlua::heap {

// Seeded with the length, the hash folds characters in from the last one
// backwards. Lua 5.1.5 samples every step-th character, step = len/32 + 1;
// Redis's copy of Lua folds in every character (step 1).
uint32_t hashString(std::string_view s, StringHashMode mode) {
  const size_t len = s.size();
  uint32_t h = static_cast<uint32_t>(len);
  const size_t step = mode == StringHashMode::Lua51 ? (len >> 5) + 1 : 1;
  for (size_t remaining = len; remaining >= step; remaining -= step) {
    const auto c = static_cast<unsigned char>(s[remaining - 1]);
    h = h ^ ((h << 5) + (h >> 2) + c);
  }
  return h;
}

}  // namespace redlua::heap
