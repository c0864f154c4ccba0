// string.format (Lua 5.1's str_format): each conversion is handed to the C
// library's snprintf with the flags, width and precision the script wrote,
// after the same checks and argument conversions 5.1 makes.
#include <cctype>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "lib/string_lib.hpp"

namespace redlua::lib::strlib {

using vm::NativeCall;

namespace {

constexpr const char* kFlags = "-+ #0";
constexpr size_t kFlagCount = 5;

// The C conversions of a lua_Number to long / unsigned long as x86-64
// performs them (out-of-range values give the "integer indefinite").
int64_t toLong(double d) {
  if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return INT64_MIN;
  return static_cast<int64_t>(d);
}

uint64_t toUnsignedLong(double d) {
  if (d >= 9.2233720368547758e18 && d < 1.8446744073709552e19)
    return static_cast<uint64_t>(toLong(d - 9.2233720368547758e18)) ^ (uint64_t{1} << 63);
  return static_cast<uint64_t>(toLong(d));
}

template <typename T>
std::string printed(const std::string& spec, T value) {
  char small[128];
  int n = std::snprintf(small, sizeof small, spec.c_str(), value);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof small) return std::string(small, static_cast<size_t>(n));
  std::string big(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(big.data(), big.size(), spec.c_str(), value);
  big.resize(static_cast<size_t>(n));
  return big;
}

// 5.1 appends what sprintf wrote up to its first zero byte (strlen).
void appendC(std::string& out, const std::string& text) { out.append(text.c_str()); }

void addQuoted(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': case '\\': case '\n':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '\r': out.append("\\r"); break;
      case '\0': out.append("\\000"); break;
      default: out.push_back(c);
    }
  }
  out.push_back('"');
}

}  // namespace

int format(NativeCall& call) {
  std::string fmt(call.checkString(1));
  int argIndex = 1;
  std::string out;
  size_t i = 0;
  auto at = [&](size_t k) { return k < fmt.size() ? fmt[k] : '\0'; };
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      out.push_back(c);
      i++;
      continue;
    }
    if (at(i + 1) == '%') {
      out.push_back('%');
      i += 2;
      continue;
    }
    i++;  // past '%'
    if (++argIndex > call.argCount()) call.argError(argIndex, "no value");
    size_t p = i;
    while (at(p) != '\0' && std::strchr(kFlags, at(p)) != nullptr) p++;
    if (p - i > kFlagCount) call.error("invalid format (repeated flags)");
    if (std::isdigit(static_cast<unsigned char>(at(p)))) p++;
    if (std::isdigit(static_cast<unsigned char>(at(p)))) p++;
    if (at(p) == '.') {
      p++;
      if (std::isdigit(static_cast<unsigned char>(at(p)))) p++;
      if (std::isdigit(static_cast<unsigned char>(at(p)))) p++;
    }
    if (std::isdigit(static_cast<unsigned char>(at(p)))) call.error("invalid format (width or precision too long)");
    std::string spec = "%" + fmt.substr(i, p - i);  // flags, width, precision
    char conv = at(p);
    i = p + 1;
    switch (conv) {
      case 'c':
        appendC(out, printed(spec + 'c', static_cast<int>(toLong(call.checkNumber(argIndex)))));
        break;
      case 'd': case 'i':
        appendC(out, printed(spec + PRId64, toLong(call.checkNumber(argIndex))));
        break;
      case 'o': case 'u': case 'x': case 'X': {
        const char* length = conv == 'o' ? PRIo64 : conv == 'u' ? PRIu64 : conv == 'x' ? PRIx64 : PRIX64;
        appendC(out, printed(spec + length, toUnsignedLong(call.checkNumber(argIndex))));
        break;
      }
      case 'e': case 'E': case 'f': case 'g': case 'G':
        appendC(out, printed(spec + conv, call.checkNumber(argIndex)));
        break;
      case 'q':
        addQuoted(out, call.checkString(argIndex));
        break;
      case 's': {
        std::string s(call.checkString(argIndex));
        // A long string without precision is added whole (zeros included).
        if (spec.find('.') == std::string::npos && s.size() >= 100) out.append(s);
        else appendC(out, printed(spec + 's', s.c_str()));
        break;
      }
      default: {
        std::string msg = "invalid option '%";
        if (conv != '\0') msg.push_back(conv);  // 5.1 formats the byte as a C string
        call.error(msg + "' to 'format'");
      }
    }
  }
  return call.ret(call.heap.newString(out));
}

}  // namespace redlua::lib::strlib
