// The math library (Lua 5.1's lmathlib.c), with 5.0's math.mod.
//
// random/randomseed keep 5.1's argument checks and arithmetic. The
// generator is the additive feedback generator of glibc's rand() (what a
// Linux lua5.1 uses), held per VM in a userdata shared by the two builtins,
// so results are deterministic and match lua5.1 on Linux.
#include <cmath>
#include <cstdint>
#include <cstring>

#include "lib/lib.hpp"
#include "vm/native_call.hpp"

namespace redlua::lib {

using heap::Value;
using vm::NativeCall;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int32_t kRandMax = 2147483647;

// glibc's TYPE_3 random(): 31 words, separation 3.
struct Generator {
  int32_t words[31];
  int front = 3;
  int rear = 0;

  void seed(uint32_t s) {
    if (s == 0) s = 1;
    words[0] = static_cast<int32_t>(s);
    for (int i = 1; i < 31; i++) {
      int32_t hi = words[i - 1] / 127773;
      int32_t lo = words[i - 1] % 127773;
      int32_t w = 16807 * lo - 2836 * hi;
      if (w < 0) w += 2147483647;
      words[i] = w;
    }
    front = 3;
    rear = 0;
    for (int i = 0; i < 310; i++) next();
  }

  int32_t next() {
    uint32_t sum = static_cast<uint32_t>(words[front]) + static_cast<uint32_t>(words[rear]);
    words[front] = static_cast<int32_t>(sum);
    int32_t result = static_cast<int32_t>(sum >> 1);
    if (++front >= 31) {
      front = 0;
      ++rear;
    } else if (++rear >= 31) {
      rear = 0;
    }
    return result;
  }
};

Generator loadGenerator(NativeCall& call) {
  Generator g;
  const std::string& bytes = call.heap.userdata(call.upvalue(0).asUserdata()).bytes;
  std::memcpy(&g, bytes.data(), sizeof g);
  return g;
}

void storeGenerator(NativeCall& call, const Generator& g) {
  std::string& bytes = call.heap.userdata(call.upvalue(0).asUserdata()).bytes;
  std::memcpy(bytes.data(), &g, sizeof g);
}

int32_t checkInt(NativeCall& call, int i) { return static_cast<int32_t>(call.checkInteger(i)); }

template <double (*F)(double)>
int unary(NativeCall& call) {
  return call.ret(Value::number(F(call.checkNumber(1))));
}

double absValue(double x) { return std::fabs(x); }
double ceilValue(double x) { return std::ceil(x); }
double floorValue(double x) { return std::floor(x); }
double sqrtValue(double x) { return std::sqrt(x); }
double sinValue(double x) { return std::sin(x); }
double cosValue(double x) { return std::cos(x); }
double tanValue(double x) { return std::tan(x); }
double asinValue(double x) { return std::asin(x); }
double acosValue(double x) { return std::acos(x); }
double atanValue(double x) { return std::atan(x); }
double sinhValue(double x) { return std::sinh(x); }
double coshValue(double x) { return std::cosh(x); }
double tanhValue(double x) { return std::tanh(x); }
double expValue(double x) { return std::exp(x); }
double logValue(double x) { return std::log(x); }
double log10Value(double x) { return std::log10(x); }
double degValue(double x) { return x / (kPi / 180.0); }
double radValue(double x) { return x * (kPi / 180.0); }

int mathAtan2(NativeCall& call) { return call.ret(Value::number(std::atan2(call.checkNumber(1), call.checkNumber(2)))); }
int mathPow(NativeCall& call) { return call.ret(Value::number(std::pow(call.checkNumber(1), call.checkNumber(2)))); }
int mathFmod(NativeCall& call) { return call.ret(Value::number(std::fmod(call.checkNumber(1), call.checkNumber(2)))); }

int mathModf(NativeCall& call) {
  double whole;
  double frac = std::modf(call.checkNumber(1), &whole);
  call.pushNumber(whole);
  call.pushNumber(frac);
  return 2;
}

int mathFrexp(NativeCall& call) {
  int e;
  double m = std::frexp(call.checkNumber(1), &e);
  call.pushNumber(m);
  call.pushNumber(e);
  return 2;
}

int mathLdexp(NativeCall& call) {
  double m = call.checkNumber(1);
  return call.ret(Value::number(std::ldexp(m, checkInt(call, 2))));
}

int mathMin(NativeCall& call) {
  double best = call.checkNumber(1);
  for (int i = 2; i <= call.argCount(); i++) {
    double d = call.checkNumber(i);
    if (d < best) best = d;
  }
  return call.ret(Value::number(best));
}

int mathMax(NativeCall& call) {
  double best = call.checkNumber(1);
  for (int i = 2; i <= call.argCount(); i++) {
    double d = call.checkNumber(i);
    if (d > best) best = d;
  }
  return call.ret(Value::number(best));
}

int mathRandom(NativeCall& call) {
  Generator g = loadGenerator(call);
  int32_t raw = g.next();
  storeGenerator(call, g);
  double r = static_cast<double>(raw % kRandMax) / static_cast<double>(kRandMax);
  switch (call.argCount()) {
    case 0: return call.ret(Value::number(r));
    case 1: {
      int32_t u = checkInt(call, 1);
      if (!(1 <= u)) call.argError(1, "interval is empty");
      return call.ret(Value::number(std::floor(r * u) + 1));
    }
    case 2: {
      int32_t l = checkInt(call, 1);
      int32_t u = checkInt(call, 2);
      if (!(l <= u)) call.argError(2, "interval is empty");
      int32_t span = static_cast<int32_t>(static_cast<uint32_t>(u) - static_cast<uint32_t>(l) + 1u);  // C int arithmetic
      return call.ret(Value::number(std::floor(r * span) + l));
    }
    default: call.error("wrong number of arguments");
  }
}

int mathRandomSeed(NativeCall& call) {
  Generator g;
  g.seed(static_cast<uint32_t>(checkInt(call, 1)));
  storeGenerator(call, g);
  return 0;
}

void setGeneratorFunction(vm::Vm::State& s, heap::TableRef t, const char* name, heap::NativeFunction fn, Value gen) {
  heap::ClosureRef f = s.heap.newNativeClosure(fn, 1, s.globals);
  heap::Closure& closure = s.heap.closure(f);
  closure.nativeUpvalues.resize(1);
  closure.nativeUpvalues[0] = gen;
  s.heap.rawSet(t, s.heap.newString(name), Value::closure(f));
}

}  // namespace

void openMath(vm::Vm::State& s) {
  heap::TableRef t = s.heap.newTable(0, 32);
  s.heap.rawSet(s.globals, s.heap.newString("math"), Value::table(t));
  vm::setFunction(s, t, "abs", unary<absValue>);
  vm::setFunction(s, t, "acos", unary<acosValue>);
  vm::setFunction(s, t, "asin", unary<asinValue>);
  vm::setFunction(s, t, "atan2", mathAtan2);
  vm::setFunction(s, t, "atan", unary<atanValue>);
  vm::setFunction(s, t, "ceil", unary<ceilValue>);
  vm::setFunction(s, t, "cosh", unary<coshValue>);
  vm::setFunction(s, t, "cos", unary<cosValue>);
  vm::setFunction(s, t, "deg", unary<degValue>);
  vm::setFunction(s, t, "exp", unary<expValue>);
  vm::setFunction(s, t, "floor", unary<floorValue>);
  vm::setFunction(s, t, "fmod", mathFmod);
  vm::setFunction(s, t, "frexp", mathFrexp);
  vm::setFunction(s, t, "ldexp", mathLdexp);
  vm::setFunction(s, t, "log10", unary<log10Value>);
  vm::setFunction(s, t, "log", unary<logValue>);
  vm::setFunction(s, t, "max", mathMax);
  vm::setFunction(s, t, "min", mathMin);
  vm::setFunction(s, t, "mod", mathFmod);  // Lua 5.0's name, kept by 5.1's default build
  vm::setFunction(s, t, "modf", mathModf);
  vm::setFunction(s, t, "pow", mathPow);
  vm::setFunction(s, t, "rad", unary<radValue>);
  vm::setFunction(s, t, "sinh", unary<sinhValue>);
  vm::setFunction(s, t, "sin", unary<sinValue>);
  vm::setFunction(s, t, "sqrt", unary<sqrtValue>);
  vm::setFunction(s, t, "tanh", unary<tanhValue>);
  vm::setFunction(s, t, "tan", unary<tanValue>);
  s.heap.rawSet(t, s.heap.newString("pi"), Value::number(kPi));
  s.heap.rawSet(t, s.heap.newString("huge"), Value::number(HUGE_VAL));

  heap::UserdataRef genRef = s.heap.newUserdata(sizeof(Generator));
  Generator g;
  g.seed(1);  // rand() before any srand() behaves as srand(1)
  std::memcpy(s.heap.userdata(genRef).bytes.data(), &g, sizeof g);
  Value gen = Value::userdata(genRef);
  setGeneratorFunction(s, t, "random", mathRandom, gen);
  setGeneratorFunction(s, t, "randomseed", mathRandomSeed, gen);
}

}  // namespace redlua::lib
