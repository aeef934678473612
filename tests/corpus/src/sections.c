/* Named sections: a linker-collected registry between __start_/__stop_ symbols, and code in a named section. */
#include <stdio.h>

struct Entry {
  const char *name;
  int (*fn)(int);
};

#define REGISTER(n, f) \
  static const struct Entry entry_##n __attribute__((used, section("corpus_reg"), aligned(8))) = {#n, f}

static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }
__attribute__((section(".text.corpus_hot"))) static int tri(int x) { return x * (x + 1) / 2; }
REGISTER(square, sq);
REGISTER(negate, neg);
REGISTER(triangle, tri);

__attribute__((section(".data.corpus_tbl"))) int tbl_data[3] = {4, 5, 6};
__attribute__((section(".rodata.corpus_str"))) const char label[] = "registry";

extern const struct Entry __start_corpus_reg[], __stop_corpus_reg[];

int main(void) {
  int n = (int)(__stop_corpus_reg - __start_corpus_reg);
  int total = 0;
  for (const struct Entry *e = __start_corpus_reg; e < __stop_corpus_reg; ++e) total += e->fn(tbl_data[e - __start_corpus_reg]);
  printf("%s: %d entries, total %d\n", label, n, total);
  return 0;
}
