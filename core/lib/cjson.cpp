// Redis's `cjson` module (deps/lua/src/lua_cjson.c, cjson 2.1.0): the module
// table, its configuration functions and the encode/decode entry points.
// The encoder and decoder live in cjson_encode.cpp and cjson_decode.cpp.
//
// Every function of a module shares its settings through a userdata
// upvalue; cjson.new() builds a module with fresh settings. cjson.null is
// one userdata shared by all modules (a NULL light userdata in the C code).
#include <climits>
#include <cstring>
#include <string>

#include "lib/cjson_lib.hpp"
#include "lib/lib.hpp"

namespace redlua::lib {

using heap::Value;
using vm::NativeCall;

namespace cjson {

Config loadConfig(NativeCall& call) {
  Config cfg;
  const std::string& bytes = call.heap.userdata(call.upvalue(0).asUserdata()).bytes;
  std::memcpy(&cfg, bytes.data(), sizeof cfg);
  return cfg;
}

namespace {

void storeConfig(NativeCall& call, const Config& cfg) {
  std::string& bytes = call.heap.userdata(call.upvalue(0).asUserdata()).bytes;
  std::memcpy(bytes.data(), &cfg, sizeof cfg);
}

// Configuration functions take at most `count` arguments.
void checkArgCount(NativeCall& call, int count) {
  if (call.argCount() > count) call.argError(count + 1, "found too many arguments");
}

// An integer setting: updated when argument i is given, then pushed. Each
// setting is stored as soon as it is checked: a later bad argument leaves
// the earlier ones changed, as in the C code.
void integerOption(NativeCall& call, int i, int Config::*field, int min, int max) {
  Config cfg = loadConfig(call);
  if (!call.isNone(i) && !call.arg(i).isNil()) {
    int value = static_cast<int>(static_cast<int32_t>(static_cast<uint32_t>(static_cast<uint64_t>(call.checkInteger(i)))));
    if (value < min || value > max) {
      call.argError(1, "expected integer between " + std::to_string(min) + " and " + std::to_string(max));
    }
    cfg.*field = value;
    storeConfig(call, cfg);
  }
  call.pushNumber(cfg.*field);
}

// An enumerated setting ("off"/"on", or `names`), where a boolean sets 0/1.
void enumOption(NativeCall& call, int i, int Config::*field, const char* const* names, int count) {
  Config cfg = loadConfig(call);
  int& setting = cfg.*field;
  if (!call.isNone(i) && !call.arg(i).isNil()) {
    if (call.arg(i).tag == heap::Tag::Boolean) {
      setting = call.arg(i).u.boolean ? 1 : 0;
    } else {
      std::string name(call.checkString(i));
      int found = -1;
      for (int k = 0; k < count; k++) {
        if (name == names[k]) found = k;
      }
      if (found < 0) call.argError(i, "invalid option '" + name + "'");
      setting = found;
    }
    storeConfig(call, cfg);
  }
  if (setting == 0 || setting == 1) call.pushBool(setting == 1);
  else call.pushString(names[setting]);
}

const char* const kOnOff[] = {"off", "on"};
const char* const kInvalidNumbers[] = {"off", "on", "null"};

int cfgSparseArray(NativeCall& call) {
  checkArgCount(call, 3);
  enumOption(call, 1, &Config::sparseConvert, kOnOff, 2);
  integerOption(call, 2, &Config::sparseRatio, 0, INT_MAX);
  integerOption(call, 3, &Config::sparseSafe, 0, INT_MAX);
  return 3;
}

template <int Config::*Field, int Min, int Max>
int cfgInteger(NativeCall& call) {
  checkArgCount(call, 1);
  integerOption(call, 1, Field, Min, Max);
  return 1;
}

template <int Config::*Field>
int cfgOnOff(NativeCall& call) {
  checkArgCount(call, 1);
  enumOption(call, 1, Field, kOnOff, 2);
  return 1;
}

int cfgEncodeInvalidNumbers(NativeCall& call) {
  checkArgCount(call, 1);
  enumOption(call, 1, &Config::encodeInvalidNumbers, kInvalidNumbers, 3);
  return 1;
}

int jsonEncode(NativeCall& call) {
  if (call.argCount() != 1) call.argError(1, "expected 1 argument");
  Config cfg = loadConfig(call);
  std::string text = encode(call, cfg, call.arg(1), call.upvalue(1));
  return call.ret(call.heap.newString(text));
}

int jsonDecode(NativeCall& call) {
  if (call.argCount() != 1) call.argError(1, "expected 1 argument");
  Config cfg = loadConfig(call);
  std::string text(call.checkString(1));
  return call.ret(decode(call, cfg, text, call.upvalue(1)));
}

void setModuleFunction(vm::Vm::State& s, heap::TableRef t, const char* name, heap::NativeFunction fn,
                       Value config, Value null) {
  heap::ClosureRef f = s.heap.newNativeClosure(fn, 2, s.globals);
  heap::Closure& closure = s.heap.closure(f);
  closure.nativeUpvalues.resize(2);
  closure.nativeUpvalues[0] = config;
  closure.nativeUpvalues[1] = null;
  s.heap.rawSet(t, s.heap.newString(name), Value::closure(f));
}

int jsonNew(NativeCall& call);

heap::TableRef newModule(vm::Vm::State& s, Value null) {
  heap::TableRef t = s.heap.newTable(0, 16);
  heap::UserdataRef cfgRef = s.heap.newUserdata(sizeof(Config));
  Config cfg;
  std::memcpy(s.heap.userdata(cfgRef).bytes.data(), &cfg, sizeof cfg);
  Value config = Value::userdata(cfgRef);
  setModuleFunction(s, t, "encode", jsonEncode, config, null);
  setModuleFunction(s, t, "decode", jsonDecode, config, null);
  setModuleFunction(s, t, "encode_sparse_array", cfgSparseArray, config, null);
  setModuleFunction(s, t, "encode_max_depth", cfgInteger<&Config::encodeMaxDepth, 1, INT_MAX>, config, null);
  setModuleFunction(s, t, "decode_max_depth", cfgInteger<&Config::decodeMaxDepth, 1, INT_MAX>, config, null);
  setModuleFunction(s, t, "encode_number_precision", cfgInteger<&Config::encodeNumberPrecision, 1, 14>, config,
                    null);
  setModuleFunction(s, t, "encode_keep_buffer", cfgOnOff<&Config::encodeKeepBuffer>, config, null);
  setModuleFunction(s, t, "encode_invalid_numbers", cfgEncodeInvalidNumbers, config, null);
  setModuleFunction(s, t, "decode_invalid_numbers", cfgOnOff<&Config::decodeInvalidNumbers>, config, null);
  setModuleFunction(s, t, "new", jsonNew, config, null);
  s.heap.rawSet(t, s.heap.newString("null"), null);
  s.heap.rawSet(t, s.heap.newString("_NAME"), s.heap.newString("cjson"));
  s.heap.rawSet(t, s.heap.newString("_VERSION"), s.heap.newString("2.1.0"));
  return t;
}

int jsonNew(NativeCall& call) { return call.ret(Value::table(newModule(call.s, call.upvalue(1)))); }

}  // namespace
}  // namespace cjson

namespace {

// The C code's cjson.null is a NULL light userdata, which tostring() shows
// as "userdata: (nil)" (glibc's %p). Ours is a full userdata whose
// metatable says the same; getmetatable(cjson.null) is the one visible
// difference (a table instead of nil).
int nullToString(NativeCall& call) { return call.ret(call.heap.newString("userdata: (nil)")); }

}  // namespace

void openCjson(vm::Vm::State& s) {
  heap::UserdataRef nullRef = s.heap.newUserdata(0);
  heap::TableRef nullMeta = s.heap.newTable(0, 1);
  vm::setFunction(s, nullMeta, "__tostring", nullToString);
  s.heap.userdata(nullRef).metatable = nullMeta;
  Value null = Value::userdata(nullRef);
  s.heap.pin(null);
  heap::TableRef t = cjson::newModule(s, null);
  s.heap.rawSet(s.globals, s.heap.newString("cjson"), Value::table(t));
}

}  // namespace redlua::lib
