// thread_local with dynamic initialization and destructors (TLS init/wrapper functions), std::thread, mutex.
#include <cstdio>
#include <algorithm>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static std::mutex mu;
static std::vector<std::string> events;

struct PerThread {
  int id;
  std::string tag;
  PerThread() : id(0), tag("fresh") {}
  ~PerThread() {
    std::lock_guard<std::mutex> lock(mu);
    if (id) events.push_back("bye " + std::to_string(id));
  }
};

thread_local PerThread state;
thread_local int simple_tls = 5;
static thread_local long counter = 0;

static long work(int id) {
  state.id = id;
  state.tag += "-" + std::to_string(id);
  for (int i = 0; i < 1000; ++i) counter += i % (id + 1);
  simple_tls *= id;
  return counter + simple_tls + static_cast<long>(state.tag.size());
}

int main() {
  std::vector<long> results(3);
  std::vector<std::thread> ts;
  for (int i = 0; i < 3; ++i) ts.emplace_back([i, &results] { results[i] = work(i + 1); });
  for (auto& t : ts) t.join();
  for (int i = 0; i < 3; ++i) std::printf("thread %d -> %ld\n", i + 1, results[i]);
  std::sort(events.begin(), events.end());
  for (auto& e : events) std::printf("%s\n", e.c_str());
  std::printf("main %d %ld %s\n", simple_tls, counter, state.tag.c_str());
  return 0;
}
