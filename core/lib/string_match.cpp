// The pattern functions of the string library: find, match, gmatch (and its
// 5.0 name gfind) and gsub. The matching itself is lua_pattern.cpp.
//
// gsub with a function (or a table with an __index function) replacement
// runs Lua for each match: it is written as a resumable loop whose state
// (position, match end, count, output pieces) lives in its stack slots, so
// the interpreter makes the calls (DESIGN.md decision 4).
#include <cctype>
#include <cstring>
#include <string>

#include "lib/lua_pattern.hpp"
#include "lib/string_lib.hpp"

// Subjects, patterns and replacements are viewed in place: a string's bytes
// never move while the string is alive, and these stay on the stack (or in
// the gmatch iterator's upvalues) for the whole call.

namespace redlua::lib::strlib {

using heap::Tag;
using heap::Value;
using pattern::Matcher;
using pattern::PatternError;
using vm::NativeCall;

namespace {

// Pushes capture i (or the whole match [s, e) when there are none).
void pushCapture(NativeCall& call, const Matcher& m, std::string_view subject, int i, size_t s, size_t e) {
  size_t start = 0, length = 0;
  if (m.captureAt(i, s, e, start, length) == Matcher::Kind::Position) {
    call.pushNumber(static_cast<double>(start + 1));
  } else {
    call.pushString(subject.substr(start, length));
  }
}

// All captures, or the whole match when the pattern has none and
// wholeMatch is set (find passes false: it returns positions instead).
int pushCaptures(NativeCall& call, const Matcher& m, std::string_view subject, size_t s, size_t e, bool wholeMatch) {
  int n = m.captureCount() == 0 && wholeMatch ? 1 : m.captureCount();
  for (int i = 0; i < n; i++) pushCapture(call, m, subject, i, s, e);
  return n;
}

int findAux(NativeCall& call, bool find) {
  std::string_view subject = call.checkString(1);
  std::string_view pat = call.checkString(2);
  int64_t init = relativePosition(call.optInteger(3, 1), subject.size()) - 1;
  if (init < 0) init = 0;
  else if (init > static_cast<int64_t>(subject.size())) init = static_cast<int64_t>(subject.size());
  size_t start = static_cast<size_t>(init);
  if (find && (call.arg(4).isFalsy() == false || pattern::isPlain(pat))) {
    size_t at = pat.empty() ? start : subject.find(pat, start);
    if (at == std::string_view::npos) return call.retNil();
    call.pushNumber(static_cast<double>(at + 1));
    call.pushNumber(static_cast<double>(at + pat.size()));
    return 2;
  }
  try {
    bool anchor = !pat.empty() && pat[0] == '^';
    size_t p = anchor ? 1 : 0;
    Matcher m(subject, pat);
    size_t s = start;
    do {
      size_t e = m.match(s, p);
      if (e != Matcher::npos) {
        if (!find) return pushCaptures(call, m, subject, s, e, true);
        call.pushNumber(static_cast<double>(s + 1));
        call.pushNumber(static_cast<double>(e));
        return pushCaptures(call, m, subject, s, e, false) + 2;
      }
    } while (s++ < subject.size() && !anchor);
  } catch (const PatternError& err) {
    call.error(err.message);
  }
  return call.retNil();
}

// The iterator gmatch returns: upvalues are the subject, the pattern and
// the offset where the next search starts.
int gmatchStep(NativeCall& call) {
  heap::Closure& self = call.heap.closure(call.frame().function.asClosure());
  std::string_view subject = call.heap.stringView(self.nativeUpvalues[0]);
  std::string_view pat = call.heap.stringView(self.nativeUpvalues[1]);
  size_t from = static_cast<size_t>(self.nativeUpvalues[2].u.number);
  try {
    Matcher m(subject, pat);
    for (size_t s = from; s <= subject.size(); s++) {
      size_t e = m.match(s, 0);
      if (e == Matcher::npos) continue;
      size_t next = e == s ? e + 1 : e;  // an empty match moves on by one
      call.heap.closure(call.frame().function.asClosure()).nativeUpvalues[2] = Value::number(static_cast<double>(next));
      return pushCaptures(call, m, subject, s, e, true);
    }
  } catch (const PatternError& err) {
    call.error(err.message);
  }
  return 0;
}

// ---- gsub ----

// Stack slots after the (normalized) four arguments.
constexpr uint32_t kSlotPos = 4, kSlotEnd = 5, kSlotCount = 6, kFirstPiece = 7;

// Output pieces pile up above kFirstPiece; like lauxlib's buffer, a piece is
// merged with the one below while that one is not longer, so the work stays
// O(n log n).
void addPiece(NativeCall& call, std::string& pending) {
  if (pending.empty()) return;
  call.pushString(pending);
  pending.clear();
  uint32_t first = call.base + kFirstPiece;
  while (call.top() - first >= 2) {
    Value below = call.stack()[call.top() - 2];
    Value above = call.stack()[call.top() - 1];
    std::string_view b = call.heap.stringView(below), a = call.heap.stringView(above);
    if (b.size() > a.size() && call.top() - first < 16) break;
    std::string joined;
    joined.reserve(a.size() + b.size());
    joined.append(b).append(a);
    Value v = call.heap.newString(joined);
    call.setTop(call.top() - 1);
    call.stack()[call.top() - 1] = v;
  }
}

// A replacement value (from a table or function): false/nil keeps the match.
void addReplacement(NativeCall& call, const Value& r, std::string_view subject, size_t s, size_t e, std::string& out) {
  if (r.isFalsy()) {
    out.append(subject.substr(s, e - s));
  } else if (r.tag == Tag::String) {
    out.append(call.heap.stringView(r));
  } else if (r.tag == Tag::Number) {
    out.append(vm::numberToString(r.u.number));
  } else {
    call.error(std::string("invalid replacement value (a ") + heap::typeName(r.tag) + ")");
  }
}

// The string replacement: %0-%9 and %x for a literal x.
void addString(NativeCall& call, const Matcher& m, std::string_view subject, std::string_view repl, size_t s, size_t e,
               std::string& out) {
  for (size_t i = 0; i < repl.size(); i++) {
    char c = repl[i];
    if (c != '%') {
      out.push_back(c);
      continue;
    }
    i++;
    char d = i < repl.size() ? repl[i] : '\0';  // 5.1 reads the terminating zero
    if (!std::isdigit(static_cast<unsigned char>(d))) {
      out.push_back(d);
    } else if (d == '0') {
      out.append(subject.substr(s, e - s));
    } else {
      size_t start = 0, length = 0;
      if (m.captureAt(d - '1', s, e, start, length) == Matcher::Kind::Position)
        out.append(vm::numberToString(static_cast<double>(start + 1)));
      else
        out.append(subject.substr(start, length));
    }
  }
}

int finishGsub(NativeCall& call, std::string& pending, double count) {
  addPiece(call, pending);
  std::string all;
  for (uint32_t i = call.base + kFirstPiece; i < call.top(); i++) all.append(call.heap.stringView(call.stack()[i]));
  call.pushString(all);
  call.pushNumber(count);
  return 2;
}

}  // namespace

int find(NativeCall& call) { return findAux(call, true); }
int match(NativeCall& call) { return findAux(call, false); }

int gmatch(NativeCall& call) {
  Value s = call.checkStringValue(1);
  Value p = call.checkStringValue(2);
  heap::ClosureRef f = call.heap.newNativeClosure(&gmatchStep, 3, call.s.globals);
  heap::Closure& closure = call.heap.closure(f);
  closure.nativeUpvalues.resize(3);
  closure.nativeUpvalues[0] = s;
  closure.nativeUpvalues[1] = p;
  closure.nativeUpvalues[2] = Value::number(0);
  return call.ret(Value::closure(f));
}

int gsub(NativeCall& call) {
  enum { kStart, kReplaced };
  std::string_view subject = call.checkString(1);
  std::string_view pat = call.checkString(2);
  Tag replTag = call.arg(3).tag;
  if (replTag != Tag::Number && replTag != Tag::String && replTag != Tag::Closure && replTag != Tag::Native &&
      replTag != Tag::Table)
    call.argError(3, "string/function/table expected");
  double maxCount = static_cast<double>(call.optInteger(4, static_cast<int64_t>(subject.size()) + 1));
  std::string_view repl;
  if (replTag == Tag::Number || replTag == Tag::String) repl = call.checkString(3);
  bool anchor = !pat.empty() && pat[0] == '^';
  size_t p = anchor ? 1 : 0;

  std::string pending;
  size_t src = 0, e = 0;
  double count = 0;
  bool afterCall = false;
  if (call.continuation == kStart) {
    call.setTop(call.base + kFirstPiece);
  } else {
    Value r = call.stack()[call.resultBase()];
    call.setTop(call.resultBase());
    src = static_cast<size_t>(call.stack()[call.base + kSlotPos].u.number);
    e = static_cast<size_t>(call.stack()[call.base + kSlotEnd].u.number);
    count = call.stack()[call.base + kSlotCount].u.number;
    addReplacement(call, r, subject, src, e, pending);
    afterCall = true;
  }
  try {
    Matcher m(subject, pat);
    for (;;) {
      if (!afterCall) {
        if (!(count < maxCount)) break;
        e = m.match(src, p);
        if (e != Matcher::npos) {
          count++;
          Value replacer = call.arg(3);
          if (replTag == Tag::Table) {
            // t[first capture] with __index as the VM reads it; an __index function is a call.
            // (No collection happens inside a builtin: locals are safe until we return.)
            pushCapture(call, m, subject, 0, src, e);
            Value key = call.stack()[call.top() - 1];
            call.setTop(call.top() - 1);
            Value tArg;
            Value found;
            bool needCall = call.s.indexChain(replacer, key, nullptr, false, found, replacer, tArg);
            if (!needCall) {
              addReplacement(call, found, subject, src, e, pending);
            } else {
              addPiece(call, pending);
              call.stack()[call.base + kSlotPos] = Value::number(static_cast<double>(src));
              call.stack()[call.base + kSlotEnd] = Value::number(static_cast<double>(e));
              call.stack()[call.base + kSlotCount] = Value::number(count);
              uint32_t fn = call.top();
              call.push(replacer);
              call.push(tArg);
              call.push(key);
              return call.callThen(kReplaced, fn, 1);
            }
          } else if (replTag == Tag::Closure || replTag == Tag::Native) {
            addPiece(call, pending);
            call.stack()[call.base + kSlotPos] = Value::number(static_cast<double>(src));
            call.stack()[call.base + kSlotEnd] = Value::number(static_cast<double>(e));
            call.stack()[call.base + kSlotCount] = Value::number(count);
            uint32_t fn = call.top();
            call.push(replacer);
            pushCaptures(call, m, subject, src, e, true);
            return call.callThen(kReplaced, fn, 1);
          } else {
            addString(call, m, subject, repl, src, e, pending);
          }
        }
      }
      afterCall = false;
      if (e != Matcher::npos && e > src) src = e;
      else if (src < subject.size()) pending.push_back(subject[src++]);
      else break;
      if (anchor) break;
    }
  } catch (const PatternError& err) {
    call.error(err.message);
  }
  pending.append(subject.substr(src));
  return finishGsub(call, pending, count);
}

}  // namespace redlua::lib::strlib
