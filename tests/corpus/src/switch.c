/* Switch tables, computed gotos, long functions (advance_loc2), noreturn paths and tail calls. */
#include <stdio.h>
#include <stdlib.h>

extern int ext(int);

int dispatch(int op, int a, int b) {
  switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    case 3: return b ? a / b : 0;
    case 4: return a << (b & 31);
    case 5: return a >> (b & 31);
    case 6: return ext(a) + ext(b);
    case 7: return a & b;
    case 8: return a | b;
    case 9: return a ^ b;
    default: return -1;
  }
}

int interp(const unsigned char *code, int n) {
  static void *labels[] = {&&op_add, &&op_sub, &&op_end};
  int acc = 0, pc = 0;
  goto *labels[code[pc]];
op_add:
  acc += 3;
  if (++pc >= n) return acc;
  goto *labels[code[pc]];
op_sub:
  acc -= 1;
  if (++pc >= n) return acc;
  goto *labels[code[pc]];
op_end:
  return acc;
}

#define STEP(k) acc = acc * 31 + ext(acc ^ k);
#define STEP10(k) STEP(k##0) STEP(k##1) STEP(k##2) STEP(k##3) STEP(k##4) STEP(k##5) STEP(k##6) STEP(k##7) STEP(k##8) STEP(k##9)
int long_function(int acc) {
  STEP10(1) STEP10(2) STEP10(3) STEP10(4) STEP10(5) STEP10(6) STEP10(7) STEP10(8) STEP10(9)
  if (acc == 42) {
    fprintf(stderr, "unlucky\n");
    exit(1);
  }
  STEP10(10) STEP10(11) STEP10(12) STEP10(13) STEP10(14) STEP10(15)
  return acc;
}

_Noreturn void die(const char *m) {
  fputs(m, stderr);
  exit(2);
}

int tail(int x) { return ext(x + 1); }

int main(int argc, char **argv) {
  if (argc > 5) die("too many");
  printf("%d %d\n", dispatch(argc, 3, 4), long_function(argc));
  return argv[0][0] == 'x';
}
