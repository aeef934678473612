/* Hot/cold splitting (.text.unlikely, foo.cold), __builtin_expect, cleanup attribute, noreturn paths. */
#include <stdio.h>
#include <stdlib.h>

static int cleaned;
static void release(int *p) { cleaned += *p; }

__attribute__((noinline, cold)) static void report(const char *what, int v) { printf("rare %s %d\n", what, v); }

__attribute__((noinline)) static int process(int x) {
  int guard __attribute__((cleanup(release))) = x;
  if (__builtin_expect(x % 97 == 0, 0)) {
    report("multiple", x);
    return -x;
  }
  if (__builtin_expect(x < 0, 0)) abort();
  return x * 2 + 1;
}

int main(void) {
  long s = 0;
  for (int i = 1; i < 300; ++i) s += process(i);
  printf("sum %ld cleaned %d\n", s, cleaned);
  return 0;
}
