// Lua 5.1's pattern matcher, written for byte strings held in string_views.
// The subject may contain '\0'; like 5.1, a pattern ends at its first '\0'
// (use %z to match a zero byte).
#include "lib/lua_pattern.hpp"

#include <cctype>
#include <cstring>

namespace redlua::lib::pattern {

namespace {

constexpr char kEscape = '%';

std::string_view untilZero(std::string_view p) {
  size_t z = p.find('\0');
  return z == std::string_view::npos ? p : p.substr(0, z);
}

}  // namespace

bool isPlain(std::string_view pattern) {
  return untilZero(pattern).find_first_of("^$*+?.([%-") == std::string_view::npos;
}

bool matchClass(unsigned char c, unsigned char cl) {
  bool res;
  switch (std::tolower(cl)) {
    case 'a': res = std::isalpha(c); break;
    case 'c': res = std::iscntrl(c); break;
    case 'd': res = std::isdigit(c); break;
    case 'l': res = std::islower(c); break;
    case 'p': res = std::ispunct(c); break;
    case 's': res = std::isspace(c); break;
    case 'u': res = std::isupper(c); break;
    case 'w': res = std::isalnum(c); break;
    case 'x': res = std::isxdigit(c); break;
    case 'z': res = c == 0; break;
    default: return cl == c;
  }
  return std::isupper(cl) ? !res : res;
}

void Matcher::fail(const std::string& msg) { throw PatternError{msg}; }

size_t Matcher::match(size_t s, size_t p) {
  pat_ = untilZero(pat_);
  level_ = 0;
  return doMatch(s, p);
}

// Offset just past the single-character class starting at p.
size_t Matcher::classEnd(size_t p) const {
  char c = pat_[p++];
  if (c == kEscape) {
    if (p >= pat_.size()) fail("malformed pattern (ends with '%')");
    return p + 1;
  }
  if (c == '[') {
    if (p < pat_.size() && pat_[p] == '^') p++;
    // The first character of a set is always a member, even ']'.
    do {
      if (p >= pat_.size()) fail("malformed pattern (missing ']')");
      char d = pat_[p++];
      if (d == kEscape && p < pat_.size()) p++;
    } while (p >= pat_.size() || pat_[p] != ']');
    return p + 1;
  }
  return p;
}

// p: the '[' of a set, ec: its closing ']'.
bool Matcher::matchBracketClass(unsigned char c, size_t p, size_t ec) const {
  bool inside = true;
  if (pat_[p + 1] == '^') {
    inside = false;
    p++;
  }
  while (++p < ec) {
    unsigned char pc = static_cast<unsigned char>(pat_[p]);
    if (pc == kEscape) {
      p++;
      if (matchClass(c, static_cast<unsigned char>(pat_[p]))) return inside;
    } else if (p + 2 < ec && pat_[p + 1] == '-') {
      p += 2;
      if (pc <= c && c <= static_cast<unsigned char>(pat_[p])) return inside;
    } else if (pc == c) {
      return inside;
    }
  }
  return !inside;
}

bool Matcher::singleMatch(unsigned char c, size_t p, size_t ep) const {
  switch (pat_[p]) {
    case '.': return true;
    case kEscape: return matchClass(c, static_cast<unsigned char>(pat_[p + 1]));
    case '[': return matchBracketClass(c, p, ep - 1);
    default: return static_cast<unsigned char>(pat_[p]) == c;
  }
}

size_t Matcher::matchBalance(size_t s, size_t p) const {
  if (p + 1 >= pat_.size()) fail("unbalanced pattern");
  if (s >= src_.size() || src_[s] != pat_[p]) return npos;
  char open = pat_[p], close = pat_[p + 1];
  int depth = 1;
  while (++s < src_.size()) {
    if (src_[s] == close) {
      if (--depth == 0) return s + 1;
    } else if (src_[s] == open) {
      depth++;
    }
  }
  return npos;
}

size_t Matcher::maxExpand(size_t s, size_t p, size_t ep) {
  size_t n = 0;
  while (s + n < src_.size() && singleMatch(static_cast<unsigned char>(src_[s + n]), p, ep)) n++;
  for (;;) {
    size_t r = doMatch(s + n, ep + 1);
    if (r != npos) return r;
    if (n == 0) return npos;
    n--;
  }
}

size_t Matcher::minExpand(size_t s, size_t p, size_t ep) {
  for (;;) {
    size_t r = doMatch(s, ep + 1);
    if (r != npos) return r;
    if (s < src_.size() && singleMatch(static_cast<unsigned char>(src_[s]), p, ep)) s++;
    else return npos;
  }
}

size_t Matcher::startCapture(size_t s, size_t p, ptrdiff_t what) {
  if (level_ >= kMaxCaptures) fail("too many captures");
  capture_[level_].start = s;
  capture_[level_].length = what;
  level_++;
  size_t r = doMatch(s, p);
  if (r == npos) level_--;
  return r;
}

int Matcher::captureToClose() const {
  for (int l = level_ - 1; l >= 0; l--)
    if (capture_[l].length == Capture::kUnfinished) return l;
  fail("invalid pattern capture");
}

size_t Matcher::endCapture(size_t s, size_t p) {
  int l = captureToClose();
  capture_[l].length = static_cast<ptrdiff_t>(s - capture_[l].start);
  size_t r = doMatch(s, p);
  if (r == npos) capture_[l].length = Capture::kUnfinished;
  return r;
}

int Matcher::checkCapture(int l) const {
  l -= '1';
  if (l < 0 || l >= level_ || capture_[l].length == Capture::kUnfinished) fail("invalid capture index");
  return l;
}

size_t Matcher::matchCapture(size_t s, int l) {
  l = checkCapture(l);
  ptrdiff_t len = capture_[l].length;
  if (len < 0) return npos;  // a position capture never matches text
  size_t n = static_cast<size_t>(len);
  if (src_.size() - s >= n && src_.compare(capture_[l].start, n, src_.substr(s, n)) == 0) return s + n;
  return npos;
}

size_t Matcher::doMatch(size_t s, size_t p) {
  for (;;) {
    if (p >= pat_.size()) return s;
    char pc = pat_[p];
    char next = p + 1 < pat_.size() ? pat_[p + 1] : '\0';
    if (pc == '(') {
      if (next == ')') return startCapture(s, p + 2, Capture::kPosition);
      return startCapture(s, p + 1, Capture::kUnfinished);
    }
    if (pc == ')') return endCapture(s, p + 1);
    if (pc == '$' && p + 1 == pat_.size()) return s == src_.size() ? s : npos;
    if (pc == kEscape && next == 'b') {
      s = matchBalance(s, p + 2);
      if (s == npos) return npos;
      p += 4;
      continue;
    }
    if (pc == kEscape && next == 'f') {
      p += 2;
      if (p >= pat_.size() || pat_[p] != '[') fail("missing '[' after '%f' in pattern");
      size_t ep = classEnd(p);
      unsigned char prev = s == 0 ? 0 : static_cast<unsigned char>(src_[s - 1]);
      unsigned char cur = s < src_.size() ? static_cast<unsigned char>(src_[s]) : 0;
      if (matchBracketClass(prev, p, ep - 1) || !matchBracketClass(cur, p, ep - 1)) return npos;
      p = ep;
      continue;
    }
    if (pc == kEscape && std::isdigit(static_cast<unsigned char>(next))) {
      s = matchCapture(s, next);
      if (s == npos) return npos;
      p += 2;
      continue;
    }
    size_t ep = classEnd(p);
    bool m = s < src_.size() && singleMatch(static_cast<unsigned char>(src_[s]), p, ep);
    char q = ep < pat_.size() ? pat_[ep] : '\0';
    switch (q) {
      case '?': {
        if (m) {
          size_t r = doMatch(s + 1, ep + 1);
          if (r != npos) return r;
        }
        p = ep + 1;
        continue;
      }
      case '*': return maxExpand(s, p, ep);
      case '+': return m ? maxExpand(s + 1, p, ep) : npos;
      case '-': return minExpand(s, p, ep);
      default:
        if (!m) return npos;
        s++;
        p = ep;
        continue;
    }
  }
}

Matcher::Kind Matcher::captureAt(int i, size_t s, size_t e, size_t& start, size_t& length) const {
  if (i >= level_) {
    if (i != 0) fail("invalid capture index");
    start = s;
    length = e - s;
    return Kind::String;
  }
  ptrdiff_t l = capture_[i].length;
  if (l == Capture::kUnfinished) fail("unfinished capture");
  start = capture_[i].start;
  if (l == Capture::kPosition) {
    length = 0;
    return Kind::Position;
  }
  length = static_cast<size_t>(l);
  return Kind::String;
}

}  // namespace redlua::lib::pattern
