// Templates: variadic, CRTP, specialization, constexpr evaluation, inline functions in comdat groups.
#include <array>
#include <cstdio>
#include <type_traits>

template <typename T>
T square(T x) { return x * x; }

template <typename... Ts>
auto sum(Ts... xs) { return (xs + ... + 0); }

template <int N>
struct Fib { static constexpr long value = Fib<N - 1>::value + Fib<N - 2>::value; };
template <> struct Fib<0> { static constexpr long value = 0; };
template <> struct Fib<1> { static constexpr long value = 1; };

template <typename Derived>
struct Shape {
  double area() const { return static_cast<const Derived*>(this)->area_impl(); }
};
struct Rect : Shape<Rect> {
  double w, h;
  Rect(double a, double b) : w(a), h(b) {}
  double area_impl() const { return w * h; }
};
struct Circle : Shape<Circle> {
  double r;
  explicit Circle(double x) : r(x) {}
  double area_impl() const { return 3.0 * r * r; }
};

template <typename T, std::size_t N>
constexpr std::array<T, N> iota_squares() {
  std::array<T, N> a{};
  for (std::size_t i = 0; i < N; ++i) a[i] = static_cast<T>(i * i);
  return a;
}

template <typename T>
const char* kind() {
  if constexpr (std::is_integral_v<T>) return "integral";
  else if constexpr (std::is_floating_point_v<T>) return "floating";
  else return "other";
}

inline int shared_inline(int x) { return x * 7 + 1; }

int main() {
  std::printf("%d %.2f %ld\n", square(12), square(1.5), square(100000L));
  std::printf("sum %d %.1f\n", sum(1, 2, 3, 4), sum(1.5, 2, 3.5f));
  std::printf("fib %ld\n", Fib<50>::value);
  Rect r(3, 4);
  Circle c(2);
  std::printf("areas %.1f %.1f\n", r.area(), c.area());
  constexpr auto sq = iota_squares<int, 10>();
  int t = 0;
  for (int v : sq) t += v;
  std::printf("squares %d kinds %s %s %s\n", t, kind<int>(), kind<double>(), kind<Rect>());
  int (*volatile fp)(int) = shared_inline;
  std::printf("inline %d\n", fp(6));
  return 0;
}
