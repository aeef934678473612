/* Function pointers: qsort/bsearch comparators, dispatch tables, callbacks returning function pointers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
typedef int (*binop)(int, int);
static binop pick(char c) { return c == '+' ? add : c == '-' ? sub : mul; }

struct Vtable {
  const char *(*name)(void);
  int (*area)(int);
};
static const char *sq_name(void) { return "square"; }
static int sq_area(int s) { return s * s; }
static const char *tri_name(void) { return "triangle"; }
static int tri_area(int s) { return s * s / 2; }
static const struct Vtable shapes[] = {{sq_name, sq_area}, {tri_name, tri_area}};

int main(void) {
  int nums[] = {42, -7, 19, 0, 88, 3, 3, -50, 12};
  qsort(nums, 9, sizeof *nums, cmp_int);
  for (int i = 0; i < 9; ++i) printf("%d ", nums[i]);
  int key = 19;
  int *hit = bsearch(&key, nums, 9, sizeof *nums, cmp_int);
  printf("\nfound at %d\n", hit ? (int)(hit - nums) : -1);
  const char *names[] = {"pear", "apple", "fig", "banana"};
  qsort(names, 4, sizeof *names, cmp_str);
  printf("%s %s %s %s\n", names[0], names[1], names[2], names[3]);
  const char *expr = "+-*+";
  int acc = 5;
  for (const char *p = expr; *p; ++p) acc = pick(*p)(acc, 3);
  printf("acc %d\n", acc);
  for (int i = 0; i < 2; ++i) printf("%s %d\n", shapes[i].name(), shapes[i].area(6));
  return 0;
}
