// Register names, as gas spells them in AT&T syntax (without the `%`).
//
// The table is a constexpr array hashed at compile time into an open-addressing index, so a lookup is one
// FNV-1a hash and a probe or two, with no allocation. Like gas, names are case-insensitive (%EAX). gas has no `r8l` spelling (only r8b), and it rejects
// %riz/%eiz unless run with -mindex-reg: the encoder still accepts them, the frontend decides.
#include <array>
#include <cstdint>
#include <string_view>

#include "emit/x86/insn.hpp"

namespace gasket::x86 {
namespace {

struct RegName {
  std::string_view name;
  Reg reg;
};

constexpr auto make_register_names() {
  std::array<RegName, 175> out{};
  size_t n = 0;
  auto put = [&](std::string_view name, RegClass cls, int num) { out[n++] = RegName{name, Reg{cls, uint8_t(num)}}; };
  constexpr std::string_view gpr8[] = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b",
                                       "r11b", "r12b", "r13b", "r14b", "r15b"};
  constexpr std::string_view gpr16[] = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w",
                                        "r11w", "r12w", "r13w", "r14w", "r15w"};
  constexpr std::string_view gpr32[] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d",
                                        "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
  constexpr std::string_view gpr64[] = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9",
                                        "r10", "r11", "r12", "r13", "r14", "r15"};
  constexpr std::string_view high8[] = {"ah", "ch", "dh", "bh"};
  constexpr std::string_view seg[] = {"es", "cs", "ss", "ds", "fs", "gs"};
  constexpr std::string_view cr[] = {"cr0", "cr1", "cr2", "cr3", "cr4", "cr5", "cr6", "cr7", "cr8", "cr9",
                                     "cr10", "cr11", "cr12", "cr13", "cr14", "cr15"};
  constexpr std::string_view dr[] = {"db0", "db1", "db2", "db3", "db4", "db5", "db6", "db7", "db8", "db9",
                                     "db10", "db11", "db12", "db13", "db14", "db15"};
  constexpr std::string_view dr2[] = {"dr0", "dr1", "dr2", "dr3", "dr4", "dr5", "dr6", "dr7", "dr8", "dr9",
                                      "dr10", "dr11", "dr12", "dr13", "dr14", "dr15"};
  constexpr std::string_view st[] = {"st(0)", "st(1)", "st(2)", "st(3)", "st(4)", "st(5)", "st(6)", "st(7)"};
  constexpr std::string_view mm[] = {"mm0", "mm1", "mm2", "mm3", "mm4", "mm5", "mm6", "mm7"};
  constexpr std::string_view xmm[] = {"xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                                      "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15"};
  constexpr std::string_view ymm[] = {"ymm0", "ymm1", "ymm2", "ymm3", "ymm4", "ymm5", "ymm6", "ymm7", "ymm8",
                                      "ymm9", "ymm10", "ymm11", "ymm12", "ymm13", "ymm14", "ymm15"};
  for (int i = 0; i < 16; ++i) {
    put(gpr8[i], RegClass::Gpr8, i);
    put(gpr16[i], RegClass::Gpr16, i);
    put(gpr32[i], RegClass::Gpr32, i);
    put(gpr64[i], RegClass::Gpr64, i);
    put(dr2[i], RegClass::Dr, i);
    put(dr[i], RegClass::Dr, i);
    put(cr[i], RegClass::Cr, i);
    put(xmm[i], RegClass::Xmm, i);
    put(ymm[i], RegClass::Ymm, i);
  }
  for (int i = 0; i < 4; ++i) put(high8[i], RegClass::Gpr8High, i + 4);
  for (int i = 0; i < 6; ++i) put(seg[i], RegClass::Seg, i);
  for (int i = 0; i < 8; ++i) put(st[i], RegClass::St, i);
  for (int i = 0; i < 8; ++i) put(mm[i], RegClass::Mmx, i);
  put("st", RegClass::St, 0);
  put("rip", RegClass::Rip, 0);
  put("eip", RegClass::Rip, 1);
  put("riz", RegClass::Iz, 0);
  put("eiz", RegClass::Iz, 1);
  if (n != out.size()) throw "register table size";
  return out;
}

constexpr auto kRegisterNames = make_register_names();

constexpr uint32_t name_hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ uint8_t(c)) * 16777619u;
  return h;
}

constexpr size_t kIndexSize = 512;

constexpr auto make_register_index() {
  std::array<uint8_t, kIndexSize> index{};
  index.fill(0xff);
  for (size_t i = 0; i < kRegisterNames.size(); ++i) {
    size_t slot = name_hash(kRegisterNames[i].name) & (kIndexSize - 1);
    while (index[slot] != 0xff) slot = (slot + 1) & (kIndexSize - 1);
    index[slot] = uint8_t(i);
  }
  return index;
}

constexpr auto kRegisterIndex = make_register_index();

}  // namespace

Reg register_by_name(std::string_view spelled) {
  if (spelled.empty() || spelled.size() > 5) return Reg{};
  std::array<char, 5> lower{};
  for (size_t i = 0; i < spelled.size(); ++i)
    lower[i] = spelled[i] >= 'A' && spelled[i] <= 'Z' ? char(spelled[i] - 'A' + 'a') : spelled[i];
  std::string_view name(lower.data(), spelled.size());
  for (size_t slot = name_hash(name) & (kIndexSize - 1);; slot = (slot + 1) & (kIndexSize - 1)) {
    uint8_t i = kRegisterIndex[slot];
    if (i == 0xff) return Reg{};
    if (kRegisterNames[i].name == name) return kRegisterNames[i].reg;
  }
}

std::string_view register_name(Reg r) {
  for (const RegName& n : kRegisterNames)
    if (n.reg == r) return n.name;
  return "?";
}

int gas_register_number(std::string_view spelled) {
  const Reg r = register_by_name(spelled);
  const int n = r.num;
  switch (r.cls) {
    case RegClass::Gpr8: return n < 4 ? n : n + 8;  // spl..dil and r8b.. follow ah..bh (4-7) and 8-11
    case RegClass::Gpr8High: return n;
    case RegClass::Gpr16: return 0x18 + n;
    case RegClass::Gpr32: return 0x28 + n;
    case RegClass::Gpr64: return 0x38 + n;
    case RegClass::Seg: return 0x50 + n;
    case RegClass::Cr: return 0x57 + n;
    case RegClass::Dr: return ((spelled[1] | 0x20) == 'b' ? 0x67 : 0x77) + n;  // %db0-15 precede %dr0-15
    case RegClass::Mmx: return 0x8f + n;
    case RegClass::Xmm: return 0x97 + n;
    case RegClass::Ymm: return 0xb7 + n;
    case RegClass::Rip: return 0x103 + n;
    case RegClass::St: return 0x107 + n;
    default: return -1;
  }
}

}  // namespace gasket::x86
