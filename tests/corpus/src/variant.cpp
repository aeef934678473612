// std::variant/std::visit (dispatch tables), std::optional, std::string_view, structured bindings, enum class.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

enum class Color : unsigned char { Red, Green, Blue };

using Value = std::variant<int, double, std::string, Color>;

struct Describe {
  std::string operator()(int i) const { return "int " + std::to_string(i); }
  std::string operator()(double d) const { return "double " + std::to_string(d); }
  std::string operator()(const std::string& s) const { return "string " + s; }
  std::string operator()(Color c) const {
    switch (c) {
      case Color::Red: return "red";
      case Color::Green: return "green";
      case Color::Blue: return "blue";
    }
    return "?";
  }
};

static std::optional<int> parse(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

int main() {
  std::vector<Value> vals{42, 2.5, std::string("text"), Color::Blue, Color::Green};
  for (const auto& v : vals) std::printf("%zu: %s\n", v.index(), std::visit(Describe{}, v).c_str());
  for (std::string_view s : {"123", "", "9x", "0042"}) {
    auto r = parse(s);
    std::printf("parse '%.*s' -> %s %d\n", (int)s.size(), s.data(), r ? "ok" : "none", r.value_or(-1));
  }
  struct P { int a; double b; };
  auto [a, b] = P{7, 0.25};
  std::printf("bind %d %.2f\n", a, b);
  return 0;
}
