/* GCC nested functions whose address escapes: trampolines on an executable stack (.note.GNU-stack "x"). */
#include <stdio.h>

static int apply(int (*fn)(int), int n) {
  int s = 0;
  for (int i = 0; i < n; ++i) s += fn(i);
  return s;
}

static int outer(int base) {
  int calls = 0;
  int add_base(int x) {
    calls++;
    return x + base;
  }
  int r = apply(add_base, 10);
  return r * 100 + calls;
}

int main(void) {
  printf("%d %d\n", outer(3), outer(-4));
  return 0;
}
