// Exceptions, destructors, templates and inline functions: personality/LSDA, comdat sections, cold parts.
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

struct Guard {
  int* p;
  explicit Guard(int* q) : p(q) { ++*p; }
  ~Guard() { --*p; }
};

int may_throw(int x) {
  if (x < 0) throw std::runtime_error("negative: " + std::to_string(x));
  return x * 2;
}

int catcher(int x) {
  int depth = 0;
  try {
    Guard g(&depth);
    return may_throw(x);
  } catch (const std::runtime_error& e) {
    return static_cast<int>(e.what()[0]);
  } catch (...) {
    return -1;
  }
}

template <class T> struct Stack {
  std::vector<T> items;
  void push(T v) { items.push_back(std::move(v)); }
  T pop() {
    if (items.empty()) throw std::out_of_range("empty");
    T v = std::move(items.back());
    items.pop_back();
    return v;
  }
};

std::string join(const std::vector<std::string>& parts) {
  Stack<std::string> s;
  for (const auto& p : parts) s.push(p);
  std::string out;
  while (!s.items.empty()) out += s.pop();
  return out;
}

int count_words(const std::string& text) {
  std::map<std::string, int> counts;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) ++counts[word];
      word.clear();
    } else {
      word += c;
    }
  }
  return static_cast<int>(counts.size());
}

struct Base {
  virtual ~Base() = default;
  virtual int value() const = 0;
};
struct Derived : Base {
  int v;
  explicit Derived(int x) : v(x) {}
  int value() const override { return v; }
};

int polymorphic(int n) {
  std::vector<std::unique_ptr<Base>> objs;
  for (int i = 0; i < n; ++i) objs.push_back(std::make_unique<Derived>(i));
  int total = 0;
  for (const auto& o : objs) total += o->value();
  return total;
}

void noexcept_fn(int* p) noexcept { *p += 1; }
