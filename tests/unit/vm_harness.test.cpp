// Harness for the VM tests: programs are compiled by luac5.1 (so these tests
// check the VM alone, whatever the state of our compiler: the bytecode is
// the only contract between the two) and run by our Vm; expected outputs
// always come from running lua5.1 on the same source.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <unistd.h>

#include "support/reference.hpp"
#include "vm/state.hpp"
#include "vm/vm.hpp"

#include "support/vm_harness.hpp"

namespace vmtest {

using namespace redlua;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Reads luac 5.1's binary chunk format (header, then the function tree;
// sizes as on this machine: 4-byte int, 8-byte size_t, 8-byte double).
struct ChunkReader {
  const unsigned char* p;
  const unsigned char* end;
  void need(size_t n) {
    if (static_cast<size_t>(end - p) < n) throw std::runtime_error("truncated luac chunk");
  }
  uint8_t byte() { need(1); return *p++; }
  int32_t int32() { need(4); int32_t v; std::memcpy(&v, p, 4); p += 4; return v; }
  uint64_t size() { need(8); uint64_t v; std::memcpy(&v, p, 8); p += 8; return v; }
  double number() { need(8); double v; std::memcpy(&v, p, 8); p += 8; return v; }
  std::string string() {
    uint64_t n = size();
    if (n == 0) return "";
    need(n);
    std::string s(reinterpret_cast<const char*>(p), n - 1);
    p += n;
    return s;
  }
};

std::shared_ptr<bytecode::Proto> readFunction(ChunkReader& r, const std::string& parentSource) {
  auto p = std::make_shared<bytecode::Proto>();
  p->source = r.string();
  if (p->source.empty()) p->source = parentSource;
  p->lineDefined = r.int32();
  p->lastLineDefined = r.int32();
  p->numUpvalues = r.byte();
  p->numParams = r.byte();
  p->isVararg = r.byte();
  p->maxStackSize = r.byte();
  for (int n = r.int32(), i = 0; i < n; i++) p->code.push_back(static_cast<uint32_t>(r.int32()));
  for (int n = r.int32(), i = 0; i < n; i++) {
    int type = r.byte();
    if (type == 0) p->constants.push_back(bytecode::Constant::nil());
    else if (type == 1) p->constants.push_back(bytecode::Constant::ofBoolean(r.byte() != 0));
    else if (type == 3) p->constants.push_back(bytecode::Constant::ofNumber(r.number()));
    else p->constants.push_back(bytecode::Constant::ofString(r.string()));
  }
  for (int n = r.int32(), i = 0; i < n; i++) p->protos.push_back(readFunction(r, p->source));
  for (int n = r.int32(), i = 0; i < n; i++) p->lineInfo.push_back(r.int32());
  for (int n = r.int32(), i = 0; i < n; i++) {
    bytecode::LocalVarInfo local;
    local.name = r.string();
    local.startPc = r.int32();
    local.endPc = r.int32();
    p->locals.push_back(local);
  }
  for (int n = r.int32(), i = 0; i < n; i++) p->upvalueNames.push_back(r.string());
  return p;
}

}  // namespace

LuacResult compileWithLuac(const std::string& source, const std::string& fileName) {
  char dirTemplate[] = "/tmp/redlua-vmtest-XXXXXX";
  char* dir = mkdtemp(dirTemplate);
  if (!dir) throw std::runtime_error("mkdtemp failed");
  std::string d = dir;
  {
    std::ofstream out(d + "/" + fileName, std::ios::binary);
    out << source;
  }
  std::string cmd = "cd " + d + " && luac5.1 -o chunk.out " + fileName + " 2>stderr";
  int status = std::system(cmd.c_str());
  LuacResult result;
  if (status != 0) {
    result.error = test::firstLine(slurp(d + "/stderr"));
    if (result.error.rfind("luac5.1: ", 0) == 0) result.error = result.error.substr(9);
  } else {
    std::string bytes = slurp(d + "/chunk.out");
    ChunkReader r{reinterpret_cast<const unsigned char*>(bytes.data()) + 12,
                  reinterpret_cast<const unsigned char*>(bytes.data()) + bytes.size()};
    result.proto = readFunction(r, "=?");
  }
  std::system(("rm -rf " + d).c_str());
  return result;
}

// loadstring for the tests: luac5.1 compiles, then the chunk is renamed as
// loadstring names it.
static void rename(bytecode::Proto& p, const std::string& name) {
  p.source = name;
  for (auto& child : p.protos) rename(const_cast<bytecode::Proto&>(*child), name);
}

vm::LoadResult luacLoader(std::string_view source, std::string_view chunkName) {
  LuacResult c = compileWithLuac(std::string(source), "chunk.lua");
  vm::LoadResult r;
  if (!c.proto) {
    // luac names the file; loadstring names the chunk.
    r.error = c.error;
    if (r.error.rfind("chunk.lua:", 0) == 0) r.error = vm::chunkId(chunkName) + r.error.substr(9);
    return r;
  }
  rename(*c.proto, std::string(chunkName));
  r.proto = c.proto;
  return r;
}

std::unique_ptr<vm::Vm> newVm(const vm::VmConfig& config, std::string* output) {
  auto machine = std::make_unique<vm::Vm>(config);
  machine->setLoader(luacLoader);
  if (output)
    machine->setPrint([output](std::string_view line) {
      output->append(line);
      output->push_back('\n');
    });
  return machine;
}

Outcome runOurs(const std::string& source, const std::string& fileName, const vm::VmConfig& config,
                uint64_t budget) {
  Outcome o;
  LuacResult c = compileWithLuac(source, fileName);
  if (!c.proto) {
    o.error = c.error;
    return o;
  }
  auto machine = newVm(config, &o.out);
  machine->start(machine->load(c.proto));
  vm::RunStatus st = machine->run(budget);
  o.status = st;
  o.ok = st == vm::RunStatus::Finished;
  if (st == vm::RunStatus::Error) o.error = machine->errorMessage();
  o.instructions = machine->instructionsExecuted();
  return o;
}

void checkAgainstLua(const std::string& source, const std::string& fileName) {
  test::ReferenceRun ref = test::runLua51(source, fileName);
  Outcome ours = runOurs(source, fileName);
  INFO("source:\n" << source);
  CHECK(ours.out == ref.out);
  CHECK(ours.ok == (ref.status == 0));
  if (ref.status != 0) {
    std::string want = test::firstLine(ref.err);
    if (want.rfind("lua5.1: ", 0) == 0) want = want.substr(8);
    CHECK(ours.error == want);
  }
}

}  // namespace vmtest

TEST_CASE("the harness runs luac5.1 bytecode", "[vm][harness]") {
  vmtest::checkAgainstLua("local a, b = 2, 3\nprint(a * b, a .. b, a / b)\n");
}
