/* C11 atomics and __atomic/__sync builtins: lock-prefixed instructions, cmpxchg, fences, threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_long shared_counter;
static atomic_int flag;
static long plain_counter;
static unsigned char bytes[4];

static void *work(void *arg) {
  long n = (long)arg;
  for (long i = 0; i < 20000; ++i) {
    atomic_fetch_add_explicit(&shared_counter, 1, memory_order_relaxed);
    __atomic_fetch_add(&plain_counter, n, __ATOMIC_SEQ_CST);
  }
  __sync_fetch_and_or(&bytes[n & 3], (unsigned char)(1u << n));
  return 0;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; ++i) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; ++i) pthread_join(t[i], 0);
  printf("counter %ld plain %ld\n", atomic_load(&shared_counter), plain_counter);
  int expected = 0;
  int ok1 = atomic_compare_exchange_strong(&flag, &expected, 5);
  int ok2 = atomic_compare_exchange_strong(&flag, &expected, 9);
  printf("cas %d %d expected %d flag %d\n", ok1, ok2, expected, atomic_load(&flag));
  long old = __atomic_exchange_n(&plain_counter, 7, __ATOMIC_ACQ_REL);
  atomic_thread_fence(memory_order_seq_cst);
  printf("xchg %ld now %ld bytes %d %d %d %d\n", old, plain_counter, bytes[0], bytes[1], bytes[2], bytes[3]);
  printf("sub %ld and %d\n", __sync_sub_and_fetch(&plain_counter, 3), __atomic_and_fetch(&flag, 4, __ATOMIC_RELAXED));
  return 0;
}
