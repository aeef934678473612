/* Loops, calls and inlining: many .loc rows with views and discriminators at -O2. */
int g(int);
static inline int sq(int x) { return x * x; }
int sum(const int *a, int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += sq(a[i]) + g(i);
  return s;
}
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int collatz(unsigned long n) {
  int steps = 0;
  while (n != 1) {
    if (n & 1)
      n = 3 * n + 1;
    else
      n /= 2;
    steps++;
  }
  return steps;
}
