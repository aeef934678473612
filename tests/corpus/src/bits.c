/* Bit manipulation builtins (popcount, clz, ctz, bswap, rotates), type punning through unions. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

union Pun {
  float f;
  uint32_t u;
  unsigned char b[4];
};

static uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint64_t rotr64(uint64_t x, int k) { return (x >> k) | (x << (64 - k)); }

int main(void) {
  uint64_t v = 0x0123456789abcdefULL;
  printf("pop %d clz %d ctz %d\n", __builtin_popcountll(v), __builtin_clzll(v), __builtin_ctzll(v << 4));
  printf("bswap %016llx %08x %04x\n", (unsigned long long)__builtin_bswap64(v), __builtin_bswap32(0xdeadbeef),
         __builtin_bswap16(0xabcd));
  printf("rot %08x %016llx\n", rotl(0x80000001u, 3), (unsigned long long)rotr64(v, 12));
  union Pun p = {.f = -1.75f};
  printf("pun %08x %02x %02x\n", p.u, p.b[0], p.b[3]);
  double d = 3.141592653589793;
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  printf("double bits %016llx parity %d ffs %d\n", (unsigned long long)bits, __builtin_parityll(bits), __builtin_ffs(0x1200));
  int ov;
  int r = __builtin_mul_overflow(1 << 20, 1 << 12, &ov);
  printf("overflow %d %d\n", r, ov);
  return 0;
}
