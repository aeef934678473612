#include <algorithm>
#include <array>
#include <cstring>

#include "directives/handlers.hpp"
#include "emit/load_word.hpp"

namespace gasket::directives {
namespace {

using Handler = void (*)(State&, Args&, int);

/// One pseudo-op: its name, handler, and the integer that parameterizes the handler.
struct Entry {
  std::string_view name;
  Handler fn;
  int arg;
};

// Sorted by name for binary search; a static_assert checks the order.
constexpr std::array kTable = {
    Entry{".2byte", d_cons, 2},
    Entry{".4byte", d_cons, 4},
    Entry{".8byte", d_cons, 8},
    Entry{".abort", d_abort, 0},
    Entry{".align", d_align, kAlignBytes | 1},
    Entry{".ascii", d_ascii, 0},
    Entry{".asciz", d_ascii, 1},
    Entry{".att_syntax", d_ignore, 0},
    Entry{".balign", d_align, kAlignBytes | 1},
    Entry{".balignl", d_align, kAlignBytes | 4},
    Entry{".balignw", d_align, kAlignBytes | 2},
    Entry{".bss", d_text, 2},
    Entry{".byte", d_cons, 1},
    Entry{".cfi_adjust_cfa_offset", d_cfi, kCfiAdjustCfaOffset},
    Entry{".cfi_def_cfa", d_cfi, kCfiDefCfa},
    Entry{".cfi_def_cfa_offset", d_cfi, kCfiDefCfaOffset},
    Entry{".cfi_def_cfa_register", d_cfi, kCfiDefCfaRegister},
    Entry{".cfi_endproc", d_cfi_endproc, 0},
    Entry{".cfi_escape", d_cfi_escape, 0},
    Entry{".cfi_fde_data", d_cfi_unsupported, 0},
    Entry{".cfi_inline_lsda", d_cfi_unsupported, 1},
    Entry{".cfi_label", d_cfi_label, 0},
    Entry{".cfi_lsda", d_cfi_pointer, 1},
    Entry{".cfi_negate_ra_state", d_cfi, kCfiWindowSave},
    Entry{".cfi_offset", d_cfi, kCfiOffset},
    Entry{".cfi_personality", d_cfi_pointer, 0},
    Entry{".cfi_personality_id", d_cfi_unsupported, 2},
    Entry{".cfi_register", d_cfi, kCfiRegister},
    Entry{".cfi_rel_offset", d_cfi, kCfiRelOffset},
    Entry{".cfi_remember_state", d_cfi, kCfiRememberState},
    Entry{".cfi_restore", d_cfi, kCfiRestore},
    Entry{".cfi_restore_state", d_cfi, kCfiRestoreState},
    Entry{".cfi_return_column", d_cfi, kCfiReturnColumn},
    Entry{".cfi_same_value", d_cfi, kCfiSameValue},
    Entry{".cfi_sections", d_cfi_sections, 0},
    Entry{".cfi_signal_frame", d_cfi, kCfiSignalFrame},
    Entry{".cfi_startproc", d_cfi_startproc, 0},
    Entry{".cfi_undefined", d_cfi, kCfiUndefined},
    Entry{".cfi_val_encoded_addr", d_cfi_val_encoded_addr, 0},
    Entry{".cfi_val_offset", d_cfi, kCfiValOffset},
    Entry{".cfi_window_save", d_cfi, kCfiWindowSave},
    Entry{".code64", d_ignore, 0},
    Entry{".comm", d_comm, 0},
    Entry{".data", d_text, 1},
    Entry{".equ", d_set, kSet},
    Entry{".equiv", d_set, kEquiv},
    Entry{".eqv", d_set, kEqv},
    Entry{".err", d_err, 0},
    Entry{".error", d_message, kMsgError},
    Entry{".fail", d_fail, 0},
    Entry{".file", d_file, 0},
    Entry{".fill", d_fill, 0},
    Entry{".global", d_globl, 0},
    Entry{".globl", d_globl, 0},
    Entry{".hidden", d_visibility, 2},
    Entry{".hword", d_cons, 2},
    Entry{".ident", d_ident, 0},
    Entry{".int", d_cons, 4},
    Entry{".internal", d_visibility, 1},
    Entry{".lcomm", d_comm, 1},
    Entry{".line", d_ignore, 0},
    Entry{".loc", d_loc, 0},
    Entry{".loc_mark_labels", d_loc_mark_labels, 0},
    Entry{".local", d_local, 0},
    Entry{".long", d_cons, 4},
    Entry{".nops", d_nops, 0},
    Entry{".org", d_org, 0},
    Entry{".p2align", d_align, kAlignPow | 1},
    Entry{".p2alignl", d_align, kAlignPow | 4},
    Entry{".p2alignw", d_align, kAlignPow | 2},
    Entry{".popsection", d_popsection, 0},
    Entry{".previous", d_previous, 0},
    Entry{".print", d_message, kMsgPrint},
    Entry{".protected", d_visibility, 3},
    Entry{".pushsection", d_pushsection, 0},
    Entry{".pushsection_table", d_pushsection_table, 0},
    Entry{".quad", d_cons, 8},
    Entry{".reloc", d_reloc, 0},
    Entry{".section", d_section, 0},
    Entry{".set", d_set, kSet},
    Entry{".short", d_cons, 2},
    Entry{".size", d_size, 0},
    Entry{".skip", d_space, 0},
    Entry{".sleb128", d_leb128, 1},
    Entry{".space", d_space, 0},
    Entry{".string", d_ascii, 1},
    Entry{".subsection", d_subsection, 0},
    Entry{".table_map", d_table_map, 0},
    Entry{".table_mode", d_table_map, 1},
    Entry{".text", d_text, 0},
    Entry{".type", d_type, 0},
    Entry{".uleb128", d_leb128, 0},
    Entry{".value", d_cons, 2},
    Entry{".warning", d_message, kMsgWarning},
    Entry{".weak", d_weak, 0},
    Entry{".word", d_cons, 2},
    Entry{".zero", d_space, 1},
};

constexpr bool table_sorted() {
  for (size_t i = 1; i < kTable.size(); ++i)
    if (!(kTable[i - 1].name < kTable[i].name)) return false;
  return true;
}
static_assert(table_sorted(), "directive table must be sorted by name");

}  // namespace

bool has_directive(std::string_view name) {
  auto it = std::lower_bound(kTable.begin(), kTable.end(), name,
                             [](const Entry& e, std::string_view n) { return e.name < n; });
  return it != kTable.end() && it->name == name;
}

namespace {

/// Hash of a directive name from its length and three of its bytes (the one after the dot, the sixth, which
/// sets the `.cfi_*` names apart, and the last): on a path taken for every directive statement, a loop over
/// every byte cost more than the rest of the lookup. kMaxProbe bounds the probes it leads to.
constexpr uint32_t name_hash(std::string_view s) {
  if (s.size() < 3) return static_cast<uint32_t>(s.size());
  const uint32_t bytes = uint32_t{static_cast<uint8_t>(s[1])} << 16 |
                         uint32_t{s.size() > 5 ? static_cast<uint8_t>(s[5]) : uint8_t{0}} << 8 |
                         uint32_t{static_cast<uint8_t>(s.back())};
  const uint32_t h = (bytes ^ static_cast<uint32_t>(s.size()) << 24) * 0x9e3779b1u;
  return h ^ (h >> 15);
}

constexpr size_t kSlots = 512;  // a power of two, well over twice the table

/// Open-addressing index from name hash to table row, built at compile time: one hash and usually one string
/// compare per directive statement.
struct Index {
  std::array<uint16_t, kSlots> slot{};  // row + 1, 0 = empty
};

constexpr Index build_index() {
  Index ix;
  for (size_t r = 0; r < kTable.size(); ++r) {
    size_t i = name_hash(kTable[r].name) & (kSlots - 1);
    while (ix.slot[i] != 0) i = (i + 1) & (kSlots - 1);
    ix.slot[i] = static_cast<uint16_t>(r + 1);
  }
  return ix;
}

constexpr Index kIndex = build_index();
static_assert(kTable.size() * 2 < kSlots, "directive index too full");

constexpr size_t kMaxProbe = 4;
constexpr bool probes_within_bound() {
  for (const Entry& e : kTable) {
    size_t i = name_hash(e.name) & (kSlots - 1), probes = 1;
    while (kTable[kIndex.slot[i] - 1].name != e.name) {
      i = (i + 1) & (kSlots - 1);
      ++probes;
    }
    if (probes > kMaxProbe) return false;
  }
  return true;
}
static_assert(probes_within_bound(), "a directive name takes more than kMaxProbe probes: change name_hash");

const Entry* find_entry(std::string_view name) {
  size_t i = name_hash(name) & (kSlots - 1);
  while (kIndex.slot[i] != 0) {
    const Entry& e = kTable[kIndex.slot[i] - 1];
    if (e.name.size() == name.size() && std::equal(name.begin(), name.end(), e.name.begin())) return &e;
    i = (i + 1) & (kSlots - 1);
  }
  return nullptr;
}

/// A data directive's name as a little-endian word of its (at most eight) bytes.
constexpr uint64_t pack_name(std::string_view s) {
  uint64_t w = 0;
  for (size_t i = 0; i < s.size() && i < 8; ++i) w |= uint64_t{static_cast<uint8_t>(s[i])} << (8 * i);
  return w;
}

/// The data directives (handled by d_cons or d_leb128), by name: a sanitizer build does not take function
/// pointer comparisons as constant expressions, so the table is picked by name.
constexpr std::array<std::string_view, 13> kDataDirectiveNames = {
    ".2byte", ".4byte", ".8byte", ".byte", ".hword", ".int", ".long",
    ".quad", ".short", ".sleb128", ".uleb128", ".value", ".word"};

constexpr const Entry* entry_named(std::string_view name) {
  for (const Entry& e : kTable)
    if (e.name == name) return &e;
  return nullptr;
}

/// The data directives with their names packed in a word.
struct DataName {
  uint64_t word = 0;
  size_t size = 0;
  const Entry* entry = nullptr;
};
constexpr std::array<DataName, kDataDirectiveNames.size()> kDataTable = [] {
  std::array<DataName, kDataDirectiveNames.size()> a{};
  for (size_t k = 0; k < a.size(); ++k)
    a[k] = DataName{pack_name(kDataDirectiveNames[k]), kDataDirectiveNames[k].size(),
                    entry_named(kDataDirectiveNames[k])};
  return a;
}();
static_assert([] {
  for (const DataName& d : kDataTable)
    if (d.entry == nullptr || d.size > 8) return false;
  return true;
}(), "every data directive name is in the table and at most eight bytes long");

/// The data directives in a table of 32 slots hashed by packed name, so a lookup is one multiply, one load and
/// one compare. An empty slot has word 0, which no name packs to.
struct DataSlots {
  std::array<DataName, 32> slot{};
  static constexpr size_t index(uint64_t word) { return static_cast<size_t>((word * 0x9e3779b97f4a7c15ull) >> 59); }
};
constexpr DataSlots kDataSlots = [] {
  DataSlots t;
  for (const DataName& d : kDataTable) {
    size_t i = DataSlots::index(d.word);
    while (t.slot[i].word != 0) i = (i + 1) % t.slot.size();
    t.slot[i] = d;
  }
  return t;
}();

/// The data directive `statement` starts with, and in `name_size` the length of its name; nullptr if it starts
/// with none (a data directive's name is followed by a blank).
const Entry* find_data_entry(std::string_view statement, size_t& name_size) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  const uint64_t w = load_le(statement.data(), statement.size());
  // The first blank (space or tab) among the eight bytes, found a word at a time.
  const uint64_t sp = w ^ (kOnes * ' '), tab = w ^ (kOnes * '\t');
  const uint64_t blanks = ((sp - kOnes) & ~sp & kHighs) | ((tab - kOnes) & ~tab & kHighs);
  uint64_t word;
  if (blanks != 0) {
    name_size = static_cast<size_t>(__builtin_ctzll(blanks)) / 8;
    word = w & ((uint64_t{1} << (8 * name_size)) - 1);
  } else if (statement.size() > 8 && (statement[8] == ' ' || statement[8] == '\t')) {
    name_size = 8;
    word = w;
  } else {
    return nullptr;
  }
  size_t i = DataSlots::index(word);
  for (; kDataSlots.slot[i].word != 0; i = (i + 1) % kDataSlots.slot.size())
    if (kDataSlots.slot[i].word == word) return kDataSlots.slot[i].entry;
  return nullptr;
}

}  // namespace

bool run_data_statement(State& st, std::string_view statement) {
  size_t i = 0;
  const Entry* e = find_data_entry(statement, i);
  if (!e) return false;
  size_t at = i + 1;  // past the blank find_data_entry saw
  while (at < statement.size() && (statement[at] == ' ' || statement[at] == '\t')) ++at;
  const std::string_view operands = statement.substr(at);
  // One plain literal, optionally negative, and nothing after it but blanks: written at once.
  int64_t n;
  if (const size_t k = scan_number(operands, n); k != 0 && k == operands.size()) {
    if (e->fn == d_cons)
      st.emit_constant(n, static_cast<unsigned>(e->arg));
    else
      st.emit_leb128(n, e->arg != 0);
    return true;
  }
  // One operand that the quick expression reader takes whole (`.long .LASF5`, `.uleb128 .LVL3-.LVL2`): folded
  // and emitted as d_cons and d_leb128 do with each operand, without their operand loop.
  if (!operands.empty() && is_name_start(operands.front()) && operands.find(',') == std::string_view::npos) {
    Args q(st, operands);
    const size_t mark = st.as.exprs().size();
    if (const ExprId x = q.quick_expr(); x != kNoExpr) {
      q.skip_ws();
      if (q.rest().empty()) {
        if (e->fn == d_cons)
          cons_value(st, x, static_cast<unsigned>(e->arg), mark, operands);
        else
          leb128_value(st, x, e->arg != 0, mark);
        return true;
      }
    }
    st.as.exprs().truncate(mark);
  }
  // `.long : x` defines a label named `.long`, `.long = 1` assigns to a symbol: the general path's.
  if (operands.empty() || operands.front() == ':' || operands.front() == '=') return false;
  Args general(st, operands);
  e->fn(st, general, e->arg);
  return true;
}

bool run_directive(State& st, std::string_view name, std::string_view args) {
  const Entry* e = find_entry(name);
  if (!e) return false;
  Args a(st, args);
  e->fn(st, a, e->arg);
  return true;
}

}  // namespace gasket::directives
