/* Inline assembly: constraints, clobbers, asm goto, cpuid, rdtsc-free arithmetic in asm, named operands. */
#include <stdio.h>

static long add_asm(long a, long b) {
  long r;
  __asm__("lea (%1,%2), %0" : "=r"(r) : "r"(a), "r"(b));
  return r;
}

static unsigned bsr_asm(unsigned x) {
  unsigned r;
  __asm__("bsr %[in], %[out]" : [out] "=r"(r) : [in] "rm"(x) : "cc");
  return r;
}

static int is_negative(long x) {
  __asm__ goto("test %0, %0\n\tjs %l[neg]" : : "r"(x) : "cc" : neg);
  return 0;
neg:
  return 1;
}

static void mem_inc(int *p) { __asm__ volatile("incl %0" : "+m"(*p)); }

int main(void) {
  int v = 41;
  mem_inc(&v);
  unsigned a, b, c, d;
  __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
  printf("%ld %u %d %d %d cpuid-max>0 %d\n", add_asm(40, 2), bsr_asm(1000), is_negative(-5), is_negative(5), v, a > 0);
  __asm__(".pushsection .data.corpus_asm, \"aw\"\n\t.globl corpus_asm_value\ncorpus_asm_value: .long 1234\n\t.popsection");
  extern int corpus_asm_value;
  printf("asm data %d\n", corpus_asm_value);
  return 0;
}
