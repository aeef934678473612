/* Constructors and destructors with priorities (.init_array.NNNNN), atexit ordering. */
#include <stdio.h>
#include <stdlib.h>

static int order[8];
static int n_order;

__attribute__((constructor(200))) static void early(void) { order[n_order++] = 200; }
__attribute__((constructor(101))) static void earliest(void) { order[n_order++] = 101; }
__attribute__((constructor)) static void plain(void) { order[n_order++] = 65535; }
__attribute__((destructor)) static void bye(void) { printf("destructor\n"); }
__attribute__((destructor(150))) static void bye150(void) { printf("destructor 150\n"); }

static void at1(void) { printf("atexit 1\n"); }
static void at2(void) { printf("atexit 2\n"); }

int main(void) {
  for (int i = 0; i < n_order; ++i) printf("ctor %d\n", order[i]);
  atexit(at1);
  atexit(at2);
  fflush(stdout);
  return 0;
}
