// What the `.cfi_*` directives keep between statements.
//
// gas keeps an open FDE per frag chain, that is per (section, subsection): gcc's hot/cold splitting opens a
// second FDE in .text.unlikely while the one in .text is still open. Each open FDE remembers the place of its
// last operation (an advance is recorded when the next one is elsewhere) and the CFA offset that
// `.cfi_adjust_cfa_offset` and `.cfi_rel_offset` are relative to.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "emit/cfi.hpp"

namespace gasket::directives {

/// The CFI state of one (section, subsection) with an open FDE.
struct OpenFde {
  uint32_t fde = 0;                  ///< index in CfiFrames::fdes
  SymbolId last_address = kNoSymbol;
  int64_t cur_cfa_offset = 0;
  std::vector<int64_t> cfa_save_stack;  ///< by `.cfi_remember_state`
};

/// Call-frame state of the assembly.
struct CfiState {
  CfiFrames frames;
  std::unordered_map<uint64_t, OpenFde> open;  ///< key: section << 32 | subsection
  uint8_t sections = kCfiEhFrame;    ///< the last `.cfi_sections`
  uint8_t all_sections = 0;          ///< every `.cfi_sections` in force at a `.cfi_startproc`
  bool sections_used = false;        ///< a `.cfi_startproc` has used `sections`
};

class State;

/// Builds .eh_frame/.debug_frame from what the directives collected (gas's cfi_finish). Call once, after the
/// last statement and before layout.
void cfi_finish(State& st);

/// x86-64 DWARF register number of a register name (without `%`, any case), or -1.
int dwarf_register(std::string_view name);

}  // namespace gasket::directives
