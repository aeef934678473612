// emit/mapped_vector: a heap block while small, a mapping grown by mremap once big; contents survive both.
#include <doctest/doctest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <numeric>
#include <span>
#include <utility>
#include <vector>

#include "emit/mapped_vector.hpp"

using gasket::MappedVector;

namespace {

struct Wide {
  uint64_t a = 7;
  uint32_t b = 9;
  uint8_t c = 1;
};

/// Elements needed to pass the heap/mapping boundary `times` times over.
template <class T> size_t past_mapping(size_t times) { return times * MappedVector<T>::kMapBytes / sizeof(T) + 3; }

}  // namespace

TEST_CASE("mapped_vector: push_back and indexing keep every element through heap and mapped growth") {
  MappedVector<uint32_t> v;
  CHECK(v.empty());
  const size_t n = past_mapping<uint32_t>(5);
  for (size_t i = 0; i < n; ++i) v.push_back(static_cast<uint32_t>(i * 3));
  REQUIRE(v.size() == n);
  CHECK(v.capacity() >= n);
  bool all = true;
  for (size_t i = 0; i < n; ++i) all &= v[i] == static_cast<uint32_t>(i * 3);
  CHECK(all);
  CHECK(v.front() == 0);
  CHECK(v.back() == static_cast<uint32_t>((n - 1) * 3));
}

TEST_CASE("mapped_vector: emplace_back value-initializes from the default member initializers") {
  MappedVector<Wide> v;
  Wide& w = v.emplace_back();
  CHECK(w.a == 7);
  CHECK(w.b == 9);
  v.emplace_back(Wide{1, 2, 3});
  CHECK(v[1].b == 2);
  CHECK(&v.back() == v.data() + 1);
}

TEST_CASE("mapped_vector: a first heap buffer holds 256 bytes' worth, and at least four elements") {
  struct Big {
    uint8_t bytes[80];
  };
  MappedVector<Big> big;
  big.push_back(Big{});
  CHECK(big.capacity() == 4);
  MappedVector<uint32_t> small;
  small.push_back(1);
  CHECK(small.capacity() == 64);
}

TEST_CASE("mapped_vector: push_back of one of its own elements while growing") {
  MappedVector<Wide> v;
  v.push_back(Wide{42, 43, 44});
  for (size_t i = 0; i < past_mapping<Wide>(2); ++i) v.push_back(v[0]);
  bool all = true;
  for (const Wide& w : v) all &= w.a == 42 && w.b == 43 && w.c == 44;
  CHECK(all);
}

TEST_CASE("mapped_vector: append copies a run of bytes and a fill across the boundary") {
  MappedVector<uint8_t> v;
  const uint8_t bytes[5] = {1, 2, 3, 4, 5};
  v.append(bytes, 5);
  v.append(MappedVector<uint8_t>::kMapBytes, uint8_t{0xaa});
  v.append(bytes, 0);
  v.append(bytes + 3, 2);
  REQUIRE(v.size() == 7 + MappedVector<uint8_t>::kMapBytes);
  CHECK(v[0] == 1);
  CHECK(v[4] == 5);
  CHECK(v[5] == 0xaa);
  CHECK(v[4 + MappedVector<uint8_t>::kMapBytes] == 0xaa);
  CHECK(v[5 + MappedVector<uint8_t>::kMapBytes] == 4);
  CHECK(v.back() == 5);
}

TEST_CASE("mapped_vector: resize shrinks, then grows with fresh default elements") {
  MappedVector<Wide> v;
  for (int i = 0; i < 10; ++i) v.push_back(Wide{static_cast<uint64_t>(i), 0, 0});
  v.resize(4);
  CHECK(v.size() == 4);
  v.resize(6);
  CHECK(v[3].a == 3);
  CHECK(v[4].a == 7);
  CHECK(v[5].b == 9);
  v.clear();
  CHECK(v.empty());
}

TEST_CASE("mapped_vector: reserve makes room without elements; the buffer then does not move") {
  MappedVector<uint64_t> v;
  const size_t n = past_mapping<uint64_t>(3);
  v.reserve(n);
  CHECK(v.empty());
  CHECK(v.capacity() >= n);
  const uint64_t* before = v.data();
  for (size_t i = 0; i < n; ++i) v.push_back(i);
  CHECK(v.data() == before);
  CHECK(v[n - 1] == n - 1);
}

TEST_CASE("mapped_vector: a mapped buffer's pages are made present ahead of the writes, not all at once") {
  MappedVector<uint8_t> v;
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  v.reserve(64 * MappedVector<uint8_t>::kPopulateBytes);
  v.append(MappedVector<uint8_t>::kMapBytes + 1, uint8_t{1});
  const size_t pages = v.capacity() / page;
  std::vector<unsigned char> present(pages);
  REQUIRE(mincore(v.data(), pages * page, present.data()) == 0);
  const size_t ahead = (v.size() + page - 1) / page;  // the first page nothing has written to
  CHECK((present[ahead] & 1) != 0);
  CHECK((present[MappedVector<uint8_t>::kPopulateBytes / page - 1] & 1) != 0);
  CHECK((present[pages - 1] & 1) == 0);
  CHECK((present[12 * MappedVector<uint8_t>::kPopulateBytes / page] & 1) == 0);
}

TEST_CASE("mapped_vector: moving hands over the buffer, small or mapped") {
  for (size_t n : {size_t{3}, past_mapping<uint32_t>(1)}) {
    MappedVector<uint32_t> a;
    for (size_t i = 0; i < n; ++i) a.push_back(static_cast<uint32_t>(i));
    const uint32_t* p = a.data();
    MappedVector<uint32_t> b(std::move(a));
    CHECK(a.empty());
    CHECK(b.data() == p);
    MappedVector<uint32_t> c;
    c.push_back(99);
    c = std::move(b);
    CHECK(c.size() == n);
    CHECK(c[n - 1] == n - 1);
    c.push_back(5);
    CHECK(c.back() == 5);
  }
}

TEST_CASE("mapped_vector: a span and the standard algorithms see the elements") {
  MappedVector<uint32_t> v;
  for (uint32_t i = 1; i <= 4; ++i) v.push_back(i);
  std::span<const uint32_t> s = std::as_const(v);
  CHECK(s.size() == 4);
  CHECK(std::accumulate(v.begin(), v.end(), 0u) == 10);
}
