// Smart pointers and move semantics: unique_ptr, shared_ptr/weak_ptr (atomic refcounts), custom deleters.
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

static int live;

struct Node {
  int v;
  std::shared_ptr<Node> next;
  std::weak_ptr<Node> prev;
  explicit Node(int x) : v(x) { ++live; }
  ~Node() { --live; }
};

struct Buffer {
  std::unique_ptr<int[]> data;
  std::size_t n;
  explicit Buffer(std::size_t k) : data(new int[k]), n(k) {
    for (std::size_t i = 0; i < n; ++i) data[i] = static_cast<int>(i);
  }
  Buffer(Buffer&&) noexcept = default;
  Buffer& operator=(Buffer&&) noexcept = default;
};

int main() {
  {
    auto head = std::make_shared<Node>(1);
    auto cur = head;
    for (int i = 2; i <= 5; ++i) {
      cur->next = std::make_shared<Node>(i);
      cur->next->prev = cur;
      cur = cur->next;
    }
    int s = 0;
    for (auto p = head; p; p = p->next) s += p->v;
    std::printf("sum %d live %d use %ld back %d\n", s, live, head.use_count(), cur->prev.lock()->v);
  }
  std::printf("live after %d\n", live);
  std::vector<Buffer> bufs;
  for (int i = 1; i <= 3; ++i) bufs.push_back(Buffer(static_cast<std::size_t>(i * 4)));
  Buffer moved = std::move(bufs[2]);
  std::printf("moved n %zu last %d empty %d\n", moved.n, moved.data[moved.n - 1], bufs[2].data == nullptr);
  int closed = 0;
  {
    std::unique_ptr<int, void (*)(int*)> p(new int(7), [](int* q) { delete q; });
    closed = *p;
  }
  std::printf("deleter %d\n", closed);
  return 0;
}
