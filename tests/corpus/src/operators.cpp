// Operator overloading and value types: a rational class, a fixed-size vector, comparisons, stream output.
#include <compare>
#include <cstdio>
#include <iostream>
#include <numeric>

struct Rational {
  long n, d;
  Rational(long a = 0, long b = 1) : n(a), d(b) { norm(); }
  void norm() {
    if (d < 0) n = -n, d = -d;
    long g = std::gcd(n < 0 ? -n : n, d);
    if (g > 1) n /= g, d /= g;
  }
  Rational operator+(const Rational& o) const { return {n * o.d + o.n * d, d * o.d}; }
  Rational operator*(const Rational& o) const { return {n * o.n, d * o.d}; }
  Rational operator-() const { return {-n, d}; }
  auto operator<=>(const Rational& o) const { return n * o.d <=> o.n * d; }
  bool operator==(const Rational& o) const = default;
};

std::ostream& operator<<(std::ostream& os, const Rational& r) { return os << r.n << "/" << r.d; }

struct Vec3 {
  double x, y, z;
  Vec3 operator+(Vec3 o) const { return {x + o.x, y + o.y, z + o.z}; }
  Vec3 operator*(double k) const { return {x * k, y * k, z * k}; }
  double operator|(Vec3 o) const { return x * o.x + y * o.y + z * o.z; }
  double& operator[](int i) { return i == 0 ? x : i == 1 ? y : z; }
};

int main() {
  Rational h(0);
  for (int i = 1; i <= 10; ++i) h = h + Rational(1, i);
  std::cout << "harmonic " << h << " neg " << -h << " prod " << Rational(3, 4) * Rational(8, 9) << "\n";
  std::cout << "cmp " << (Rational(1, 3) < Rational(1, 2)) << (Rational(2, 4) == Rational(1, 2)) << "\n";
  Vec3 a{1, 2, 3}, b{4, 5, 6};
  Vec3 c = (a + b) * 0.5;
  c[1] = 10;
  std::printf("vec %.2f %.2f %.2f dot %.2f\n", c.x, c.y, c.z, a | b);
  return 0;
}
