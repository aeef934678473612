// std::atomic with memory orders, compare_exchange loops, atomic_flag spinlock, 16-byte atomics via libatomic-free types.
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

static std::atomic<long> total{0};
static std::atomic_flag lock = ATOMIC_FLAG_INIT;
static long guarded;
static std::atomic<int> maximum{0};

static void update_max(int v) {
  int cur = maximum.load(std::memory_order_relaxed);
  while (cur < v && !maximum.compare_exchange_weak(cur, v, std::memory_order_acq_rel)) {
  }
}

int main() {
  std::vector<std::thread> ts;
  for (int t = 0; t < 4; ++t)
    ts.emplace_back([t] {
      for (int i = 0; i < 5000; ++i) {
        total.fetch_add(i % 7, std::memory_order_relaxed);
        while (lock.test_and_set(std::memory_order_acquire)) {
        }
        guarded += t;
        lock.clear(std::memory_order_release);
        update_max((i * (t + 3)) % 9973);
      }
    });
  for (auto& t : ts) t.join();
  std::atomic<short> s{10};
  s.fetch_sub(3);
  s ^= 0x55;
  std::atomic<bool> b{false};
  bool was = b.exchange(true);
  std::printf("total %ld guarded %ld max %d short %d bool %d %d lockfree %d\n", total.load(), guarded, maximum.load(),
              s.load(), was, b.load(), std::atomic<long>::is_always_lock_free);
  return 0;
}
