// Lambdas and std::function: captures by value/reference, generic and recursive lambdas, closures in containers.
#include <cstdio>
#include <functional>
#include <vector>

static std::function<int(int)> make_adder(int n) {
  return [n](int x) { return x + n; };
}

int main() {
  std::vector<std::function<int(int)>> fs;
  for (int i = 1; i <= 4; ++i) fs.push_back(make_adder(i * 10));
  fs.push_back([](int x) { return x * x; });
  int total = 0;
  auto accumulate = [&total](int v) mutable { total += v; };
  for (auto& f : fs) accumulate(f(3));
  std::printf("total %d\n", total);
  auto generic = [](auto a, auto b) { return a * b; };
  std::printf("generic %d %.2f\n", generic(6, 7), generic(1.5, 2.5));
  std::function<long(int)> fact = [&](int n) -> long { return n <= 1 ? 1 : n * fact(n - 1); };
  std::printf("fact %ld\n", fact(15));
  auto counter = [count = 0]() mutable { return ++count; };
  counter();
  counter();
  std::printf("counter %d\n", counter());
  auto compose = [](auto f, auto g) { return [=](auto x) { return f(g(x)); }; };
  auto inc_then_double = compose([](int x) { return x * 2; }, [](int x) { return x + 1; });
  std::printf("compose %d\n", inc_then_double(20));
  return 0;
}
