/* Variadic functions: va_list of ints, doubles and pointers, va_copy, vsnprintf. */
#include <stdarg.h>
#include <stdio.h>

static double mixed_sum(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  double total = 0;
  for (const char *p = fmt; *p; ++p) {
    switch (*p) {
      case 'i': total += va_arg(ap, int); break;
      case 'l': total += (double)va_arg(ap, long long); break;
      case 'd': total += va_arg(ap, double); break;
      case 's': total += (double)(*va_arg(ap, const char *)); break;
    }
  }
  va_end(ap);
  return total;
}

static int count_twice(int n, ...) {
  va_list ap, aq;
  va_start(ap, n);
  va_copy(aq, ap);
  int a = 0, b = 0;
  for (int i = 0; i < n; ++i) a += va_arg(ap, int);
  for (int i = 0; i < n; ++i) b += 2 * va_arg(aq, int);
  va_end(aq);
  va_end(ap);
  return a * 1000 + b;
}

static void say(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, n, fmt, ap);
  va_end(ap);
}

int main(void) {
  printf("%.3f\n", mixed_sum("idlsdi", 5, 2.5, 10000000000LL, "A", -1.25, 7));
  printf("%.3f\n", mixed_sum("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5));
  printf("%d\n", count_twice(9, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  char buf[64];
  say(buf, sizeof buf, "%s-%05d-%x-%c", "tag", 42, 255, 'z');
  puts(buf);
  return 0;
}
