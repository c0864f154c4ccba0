// Lua 5.1 patterns (the matcher of lstrlib.c): character classes, sets,
// quantifiers, anchors, captures (position captures included), %b, %f and
// back-references. Subjects and patterns are byte strings.
//
// The matcher is independent of the VM: errors in a pattern are reported by
// throwing PatternError with 5.1's message, which the string library turns
// into a Lua error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace redlua::lib::pattern {

inline constexpr int kMaxCaptures = 32;  // LUA_MAXCAPTURES

struct PatternError {
  std::string message;
};

// One capture: a substring, or a position (1-based) for "()".
struct Capture {
  size_t start = 0;
  ptrdiff_t length = 0;  // kPosition for a position capture
  static constexpr ptrdiff_t kUnfinished = -1;
  static constexpr ptrdiff_t kPosition = -2;
};

class Matcher {
 public:
  Matcher(std::string_view subject, std::string_view pattern) : src_(subject), pat_(pattern) {}

  // Tries to match the pattern starting at pattern offset `p` against the
  // subject at offset `s`. Returns the end of the match or npos. Captures
  // are reset first.
  size_t match(size_t s, size_t p);

  int captureCount() const { return level_; }
  const Capture& capture(int i) const { return capture_[i]; }
  // What string.find/match/gmatch return for capture i: when the pattern has
  // no captures, i == 0 means the whole match [s, e). Checks "invalid capture
  // index" / "unfinished capture".
  enum class Kind { String, Position };
  Kind captureAt(int i, size_t s, size_t e, size_t& start, size_t& length) const;

  static constexpr size_t npos = static_cast<size_t>(-1);

 private:
  size_t doMatch(size_t s, size_t p);
  size_t classEnd(size_t p) const;
  bool singleMatch(unsigned char c, size_t p, size_t ep) const;
  bool matchBracketClass(unsigned char c, size_t p, size_t ec) const;
  size_t matchBalance(size_t s, size_t p) const;
  size_t maxExpand(size_t s, size_t p, size_t ep);
  size_t minExpand(size_t s, size_t p, size_t ep);
  size_t startCapture(size_t s, size_t p, ptrdiff_t what);
  size_t endCapture(size_t s, size_t p);
  size_t matchCapture(size_t s, int l);
  int checkCapture(int l) const;
  int captureToClose() const;
  [[noreturn]] static void fail(const std::string& msg);

  std::string_view src_;
  std::string_view pat_;
  int level_ = 0;
  Capture capture_[kMaxCaptures];
};

// True when the pattern has none of Lua's special characters (find can
// then search plainly).
bool isPlain(std::string_view pattern);

// Lua 5.1's class test for a class letter (%a, %d, ... and their upper-case
// complements); letters that are not classes match themselves.
bool matchClass(unsigned char c, unsigned char cl);

}  // namespace redlua::lib::pattern
