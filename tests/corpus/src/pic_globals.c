/* Global data and functions referenced through the GOT/PLT under -fPIC, addresses stored in data. */
#include <stdio.h>
#include <string.h>

int counter = 3;
const char *greeting = "hello";
extern int counter_alias __attribute__((alias("counter")));
int table[8] = {1, 1, 2, 3, 5, 8, 13, 21};
int *table_ptrs[] = {&table[1], &table[3], &table[7], &counter};

int bump(int by) { return counter += by; }
static int twice(int x) { return 2 * x; }
int (*ops[])(int) = {bump, twice};

struct Node {
  const char *name;
  struct Node *next;
};
struct Node n3 = {"three", 0}, n2 = {"two", &n3}, n1 = {"one", &n2};

int main(void) {
  int s = 0;
  for (unsigned i = 0; i < sizeof table_ptrs / sizeof *table_ptrs; ++i) s += *table_ptrs[i];
  printf("ptr sum %d\n", s);
  printf("ops %d %d alias %d\n", ops[0](4), ops[1](21), counter_alias);
  for (struct Node *n = &n1; n; n = n->next) printf("%s%s", n->name, n->next ? "," : "\n");
  printf("%s %zu %d\n", greeting, strlen(greeting), (int)(table_ptrs[2] - table));
  return 0;
}
