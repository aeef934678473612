/* Nested functions, setjmp, static locals, threads-local data and inline asm with .cfi directives. */
#include <setjmp.h>
#include <signal.h>

static jmp_buf env;
static __thread int tls_counter;

static void handler(int sig) {
  tls_counter += sig;
  longjmp(env, 1);
}

int guarded(int (*fn)(int), int arg) {
  signal(SIGSEGV, handler);
  if (setjmp(env)) return -1;
  return fn(arg);
}

int nested_user(int n) {
  int base = n * 3;
  int inner(int k) { return base + k; }
  int total = 0;
  for (int i = 0; i < n; ++i) total += inner(i);
  return total;
}

long manual_cfi(long x) {
  long r;
  __asm__ volatile(
      "pushq %%rbx\n\t"
      ".cfi_adjust_cfa_offset 8\n\t"
      ".cfi_rel_offset %%rbx, 0\n\t"
      "movq %1, %%rbx\n\t"
      "leaq 1(%%rbx), %0\n\t"
      "popq %%rbx\n\t"
      ".cfi_adjust_cfa_offset -8\n\t"
      ".cfi_restore %%rbx\n\t"
      : "=r"(r)
      : "r"(x));
  return r;
}

int counter(void) {
  static int calls;
  return ++calls + tls_counter;
}
