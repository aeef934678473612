/* Functions in several sections (cold/hot splitting, startup) and an included header. */
#include <string.h>
__attribute__((cold)) void fail(const char *m);
__attribute__((noinline)) static int check(const char *s) {
  if (!s) { fail("null"); return -1; }
  return (int)strlen(s);
}
__attribute__((section(".text.special"))) int special(int x) { return x ^ 0x5a; }
int main(int argc, char **argv) {
  int t = 0;
  for (int i = 0; i < argc; i++) {
    int n = check(argv[i]);
    if (__builtin_expect(n < 0, 0)) fail(argv[i]);
    t += n + special(i);
  }
  return t;
}
