// Helpers the VM and library tests share: compile with luac5.1 (so VM tests
// do not depend on our compiler), run on our VM, compare with lua5.1.
// Defined in vm_harness.test.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "bytecode/proto.hpp"
#include "vm/vm.hpp"

namespace vmtest {
struct LuacResult {
  std::shared_ptr<redlua::bytecode::Proto> proto;
  std::string error;
};
struct Outcome {
  std::string out;
  bool ok = false;
  std::string error;
  redlua::vm::RunStatus status = redlua::vm::RunStatus::Ready;
  uint64_t instructions = 0;
};
LuacResult compileWithLuac(const std::string& source, const std::string& fileName);
redlua::vm::LoadResult luacLoader(std::string_view source, std::string_view chunkName);
std::unique_ptr<redlua::vm::Vm> newVm(const redlua::vm::VmConfig& config, std::string* output);
Outcome runOurs(const std::string& source, const std::string& fileName, const redlua::vm::VmConfig& config = {},
                uint64_t budget = 0);
void checkAgainstLua(const std::string& source, const std::string& fileName = "t.lua");
}  // namespace vmtest
