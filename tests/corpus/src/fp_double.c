/* Double arithmetic: libm calls, conversions, comparisons and constants in .rodata. */
#include <math.h>
#include <stdio.h>

static double poly(double x) { return ((3.5 * x - 2.25) * x + 1.125) * x - 0.0625; }

static double newton_sqrt(double a) {
  double x = a > 1 ? a : 1;
  for (int i = 0; i < 40; ++i) x = 0.5 * (x + a / x);
  return x;
}

int main(void) {
  double acc = 0;
  for (int i = -10; i <= 10; ++i) acc += poly(i / 4.0);
  printf("poly sum %.6f\n", acc);
  for (int i = 1; i < 50; i += 7) printf("sqrt(%d) %.9f %.9f\n", i, newton_sqrt(i), sqrt((double)i));
  printf("trig %.6f %.6f %.6f\n", sin(0.5), cos(0.25), atan2(1.0, 3.0));
  float f = 1.0f;
  for (int i = 0; i < 10; ++i) f = f * 1.5f - 0.25f;
  printf("float %.4f int %d unsigned %u\n", f, (int)f, (unsigned)(f * 3));
  double vals[] = {3.0, -1.5, 2.75, 0.0, -7.25};
  double lo = vals[0], hi = vals[0];
  for (unsigned i = 1; i < sizeof vals / sizeof *vals; ++i) {
    lo = fmin(lo, vals[i]);
    hi = fmax(hi, vals[i]);
  }
  printf("range %.2f %.2f floor %.1f ceil %.1f\n", lo, hi, floor(-2.5), ceil(-2.5));
  return 0;
}
