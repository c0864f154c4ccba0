// Internals shared by the cjson files (Redis's lua_cjson.c, cjson 2.1.0):
// the per-module settings and the encoder/decoder entry points.
#pragma once

#include <string>

#include "vm/native_call.hpp"

namespace redlua::lib::cjson {

// A module's settings, with the defaults Redis builds lua_cjson.c with.
// Kept in a userdata shared (as upvalue 0) by the module's functions.
struct Config {
  int sparseConvert = 0;
  int sparseRatio = 2;
  int sparseSafe = 10;
  int encodeMaxDepth = 1000;
  int decodeMaxDepth = 1000;
  int encodeInvalidNumbers = 0;  // 0 off (error), 1 on ("nan"/"inf"), 2 "null"
  int decodeInvalidNumbers = 1;
  int encodeKeepBuffer = 1;
  int encodeNumberPrecision = 14;
};

// Lua 5.1's LUAI_MAXCSTACK: the C code also fails its nesting checks when
// lua_checkstack refuses to grow the builtin's Lua stack past this many
// slots, whatever the configured depth. The encoder and decoder count the
// slots the C code would hold, which also bounds their recursion.
inline constexpr int kLuaStackSlots = 8000;

// Upvalue 0: the config userdata; upvalue 1: cjson.null.
Config loadConfig(vm::NativeCall& call);

// The JSON text of `v`; raises the module's errors through call.
std::string encode(vm::NativeCall& call, const Config& cfg, const heap::Value& v, const heap::Value& null);

// The value of JSON text `text`; raises the module's errors through call.
heap::Value decode(vm::NativeCall& call, const Config& cfg, const std::string& text, const heap::Value& null);

}  // namespace redlua::lib::cjson
