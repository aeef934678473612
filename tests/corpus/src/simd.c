/* SIMD: SSE2 intrinsics, GCC vector extensions and an AVX2 function chosen at run time (same results). */
#include <emmintrin.h>
#include <immintrin.h>
#include <stdio.h>

typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));

static int sum_sse2(const int *a, int n) {
  __m128i acc = _mm_setzero_si128();
  for (int i = 0; i < n; i += 4) acc = _mm_add_epi32(acc, _mm_loadu_si128((const __m128i *)(a + i)));
  int out[4];
  _mm_storeu_si128((__m128i *)out, acc);
  return out[0] + out[1] + out[2] + out[3];
}

__attribute__((target("avx2"))) static int sum_avx2(const int *a, int n) {
  __m256i acc = _mm256_setzero_si256();
  for (int i = 0; i < n; i += 8) acc = _mm256_add_epi32(acc, _mm256_loadu_si256((const __m256i *)(a + i)));
  int out[8];
  _mm256_storeu_si256((__m256i *)out, acc);
  int s = 0;
  for (int i = 0; i < 8; ++i) s += out[i];
  return s;
}

int main(void) {
  int data[64];
  for (int i = 0; i < 64; ++i) data[i] = i * i - 7 * i;
  int s1 = sum_sse2(data, 64);
  int s2 = __builtin_cpu_supports("avx2") ? sum_avx2(data, 64) : s1;
  printf("sums %d %d\n", s1, s2);
  v4si a = {1, 2, 3, 4}, b = {10, 20, 30, 40};
  v4si c = a * b + (a << 2);
  v4sf f = {1.5f, 2.5f, -3.0f, 0.25f};
  v4sf g = f * f - (v4sf){1, 1, 1, 1};
  printf("vec %d %d %d %d\n", c[0], c[1], c[2], c[3]);
  printf("fvec %.3f %.3f %.3f %.3f\n", g[0], g[1], g[2], g[3]);
  __m128d d = _mm_sqrt_pd(_mm_set_pd(2.0, 9.0));
  double dd[2];
  _mm_storeu_pd(dd, d);
  printf("sqrt %.6f %.6f\n", dd[0], dd[1]);
  return 0;
}
