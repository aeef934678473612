/* Dense and sparse switches: jump tables in .rodata with relative entries, and binary-search dispatch. */
#include <stdio.h>

static int dense(int x) {
  switch (x) {
    case 0: return 11;
    case 1: return 23;
    case 2: return 37;
    case 3: return x * 41;
    case 4: return 53;
    case 5: return x + 67;
    case 6: return 79;
    case 7: return 83 - x;
    case 8: return 97;
    case 9: return x << 3;
    case 10: return 101;
    case 11: return x * x;
    case 12: return 131;
    default: return -1;
  }
}

static const char *sparse(unsigned x) {
  switch (x) {
    case 1: return "one";
    case 100: return "hundred";
    case 1000: return "thousand";
    case 4096: return "page";
    case 65535: return "u16max";
    case 1000000: return "million";
    default: return "other";
  }
}

static int state_machine(const char *s) {
  int state = 0, count = 0;
  for (; *s; ++s) {
    switch (state * 4 + (*s & 3)) {
      case 0: state = 1; break;
      case 1: state = 2; count++; break;
      case 2: state = 3; break;
      case 3: state = 0; count += 2; break;
      case 4: case 5: state = 2; break;
      case 6: state = 0; count += 3; break;
      case 7: state = 3; break;
      case 8: case 9: case 10: state = 1; count++; break;
      case 11: state = 2; break;
      default: state = 0; break;
    }
  }
  return count * 10 + state;
}

int main(void) {
  int sum = 0;
  for (int i = -2; i < 16; ++i) sum = sum * 3 + dense(i);
  printf("dense %d\n", sum);
  unsigned keys[] = {1, 2, 100, 1000, 4096, 65535, 1000000, 7};
  for (unsigned i = 0; i < 8; ++i) printf("%s ", sparse(keys[i]));
  printf("\nmachine %d %d\n", state_machine("the quick brown fox"), state_machine("jumps over the lazy dog"));
  return 0;
}
