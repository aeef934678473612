/* Float and double matrix kernels that vectorize at -O3 (loop versioning, peeling, unrolling). */
#include <stdio.h>

#define M 48

static float A[M][M], B[M][M], C[M][M];
static double X[1000], Y[1000];

static void matmul(void) {
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < M; ++j) {
      float s = 0;
      for (int k = 0; k < M; ++k) s += A[i][k] * B[k][j];
      C[i][j] = s;
    }
}

static void saxpy(double a, const double *x, double *y, int n) {
  for (int i = 0; i < n; ++i) y[i] = a * x[i] + y[i];
}

int main(void) {
  for (int i = 0; i < M; ++i)
    for (int j = 0; j < M; ++j) {
      A[i][j] = (float)((i * 7 + j * 3) % 11) - 5.0f;
      B[i][j] = (float)((i * 5 + j * 13) % 17) * 0.125f;
    }
  matmul();
  double trace = 0;
  for (int i = 0; i < M; ++i) trace += C[i][i];
  for (int i = 0; i < 1000; ++i) X[i] = i * 0.001, Y[i] = 1.0 / (i + 1);
  for (int r = 0; r < 10; ++r) saxpy(0.5, X, Y, 1000);
  double ys = 0;
  for (int i = 0; i < 1000; ++i) ys += Y[i];
  printf("trace %.3f c01 %.3f ysum %.6f\n", trace, C[0][1], ys);
  return 0;
}
