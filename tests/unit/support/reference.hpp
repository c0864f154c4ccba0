// Running the reference implementations (lua5.1, luac5.1) from tests, so that
// expected outputs always come from the originals, never from our own code.
#pragma once

#include <string>

namespace test {

struct ReferenceRun {
  int status = -1;   // exit status
  std::string out;   // stdout
  std::string err;   // stderr
};

// Writes `source` to a temporary directory as `fileName` and runs
// `lua5.1 fileName` there (so messages name the file as given).
ReferenceRun runLua51(const std::string& source, const std::string& fileName);
// Same with `luac5.1 -p fileName`.
ReferenceRun runLuac51Parse(const std::string& source, const std::string& fileName);
// Same with `luac5.1 -l -l -p fileName`.
ReferenceRun runLuac51Listing(const std::string& source, const std::string& fileName);

std::string firstLine(const std::string& text);

}  // namespace test
