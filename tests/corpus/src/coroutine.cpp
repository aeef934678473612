// C++20 coroutines: a generator with co_yield, coroutine frames on the heap, symmetric resumption.
#include <coroutine>
#include <cstdio>
#include <exception>

template <typename T>
struct Generator {
  struct promise_type {
    T current{};
    Generator get_return_object() { return Generator{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T v) noexcept {
      current = v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
  explicit Generator(std::coroutine_handle<promise_type> x) : h(x) {}
  Generator(Generator&& o) noexcept : h(o.h) { o.h = nullptr; }
  ~Generator() {
    if (h) h.destroy();
  }
  bool next() {
    h.resume();
    return !h.done();
  }
  T value() const { return h.promise().current; }
};

static Generator<long> fibonacci(int n) {
  long a = 0, b = 1;
  for (int i = 0; i < n; ++i) {
    co_yield a;
    long t = a + b;
    a = b;
    b = t;
  }
}

static Generator<int> primes(int limit) {
  for (int n = 2; n < limit; ++n) {
    bool prime = true;
    for (int d = 2; d * d <= n; ++d)
      if (n % d == 0) {
        prime = false;
        break;
      }
    if (prime) co_yield n;
  }
}

int main() {
  auto f = fibonacci(20);
  while (f.next()) std::printf("%ld ", f.value());
  std::printf("\n");
  auto p = primes(60);
  int count = 0, last = 0;
  while (p.next()) ++count, last = p.value();
  std::printf("primes %d last %d\n", count, last);
  return 0;
}
