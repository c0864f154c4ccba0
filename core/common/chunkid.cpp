#include "common/chunkid.hpp"

namespace redlua::common {

namespace {

// Lua works on C strings: an embedded NUL ends the name.
std::string_view untilNul(std::string_view s) {
  std::size_t nul = s.find('\0');
  return nul == std::string_view::npos ? s : s.substr(0, nul);
}

std::string literalName(std::string_view name, std::size_t bufferSize) {
  if (bufferSize == 0) return {};
  return std::string(name.substr(0, bufferSize - 1));
}

// "...tail" when the file name does not fit, keeping its end (the file's own name).
std::string fileName(std::string_view name, std::size_t bufferSize) {
  const std::size_t room = bufferSize - sizeof(" '...' ");
  if (name.size() <= room) return std::string(name);
  return "..." + std::string(name.substr(name.size() - room));
}

std::string sourceText(std::string_view text, std::size_t bufferSize) {
  const std::size_t room = bufferSize - sizeof(" [string \"...\"] ");
  std::size_t len = text.find_first_of("\n\r");
  if (len == std::string_view::npos) len = text.size();
  if (len > room) len = room;
  std::string out = "[string \"";
  if (len < text.size()) {
    out.append(text.substr(0, len));
    out += "...";
  } else {
    out.append(text);
  }
  out += "\"]";
  return out;
}

}  // namespace

std::string chunkId(std::string_view source, std::size_t bufferSize) {
  source = untilNul(source);
  if (!source.empty() && source[0] == '=') return literalName(source.substr(1), bufferSize);
  if (!source.empty() && source[0] == '@') return fileName(source.substr(1), bufferSize);
  return sourceText(source, bufferSize);
}

}  // namespace redlua::common
