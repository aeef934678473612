/* Counts __ex_table entries between the start/stop symbols ld provides; see gc_fns.s. */
#include <stdio.h>
struct ex { int insn, fixup, data; };
extern const struct ex __start___ex_table[], __stop___ex_table[];
int used_fn(const int *p);
int main(void) {
	int x = 5;
	printf("%d entries, used_fn=%d\n", (int)(__stop___ex_table - __start___ex_table), used_fn(&x));
	return 0;
}
