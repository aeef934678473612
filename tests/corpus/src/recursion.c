/* Recursion: Ackermann, Towers of Hanoi, mutual recursion, tail calls, memoized partitions. */
#include <stdio.h>

static unsigned long ack(unsigned long m, unsigned long n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

static int moves;
static void hanoi(int n, char from, char to, char via) {
  if (!n) return;
  hanoi(n - 1, from, via, to);
  moves++;
  hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long gcd(long a, long b) { return b ? gcd(b, a % b) : a; }

static long memo[101][101];
static long partitions(int n, int max) {
  if (n == 0) return 1;
  if (n < 0 || max == 0) return 0;
  if (memo[n][max]) return memo[n][max];
  return memo[n][max] = partitions(n - max, max) + partitions(n, max - 1);
}

int main(void) {
  printf("ack %lu %lu\n", ack(2, 3), ack(3, 5));
  hanoi(16, 'a', 'c', 'b');
  printf("hanoi %d\n", moves);
  printf("even %d %d\n", is_even(1000), is_odd(777));
  printf("gcd %ld\n", gcd(1071L * 1000003, 462L * 1000003));
  printf("partitions %ld\n", partitions(100, 100));
  return 0;
}
