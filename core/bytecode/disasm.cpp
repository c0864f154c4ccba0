#include "bytecode/disasm.hpp"

#include <cstdio>
#include <string_view>

namespace redlua::bytecode {

namespace {

std::string format(const char* fmt, long long a) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, fmt, a);
  return buffer;
}

std::string numberText(double n) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.14g", n);
  return buffer;
}

// isprint in the C locale
bool isPrintable(unsigned char c) { return c >= 32 && c < 127; }

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (isPrintable(c)) out += static_cast<char>(c);
        else out += format("\\%03lld", c);
    }
  }
  return out + "\"";
}

// Lua prints names with %s: a NUL ends them.
std::string cString(std::string_view s) { return std::string(s.substr(0, s.find('\0'))); }

const char* plural(long long n) { return n == 1 ? "" : "s"; }

class Printer {
 public:
  std::string out;

  void function(const Proto& f) {
    int id = nextId_++;
    header(f, id);
    code(f);
    constants(f, id);
    locals(f, id);
    upvalues(f, id);
    for (const auto& child : f.protos) function(*child);
  }

 private:
  static std::string address(int id) { return format("0x%08llx", 0x10000000LL + 0x100LL * id); }

  // the address luac shows for the n-th child of a function: children are
  // listed right after their parent's subtree order, so number them ahead
  std::string childAddress(const Proto& f, int index) const {
    int id = nextId_;
    for (int i = 0; i < index; i++) id += countFunctions(*f.protos[i]);
    return address(id);
  }

  static int countFunctions(const Proto& f) {
    int n = 1;
    for (const auto& child : f.protos) n += countFunctions(*child);
    return n;
  }

  void header(const Proto& f, int id) {
    std::string_view s = f.source;
    std::string name;
    if (!s.empty() && (s[0] == '@' || s[0] == '=')) name = cString(s.substr(1));
    else if (!s.empty() && s[0] == '\033') name = "(bstring)";
    else name = "(string)";
    long long n = static_cast<long long>(f.code.size());
    out += "\n";
    out += f.lineDefined == 0 ? "main" : "function";
    out += " <" + name + ":" + std::to_string(f.lineDefined) + "," + std::to_string(f.lastLineDefined) + "> (";
    out += std::to_string(n) + " instruction" + plural(n) + ", " + std::to_string(n * 4) + " bytes at " +
           address(id) + ")\n";
    out += std::to_string(f.numParams) + (f.isVararg ? "+" : "") + " param" + plural(f.numParams) + ", ";
    out += std::to_string(f.maxStackSize) + " slot" + plural(f.maxStackSize) + ", ";
    out += std::to_string(f.numUpvalues) + " upvalue" + plural(f.numUpvalues) + ", ";
    long long nl = static_cast<long long>(f.locals.size()), nk = static_cast<long long>(f.constants.size()),
              np = static_cast<long long>(f.protos.size());
    out += std::to_string(nl) + " local" + plural(nl) + ", ";
    out += std::to_string(nk) + " constant" + plural(nk) + ", ";
    out += std::to_string(np) + " function" + plural(np) + "\n";
  }

  static std::string rk(const Proto& f, int x) {
    return isK(x) ? constantText(f.constants[indexK(x)]) : "-";
  }

  static int operand(int x) { return isK(x) ? -1 - indexK(x) : x; }

  void code(const Proto& f) {
    int n = static_cast<int>(f.code.size());
    for (int pc = 0; pc < n; pc++) {
      Instruction i = f.code[pc];
      Op o = opOf(i);
      const OpInfo& oi = info(o);
      int a = argA(i), b = argB(i), c = argC(i), bx = argBx(i), sbx = argSBx(i);
      int line = pc < static_cast<int>(f.lineInfo.size()) ? f.lineInfo[pc] : 0;
      out += "\t" + std::to_string(pc + 1) + "\t";
      out += line > 0 ? "[" + std::to_string(line) + "]\t" : "[-]\t";
      char name[16];
      std::snprintf(name, sizeof name, "%-9s\t", oi.name);
      out += name;
      switch (oi.format) {
        case OpFormat::ABC:
          out += std::to_string(a);
          if (oi.b != ArgMode::N) out += " " + std::to_string(operand(b));
          if (oi.c != ArgMode::N) out += " " + std::to_string(operand(c));
          break;
        case OpFormat::ABx:
          out += std::to_string(a) + " " + std::to_string(oi.b == ArgMode::K ? -1 - bx : bx);
          break;
        case OpFormat::AsBx:
          out += o == Op::JMP ? std::to_string(sbx) : std::to_string(a) + " " + std::to_string(sbx);
          break;
      }
      comment(f, o, b, c, bx, sbx, pc);
      out += "\n";
    }
  }

  void comment(const Proto& f, Op o, int b, int c, int bx, int sbx, int& pc) {
    switch (o) {
      case Op::LOADK: out += "\t; " + constantText(f.constants[bx]); break;
      case Op::GETUPVAL:
      case Op::SETUPVAL:
        out += "\t; " + (f.upvalueNames.empty() ? std::string("-") : cString(f.upvalueNames[b]));
        break;
      case Op::GETGLOBAL:
      case Op::SETGLOBAL: out += "\t; " + cString(f.constants[bx].string); break;
      case Op::GETTABLE:
      case Op::SELF:
        if (isK(c)) out += "\t; " + constantText(f.constants[indexK(c)]);
        break;
      case Op::SETTABLE:
      case Op::ADD:
      case Op::SUB:
      case Op::MUL:
      case Op::DIV:
      case Op::POW:
      case Op::EQ:
      case Op::LT:
      case Op::LE:
        if (isK(b) || isK(c)) out += "\t; " + rk(f, b) + " " + rk(f, c);
        break;
      case Op::JMP:
      case Op::FORLOOP:
      case Op::FORPREP: out += "\t; to " + std::to_string(sbx + pc + 2); break;
      case Op::CLOSURE: out += "\t; " + childAddress(f, bx); break;
      case Op::SETLIST:
        if (c == 0) out += "\t; " + std::to_string(static_cast<int>(f.code[++pc]));
        else out += "\t; " + std::to_string(c);
        break;
      default: break;
    }
  }

  void constants(const Proto& f, int id) {
    out += "constants (" + std::to_string(f.constants.size()) + ") for " + address(id) + ":\n";
    for (std::size_t i = 0; i < f.constants.size(); i++) {
      out += "\t" + std::to_string(i + 1) + "\t" + constantText(f.constants[i]) + "\n";
    }
  }

  void locals(const Proto& f, int id) {
    out += "locals (" + std::to_string(f.locals.size()) + ") for " + address(id) + ":\n";
    for (std::size_t i = 0; i < f.locals.size(); i++) {
      const LocalVarInfo& l = f.locals[i];
      out += "\t" + std::to_string(i) + "\t" + cString(l.name) + "\t" + std::to_string(l.startPc + 1) + "\t" +
             std::to_string(l.endPc + 1) + "\n";
    }
  }

  void upvalues(const Proto& f, int id) {
    out += "upvalues (" + std::to_string(f.upvalueNames.size()) + ") for " + address(id) + ":\n";
    for (std::size_t i = 0; i < f.upvalueNames.size(); i++) {
      out += "\t" + std::to_string(i) + "\t" + cString(f.upvalueNames[i]) + "\n";
    }
  }

  int nextId_ = 0;
};

}  // namespace

std::string constantText(const Constant& k) {
  switch (k.kind) {
    case Constant::Kind::Nil: return "nil";
    case Constant::Kind::Boolean: return k.boolean ? "true" : "false";
    case Constant::Kind::Number: return numberText(k.number);
    case Constant::Kind::String: return quoted(k.string);
  }
  return "?";
}

std::string listing(const Proto& main) {
  Printer printer;
  printer.function(main);
  return printer.out;
}

}  // namespace redlua::bytecode
