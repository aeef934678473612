/* Bit fields: packing, signed fields, reads/writes through masks, packed structs. */
#include <stdio.h>
#include <string.h>

struct Flags {
  unsigned a : 3;
  signed b : 5;
  unsigned c : 1;
  unsigned long long big : 40;
  unsigned d : 7;
};

struct __attribute__((packed)) Packed {
  char tag;
  int value;
  short s;
  unsigned x : 4, y : 12;
};

int main(void) {
  struct Flags f;
  memset(&f, 0, sizeof f);
  for (int i = 0; i < 20; ++i) {
    f.a += i;
    f.b -= i;
    f.c ^= 1;
    f.big = f.big * 3 + i;
    f.d = (f.d + 13 * i) & 0x7f;
  }
  printf("flags %u %d %u %llu %u size %zu\n", f.a, f.b, f.c, (unsigned long long)f.big, f.d, sizeof f);
  struct Packed p = {'q', 123456, -5, 9, 4000};
  unsigned char raw[sizeof p];
  memcpy(raw, &p, sizeof p);
  unsigned sum = 0;
  for (size_t i = 0; i < sizeof p; ++i) sum = sum * 7 + raw[i];
  printf("packed size %zu sum %u x %u y %u\n", sizeof p, sum, p.x, p.y);
  return 0;
}
