/* Table-driven CRC-32, Adler-32 and a 64-bit mixer over generated data: large const tables and loops. */
#include <stdint.h>
#include <stdio.h>

static uint32_t crc_table[256];

static void make_table(void) {
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[n] = c;
  }
}

static uint32_t crc32(const unsigned char *p, size_t n) {
  uint32_t c = 0xffffffffu;
  while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

static uint32_t adler32(const unsigned char *p, size_t n) {
  uint32_t a = 1, b = 0;
  while (n--) {
    a = (a + *p++) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

static uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

int main(void) {
  make_table();
  static unsigned char data[4096];
  for (size_t i = 0; i < sizeof data; ++i) data[i] = (unsigned char)(mix(i) >> 13);
  printf("crc %08x adler %08x\n", crc32(data, sizeof data), adler32(data, sizeof data));
  printf("check %08x\n", crc32((const unsigned char *)"123456789", 9));
  uint64_t h = 0;
  for (int i = 0; i < 1000; ++i) h = mix(h + (uint64_t)i);
  printf("mix %016llx\n", (unsigned long long)h);
  return 0;
}
