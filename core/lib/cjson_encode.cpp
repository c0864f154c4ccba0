// cjson.encode (Redis's lua_cjson.c): Lua values to JSON text.
//
// A table whose keys are all positive integers is an array, unless it is
// "excessively sparse" (highest index above twice the item count and above
// 10: an error, or an object when encode_sparse_array converts); any other
// table, including the empty one, is an object. Numbers are written with
// "%.<precision>g" (14 under Redis). Nesting is limited by
// encode_max_depth (1000), which also stops self-referencing tables.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "lib/cjson_lib.hpp"

namespace redlua::lib::cjson {

using heap::Tag;
using heap::Value;
using vm::NativeCall;

namespace {

struct Encoder {
  NativeCall& call;
  const Config& cfg;
  Value null;
  std::string out;

  [[noreturn]] void fail(const Value& culprit, const char* reason) {
    call.error(std::string("Cannot serialise ") + heap::typeName(culprit.tag) + ": " + reason);
  }

  void appendString(std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (unsigned char c : s) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '/': out += "\\/"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out += "\\u00";
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
          } else {
            out.push_back(static_cast<char>(c));
          }
      }
    }
    out.push_back('"');
  }

  void appendNumber(const Value& v) {
    double n = v.u.number;
    bool invalid = std::isinf(n) || std::isnan(n);
    if (cfg.encodeInvalidNumbers == 0) {
      if (invalid) fail(v, "must not be NaN or Inf");
    } else if (cfg.encodeInvalidNumbers == 1) {
      if (std::isnan(n)) {
        out += "nan";
        return;
      }
    } else if (invalid) {
      out += "null";
      return;
    }
    char buf[64];
    int len = std::snprintf(buf, sizeof buf, "%.*g", cfg.encodeNumberPrecision, n);
    out.append(buf, static_cast<size_t>(len));
  }

  // The array length of table t, or -1 when it must be written as an object.
  // The highest index is kept in an int as in the C code, where an index
  // of 2^31 or more converts to INT_MIN (x86-64's result).
  int64_t arrayLength(const Value& tv) {
    const heap::Table& t = call.heap.table(tv.asTable());
    Value key;
    Value value;
    int32_t max = 0;
    int64_t items = 0;
    while (t.next(key, value)) {
      if (key.isNumber() && key.u.number != 0) {
        double k = key.u.number;
        if (std::floor(k) == k && k >= 1) {
          if (k > static_cast<double>(max)) max = k < 2147483648.0 ? static_cast<int32_t>(k) : INT32_MIN;
          items++;
          continue;
        }
      }
      return -1;
    }
    if (cfg.sparseRatio > 0 && max > items * cfg.sparseRatio && max > cfg.sparseSafe) {
      if (!cfg.sparseConvert) fail(tv, "excessively sparse array");
      return -1;
    }
    return max;
  }

  // A table being written. The C code recurses; we keep the open tables
  // here so that deep nesting cannot exhaust the native stack (the
  // WebAssembly build's is small).
  struct Open {
    heap::TableRef table;
    int64_t length;  // > 0: an array of this length; else an object
    int64_t index;   // array: next index
    Value key;       // object: last key written (the iteration position)
    bool comma;
    int depth;
    int slots;       // the C code's Lua stack use, the table on top
  };
  std::vector<Open> open;

  // Writes a scalar, or starts a table (`slots`: the C code's Lua stack
  // use with the value on top).
  void start(const Value& v, int depth, int slots) {
    switch (v.tag) {
      case Tag::String: appendString(call.heap.stringView(v)); return;
      case Tag::Number: appendNumber(v); return;
      case Tag::Boolean: out += v.u.boolean ? "true" : "false"; return;
      case Tag::Nil: out += "null"; return;
      case Tag::Table: break;
      default:
        if (v.tag == Tag::Userdata && null.tag == Tag::Userdata && v.u.handle == null.u.handle) {
          out += "null";
          return;
        }
        fail(v, "type not supported");
    }
    depth++;
    if (depth > cfg.encodeMaxDepth || slots + 3 > kLuaStackSlots) {
      call.error("Cannot serialise, excessive nesting (" + std::to_string(depth) + ")");
    }
    int64_t len = arrayLength(v);
    out.push_back(len > 0 ? '[' : '{');
    open.push_back(Open{v.asTable(), len, 1, Value::nil(), false, depth, slots});
  }

  void appendValue(const Value& v) {
    start(v, 0, 1);
    while (!open.empty()) {
      Open& o = open.back();
      int depth = o.depth;
      int slots = o.slots;
      if (o.length > 0) {
        if (o.index > o.length) {
          out.push_back(']');
          open.pop_back();
          continue;
        }
        if (o.index > 1) out.push_back(',');
        Value item = call.heap.rawGet(o.table, Value::number(static_cast<double>(o.index)));
        o.index++;
        start(item, depth, slots + 1);  // may grow `open`: o is not used after this
        continue;
      }
      Value value;
      if (!call.heap.table(o.table).next(o.key, value)) {
        out.push_back('}');
        open.pop_back();
        continue;
      }
      if (o.comma) out.push_back(',');
      o.comma = true;
      if (o.key.isNumber()) {
        out.push_back('"');
        appendNumber(o.key);
        out += "\":";
      } else if (o.key.isString()) {
        appendString(call.heap.stringView(o.key));
        out.push_back(':');
      } else {
        fail(o.key, "table key must be a number or string");
      }
      start(value, depth, slots + 2);
    }
  }
};

}  // namespace

std::string encode(NativeCall& call, const Config& cfg, const Value& v, const Value& null) {
  Encoder e{call, cfg, null, {}, {}};
  e.appendValue(v);
  return std::move(e.out);
}

}  // namespace redlua::lib::cjson
