// emit/cfi and directives/cfi: call-frame operations, CIE sharing and whole frame sections, row by row.
//
// Expected bytes come from GNU as 2.40 (`as --64 x.s; readelf -x .eh_frame / -wf`), e.g. `.cfi_offset 70, -16`
// is 05 46 02 (DW_CFA_offset_extended) and `.cfi_def_cfa %rbp, -16` is 12 06 02 (DW_CFA_def_cfa_sf).
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "directives/cfi.hpp"
#include "emit/cfi.hpp"
#include "unit_support.hpp"

using namespace gasket;

namespace {

std::string hex(const std::vector<uint8_t>& b) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (uint8_t c : b) {
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return out;
}

CfiInsn insn(CfiOp op, uint32_t reg = 0, int64_t offset = 0, uint32_t reg2 = 0) {
  CfiInsn i;
  i.op = op;
  i.reg = reg;
  i.offset = offset;
  i.reg2 = reg2;
  return i;
}

/// Assembles `text`, builds the frame sections and returns the laid-out bytes of `name` (fixups that
/// resolved to constants applied; relocated fields stay zero).
std::string frame_bytes(std::string_view text, std::string_view name) {
  test::Driver d;
  d.run(text);
  directives::cfi_finish(d.st);
  layout(d.as);
  resolve_fixups(d.as);
  REQUIRE_MESSAGE(d.diag.error_count() == 0, d.messages);
  const Section& s = d.as.section(d.section(name));
  std::vector<uint8_t> out(s.size);
  materialize(d.as, s, out.data());
  for (const Fixup& fx : s.fixups) {
    if (!fx.done) continue;
    uint64_t at = s.frags[fx.frag].address + fx.where;
    for (unsigned b = 0; b < fx.size; ++b) out[at + b] = static_cast<uint8_t>(static_cast<uint64_t>(fx.patch) >> (8 * b));
  }
  return hex(out);
}

}  // namespace

TEST_CASE("cfi: register-rule operations encode as gas writes them (data alignment -8)") {
  struct Row {
    CfiInsn in;
    const char* bytes;
  };
  const Row rows[] = {
      {insn(CfiOp::DefCfa, 7, 8), "0c0708"},
      {insn(CfiOp::DefCfa, 6, -16), "120602"},
      {insn(CfiOp::DefCfa, 70, 300), "0c46ac02"},
      {insn(CfiOp::DefCfaOffset, 0, 16), "0e10"},
      {insn(CfiOp::DefCfaOffset, 0, 1000), "0ee807"},
      {insn(CfiOp::DefCfaOffset, 0, -32), "1304"},
      {insn(CfiOp::DefCfaRegister, 6), "0d06"},
      {insn(CfiOp::DefCfaRegister, 100), "0d64"},
      {insn(CfiOp::Offset, 16, -8), "9001"},
      {insn(CfiOp::Offset, 3, -24), "8303"},
      {insn(CfiOp::Offset, 12, 16), "110c7e"},
      {insn(CfiOp::Offset, 70, -16), "054602"},
      {insn(CfiOp::Offset, 70, 16), "11467e"},
      {insn(CfiOp::ValOffset, 3, -8), "140301"},
      {insn(CfiOp::ValOffset, 3, 8), "15037f"},
      {insn(CfiOp::Register, 3, 0, 4), "090304"},
      {insn(CfiOp::Restore, 3), "c3"},
      {insn(CfiOp::Restore, 63), "ff"},
      {insn(CfiOp::Restore, 70), "0646"},
      {insn(CfiOp::Undefined, 3), "0703"},
      {insn(CfiOp::SameValue, 15), "080f"},
      {insn(CfiOp::RememberState), "0a"},
      {insn(CfiOp::RestoreState), "0b"},
      {insn(CfiOp::WindowSave), "2d"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.bytes);
    std::vector<uint8_t> out;
    encode_cfi_insn(r.in, out);
    CHECK(hex(out) == r.bytes);
  }
}

TEST_CASE("cfi: advances pick DW_CFA_advance_loc/1/2/4 by size, and nothing for zero") {
  struct Row {
    uint64_t delta;
    const char* bytes;
  };
  const Row rows[] = {{0, ""},          {1, "41"},           {0x3f, "7f"},           {0x40, "0240"},
                      {0xff, "02ff"},   {0x100, "030001"},   {0xffff, "03ffff"},     {0x10000, "0400000100"},
                      {100000, "04a0860100"}};
  for (const Row& r : rows) {
    CAPTURE(r.delta);
    std::vector<uint8_t> out;
    encode_advance(r.delta, out);
    CHECK(hex(out) == r.bytes);
    CHECK(out.size() == encoded_size(ValueEncoding::CfaAdvance, static_cast<int64_t>(r.delta), 0));
  }
}

TEST_CASE("cfi: CIE augmentation strings") {
  struct Row {
    bool eh;
    uint8_t per, lsda;
    bool signal;
    const char* aug;
  };
  const Row rows[] = {
      {true, 0xff, 0xff, false, "zR"},  {true, 0x9b, 0x1b, false, "zPLR"}, {true, 0x9b, 0xff, false, "zPR"},
      {true, 0xff, 0x1b, false, "zLR"}, {true, 0xff, 0xff, true, "zRS"},   {true, 0x3, 0x3, true, "zPLRS"},
      {false, 0xff, 0xff, false, ""},   {false, 0xff, 0xff, true, "S"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.aug);
    char buf[8];
    CHECK(cie_augmentation(r.eh, r.per, r.lsda, r.signal, buf) == r.aug);
  }
}

TEST_CASE("cfi: pointer sizes of the DW_EH_PE encodings") {
  CHECK(eh_pointer_size(0xff) == 0);
  CHECK(eh_pointer_size(0x00) == 8);
  CHECK(eh_pointer_size(0x02) == 2);
  CHECK(eh_pointer_size(0x03) == 4);
  CHECK(eh_pointer_size(0x1b) == 4);
  CHECK(eh_pointer_size(0x9b) == 4);
  CHECK(eh_pointer_size(0x0c) == 8);
  CHECK(eh_pointer_size(0x10) == 8);
}

TEST_CASE("cfi: the CIE takes the FDE's leading register rules, up to the first advance-like operation") {
  const CfiInsn cfa = insn(CfiOp::DefCfa, 7, 8), ra = insn(CfiOp::Offset, 16, -8);
  const CfiInsn off16 = insn(CfiOp::DefCfaOffset, 0, 16), adv = insn(CfiOp::AdvanceLoc);
  SUBCASE("stops at an advance") { CHECK(cie_prefix_length({cfa, ra, adv, off16}) == 2); }
  SUBCASE("takes every register rule before it") { CHECK(cie_prefix_length({cfa, ra, off16, adv}) == 3); }
  SUBCASE("remember_state, escape, label, window_save and val_encoded_addr stop it") {
    for (CfiOp op : {CfiOp::RememberState, CfiOp::RestoreState, CfiOp::Escape, CfiOp::Label, CfiOp::WindowSave,
                     CfiOp::ValEncodedAddr}) {
      CAPTURE(static_cast<int>(op));
      CHECK(cie_prefix_length({cfa, insn(op), ra}) == 1);
    }
  }
  SUBCASE("an FDE shares a CIE whose operations are a prefix of its own") {
    CHECK(cie_prefix_matches({cfa, ra}, {cfa, ra}));
    CHECK(cie_prefix_matches({cfa, ra}, {cfa, ra, off16, adv}));
    CHECK(cie_prefix_matches({cfa, ra}, {cfa, ra, adv}));
    CHECK_FALSE(cie_prefix_matches({cfa, ra, off16}, {cfa, ra}));
    CHECK_FALSE(cie_prefix_matches({cfa, ra, off16}, {cfa, ra, adv, off16}));
    CHECK_FALSE(cie_prefix_matches({cfa, ra}, {cfa, insn(CfiOp::Offset, 16, -16)}));
    CHECK_FALSE(cie_prefix_matches({cfa}, {insn(CfiOp::DefCfa, 6, 8)}));
  }
}

TEST_CASE("cfi: DWARF register numbers of x86-64 register names") {
  struct Row {
    const char* name;
    int num;
  };
  const Row rows[] = {{"rax", 0},     {"rdx", 1},     {"rcx", 2},      {"rbx", 3},     {"rsi", 4},    {"rdi", 5},
                      {"rbp", 6},     {"rsp", 7},     {"r8", 8},       {"r15", 15},    {"rip", 16},   {"xmm0", 17},
                      {"xmm15", 32},  {"xmm16", 67},  {"xmm31", 82},   {"st", 33},     {"st7", 40},   {"mm0", 41},
                      {"mm7", 48},    {"rflags", 49}, {"eflags", 49},  {"es", 50},     {"gs", 55},    {"fs.base", 58},
                      {"gs.base", 59}, {"tr", 62},    {"ldtr", 63},    {"mxcsr", 64},  {"fcw", 65},   {"fsw", 66},
                      {"k0", 118},    {"k7", 125},    {"RBP", 6},      {"Xmm3", 20},   {"eax", -1},   {"r16", -1},
                      {"xmm32", -1},  {"st8", -1},    {"ymm0", -1},    {"r08", -1},    {"flags", -1}};
  for (const Row& r : rows) {
    CAPTURE(r.name);
    CHECK(directives::dwarf_register(r.name) == r.num);
  }
}

TEST_CASE("cfi: a whole .eh_frame: one shared CIE, FDE padding to 4 and the last FDE to 8") {
  const char* text =
      "f1: .cfi_startproc\n nop\n .cfi_endproc\n"
      "f2: .cfi_startproc\n .cfi_def_cfa_offset 16\n nop\n .cfi_endproc\n"
      "f3: .cfi_startproc\n .cfi_def_cfa_offset 16\n push %rbp\n .cfi_offset %rbp, -16\n nop\n .cfi_endproc\n"
      "f4: .cfi_startproc\n .cfi_def_cfa_offset 16\n .cfi_remember_state\n nop\n .cfi_restore_state\n"
      " .cfi_endproc\n";
  CHECK(frame_bytes(text, ".eh_frame") ==
        "1400000000000000017a5200017810011b0c070890010000"  // CIE "zR", def_cfa rsp+8, rip at cfa-8, 2 nops
        "100000001c000000000000000100000000000000"          // FDE f1, pc_begin left to the relocation
        "10000000300000000000000001000000000e1000"          // f2: def_cfa_offset 16 in the FDE
        "14000000440000000000000002000000000e104186020000"  // f3: advance 1, offset rbp
        "140000005c0000000000000001000000000e100a410b0000"); // f4: last FDE padded to 8
}

TEST_CASE("cfi: .debug_frame has CIE id -1, no augmentation, 8-byte addresses and 8-byte padding") {
  const char* text =
      " .cfi_sections .debug_frame\n"
      "f1: .cfi_startproc\n .cfi_personality 0x9b, pers\n pushq %rbp\n .cfi_def_cfa_offset 16\n"
      " .cfi_offset %rbp, -16\n ret\n .cfi_endproc\n"
      "f2: .cfi_startproc\n ret\n .cfi_endproc\n";
  CHECK(frame_bytes(text, ".debug_frame") ==
        "14000000ffffffff0100017810" "0c07089001000000000000"
        "1c000000000000000000000000000000" "0200000000000000" "410e108602000000"
        "1400000000000000" "0000000000000000" "0100000000000000");
}
