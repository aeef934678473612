/* Inline asm, alignment and a local static: rows across .p2align padding and user asm. */
static unsigned long ticks;
unsigned long rdtsc_like(void) {
  unsigned lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return ((unsigned long)hi << 32) | lo;
}
void spin(int n) {
  for (int i = 0; i < n; i++) {
    __asm__ volatile("pause");
    ticks++;
  }
}
int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
