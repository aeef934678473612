/* setjmp/longjmp across several frames, volatile locals, sigsetjmp. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth, int limit) {
  depth_reached = depth;
  if (depth == limit) longjmp(env, depth * 10);
  dive(depth + 1, limit);
}

static int attempt(int limit) {
  volatile int tries = 0;
  int r = setjmp(env);
  tries++;
  if (r == 0) {
    dive(0, limit);
    return -1;
  }
  return r + tries;
}

int main(void) {
  for (int i = 1; i <= 5; ++i) printf("attempt %d -> %d (depth %d)\n", i, attempt(i * 3), depth_reached);
  sigjmp_buf sb;
  volatile int n = 0;
  if (sigsetjmp(sb, 1) < 3) {
    ++n;
    siglongjmp(sb, n);
  }
  printf("sigsetjmp rounds %d\n", n);
  return 0;
}
