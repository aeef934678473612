// emit/layout: relaxation, alignment, `.org` and forward `.skip`, checked as section bytes after layout,
// resolve_fixups and materialize. Expected bytes are GNU as 2.40's section contents for the same text, written
// run-length style: `90*127` is 127 bytes of 0x90 (runs of 8 or more are shortened).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "emit/layout.hpp"
#include "tests/unit/unit_support.hpp"

using namespace gasket;
using gasket::test::Driver;

namespace {

std::string rle_hex(const std::vector<uint8_t>& b) {
  std::string out;
  bool plain_open = false;
  for (size_t i = 0; i < b.size();) {
    size_t j = i;
    while (j < b.size() && b[j] == b[i]) ++j;
    if (j - i >= 8) {
      out += fmt::format("{}{:02x}*{}", out.empty() ? "" : " ", b[i], j - i);
      plain_open = false;
      i = j;
    } else {
      if (!plain_open && !out.empty()) out += ' ';
      out += fmt::format("{:02x}", b[i]);
      plain_open = true;
      ++i;
    }
  }
  return out;
}

/// Assembles `text`, lays it out and returns `section`'s final bytes in rle_hex form: materialize() gives the
/// fragments and tails, and resolved fixups are stored in the field as the ELF writer does.
std::string laid_out(const std::string& text, const char* section = ".text") {
  Driver d;
  d.run(text);
  CHECK(d.messages.empty());
  layout(d.as);
  resolve_fixups(d.as);
  const Section& s = d.as.section(d.section(section));
  std::vector<uint8_t> bytes(s.size);
  materialize(d.as, s, bytes.data());
  for (const Fixup& fx : s.fixups) {
    if (!fx.done) continue;
    uint64_t at = s.frags[fx.frag].address + fx.where;
    for (unsigned b = 0; b < fx.size; ++b) bytes[at + b] = static_cast<uint8_t>(static_cast<uint64_t>(fx.patch) >> (8 * b));
  }
  return rle_hex(bytes);
}

struct Row {
  const char* text;
  const char* expected;
};

void check_rows(std::initializer_list<Row> rows, const char* section = ".text") {
  for (const Row& r : rows) {
    std::string text = r.text;
    CAPTURE(text);
    CHECK(laid_out(text, section) == std::string(r.expected));
  }
}

}  // namespace

TEST_CASE("layout: rle_hex, the notation of the expectations") {
  CHECK(rle_hex({0xeb, 0x7f}) == "eb7f");
  CHECK(rle_hex(std::vector<uint8_t>(8, 0x90)) == "90*8");
  CHECK(rle_hex({1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3}) == "0102 00*9 03");
}

TEST_CASE("layout: forward jumps relax at the 127/128 boundary") {
  check_rows({
      {"jmp 1f\n.fill 127,1,0x90\n1:\n", "eb7f 90*127"},
      {"jmp 1f\n.fill 128,1,0x90\n1:\n", "e980000000 90*128"},
      {"jne 1f\n.fill 127,1,0x90\n1:\n", "757f 90*127"},
      {"jne 1f\n.fill 128,1,0x90\n1:\n", "0f8580000000 90*128"},
  });
}

TEST_CASE("layout: backward jumps reach -128 short") {
  check_rows({
      {"1: .fill 126,1,0x90\njmp 1b\n", "90*126 eb80"},
      {"1: .fill 127,1,0x90\njmp 1b\n", "90*127 e97cffffff"},
      {"1: .fill 126,1,0x90\nje 1b\n", "90*126 7480"},
      {"1: .fill 127,1,0x90\nje 1b\n", "90*127 0f847bffffff"},
  });
}

TEST_CASE("layout: a jump that grows pushes an earlier one over the limit") {
  check_rows({
      // jmp 2f must be near; with it 5 bytes, 1f is 123+5 = 128 away: near too.
      {"jmp 1f\njmp 2f\n.fill 123,1,0x90\n1: .fill 128,1,0x90\n2:\n", "e980000000e9fb000000 90*251"},
      // one byte less and 1f is exactly 127 away.
      {"jmp 1f\njmp 2f\n.fill 122,1,0x90\n1: .fill 128,1,0x90\n2:\n", "eb7fe9fa000000 90*250"},
      // a jcc just short because the jump after it stays short.
      {"jl 1f\n.fill 0x7d,1,0x90\njmp 1f\n1:\n", "7c7f 90*125 eb00"},
  });
}

TEST_CASE("layout: jumps to other sections and undefined symbols are near with a relocation") {
  check_rows({
      {"jmp x\n.data\nx:\n", "e900000000"},
      {"jmp ext\n", "e900000000"},
      // a global defined in the same section still relaxes (gas 2.40)
      {".globl g\njmp g\ng: ret\n", "eb00c3"},
  });
}

TEST_CASE("layout: jrcxz has only the short form") {
  check_rows({
      {"jrcxz 1f\n.fill 10,1,0x90\n1:\n", "e30a 90*10"},
  });
}

TEST_CASE("layout: code alignment pads with gas's NOPs, honouring max-skip") {
  check_rows({
      {"nop\n.p2align 4\nret\n", "9066662e0f1f8400000000000f1f4000c3"},
      {"nop\n.p2align 4,,3\nret\n", "90c3"},
      {"nop\n.p2align 4,,15\nret\n", "9066662e0f1f8400000000000f1f4000c3"},
      {"jmp 1f\n.fill 120,1,0x90\n.p2align 3\n1:\n", "eb7e 90*120 660f1f440000"},
      {"jmp 1f\n.fill 121,1,0x90\n.p2align 3\n1:\n", "eb7e 90*121 0f1f440000"},
  });
}

TEST_CASE("layout: data alignment pads with zeros or the fill byte") {
  check_rows(
      {
          {".data\n.byte 1\n.p2align 3\n.byte 2\n", "010000000000000002"},
          {".data\n.byte 1\n.balign 8,0xaa\n.byte 2\n", "01aaaaaaaaaaaaaa02"},
      },
      ".data");
}

TEST_CASE("layout: .org and forward .skip") {
  check_rows({
      {".byte 1,2,3\n.org 0x10\nret\n", "010203 00*13 c3"},
      {".byte 1,2,3\n.org 0x10,0xcc\nret\n", "010203 cc*13 c3"},
      // an .org after a forward jump: gas cannot keep the jump short across it
      {"jmp 1f\n.org 0x90\n1:\n", "e98b 00*142"},
      {".skip 1f-0f,0xab\n0: .byte 1,2\n1:\n", "abab0102"},
  });
}
