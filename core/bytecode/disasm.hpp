// The listing `luac5.1 -l -l -p` prints for a compiled chunk: every function
// with its instructions, constants, locals and upvalues. Only the addresses
// differ: they are stable fake ones (0x...), numbered in listing order.
#pragma once

#include <string>

#include "bytecode/proto.hpp"

namespace redlua::bytecode {

std::string listing(const Proto& main);

// A constant as luac prints it (strings quoted, with C escapes).
std::string constantText(const Constant& k);

}  // namespace redlua::bytecode
