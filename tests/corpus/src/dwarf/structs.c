/* Types, globals and a switch: a large .debug_info, jump tables in .rodata. */
#include <stddef.h>
struct point { double x, y; };
struct shape { int kind; union { struct point c; struct { struct point a, b; } r; } u; const char *name; };
struct shape shapes[4] = {{0, {{1, 2}}, "circle"}, {1, {{3, 4}}, "rect"}};
static const char *names[] = {"zero", "one", "two", "three", "four", "five", "six"};
const char *name_of(unsigned k) {
  switch (k) {
    case 0: return names[0];
    case 1: return names[1];
    case 2: return names[2];
    case 3: return names[3];
    case 4: return names[4];
    case 5: return names[5];
    default: return NULL;
  }
}
double area(const struct shape *s) {
  if (s->kind == 0) return 3.14159 * s->u.c.x * s->u.c.x;
  double w = s->u.r.b.x - s->u.r.a.x, h = s->u.r.b.y - s->u.r.a.y;
  return w * h;
}
