// Inline functions and variables, template static members and vtables emitted in COMDAT groups (.text._Z..., .group).
#include <cstdio>

inline int inline_counter = 0;

inline int bump(int k) {
  inline_counter += k;
  return inline_counter;
}

template <typename T>
struct Registry {
  static inline int instances = 0;
  static T last;
  Registry() { ++instances; }
  virtual ~Registry() = default;
  virtual T get() const { return last; }
};
template <typename T>
T Registry<T>::last = T(3);

struct IntReg : Registry<int> {
  int get() const override { return Registry<int>::get() * 2; }
};

template <typename T>
__attribute__((noinline)) T twice(T x) { return x + x; }

int main() {
  IntReg a, b;
  Registry<double> c;
  Registry<int>* p = &a;
  std::printf("%d %d %d %.1f\n", bump(3), bump(4), p->get(), c.get());
  std::printf("instances %d %d twice %d %.2f %ld\n", Registry<int>::instances, Registry<double>::instances, twice(21),
              twice(1.25), twice(7L));
  (void)b;
  return 0;
}
