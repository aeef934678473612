/* long double (x87 80-bit): arithmetic, conversions, printf %Lf and constants of 16 bytes. */
#include <stdio.h>

static long double factorial(int n) { return n <= 1 ? 1.0L : n * factorial(n - 1); }

static long double series_e(int terms) {
  long double e = 0;
  for (int i = 0; i < terms; ++i) e += 1.0L / factorial(i);
  return e;
}

struct Pair {
  long double a;
  int tag;
};

static struct Pair mix(struct Pair p, long double k) {
  p.a = p.a * k + 0.5L;
  p.tag += (int)k;
  return p;
}

int main(void) {
  printf("e %.15Lf\n", series_e(25));
  printf("20! %.1Lf\n", factorial(20));
  struct Pair p = {1.25L, 3};
  for (int i = 1; i <= 4; ++i) p = mix(p, i);
  printf("pair %.6Lf %d\n", p.a, p.tag);
  long double x = 1.0L / 3.0L;
  double d = (double)x;
  long long ll = (long long)(x * 1e18L);
  printf("third %.18Lf %.17f %lld\n", x, d, ll);
  printf("cmp %d %d\n", x > (long double)d, (long double)d == x);
  return 0;
}
