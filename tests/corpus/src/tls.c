/* __thread variables with every TLS model (initial-exec, local-exec, local- and global-dynamic) and threads. */
#include <pthread.h>
#include <stdio.h>

__thread int tls_global = 5;
static __thread long tls_static[4] = {1, 2, 3, 4};
__thread int tls_ie __attribute__((tls_model("initial-exec"))) = 7;
static __thread int tls_le __attribute__((tls_model("local-exec")));
__thread char tls_buf[32];

static int *addr_of_global(void) { return &tls_global; }

static void *worker(void *arg) {
  long id = (long)arg;
  tls_global += (int)id;
  for (int i = 0; i < 4; ++i) tls_static[i] *= id + 1;
  tls_ie -= (int)id;
  tls_le = (int)id * 100;
  snprintf(tls_buf, sizeof tls_buf, "thread%ld", id);
  long sum = tls_global + tls_static[0] + tls_static[3] + tls_ie + tls_le + *addr_of_global();
  return (void *)(sum * 1000 + (long)tls_buf[6]);
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; ++i) pthread_create(&t[i], 0, worker, (void *)(i + 1));
  for (int i = 0; i < 3; ++i) {
    void *r;
    pthread_join(t[i], &r);
    printf("thread %d: %ld\n", i + 1, (long)r);
  }
  printf("main: %d %ld %d %d '%s'\n", tls_global, tls_static[2], tls_ie, tls_le, tls_buf);
  return 0;
}
