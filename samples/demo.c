/*
 * User-space model of the kernel's exception tables and of freeing init code.
 *
 * The "user" copy routines (usercopy.S, init_probe.S) record each instruction that
 * may fault in an exception table.  A SIGSEGV handler plays the page-fault handler:
 * it looks the faulting RIP up and resumes at the fixup, which returns an error.
 * Entries made from .init.text went to .init.__ex_table (via .pushsection_table), so
 * after the init code has run, the demo unmaps it and stops searching that table,
 * and checks that __ex_table has nothing pointing into the freed range.
 *
 * Run as `demo --gas`, the same program checks the other story: scripts/run also
 * builds it from the same sources assembled by GNU as with plain .pushsection, so
 * the init entries sit in __ex_table and dangle once init text is freed. Both
 * builds then recycle the freed init page for new code that faults at an old
 * init entry's address (as a kernel reusing freed init pages for module text
 * would). The plain build's stale entry redirects that fault to a "fixup" inside
 * the new code (mis-fixed: shown safely, the page is a NOP sled ending in a
 * marker); the gasket build has no entry for it and reports an oops, which is
 * right for a fault in code that declared no exception entry.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

struct exentry {
	int32_t insn;	/* self-relative: target = &field + value */
	int32_t fixup;
};

/* From samples/tables.ld. */
extern const struct exentry __ex_table_start[], __ex_table_end[];
extern const struct exentry __init_ex_table_start[], __init_ex_table_end[];
extern char __init_text_start[], __init_text_end[];

size_t gk_copy_from_user(void *dst, const void *usrc, size_t n);
size_t gk_copy_to_user(void *udst, const void *src, size_t n);
long gk_get_user_4(const uint32_t *uptr, uint32_t *val);
long gk_get_user_8(const uint64_t *uptr, uint64_t *val);
long gk_put_user_4(uint32_t *uptr, uint32_t val);
long gk_put_user_8(uint64_t *uptr, uint64_t val);
long gk_strnlen_user(const char *ustr, long max);
long gk_init_checksum(const uint8_t *ubuf, size_t n, uint64_t *sum);
long gk_init_load(void *dst, const void *usrc, size_t n);

/* Entry counts the samples are written to produce; a lost entry shows up here. */
enum { TEXT_ENTRIES = 7, INIT_ENTRIES = 2 };

/* Built from GNU as with plain .pushsection (demo --gas): every entry is in __ex_table. */
static int plain_build;

struct table {
	const char *name;
	const struct exentry *start, *end;
};

enum { TEXT_TABLE, INIT_TABLE, NTABLES };
static struct table tables[NTABLES] = {
	{ "__ex_table", __ex_table_start, __ex_table_end },
	{ ".init.__ex_table", __init_ex_table_start, __init_ex_table_end },
};

static volatile sig_atomic_t faults_recovered;
static int faults_expected, checks_failed;

/* A fault with no table entry while armed is an "oops": reported, not fatal. */
static sigjmp_buf oops_jmp;
static volatile sig_atomic_t oops_armed;
static volatile uintptr_t oops_ip;

static uintptr_t ex_insn(const struct exentry *e)
{
	return (uintptr_t)&e->insn + e->insn;
}

static uintptr_t ex_fixup(const struct exentry *e)
{
	return (uintptr_t)&e->fixup + e->fixup;
}

static const struct exentry *search_exception_tables(uintptr_t ip)
{
	for (int t = 0; t < NTABLES; t++)
		for (const struct exentry *e = tables[t].start; e < tables[t].end; e++)
			if (ex_insn(e) == ip)
				return e;
	return NULL;
}

static void fault_handler(int sig, siginfo_t *si, void *ctx)
{
	(void)si;
	greg_t *rip = &((ucontext_t *)ctx)->uc_mcontext.gregs[REG_RIP];
	const struct exentry *e = search_exception_tables((uintptr_t)*rip);

	if (!e && oops_armed) {
		oops_armed = 0;
		oops_ip = (uintptr_t)*rip;
		siglongjmp(oops_jmp, 1);
	}
	if (!e) {
		/* A real bug: returning re-executes the insn and the default action kills us. */
		signal(sig, SIG_DFL);
		return;
	}
	*rip = (greg_t)ex_fixup(e);
	faults_recovered++;
}

static void check(int ok, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	printf("  %-4s ", ok ? "ok" : "FAIL");
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	if (!ok)
		checks_failed++;
}

/* For calls that must fault exactly once and be recovered. */
static void check_fault(int ok, const char *what)
{
	faults_expected++;
	check(ok && faults_recovered == faults_expected, "%s; fault recovered", what);
}

static size_t table_len(const struct table *t)
{
	return (size_t)(t->end - t->start);
}

static int in_range(uintptr_t p, uintptr_t lo, uintptr_t hi)
{
	return p >= lo && p < hi;
}

/* Entries of table t whose insn or fixup lies in [lo, hi). */
static size_t entries_into(const struct table *t, uintptr_t lo, uintptr_t hi)
{
	size_t n = 0;

	for (const struct exentry *e = t->start; e < t->end; e++)
		n += in_range(ex_insn(e), lo, hi) || in_range(ex_fixup(e), lo, hi);
	return n;
}

enum recycle_result { RECYCLE_NO_FAULT, RECYCLE_MISFIXED, RECYCLE_OOPS, RECYCLE_SETUP_FAILED };

/*
 * Maps a fresh page where the init text was, with a new 3-byte function
 * (movl (%rdi), %eax; ret) at `victim`, the address an init table entry was
 * keyed on, and calls it with a bad pointer. int3 before the function, a NOP
 * sled after it that ends in "movl $0xbad, %eax; ret": a stale fixup anywhere
 * after the function lands in the sled and returns 0xbad instead of running
 * someone else's code.
 */
static enum recycle_result recycle_and_fault(uintptr_t victim, const void *bad, long page)
{
	static const unsigned char new_code[] = { 0x8b, 0x07, 0xc3 };
	static const unsigned char marker[] = { 0xb8, 0xad, 0x0b, 0x00, 0x00, 0xc3 };
	uintptr_t base = victim & ~(uintptr_t)(page - 1);
	size_t at = victim - base;
	unsigned char *p = mmap((void *)base, (size_t)page, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);

	if (p == MAP_FAILED || (uintptr_t)p != base || at + sizeof new_code + sizeof marker > (size_t)page)
		return RECYCLE_SETUP_FAILED;
	memset(p, 0xcc, at);
	memcpy(p + at, new_code, sizeof new_code);
	memset(p + at + sizeof new_code, 0x90, (size_t)page - at - sizeof new_code - sizeof marker);
	memcpy(p + page - sizeof marker, marker, sizeof marker);
	if (mprotect(p, (size_t)page, PROT_READ | PROT_EXEC))
		return RECYCLE_SETUP_FAILED;

	int (*new_owner)(const void *) = (int (*)(const void *))victim;
	enum recycle_result result;
	oops_armed = 1;
	if (sigsetjmp(oops_jmp, 1) == 0) {
		int r = new_owner(bad);
		result = r == 0xbad ? RECYCLE_MISFIXED : RECYCLE_NO_FAULT;
	} else {
		result = RECYCLE_OOPS;
	}
	oops_armed = 0;
	munmap(p, (size_t)page);
	return result;
}

int main(int argc, char **argv)
{
	long page = sysconf(_SC_PAGESIZE);
	uintptr_t init_lo = (uintptr_t)__init_text_start, init_hi = (uintptr_t)__init_text_end;
	struct sigaction sa;

	plain_build = argc > 1 && !strcmp(argv[1], "--gas");
	printf("build: %s\n", plain_build ? "GNU as, plain .pushsection __ex_table (demo --gas)"
					  : "gasket, .pushsection_table __ex_table");
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fault_handler;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, NULL) || sigaction(SIGBUS, &sa, NULL)) {
		perror("sigaction");
		return 2;
	}

	/* Two pages; the second is unmapped so that buffers can run off the end of the first. */
	char *area = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED || munmap(area + page, page)) {
		perror("mmap");
		return 2;
	}
	char *bad = area + page;
	char *edge = bad - 10;		/* 10 good bytes, then the hole */
	for (long i = 0; i < page; i++)
		area[i] = (char)(i * 7 + 1);

	printf("exception tables:\n");
	printf("  %-17s %zu entries\n", tables[TEXT_TABLE].name, table_len(&tables[TEXT_TABLE]));
	printf("  %-17s %zu entries\n", tables[INIT_TABLE].name, table_len(&tables[INIT_TABLE]));
	if (!plain_build) {
		check(table_len(&tables[TEXT_TABLE]) == TEXT_ENTRIES && table_len(&tables[INIT_TABLE]) == INIT_ENTRIES,
		      "table sizes are %d and %d", TEXT_ENTRIES, INIT_ENTRIES);
		check(entries_into(&tables[INIT_TABLE], init_lo, init_hi) == INIT_ENTRIES,
		      "every .init.__ex_table entry points into init text");
		check(entries_into(&tables[TEXT_TABLE], init_lo, init_hi) == 0,
		      "no __ex_table entry points into init text");
	} else {
		check(table_len(&tables[TEXT_TABLE]) == TEXT_ENTRIES + INIT_ENTRIES && table_len(&tables[INIT_TABLE]) == 0,
		      "table sizes are %d and 0: plain .pushsection put the init entries in __ex_table",
		      TEXT_ENTRIES + INIT_ENTRIES);
		check(entries_into(&tables[TEXT_TABLE], init_lo, init_hi) == INIT_ENTRIES,
		      "%d __ex_table entries point into init text (they will dangle)", INIT_ENTRIES);
	}
	check(init_lo % page == 0 && init_hi % page == 0 && init_hi > init_lo,
	      "init text is page-aligned: [%#lx, %#lx)", (unsigned long)init_lo, (unsigned long)init_hi);

	printf("text routines:\n");
	char buf[64];
	memset(buf, 0, sizeof buf);
	check(gk_copy_from_user(buf, area, 64) == 0 && !memcmp(buf, area, 64), "copy_from_user, good source");
	check_fault(gk_copy_from_user(buf, bad, 64) == 64, "copy_from_user, unmapped source -> 64 not copied");
	memset(buf, 0, sizeof buf);
	size_t left = gk_copy_from_user(buf, edge, 32);
	check_fault(left >= 22 && left < 32 && !memcmp(buf, edge, 32 - left),
		    "copy_from_user, source runs into the hole -> >= 22 not copied");

	char *dst = area + 256;
	check(gk_copy_to_user(dst, "0123456789", 10) == 0 && !memcmp(dst, "0123456789", 10),
	      "copy_to_user, good destination");
	check_fault(gk_copy_to_user((void *)0x10, "abc", 3) == 3, "copy_to_user, address 0x10 -> 3 not copied");
	check_fault(gk_copy_to_user(edge, "abcdefghijklmnop", 16) == 6 && !memcmp(edge, "abcdefghij", 10),
		    "copy_to_user, destination runs into the hole -> 6 not copied");

	uint32_t v4 = 0;
	uint64_t v8 = 1;
	memcpy(dst, "\x78\x56\x34\x12", 4);
	check(gk_get_user_4((uint32_t *)dst, &v4) == 0 && v4 == 0x12345678, "get_user 4 bytes, good");
	check_fault(gk_get_user_8((const uint64_t *)0x10, &v8) == -EFAULT && v8 == 0,
		    "get_user 8 bytes, address 0x10 -> -EFAULT, value zeroed");
	check(gk_put_user_8((uint64_t *)dst, 0x1122334455667788ull) == 0 &&
	      gk_get_user_8((uint64_t *)dst, &v8) == 0 && v8 == 0x1122334455667788ull, "put_user 8 bytes, good");
	check_fault(gk_put_user_4((uint32_t *)bad, 1) == -EFAULT, "put_user 4 bytes, unmapped -> -EFAULT");

	strcpy(dst, "hello");
	check(gk_strnlen_user(dst, 100) == 6, "strnlen_user, good string");
	memset(edge, 'x', 10);
	check_fault(gk_strnlen_user(edge, 100) == -EFAULT, "strnlen_user, no NUL before the hole -> -EFAULT");

	printf("init routines (run once, before init text is freed):\n");
	uint64_t sum = 0, want = 0;
	for (int i = 0; i < 100; i++)
		want += (uint8_t)area[i];
	check(gk_init_checksum((const uint8_t *)area, 100, &sum) == 0 && sum == want, "init checksum, good buffer");
	check_fault(gk_init_checksum((const uint8_t *)edge, 20, &sum) == -EFAULT,
		    "init checksum, buffer runs into the hole -> -EFAULT (fault inside init)");
	check(gk_init_load(buf, area, 32) == 0 && !memcmp(buf, area, 32), "init load, good source");
	check_fault(gk_init_load(buf, bad, 32) == -EFAULT, "init load, unmapped source -> -EFAULT (probe in init)");
	check_fault(gk_init_load(buf, edge, 32) == -EIO, "init load, short copy -> -EIO (fault in .text, called from init)");

	/* The first entry keyed in init text: its address is where the recycled page's new code will fault. */
	uintptr_t victim = 0;
	for (int t = 0; t < NTABLES && !victim; t++)
		for (const struct exentry *e = tables[t].start; e < tables[t].end && !victim; e++)
			if (in_range(ex_insn(e), init_lo, init_hi))
				victim = ex_insn(e);

	printf("freeing init text:\n");
	size_t dropped = table_len(&tables[INIT_TABLE]);
	int unmapped = munmap(__init_text_start, init_hi - init_lo) == 0;
	unsigned char vec[16];
	/* mincore fails with ENOMEM on unmapped pages: proof that the text is really gone. */
	int gone = mincore(__init_text_start, (size_t)page, vec) != 0 && errno == ENOMEM;
	tables[INIT_TABLE].start = tables[INIT_TABLE].end = NULL;
	check(unmapped && gone, "munmap [%#lx, %#lx): %lu page(s) freed", (unsigned long)init_lo,
	      (unsigned long)init_hi, (unsigned long)((init_hi - init_lo) / page));

	size_t dangling = 0;
	for (int t = 0; t < NTABLES; t++)
		dangling += entries_into(&tables[t], init_lo, init_hi);
	check_fault(gk_copy_from_user(buf, bad, 8) == 8, "copy_from_user still recovers after the free");

	printf("recycling the freed init page for new code:\n");
	int before = faults_recovered;
	enum recycle_result rr = victim ? recycle_and_fault(victim, bad, page) : RECYCLE_SETUP_FAILED;
	if (rr == RECYCLE_MISFIXED)
		faults_expected++; /* the stale entry "recovered" it */
	if (!plain_build)
		check(rr == RECYCLE_OOPS && oops_ip == victim && faults_recovered == before,
		      "new code faults at %#lx, the old init insn's address: no entry, reported as an oops",
		      (unsigned long)victim);
	else
		check(rr == RECYCLE_MISFIXED && faults_recovered == before + 1,
		      "new code faults at %#lx: MIS-FIXED by the stale init entry (it jumped into the new code)",
		      (unsigned long)victim);

	printf("report:\n");
	printf("  entries per table: __ex_table %zu, .init.__ex_table %zu\n", table_len(&tables[TEXT_TABLE]), dropped);
	printf("  faults recovered: %d (expected %d)\n", (int)faults_recovered, faults_expected);
	printf("  entries dropped with init text: %zu\n", dropped);
	if (!plain_build) {
		printf("  no remaining entry points into freed init text: %s\n", dangling == 0 ? "OK" : "FAILED");
		if (dangling)
			checks_failed++;
	} else {
		printf("  entries left pointing into freed init text: %zu (the plain build's flaw, as expected)\n",
		       dangling);
		if (dangling != INIT_ENTRIES)
			checks_failed++;
	}
	if (faults_recovered != faults_expected)
		checks_failed++;
	if (checks_failed) {
		printf("demo: %d check(s) FAILED\n", checks_failed);
		return 1;
	}
	printf("demo: all checks passed\n");
	return 0;
}
