// The engine: the one place where the compiler and the VM meet.
//
// cli/ and wasm/ are thin shells around these functions: compile and run a
// plain Lua chunk, disassemble it, or open a session that steps through it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace redlua {

struct RunOptions {
  uint64_t maxInstructions = 0;  // 0 = unlimited
  size_t maxMemory = 0;          // bytes, 0 = unlimited
};

using PrintSink = std::function<void(std::string_view line)>;

struct RunOutcome {
  bool ok = false;
  std::string error;  // uncaught error as lua.c prints it (without the "lua: " prefix)
};

// Compiles and runs `source` (chunkName as Lua names chunks: "@file", "=name"
// or the source itself); print() lines go to `print`.
RunOutcome runChunk(std::string_view source, std::string_view chunkName, const RunOptions& options,
                    const PrintSink& print);

struct DisasmOutcome {
  bool ok = false;
  std::string listing;  // as `luac5.1 -l -l -p` prints it
  std::string error;    // the syntax error otherwise
};
DisasmOutcome disassemble(std::string_view source, std::string_view chunkName);

// ---- stepping through a plain chunk ----

struct RegisterView {
  int index = 0;
  std::string name;   // the local's name when the compiler knows one, else ""
  std::string type;   // Lua type name
  std::string value;  // short rendering
};

struct SessionState {
  std::string status;       // "ready" | "paused" | "finished" | "error"
  uint64_t step = 0;        // instructions executed so far
  int pc = 0;               // next instruction, 1-based as luac numbers them (0 when none)
  int line = 0;             // its source line
  std::string instruction;  // e.g. "LOADK 0 -1"
  std::vector<RegisterView> registers;  // the current frame's register window
  std::string output;       // everything print() wrote, "\n" after each line
  std::string error;
  std::vector<std::string> results;  // the chunk's return values, rendered, once finished
};

class Session {
 public:
  Session(std::string_view source, std::string_view chunkName, const RunOptions& options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  SessionState step();          // one instruction
  SessionState run();           // to the end (or the instruction limit)
  SessionState state() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace redlua
