// emit/dwarf_line: the line-program advance gas writes for a (line delta, address delta) pair.
//
// gas 2.40 on x86-64 uses line_base -5, line_range 14, opcode_base 13 and a minimum instruction length of 1, so
// special opcode = (line_delta + 5) + 14 * addr_delta + 13 when that is at most 255; DW_LNS_const_add_pc (an
// advance of 17) followed by a special opcode when that fits; otherwise DW_LNS_advance_pc. Line deltas outside
// -5..8 take DW_LNS_advance_line first, and a row that advances nothing is DW_LNS_copy. The end of a sequence
// advances with const_add_pc (exactly 17) or advance_pc and never with a special opcode. Each row below was
// checked against the .debug_line of `as --64` 2.40 for .loc rows at those distances (tests/golden/dwarf_*).
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "emit/dwarf_line.hpp"

namespace {

struct Row {
  int64_t line_delta;
  uint64_t addr_delta;
  std::vector<uint8_t> bytes;
};

std::vector<uint8_t> encode(int64_t line_delta, uint64_t addr_delta) {
  std::vector<uint8_t> out(gasket::line_advance_size(line_delta, addr_delta), 0xee);
  gasket::write_line_advance(line_delta, addr_delta, out.data());
  return out;
}

}  // namespace

TEST_CASE("dwarf line: opcode selection for a row") {
  const Row rows[] = {
      {0, 0, {0x01}},                           // DW_LNS_copy
      {1, 0, {0x13}},                           // special, address +0
      {-5, 0, {0x0d}},                          // lowest special line delta
      {8, 0, {0x1a}},                           // highest special line delta
      {9, 0, {0x03, 0x09, 0x01}},               // advance_line 9, copy
      {-6, 0, {0x03, 0x7a, 0x01}},              // advance_line -6, copy
      {1, 1, {0x21}},                           // special, address +1
      {1, 16, {0xf3}},                          // largest special address for line +1
      {-5, 17, {0xfb}},                         // line -5 still fits a special at address +17
      {1, 17, {0x08, 0x13}},                    // const_add_pc, special +0
      {0, 17, {0x08, 0x12}},                    // const_add_pc, special line +0
      {1, 33, {0x08, 0xf3}},                    // const_add_pc, special +16
      {1, 34, {0x02, 0x22, 0x13}},              // advance_pc 34, special line +1
      {1, 300, {0x02, 0xac, 0x02, 0x13}},       // advance_pc (2-byte ULEB)
      {100, 5, {0x03, 0xe4, 0x00, 0x58}},       // advance_line 100, special address +5
      {-100, 0, {0x03, 0x9c, 0x7f, 0x01}},      // advance_line -100, copy
      {100, 300, {0x03, 0xe4, 0x00, 0x02, 0xac, 0x02, 0x01}},  // both advances, then copy
      {4999, 20000, {0x03, 0x87, 0x27, 0x02, 0xa0, 0x9c, 0x01, 0x01}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.line_delta);
    CAPTURE(r.addr_delta);
    CHECK(encode(r.line_delta, r.addr_delta) == r.bytes);
  }
}

TEST_CASE("dwarf line: end of sequence") {
  const Row rows[] = {
      {gasket::kLineEndSequence, 0, {0x00, 0x01, 0x01}},
      {gasket::kLineEndSequence, 1, {0x02, 0x01, 0x00, 0x01, 0x01}},
      {gasket::kLineEndSequence, 17, {0x08, 0x00, 0x01, 0x01}},
      {gasket::kLineEndSequence, 18, {0x02, 0x12, 0x00, 0x01, 0x01}},
      {gasket::kLineEndSequence, 200, {0x02, 0xc8, 0x01, 0x00, 0x01, 0x01}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.addr_delta);
    CHECK(encode(r.line_delta, r.addr_delta) == r.bytes);
  }
}

TEST_CASE("dwarf line: the size matches the bytes written for every delta") {
  for (int64_t line = -300; line <= 300; line += 7)
    for (uint64_t addr : {0ull, 1ull, 16ull, 17ull, 18ull, 33ull, 34ull, 127ull, 128ull, 273ull, 274ull, 16384ull}) {
      CAPTURE(line);
      CAPTURE(addr);
      std::vector<uint8_t> out = encode(line, addr);
      CHECK(out.back() != 0xee);
    }
}

TEST_CASE("dwarf line: DwarfLine fragments size and write through the Encoded table") {
  CHECK(gasket::encoded_size(gasket::ValueEncoding::DwarfLine, 34, 1) == 3);
  uint8_t buf[8] = {};
  gasket::encode_value(gasket::ValueEncoding::DwarfLine, 17, gasket::kLineEndSequence, buf);
  CHECK(buf[0] == 0x08);
  CHECK(buf[3] == 0x01);
}
