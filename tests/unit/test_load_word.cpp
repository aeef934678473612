#include <doctest/doctest.h>
#include <cstdint>
#include <cstring>

#include "emit/load_word.hpp"
#include "tests/unit/guard_page.hpp"

using gasket::load_le;

TEST_CASE("load_le: the first n bytes, little-endian, the rest zero") {
  const char text[] = ".uleb128 0x5";
  CHECK(load_le(text, 0) == 0);
  CHECK(load_le(text, 1) == uint64_t{'.'});
  CHECK(load_le(text, 2) == (uint64_t{'u'} << 8 | '.'));
  uint64_t all;
  std::memcpy(&all, text, 8);
  CHECK(load_le(text, 8) == all);
  CHECK(load_le(text, 12) == all);
}

TEST_CASE("load_le: bytes at the very end of a page before an unreadable one") {
  gasket::test::GuardPage guard;
  REQUIRE(guard.ok());
  char* at = guard.end() - 3;
  std::memcpy(at, "abc", 3);
  CHECK(load_le(at, 3) == (uint64_t{'c'} << 16 | uint64_t{'b'} << 8 | 'a'));
  CHECK(load_le(at + 1, 2) == (uint64_t{'c'} << 8 | 'b'));
  CHECK(load_le(at + 2, 1) == uint64_t{'c'});
  at = guard.end() - 8;
  std::memcpy(at, "01234567", 8);
  CHECK(load_le(at, 5) == load_le("01234", 5));
}
