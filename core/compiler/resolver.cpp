#include "compiler/resolver.hpp"

#include "common/limits.hpp"

namespace redlua::compiler {

void Resolver::openFunction(int lineDefined, uint8_t isVararg) {
  FunctionScope f;
  f.lineDefined = lineDefined;
  f.isVararg = isVararg;
  functions_.push_back(std::move(f));
}

std::vector<UpvalueDesc> Resolver::closeFunction() {
  std::vector<UpvalueDesc> upvalues = std::move(functions_.back().upvalues);
  functions_.pop_back();
  return upvalues;
}

std::string Resolver::limitMessageFor(std::size_t fn, int limit, const char* what) const {
  const FunctionScope& f = functions_[fn];
  std::string count = std::to_string(limit) + " " + what;
  if (f.lineDefined == 0) return "main function has more than " + count;
  return "function at line " + std::to_string(f.lineDefined) + " has more than " + count;
}

std::string Resolver::declareLocal(std::string_view name, int n, bool& positioned) {
  FunctionScope& f = functions_.back();
  positioned = true;
  if (static_cast<int>(f.actives.size()) + n + 1 > limits::kMaxLocalsPerFunction) {
    return limitMessage(limits::kMaxLocalsPerFunction, "local variables");
  }
  // Lua's growvector for locvars: raised as a plain runtime error, no position.
  if (f.localRecords >= limits::kMaxLocalVarRecords) {
    positioned = false;
    return "too many local variables";
  }
  f.localRecords++;
  if (static_cast<int>(f.pending.size()) <= n) f.pending.resize(n + 1);
  f.pending[n] = name;
  return {};
}

void Resolver::activateLocals(int n) {
  FunctionScope& f = functions_.back();
  for (int i = 0; i < n; i++) f.actives.push_back(f.pending[i]);
  f.pending.erase(f.pending.begin(), f.pending.begin() + n);
}

void Resolver::enterBlock(bool breakable) {
  FunctionScope& f = functions_.back();
  f.blocks.push_back({static_cast<int>(f.actives.size()), false, breakable});
}

bool Resolver::leaveBlock() {
  FunctionScope& f = functions_.back();
  BlockScope block = f.blocks.back();
  f.blocks.pop_back();
  f.actives.resize(block.activeAtEntry);
  return block.upval;
}

int Resolver::findActive(const FunctionScope& f, std::string_view name) {
  for (int i = static_cast<int>(f.actives.size()) - 1; i >= 0; i--) {
    if (f.actives[i] == name) return i;
  }
  return -1;
}

// The block that declared local `level` must close it when left.
void Resolver::markCaptured(FunctionScope& f, int level) {
  for (auto it = f.blocks.rbegin(); it != f.blocks.rend(); ++it) {
    if (it->activeAtEntry <= level) {
      it->upval = true;
      return;
    }
  }
}

std::string Resolver::upvalueIndex(std::size_t fn, std::string_view name, bool parentLocal, int info, int& out) {
  FunctionScope& f = functions_[fn];
  for (std::size_t i = 0; i < f.upvalues.size(); i++) {
    if (f.upvalues[i].fromParentLocal == parentLocal && f.upvalues[i].index == info) {
      out = static_cast<int>(i);
      return {};
    }
  }
  if (static_cast<int>(f.upvalues.size()) + 1 > limits::kMaxUpvaluesPerFunction) {
    return limitMessageFor(fn, limits::kMaxUpvaluesPerFunction, "upvalues");
  }
  f.upvalues.push_back({parentLocal, info, name});
  out = static_cast<int>(f.upvalues.size()) - 1;
  return {};
}

std::string Resolver::resolve(std::string_view name, VarRef& out) {
  std::size_t top = functions_.size() - 1;
  int reg = findActive(functions_[top], name);
  if (reg >= 0) {
    out = {VarRef::Kind::Local, reg};
    return {};
  }
  // Find the nearest enclosing function that has it as a local...
  std::size_t owner = top;
  while (owner > 0) {
    owner--;
    reg = findActive(functions_[owner], name);
    if (reg >= 0) break;
  }
  if (reg < 0) {
    out = {VarRef::Kind::Global, 0};
    return {};
  }
  markCaptured(functions_[owner], reg);
  // ...then thread it down as an upvalue, outermost function first (as Lua's recursion does).
  bool parentLocal = true;
  int info = reg;
  for (std::size_t fn = owner + 1; fn <= top; fn++) {
    std::string error = upvalueIndex(fn, name, parentLocal, info, info);
    if (!error.empty()) return error;
    parentLocal = false;
  }
  out = {VarRef::Kind::Upvalue, info};
  return {};
}

bool Resolver::findLoop(bool& needsClose) const {
  const FunctionScope& f = functions_.back();
  needsClose = false;
  for (auto it = f.blocks.rbegin(); it != f.blocks.rend(); ++it) {
    if (it->breakable) return true;
    needsClose = needsClose || it->upval;
  }
  return false;
}

}  // namespace redlua::compiler
