/* Labels as values: a threaded bytecode interpreter with a static dispatch table of label differences. */
#include <stdio.h>

enum { PUSH, ADD, MUL, DUP, SWAP, JNZ, DEC, PRINT, HALT };

static long run(const int *code) {
  static const int offsets[] = {&&op_push - &&op_push, &&op_add - &&op_push, &&op_mul - &&op_push,
                                &&op_dup - &&op_push,  &&op_swap - &&op_push, &&op_jnz - &&op_push,
                                &&op_dec - &&op_push,  &&op_print - &&op_push, &&op_halt - &&op_push};
  long stack[32];
  int sp = 0, pc = 0;
  long printed = 0;
#define NEXT goto *(&&op_push + offsets[code[pc++]])
  NEXT;
op_push:
  stack[sp++] = code[pc++];
  NEXT;
op_add:
  sp--;
  stack[sp - 1] += stack[sp];
  NEXT;
op_mul:
  sp--;
  stack[sp - 1] *= stack[sp];
  NEXT;
op_dup:
  stack[sp] = stack[sp - 1];
  sp++;
  NEXT;
op_swap: {
  long t = stack[sp - 1];
  stack[sp - 1] = stack[sp - 2];
  stack[sp - 2] = t;
  NEXT;
}
op_jnz:
  if (stack[--sp]) pc = code[pc];
  else pc++;
  NEXT;
op_dec:
  stack[sp - 1]--;
  NEXT;
op_print:
  printed = printed * 31 + stack[sp - 1];
  printf("%ld ", stack[sp - 1]);
  NEXT;
op_halt:
  printf("\n");
  return printed;
#undef NEXT
}

int main(void) {
  /* acc = 1; n = 10; loop: acc *= n; print; n--; jnz loop */
  static const int prog[] = {PUSH, 1, PUSH, 10, /*4*/ SWAP, DUP, PRINT, SWAP, DUP, PUSH, 0, ADD, SWAP, DUP,
                             PUSH, 0, ADD, MUL, SWAP, DEC, DUP, JNZ, 4, HALT};
  printf("checksum %ld\n", run(prog));
  void *targets[] = {&&a, &&b, &&c};
  int acc = 0;
  for (int i = 0; i < 3; ++i) {
    goto *targets[i];
  a: acc += 1; continue;
  b: acc += 10; continue;
  c: acc += 100;
  }
  printf("acc %d\n", acc);
  return 0;
}
