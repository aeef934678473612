/* Symbol aliases, hidden visibility, .symver-free strong/weak aliases and alias chains. */
#include <stdio.h>

int impl_add(int a, int b) { return a + b; }
int add_alias(int, int) __attribute__((alias("impl_add")));
int add_weak(int, int) __attribute__((weak, alias("impl_add")));
static int impl_mul(int a, int b) { return a * b; }
static int mul_alias(int, int) __attribute__((alias("impl_mul")));
__attribute__((visibility("hidden"))) int hidden_counter = 40;
extern int counter_alias __attribute__((alias("hidden_counter")));
__attribute__((visibility("protected"))) int protected_fn(void) { return 2; }

int main(void) {
  counter_alias += 2;
  printf("%d %d %d %d %d\n", add_alias(2, 3), add_weak(4, 5), mul_alias(6, 7), hidden_counter, protected_fn());
  printf("same %d %d\n", (void *)add_alias == (void *)impl_add, (void *)&counter_alias == (void *)&hidden_counter);
  return 0;
}
