// The embind facade: core/engine.hpp turned into a few functions for JS.
//
// Results cross as plain JS objects built with emscripten::val. No C++
// exception may reach JS (it would arrive as an opaque number), so every entry
// point catches and reports the failure as an {ok:false, error} result.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <memory>
#include <string>

#include "engine.hpp"

using emscripten::val;

namespace {

redlua::RunOptions toOptions(double maxInstructions, double maxMemory) {
  redlua::RunOptions options;
  if (maxInstructions > 0) options.maxInstructions = static_cast<uint64_t>(maxInstructions);
  if (maxMemory > 0) options.maxMemory = static_cast<size_t>(maxMemory);
  return options;
}

val failure(const char* what) {
  val result = val::object();
  result.set("internalError", std::string(what));
  return result;
}

val runScript(const std::string& source, const std::string& chunkName, double maxInstructions, double maxMemory) {
  try {
    std::string output;
    redlua::RunOutcome outcome =
        redlua::runChunk(source, chunkName, toOptions(maxInstructions, maxMemory), [&output](std::string_view line) {
          output.append(line);
          output.push_back('\n');
        });
    val result = val::object();
    result.set("ok", outcome.ok);
    result.set("output", output);
    result.set("error", outcome.ok ? val::null() : val(outcome.error));
    return result;
  } catch (const std::exception& e) {
    return failure(e.what());
  } catch (...) {
    return failure("unknown");
  }
}

val disassembleScript(const std::string& source, const std::string& chunkName) {
  try {
    redlua::DisasmOutcome outcome = redlua::disassemble(source, chunkName);
    val result = val::object();
    result.set("ok", outcome.ok);
    result.set("listing", outcome.listing);
    result.set("error", outcome.ok ? val::null() : val(outcome.error));
    return result;
  } catch (const std::exception& e) {
    return failure(e.what());
  } catch (...) {
    return failure("unknown");
  }
}

val toJs(const redlua::SessionState& st) {
  val out = val::object();
  out.set("status", st.status);
  out.set("step", static_cast<double>(st.step));
  out.set("pc", st.pc);
  out.set("line", st.line);
  out.set("instruction", st.instruction);
  val registers = val::array();
  for (const redlua::RegisterView& r : st.registers) {
    val reg = val::object();
    reg.set("index", r.index);
    reg.set("name", r.name.empty() ? val::null() : val(r.name));
    reg.set("type", r.type);
    reg.set("value", r.value);
    registers.call<void>("push", reg);
  }
  out.set("registers", registers);
  out.set("output", st.output);
  out.set("error", st.error.empty() ? val::null() : val(st.error));
  val results = val::array();
  for (const std::string& r : st.results) results.call<void>("push", val(r));
  out.set("results", results);
  return out;
}

// A stepping session; JS owns it and must call delete() (the package's
// wrapper does that in close()).
class SessionHandle {
 public:
  SessionHandle(const std::string& source, const std::string& chunkName, double maxInstructions, double maxMemory) {
    try {
      session_ = std::make_unique<redlua::Session>(source, chunkName, toOptions(maxInstructions, maxMemory));
    } catch (const std::exception& e) {
      setupError_ = e.what();
    }
  }
  val step() { return guarded([](redlua::Session& s) { return s.step(); }); }
  val run() { return guarded([](redlua::Session& s) { return s.run(); }); }
  val state() { return guarded([](redlua::Session& s) { return s.state(); }); }

 private:
  template <class F>
  val guarded(F&& f) {
    if (!session_) return failure(setupError_.c_str());
    try {
      return toJs(f(*session_));
    } catch (const std::exception& e) {
      return failure(e.what());
    } catch (...) {
      return failure("unknown");
    }
  }
  std::unique_ptr<redlua::Session> session_;
  std::string setupError_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(redlua) {
  emscripten::function("runScript", &runScript);
  emscripten::function("disassembleScript", &disassembleScript);
  emscripten::class_<SessionHandle>("Session")
      .constructor<const std::string&, const std::string&, double, double>()
      .function("step", &SessionHandle::step)
      .function("run", &SessionHandle::run)
      .function("state", &SessionHandle::state);
}
