// Static initialization: global constructors, function-local statics (guards), init order within a file.
#include <cstdio>
#include <string>
#include <vector>

static std::vector<std::string>& log() {
  static std::vector<std::string> entries;
  return entries;
}

struct Registrar {
  std::string name;
  explicit Registrar(const char* n) : name(n) { log().push_back(std::string("ctor ") + n); }
  ~Registrar() { std::printf("dtor %s\n", name.c_str()); }
};

static Registrar first("first");
Registrar second("second");
static int computed = [] {
  log().push_back("lambda init");
  return 42;
}();

static int counter() {
  static int calls = [] {
    log().push_back("counter init");
    return 100;
  }();
  return ++calls;
}

struct Constant {
  int v;
  constexpr Constant(int x) : v(x * 2) {}
};
constexpr Constant k(21);

int main() {
  counter();
  counter();
  std::printf("computed %d counter %d k %d\n", computed, counter(), k.v);
  for (const auto& e : log()) std::printf("%s\n", e.c_str());
  return 0;
}
