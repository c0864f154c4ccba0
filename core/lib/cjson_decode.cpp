// cjson.decode (Redis's lua_cjson.c): JSON text to Lua values.
//
// A tokenizer over the NUL-terminated text (a NUL byte ends the input, as
// in the C code) feeding a parser bounded by decode_max_depth.
// Errors name the expected token and what was found, with 1-based byte
// positions: "Expected value but found invalid token at character 1".
// JSON null becomes cjson.null. With decode_invalid_numbers (on in Redis)
// numbers are read by strtod, so hex, inf and nan are accepted.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "lib/cjson_lib.hpp"

namespace redlua::lib::cjson {

using heap::Value;
using vm::NativeCall;

namespace {

enum class TokenType {
  ObjBegin, ObjEnd, ArrBegin, ArrEnd, String, Number, Boolean, Null, Colon, Comma, End, Whitespace, Error, Unknown
};

const char* tokenName(TokenType t) {
  static const char* const kNames[] = {
    "T_OBJ_BEGIN", "T_OBJ_END", "T_ARR_BEGIN", "T_ARR_END", "T_STRING", "T_NUMBER", "T_BOOLEAN",
    "T_NULL", "T_COLON", "T_COMMA", "T_END", "T_WHITESPACE", "T_ERROR", "T_UNKNOWN",
  };
  return kNames[static_cast<int>(t)];
}

TokenType classify(unsigned char c) {
  switch (c) {
    case '{': return TokenType::ObjBegin;
    case '}': return TokenType::ObjEnd;
    case '[': return TokenType::ArrBegin;
    case ']': return TokenType::ArrEnd;
    case ',': return TokenType::Comma;
    case ':': return TokenType::Colon;
    case '\0': return TokenType::End;
    case ' ': case '\t': case '\n': case '\r': return TokenType::Whitespace;
    case 'f': case 'i': case 'I': case 'n': case 'N': case 't': case '"': case '+': case '-':
      return TokenType::Unknown;
    default: return c >= '0' && c <= '9' ? TokenType::Unknown : TokenType::Error;
  }
}

struct Token {
  TokenType type = TokenType::Error;
  size_t index = 0;
  const char* error = nullptr;  // for TokenType::Error
  double number = 0;
  bool boolean = false;
  std::string text;  // for TokenType::String
};

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return 10 + c - 'a';
  return -1;
}

int hex4(const char* p) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hexDigit(p[i]);  // stops at the terminating NUL
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

void appendUtf8(std::string& out, int cp) {
  if (cp <= 0x7f) {
    out.push_back(static_cast<char>(cp));
  } else if (cp <= 0x7ff) {
    out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp <= 0xffff) {
    out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

bool startsWithNoCase(const char* p, const char* word) {
  for (; *word; p++, word++) {
    if ((*p | 0x20) != *word) return false;
  }
  return true;
}

struct Parser {
  NativeCall& call;
  const Config& cfg;
  Value null;
  const char* data;
  const char* ptr;
  int depth = 0;

  void setError(Token& tok, const char* what) {
    tok.type = TokenType::Error;
    tok.index = static_cast<size_t>(ptr - data);
    tok.error = what;
  }

  // A \uXXXX escape (or a surrogate pair of them) at ptr; false if invalid.
  bool unicodeEscape(std::string& out) {
    int cp = hex4(ptr + 2);
    if (cp < 0) return false;
    size_t length = 6;
    if ((cp & 0xf800) == 0xd800) {
      if (cp & 0x400) return false;  // a low surrogate cannot come first
      if (ptr[6] != '\\' || ptr[7] != 'u') return false;
      int low = hex4(ptr + 8);
      if (low < 0 || (low & 0xfc00) != 0xdc00) return false;
      cp = (((cp & 0x3ff) << 10) | (low & 0x3ff)) + 0x10000;
      length = 12;
    }
    appendUtf8(out, cp);
    ptr += length;
    return true;
  }

  void stringToken(Token& tok) {
    ptr++;  // opening quote
    tok.text.clear();
    while (*ptr != '"') {
      char c = *ptr;
      if (c == '\0') return setError(tok, "unexpected end of string");
      if (c == '\\') {
        char e = ptr[1];
        switch (e) {
          case '"': case '\\': case '/': c = e; break;
          case 'b': c = '\b'; break;
          case 't': c = '\t'; break;
          case 'n': c = '\n'; break;
          case 'f': c = '\f'; break;
          case 'r': c = '\r'; break;
          case 'u':
            if (unicodeEscape(tok.text)) continue;
            return setError(tok, "invalid unicode escape code");
          default: return setError(tok, "invalid escape code");
        }
        ptr++;
      }
      tok.text.push_back(c);
      ptr++;
    }
    ptr++;  // closing quote
    tok.type = TokenType::String;
  }

  // Hex, leading zeros, a leading '+', inf and nan: what strict JSON refuses.
  bool invalidNumberAhead() const {
    const char* p = ptr;
    if (*p == '+') return true;
    if (*p == '-') p++;
    if (*p == '0') {
      char c = p[1];
      return (c | 0x20) == 'x' || (c >= '0' && c <= '9');
    }
    if (*p <= '9') return false;
    return startsWithNoCase(p, "inf") || startsWithNoCase(p, "nan");
  }

  void numberToken(Token& tok) {
    char* end = nullptr;
    tok.type = TokenType::Number;
    tok.number = std::strtod(ptr, &end);
    if (end == ptr) setError(tok, "invalid number");
    else ptr = end;
  }

  void next(Token& tok) {
    unsigned char c;
    for (;;) {
      c = static_cast<unsigned char>(*ptr);
      tok.type = classify(c);
      if (tok.type != TokenType::Whitespace) break;
      ptr++;
    }
    tok.index = static_cast<size_t>(ptr - data);
    if (tok.type == TokenType::Error) return setError(tok, "invalid token");
    if (tok.type == TokenType::End) return;
    if (tok.type != TokenType::Unknown) {
      ptr++;
      return;
    }
    if (c == '"') return stringToken(tok);
    if (c == '-' || (c >= '0' && c <= '9')) {
      if (!cfg.decodeInvalidNumbers && invalidNumberAhead()) return setError(tok, "invalid number");
      return numberToken(tok);
    }
    if (std::strncmp(ptr, "true", 4) == 0) {
      tok.type = TokenType::Boolean;
      tok.boolean = true;
      ptr += 4;
      return;
    }
    if (std::strncmp(ptr, "false", 5) == 0) {
      tok.type = TokenType::Boolean;
      tok.boolean = false;
      ptr += 5;
      return;
    }
    if (std::strncmp(ptr, "null", 4) == 0) {
      tok.type = TokenType::Null;
      ptr += 4;
      return;
    }
    if (cfg.decodeInvalidNumbers && invalidNumberAhead()) return numberToken(tok);
    setError(tok, "invalid token");
  }

  [[noreturn]] void expected(const char* what, const Token& tok) {
    const char* found = tok.type == TokenType::Error ? tok.error : tokenName(tok.type);
    call.error(std::string("Expected ") + what + " but found " + found + " at character " +
               std::to_string(tok.index + 1));
  }

  // `top`: the Lua stack the C code holds before the new table; `needed`:
  // what it asks lua_checkstack for.
  void descend(int top, int needed) {
    depth++;
    if (depth <= cfg.decodeMaxDepth && top + needed <= kLuaStackSlots) return;
    call.error("Found too many nested data structures (" + std::to_string(depth) + ") at character " +
               std::to_string(ptr - data));
  }

  // An array or object being filled. The C code recurses; we keep the
  // open containers here so that deep input cannot exhaust the native
  // stack (the WebAssembly build's is small).
  struct Open {
    heap::TableRef table;
    bool object;
    double index;  // array: next index
    Value key;     // object: key of the value being read
    int top;       // the C code's Lua stack use before this container's table
  };

  // Reads "key" ':' of an object member (tok holds the key); leaves the
  // value's first token in tok.
  Value memberKey(Token& tok) {
    if (tok.type != TokenType::String) expected("object key string", tok);
    Value key = call.heap.newString(tok.text);
    next(tok);
    if (tok.type != TokenType::Colon) expected("colon", tok);
    next(tok);
    return key;
  }

  // The value starting at tok, with everything inside it.
  Value parse(Token& tok) {
    std::vector<Open> open;
    for (;;) {
      int top = open.empty() ? 1 : open.back().top + (open.back().object ? 2 : 1);
      Value v;
      switch (tok.type) {
        case TokenType::String: v = call.heap.newString(tok.text); break;
        case TokenType::Number: v = Value::number(tok.number); break;
        case TokenType::Boolean: v = Value::boolean(tok.boolean); break;
        case TokenType::Null: v = null; break;
        case TokenType::ObjBegin: {
          descend(top, 3);
          heap::TableRef t = call.heap.newTable();
          next(tok);
          if (tok.type == TokenType::ObjEnd) {
            depth--;
            v = Value::table(t);
            break;
          }
          Value key = memberKey(tok);
          open.push_back(Open{t, true, 0, key, top});
          continue;
        }
        case TokenType::ArrBegin: {
          descend(top, 2);
          heap::TableRef t = call.heap.newTable();
          next(tok);
          if (tok.type == TokenType::ArrEnd) {
            depth--;
            v = Value::table(t);
            break;
          }
          open.push_back(Open{t, false, 1, Value::nil(), top});
          continue;
        }
        default: expected("value", tok);
      }
      // store v, closing the containers it completes
      for (;;) {
        if (open.empty()) return v;
        Open& o = open.back();
        if (o.object) {
          call.heap.rawSet(o.table, o.key, v);
          next(tok);
          if (tok.type != TokenType::ObjEnd) {
            if (tok.type != TokenType::Comma) expected("comma or object end", tok);
            next(tok);
            o.key = memberKey(tok);
            break;
          }
        } else {
          call.heap.rawSet(o.table, Value::number(o.index), v);
          o.index++;
          next(tok);
          if (tok.type != TokenType::ArrEnd) {
            if (tok.type != TokenType::Comma) expected("comma or array end", tok);
            next(tok);
            break;
          }
        }
        depth--;
        v = Value::table(o.table);
        open.pop_back();
      }
    }
  }
};

}  // namespace

Value decode(NativeCall& call, const Config& cfg, const std::string& text, const Value& null) {
  if (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0')) {
    call.error("JSON parser does not support UTF-16 or UTF-32");
  }
  Parser p{call, cfg, null, text.c_str(), text.c_str()};
  Token tok;
  p.next(tok);
  Value result = p.parse(tok);
  p.next(tok);
  if (tok.type != TokenType::End) p.expected("the end", tok);
  return result;
}

}  // namespace redlua::lib::cjson
