/* __int128: multiplication, division (libgcc calls), shifts, printing in decimal. */
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(u128 v) {
  char buf[48];
  int i = 47;
  buf[i] = 0;
  do {
    buf[--i] = (char)('0' + (int)(v % 10));
    v /= 10;
  } while (v);
  puts(buf + i);
}

static u128 factorial(unsigned n) { return n <= 1 ? 1 : n * factorial(n - 1); }

int main(void) {
  print_u128(factorial(30));
  u128 x = ((u128)0xfedcba9876543210ULL << 64) | 0x0123456789abcdefULL;
  print_u128(x);
  print_u128(x >> 37);
  print_u128(x * 3 + 1);
  i128 n = -(i128)factorial(25);
  printf("neg %d div %lld mod %lld\n", n < 0, (long long)(n / 1000000000000LL / 1000000), (long long)(n % 1000003));
  unsigned long long a = 0xffffffffffffffffULL, b = 0xfffffffffffffffeULL;
  u128 p = (u128)a * b;
  printf("hi %llx lo %llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
  return 0;
}
