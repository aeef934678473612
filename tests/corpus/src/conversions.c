/* Integer/floating conversions: signed/unsigned, saturating edges, rounding modes of casts, float<->u64. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

static volatile double vd[] = {-0.5, 0.5, 1.5, 2.5, -2.5, 1e10, 18446744073709549568.0, 4294967295.0};
static volatile uint64_t vu[] = {0, 1, 0x8000000000000000ULL, 0xffffffffffffffffULL, 123456789012345ULL};

int main(void) {
  for (unsigned i = 0; i < sizeof vd / sizeof *vd; ++i) {
    double d = vd[i];
    long long ll = (long long)d;
    unsigned long long u = d >= 0 ? (unsigned long long)d : 0;
    printf("%g -> %lld %llu %d\n", d, ll, u, (int)(float)d == ll);
  }
  for (unsigned i = 0; i < sizeof vu / sizeof *vu; ++i) {
    uint64_t u = vu[i];
    printf("%llu -> %.1f %.1f\n", (unsigned long long)u, (double)u, (double)(float)u);
  }
  signed char sc = (signed char)200;
  unsigned short us = (unsigned short)-1;
  int i = INT_MIN;
  printf("%d %u %d %u %lld\n", sc, us, i, (unsigned)i, (long long)(unsigned)i);
  printf("%d %d\n", (int)(short)70000, (int)(int8_t)(uint8_t)255);
  return 0;
}
