/* A large function: many branches whose targets lie beyond 127 bytes (jump relaxation), loops around big bodies. */
#include <stdio.h>

#define STEP(k)                                   \
  if ((x >> (k % 13)) & 1) {                      \
    x = x * 6364136223846793005ULL + (k);         \
    y ^= x >> (k % 29);                           \
  } else {                                        \
    y = y * 31 + (x ^ (k * 0x9e3779b97f4a7c15ULL)); \
    x += y >> 7;                                  \
  }
#define STEP8(k) STEP(k) STEP(k + 1) STEP(k + 2) STEP(k + 3) STEP(k + 4) STEP(k + 5) STEP(k + 6) STEP(k + 7)
#define STEP64(k) STEP8(k) STEP8(k + 8) STEP8(k + 16) STEP8(k + 24) STEP8(k + 32) STEP8(k + 40) STEP8(k + 48) STEP8(k + 56)

__attribute__((noinline)) static unsigned long long churn(unsigned long long x, int rounds) {
  unsigned long long y = 0;
  for (int r = 0; r < rounds; ++r) {
    STEP64(0)
    STEP64(64)
    if (x == 12345) break;
    STEP64(128)
  }
  return x ^ y;
}

__attribute__((noinline)) static int far_branches(int n) {
  int acc = 0;
  for (int i = 0; i < n; ++i) {
    if (i % 3 == 0) goto skip;
    acc += (int)(churn((unsigned long long)i, 1) & 0xff);
  skip:
    acc ^= i;
  }
  return acc;
}

int main(void) {
  printf("%llx\n", churn(1, 3));
  printf("%llx\n", churn(0xdeadbeef, 5));
  printf("%d\n", far_branches(20));
  return 0;
}
