// emit/frchain: where gas 2.40 closes a frag for want of obstack room. The counts below are what `as --64`
// shows through `view -0` rows (see tests/golden/dwarf_view_reset_frag_ends.s).
#include <doctest/doctest.h>

#include "emit/frchain.hpp"

using gasket::FrchainModel;

TEST_CASE("frchain: the first frag holds 3888 bytes of frag_more") {
  FrchainModel m;
  CHECK_FALSE(m.more(3883));
  CHECK_FALSE(m.more(5));
  CHECK(m.more(1));
  FrchainModel n;
  CHECK_FALSE(n.more(3883));
  CHECK(n.grow(6));  // a relaxable jump's room
}

TEST_CASE("frchain: FRAG_APPEND_1_CHAR leaves the chunk's last byte unused") {
  FrchainModel m;
  CHECK_FALSE(m.more(3886));
  CHECK_FALSE(m.append_1_char());
  CHECK(m.append_1_char());
  CHECK(m.roomy(3886));
  CHECK_FALSE(m.roomy(3887));
}

TEST_CASE("frchain: frag_var takes its room, then the next frag header goes into the same chunk") {
  FrchainModel m;
  CHECK_FALSE(m.append_1_char());
  CHECK_FALSE(m.var(15));  // .p2align 4 in code: the next header starts at 192, its bytes at 352
  CHECK(m.roomy(4064 - 352 - 1));
  CHECK_FALSE(m.roomy(4064 - 352));
}

TEST_CASE("frchain: a request larger than a chunk gets a chunk of twice its size and a frag header") {
  FrchainModel m;
  CHECK(m.more(10000));  // `.incbin` of 10000 bytes: 9984 bytes left in a chunk of 20160
  CHECK(m.roomy(9983));
  CHECK_FALSE(m.roomy(9984));
}
