/* Many string literals: merged .rodata.str1.x sections, wide strings, string tables and duplicate literals. */
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static const char *const words[] = {
    "alpha",   "bravo",  "charlie", "delta",  "echo",    "foxtrot", "golf",   "hotel",  "india",  "juliett",
    "kilo",    "lima",   "mike",    "november", "oscar", "papa",    "quebec", "romeo",  "sierra", "tango",
    "uniform", "victor", "whiskey", "xray",   "yankee",  "zulu",    "alpha",  "echo",   "",       "a somewhat longer string literal that goes past thirty-two bytes",
};
static const char tabbed[] = "tab\there\nnewline \"quoted\" \\ backslash \x41\101\e";
static const wchar_t wide[] = L"wide \u00e9 string";
static const char *const utf8 = u8"caf\u00e9 \u2603";

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

int main(void) {
  unsigned total = 0;
  size_t len = 0;
  for (size_t i = 0; i < sizeof words / sizeof *words; ++i) {
    total ^= hash(words[i]) + (unsigned)i;
    len += strlen(words[i]);
  }
  printf("words %zu total %08x len %zu\n", sizeof words / sizeof *words, total, len);
  printf("tabbed %zu %08x\n", strlen(tabbed), hash(tabbed));
  printf("wide %zu utf8 %zu %08x\n", wcslen(wide), strlen(utf8), hash(utf8));
  printf("%s %s %s\n", "literal one", "literal two", "literal one");
  puts(words[7] == words[7] ? "same pointer" : "different");
  return 0;
}
