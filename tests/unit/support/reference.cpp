#include "support/reference.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace test {

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

ReferenceRun runTool(const std::string& command, const std::string& source, const std::string& fileName) {
  char dirTemplate[] = "/tmp/redlua-ref-XXXXXX";
  char* dir = mkdtemp(dirTemplate);
  if (!dir) throw std::runtime_error("mkdtemp failed");
  std::string d = dir;
  {
    std::ofstream src(d + "/" + fileName, std::ios::binary);
    src << source;
  }
  std::string cmd = "cd " + d + " && " + command + " " + fileName + " >stdout 2>stderr";
  int raw = std::system(cmd.c_str());
  ReferenceRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = slurp(d + "/stdout");
  run.err = slurp(d + "/stderr");
  std::system(("rm -rf " + d).c_str());
  return run;
}

}  // namespace

ReferenceRun runLua51(const std::string& source, const std::string& fileName) {
  return runTool("lua5.1", source, fileName);
}
ReferenceRun runLuac51Parse(const std::string& source, const std::string& fileName) {
  return runTool("luac5.1 -p", source, fileName);
}
ReferenceRun runLuac51Listing(const std::string& source, const std::string& fileName) {
  return runTool("luac5.1 -l -l -p", source, fileName);
}

std::string firstLine(const std::string& text) {
  size_t eol = text.find('\n');
  return eol == std::string::npos ? text : text.substr(0, eol);
}

}  // namespace test
