/* String and memory builtins expanded inline at various sizes (rep movs, unaligned moves), snprintf formats. */
#include <stdio.h>
#include <string.h>

struct Rec {
  char name[24];
  int id;
  double score;
};

int main(void) {
  struct Rec recs[5];
  memset(recs, 0, sizeof recs);
  for (int i = 0; i < 5; ++i) {
    snprintf(recs[i].name, sizeof recs[i].name, "record-%02d-%s", i, i & 1 ? "odd" : "even");
    recs[i].id = i * 1000 + 7;
    recs[i].score = i * 2.5 - 1;
  }
  struct Rec copy[5];
  memcpy(copy, recs, sizeof recs);
  memmove(&copy[1], &copy[0], 3 * sizeof *copy);
  char line[256] = "";
  for (int i = 0; i < 5; ++i) {
    strcat(line, copy[i].name);
    strcat(line, ";");
  }
  printf("%s\n%zu %d %d\n", line, strlen(line), memcmp(&copy[1], &recs[0], sizeof *copy), strncmp(line, "record", 6));
  char big[300];
  memset(big, 'z', sizeof big - 1);
  big[sizeof big - 1] = 0;
  printf("%zu %s %p\n", strlen(big), strstr(line, "03") ? strstr(line, "03") : "none", (void *)strchr(line, '#'));
  printf("%+08.3f|%-6d|%6s|%#x|%e|%g\n", 3.14159, 42, "ab", 255, 12345.678, 0.0001);
  return 0;
}
