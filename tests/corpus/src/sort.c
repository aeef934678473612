/* Sorting algorithms on generated data: quicksort, merge sort, heap sort, insertion sort; verified equal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 2000

static void insertion(int *a, int n) {
  for (int i = 1; i < n; ++i) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) a[j + 1] = a[j], --j;
    a[j + 1] = v;
  }
}

static void quick(int *a, int lo, int hi) {
  while (lo < hi) {
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) ++i;
      while (a[j] > p) --j;
      if (i <= j) {
        int t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (j - lo < hi - i) {
      quick(a, lo, j);
      lo = i;
    } else {
      quick(a, i, hi);
      hi = j;
    }
  }
}

static void merge_sort(int *a, int *tmp, int n) {
  if (n < 2) return;
  int h = n / 2;
  merge_sort(a, tmp, h);
  merge_sort(a + h, tmp, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, n * sizeof *a);
}

static void sift(int *a, int i, int n) {
  for (;;) {
    int l = 2 * i + 1, m = i;
    if (l < n && a[l] > a[m]) m = l;
    if (l + 1 < n && a[l + 1] > a[m]) m = l + 1;
    if (m == i) return;
    int t = a[i];
    a[i] = a[m];
    a[m] = t;
    i = m;
  }
}

static void heap_sort(int *a, int n) {
  for (int i = n / 2 - 1; i >= 0; --i) sift(a, i, n);
  for (int e = n - 1; e > 0; --e) {
    int t = a[0];
    a[0] = a[e];
    a[e] = t;
    sift(a, 0, e);
  }
}

int main(void) {
  static int src[N], a[N], b[N], c[N], d[N], tmp[N];
  unsigned s = 12345;
  for (int i = 0; i < N; ++i) src[i] = (int)((s = s * 1103515245 + 12345) >> 8) % 100000 - 50000;
  memcpy(a, src, sizeof a);
  memcpy(b, src, sizeof b);
  memcpy(c, src, sizeof c);
  memcpy(d, src, sizeof d);
  insertion(a, N);
  quick(b, 0, N - 1);
  merge_sort(c, tmp, N);
  heap_sort(d, N);
  long chk = 0;
  for (int i = 0; i < N; ++i) chk = chk * 31 + a[i];
  printf("equal %d %d %d first %d last %d chk %ld\n", !memcmp(a, b, sizeof a), !memcmp(a, c, sizeof a),
         !memcmp(a, d, sizeof a), a[0], a[N - 1], chk);
  return 0;
}
