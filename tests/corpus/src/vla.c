/* Variable-length arrays, alloca and dynamic stack realignment. */
#include <alloca.h>
#include <stdio.h>
#include <string.h>

static long vla_sum(int n) {
  long grid[n][n + 1];
  for (int i = 0; i < n; ++i)
    for (int j = 0; j <= n; ++j) grid[i][j] = i * j + (long)sizeof grid / (long)sizeof grid[0];
  long s = 0;
  for (int i = 0; i < n; ++i) s += grid[i][i] + grid[i][n];
  return s;
}

static int with_alloca(int n) {
  char *buf = alloca((size_t)n + 1);
  for (int i = 0; i < n; ++i) buf[i] = (char)('a' + i % 26);
  buf[n] = 0;
  int h = 0;
  for (char *p = buf; *p; ++p) h = h * 33 + *p;
  return h;
}

static int aligned_local(int k) {
  _Alignas(64) char block[256];
  memset(block, k, sizeof block);
  return ((unsigned long)block & 63) == 0 ? block[k] : -1;
}

int main(void) {
  for (int n = 1; n < 30; n += 7) printf("vla %d %ld alloca %d\n", n, vla_sum(n), with_alloca(n * 9));
  printf("aligned %d\n", aligned_local(17));
  return 0;
}
