// Scopes as the parser walks them: which names are locals (and in which
// register), which are upvalues (and which index), which are globals, and
// which blocks must close upvalues. It runs during parsing, in parse order,
// because Lua checks its local and upvalue limits at that moment: the error
// and its line depend on it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.hpp"

namespace redlua::compiler {

class Resolver {
 public:
  void openFunction(int lineDefined, uint8_t isVararg);
  // Ends the innermost function; its upvalues, in order of first use.
  std::vector<UpvalueDesc> closeFunction();

  uint8_t& isVararg() { return functions_.back().isVararg; }
  int activeCount() const { return static_cast<int>(functions_.back().actives.size()); }

  // Declares the n-th pending local of a declaration (not visible yet).
  // Returns an error message ("" if fine) and whether it is a limit error.
  std::string declareLocal(std::string_view name, int n, bool& positioned);
  void activateLocals(int n);

  void enterBlock(bool breakable);
  bool leaveBlock();  // whether a local of the block was captured

  // Resolves a name used in the innermost function. Returns "" or a limit error.
  std::string resolve(std::string_view name, VarRef& out);

  // For 'break': is there a loop, and must upvalues be closed before jumping out?
  bool findLoop(bool& needsClose) const;

  // Lua's errorlimit message for the innermost function.
  std::string limitMessage(int limit, const char* what) const { return limitMessageFor(functions_.size() - 1, limit, what); }

 private:
  struct BlockScope {
    int activeAtEntry = 0;
    bool upval = false;
    bool breakable = false;
  };
  struct FunctionScope {
    int lineDefined = 0;
    uint8_t isVararg = 0;
    std::vector<std::string_view> actives;
    std::vector<std::string_view> pending;
    int localRecords = 0;
    std::vector<BlockScope> blocks;
    std::vector<UpvalueDesc> upvalues;
  };

  static int findActive(const FunctionScope& f, std::string_view name);
  static void markCaptured(FunctionScope& f, int level);
  std::string upvalueIndex(std::size_t fn, std::string_view name, bool parentLocal, int info, int& out);
  std::string limitMessageFor(std::size_t fn, int limit, const char* what) const;

  std::vector<FunctionScope> functions_;
};

}  // namespace redlua::compiler
