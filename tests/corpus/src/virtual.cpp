// Virtual functions, multiple and virtual inheritance, dynamic_cast, typeid, pure virtual destructors.
#include <cstdio>
#include <cstring>
#include <memory>
#include <typeinfo>
#include <vector>

struct Base {
  virtual ~Base() = default;
  virtual int value() const { return 1; }
  virtual const char* name() const = 0;
};
struct Left : virtual Base {
  int value() const override { return 10 + Base::value(); }
  const char* name() const override { return "left"; }
};
struct Right : virtual Base {
  const char* name() const override { return "right"; }
};
struct Diamond : Left, Right {
  int value() const override { return 100 + Left::value(); }
  const char* name() const override { return "diamond"; }
};
struct Printable {
  virtual ~Printable() = default;
  virtual void print() const = 0;
};
struct Both : Left, Printable {
  void print() const override { std::printf("both prints %d\n", value()); }
};

int main() {
  std::vector<std::unique_ptr<Base>> v;
  v.emplace_back(new Left);
  v.emplace_back(new Right);
  v.emplace_back(new Diamond);
  v.emplace_back(new Both);
  for (auto& p : v) {
    std::printf("%s %d left? %d printable? %d\n", p->name(), p->value(), dynamic_cast<Left*>(p.get()) != nullptr,
                dynamic_cast<Printable*>(p.get()) != nullptr);
    if (auto* pr = dynamic_cast<Printable*>(p.get())) pr->print();
  }
  Diamond d;
  Base& b = d;
  std::printf("typeid %d %d\n", typeid(b) == typeid(Diamond), std::strlen(typeid(d).name()) > 0);
  return 0;
}
