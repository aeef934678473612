/* Loops, recursion, varargs and alloca: frame pointers, callee-saved registers, stack adjustments. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

long sum_va(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long total = 0;
  for (int i = 0; i < count; ++i) total += va_arg(ap, long);
  va_end(ap);
  return total;
}

int use_alloca(int n) {
  char *buf = __builtin_alloca(n + 1);
  memset(buf, 'x', n);
  buf[n] = 0;
  return (int)strlen(buf);
}

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

int sorted_median(int *v, int n) {
  qsort(v, n, sizeof *v, cmp);
  return v[n / 2];
}

double many_regs(double a, double b, long c, long d, long e, long f, long g, long h, long i) {
  long x = c * d + e * f - g * h + i;
  double y = a * b;
  for (long k = 0; k < x % 17; ++k) y += (double)(k * c) / (double)(d | 1);
  return y + (double)x;
}

__attribute__((noinline)) void cold_path(const char *msg) {
  if (msg == 0) abort();
}

int hot_cold(int x) {
  if (__builtin_expect(x < 0, 0)) {
    cold_path("negative");
    return -1;
  }
  return x * 2;
}

struct big { long v[16]; };
struct big make_big(long seed) {
  struct big b;
  for (int k = 0; k < 16; ++k) b.v[k] = seed * k;
  return b;
}
