/* Structs by value (small in registers, large in memory, mixed int/float), _Complex, flexible array members. */
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>

struct Small { int a; float b; };
struct Big { long v[6]; double d; };
struct Mixed { double x; long y; };
struct Flex { int n; int items[]; };

static struct Small make_small(int a) { return (struct Small){a, a * 0.5f}; }
static struct Big scale(struct Big b, int k) {
  for (int i = 0; i < 6; ++i) b.v[i] *= k;
  b.d *= k;
  return b;
}
static struct Mixed swap(struct Mixed m) { return (struct Mixed){(double)m.y, (long)m.x}; }

int main(void) {
  struct Small s = make_small(9);
  struct Big b = {{1, 2, 3, 4, 5, 6}, 1.5};
  b = scale(b, 3);
  struct Mixed m = swap((struct Mixed){2.75, 11});
  printf("small %d %.2f big %ld %ld %.2f mixed %.2f %ld\n", s.a, s.b, b.v[0], b.v[5], b.d, m.x, m.y);
  double complex z = 1.0 + 2.0 * I;
  for (int i = 0; i < 5; ++i) z = z * z * 0.25 + (0.5 - 0.25 * I);
  printf("complex %.6f %.6f abs %.6f\n", creal(z), cimag(z), cabs(z));
  struct Flex *f = malloc(sizeof *f + 5 * sizeof(int));
  f->n = 5;
  for (int i = 0; i < f->n; ++i) f->items[i] = i * 11;
  int t = 0;
  for (int i = 0; i < f->n; ++i) t += f->items[i];
  printf("flex %d\n", t);
  free(f);
  return 0;
}
