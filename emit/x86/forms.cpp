// The instruction table instantiated: every row of insn_table.def and insn_table_simd.def parsed at compile time, plus a
// compile-time open-addressing hash index from mnemonic to its contiguous run of forms.
#include "emit/x86/forms.hpp"

#include <array>
#include <cstdint>

namespace gasket::x86 {
namespace {

using table::Form;

#define X86_INSN(mnemonic, operands, encoding, flags)                                        \
  table::parse_form(#mnemonic, operands, encoding, [] {                                      \
    using namespace table::form_flags;                                                       \
    return uint16_t(flags);                                                                  \
  }()),
constexpr Form kForms[] = {
#include "emit/x86/insn_table.def"
#include "emit/x86/insn_table_simd.def"
};
#undef X86_INSN

struct MnemonicRun {
  std::string_view name;
  uint16_t first = 0;
  uint16_t count = 0;
};

constexpr uint32_t name_hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ uint8_t(c)) * 16777619u;
  return h;
}

constexpr size_t kIndexSize = 4096;

constexpr size_t count_runs() {
  size_t n = 0;
  for (size_t i = 0; i < std::size(kForms); ++i) n += i == 0 || kForms[i].mnemonic != kForms[i - 1].mnemonic;
  return n;
}

constexpr auto kRuns = [] {
  std::array<MnemonicRun, count_runs()> runs{};
  size_t n = 0;
  std::array<uint16_t, kIndexSize> seen{};
  seen.fill(UINT16_MAX);
  for (size_t i = 0; i < std::size(kForms); ++i) {
    if (i > 0 && kForms[i].mnemonic == kForms[i - 1].mnemonic) {
      ++runs[n - 1].count;
      continue;
    }
    // Each run's name goes into an open-addressing set, so a second run of one mnemonic is found in O(1).
    size_t slot = name_hash(kForms[i].mnemonic) & (kIndexSize - 1);
    for (; seen[slot] != UINT16_MAX; slot = (slot + 1) & (kIndexSize - 1))
      if (runs[seen[slot]].name == kForms[i].mnemonic) throw "rows of one mnemonic must be contiguous in insn_table.def";
    seen[slot] = uint16_t(n);
    runs[n++] = MnemonicRun{kForms[i].mnemonic, uint16_t(i), 1};
  }
  return runs;
}();

static_assert(kRuns.size() * 2 < kIndexSize, "grow the mnemonic index");

constexpr auto kIndex = [] {
  std::array<uint16_t, kIndexSize> index{};
  index.fill(UINT16_MAX);
  for (size_t i = 0; i < kRuns.size(); ++i) {
    size_t slot = name_hash(kRuns[i].name) & (kIndexSize - 1);
    while (index[slot] != UINT16_MAX) slot = (slot + 1) & (kIndexSize - 1);
    index[slot] = uint16_t(i);
  }
  return index;
}();

}  // namespace

std::span<const Form> forms_for(std::string_view mnemonic) {
  for (size_t slot = name_hash(mnemonic) & (kIndexSize - 1);; slot = (slot + 1) & (kIndexSize - 1)) {
    uint16_t i = kIndex[slot];
    if (i == UINT16_MAX) return {};
    if (kRuns[i].name == mnemonic) return {kForms + kRuns[i].first, kRuns[i].count};
  }
}

}  // namespace gasket::x86
