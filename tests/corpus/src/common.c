/* Common symbols (-fcommon style via attribute), zero-initialized and over-aligned data, .bss and .lcomm. */
#include <stdint.h>
#include <stdio.h>

int common_a __attribute__((common));
long common_b[100] __attribute__((common));
static int zero_static;
static char big_bss[1 << 16];
static int aligned_data[4] __attribute__((aligned(64))) = {1, 2, 3, 4};
static char aligned_bss[128] __attribute__((aligned(256)));
static const double constants[] = {1.0, 2.0, 0.5};

int main(void) {
  common_a = 5;
  for (int i = 0; i < 100; ++i) common_b[i] = i * common_a;
  big_bss[65535] = 3;
  aligned_bss[127] = 9;
  long s = 0;
  for (int i = 0; i < 100; ++i) s += common_b[i];
  printf("%ld %d %d %d\n", s, zero_static, big_bss[65535] + aligned_bss[127], aligned_data[3]);
  printf("aligned %d %d %.1f\n", (int)((uintptr_t)aligned_data % 64), (int)((uintptr_t)aligned_bss % 256),
         constants[0] + constants[1] + constants[2]);
  return 0;
}
