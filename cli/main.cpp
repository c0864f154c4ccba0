// redlua: the native command-line tool. A thin shell over core/engine.hpp:
// it parses arguments, reads files and writes the outcome.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "engine.hpp"

namespace {

const char* const kUsage =
    "usage: redlua run [--max-instructions N] [--max-memory BYTES] FILE\n"
    "       redlua disasm FILE\n";

int fail(const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "redlua: %s\n", message.c_str());
  return 1;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

// As luaL_loadfile does for scripts run from a file: a first line starting
// with '#' (a shebang) is skipped, but its newline is kept so that line
// numbers stay those of the file.
void skipShebangLine(std::string& source) {
  if (source.empty() || source[0] != '#') return;
  size_t eol = source.find('\n');
  source.erase(0, eol == std::string::npos ? source.size() : eol);
}

bool parseCount(const char* text, uint64_t& out) {
  char* end = nullptr;
  unsigned long long n = std::strtoull(text, &end, 10);
  if (!*text || *end || text[0] == '-') return false;
  out = n;
  return true;
}

int commandRun(const std::vector<std::string>& args) {
  redlua::RunOptions options;
  std::string file;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    uint64_t n = 0;
    if ((a == "--max-instructions" || a == "--max-memory") && i + 1 < args.size()) {
      if (!parseCount(args[++i].c_str(), n)) return fail("invalid number for " + a + ": " + args[i]);
      if (a == "--max-instructions") options.maxInstructions = n;
      else options.maxMemory = n;
    } else if (file.empty() && (a.empty() || a[0] != '-' || a == "-")) {
      file = a;
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  if (file.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string source;
  if (!readFile(file, source)) return fail("cannot open " + file);
  skipShebangLine(source);
  redlua::RunOutcome outcome = redlua::runChunk(source, "@" + file, options, [](std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
  });
  if (!outcome.ok) return fail(outcome.error);
  return 0;
}

int commandDisasm(const std::vector<std::string>& args) {
  if (args.size() != 1) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string source;
  if (!readFile(args[0], source)) return fail("cannot open " + args[0]);
  skipShebangLine(source);
  redlua::DisasmOutcome outcome = redlua::disassemble(source, "@" + args[0]);
  if (!outcome.ok) return fail(outcome.error);
  std::fwrite(outcome.listing.data(), 1, outcome.listing.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (command == "run") return commandRun(args);
    if (command == "disasm") return commandDisasm(args);
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what());
  }
  std::fprintf(stderr, "redlua: unknown command '%s'\n%s", command.c_str(), kUsage);
  return 2;
}
