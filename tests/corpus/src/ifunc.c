/* GNU indirect functions (STT_GNU_IFUNC, @gnu_indirect_function) with a resolver. */
#include <stdio.h>

static int impl_fast(int x) { return x * 3; }
static int impl_slow(int x) { return x + x + x; }
static int (*resolve_triple(void))(int) { return __builtin_cpu_supports("sse2") ? impl_fast : impl_slow; }
int triple(int) __attribute__((ifunc("resolve_triple")));

int main(void) {
  int s = 0;
  for (int i = 0; i < 10; ++i) s += triple(i);
  printf("triple sum %d\n", s);
  return 0;
}
