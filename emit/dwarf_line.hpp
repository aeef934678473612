// DWARF line tables as gas's dwarf2dbg builds them.
//
// gas records one row per located instruction: a temporary label at the instruction's first byte plus the
// location of the most recent `.loc` (or, under -g/--gdwarf-N, the assembler source line itself; for a statement
// of a macro expansion, the line of the outermost macro call). Rows are kept
// per section and subsection. At the end (dwarf2_finish) the rows become one line program per section, in the
// order the sections first received a row, each sequence opened by DW_LNE_set_address and closed by
// DW_LNE_end_sequence at the section's end. Between two rows whose distance is known while the program is
// written (same fragment, nothing relaxable between) the advance is written as bytes at once; otherwise it is
// a DwarfLine Encoded fragment sized on every relaxation pass, exactly where gas makes an rs_dwarf2dbg frag.
// Which of the two happens does not change the bytes, only when they are known.
//
// Location views (`.loc ... view .LVUn`) number the rows that share an address: a row's view is 0 when its
// address is past the previous row's, else the previous view plus one. gas defines each view symbol when the
// row is made, as a constant when the two labels' order is known then and as an expression otherwise; gasket
// does the same with `!((E - P) > 0) * (view(P) + 1)`, so uses of the views (`.uleb128 .LVU5` in
// .debug_loclists) resolve after layout like any other expression.
//
// The file and directory tables follow gas's slot rules: `.file N` fills slot N, DWARF 5's `.file 0` names the
// compilation directory, and -g allocates slots for the source files of the rows at the end. When the input
// brings no .debug_info of its own, gas also writes .debug_info, .debug_abbrev, .debug_aranges, .debug_str and,
// for several sections, .debug_ranges/.debug_rnglists (emit/dwarf_info.cpp).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "emit/assembly.hpp"

namespace gasket {

/// The `param` of a DwarfLine fragment that ends a sequence (gas's INT_MAX line delta).
inline constexpr int64_t kLineEndSequence = 2147483647;

/// Bytes needed to advance the line by `line_delta` and the address by `addr_delta` and append a row
/// (or, for kLineEndSequence, to advance the address and end the sequence), as gas's size_inc_line_addr.
size_t line_advance_size(int64_t line_delta, uint64_t addr_delta);
/// Writes that advance (gas's emit_inc_line_addr) into `out`, which has line_advance_size() bytes.
void write_line_advance(int64_t line_delta, uint64_t addr_delta, uint8_t* out);

/// Row flags (gas's DWARF2_FLAG_*).
enum LineFlag : uint8_t { kLineIsStmt = 1, kLineBasicBlock = 2, kLinePrologueEnd = 4, kLineEpilogueBegin = 8 };

/// The file number of a row made under -g: its file slot is allocated from `filename` at the end.
inline constexpr uint32_t kLineGeneratedFile = UINT32_MAX;

/// A source location for a line-table row (gas's dwarf2_line_info).
struct LineLoc {
  uint32_t filenum = 1;
  uint32_t line = 1;
  uint32_t column = 0;
  uint32_t isa = 0;
  uint32_t discriminator = 0;
  uint8_t flags = kLineIsStmt;
  SymbolId view = kNoSymbol;
  std::string_view filename;  ///< -g rows: the assembler source file
};

/// One row: a label and its location.
struct LineEntry {
  SymbolId label = kNoSymbol;
  LineLoc loc;
};

/// A slot of the file table.
struct LineFile {
  std::string_view name;  ///< empty = unassigned
  uint32_t dir = 0;
  std::array<uint8_t, 16> md5{};
};

/// Settings from the command line.
struct DwarfOptions {
  int level = 3;               ///< gas's dwarf_level: --gdwarf-N, -g = 2; .file 0 and some .loc options raise it
  bool generate = false;       ///< -g/--gdwarf-N: rows for the assembler source itself
  std::vector<std::pair<std::string, std::string>> prefix_maps;  ///< --debug-prefix-map OLD=NEW
};

/// The line-table state of one assembly: file table, pending `.loc`, rows per section.
class DwarfLines {
 public:
  explicit DwarfLines(Assembly& as) : as_(as) {}

  DwarfOptions opts;
  /// The location set by the most recent `.loc` (gas's `current`).
  LineLoc current;
  bool loc_seen = false;       ///< a `.loc` waits for its instruction
  bool any_loc_seen = false;
  bool mark_labels = false;    ///< `.loc_mark_labels 1`
  SymbolId force_reset_view = kNoSymbol;  ///< the shared symbol of `view -0`
  /// Under -g: the call of the outermost macro expansion the current statement comes from (empty file: none).
  /// gas's rows for an expansion's statements take this location instead of the statement's own; the frontend
  /// sets it for each line it reads.
  SourceLoc macro_call;

  /// .debug_line's version (gas 2.40 writes at least 3).
  int line_version() const { return opts.level > 3 ? opts.level : 3; }

  /// Fills file slot `num` (`.file N ["dir"] "name" [md5 ...]`); reports gas's message and returns false when
  /// the slot holds a different file.
  bool assign_file(SourceLoc loc, std::string_view dir, bool has_dir, std::string_view name, uint32_t num,
                   const uint8_t* md5);
  /// True if file slot `num` is assigned.
  bool file_assigned(uint32_t num) const { return num < files_.size() && !files_[num].name.empty(); }
  /// Number of file slots in use.
  size_t files_in_use() const { return files_.size(); }
  /// Drops the rows made for the assembler source (a `.file N` means the compiler supplies line info).
  void purge_generated();

  /// The hook before each instruction (gas's dwarf2_emit_insn): records a row at the current location of
  /// (sec, subsection) if a `.loc` is pending or -g is on. `where` is the assembler source position; -g rows
  /// use `macro_call` instead when it is set.
  void emit_insn(SectionId sec, uint32_t subsection, SourceLoc where);
  /// The hook for a label definition under `.loc_mark_labels 1` (gas's dwarf2_emit_label).
  void emit_label(SymbolId label, SectionId sec, uint32_t subsection, SourceLoc where);
  /// Forgets the one-shot parts of `current` once a row used it.
  void consume();

  /// Builds .debug_line (and, without a .debug_info of the input's own, the other debug sections). Call once,
  /// after the last statement and before layout; gas does this in dwarf2_finish, before cfi_finish, so these
  /// sections come before .eh_frame in the section order.
  void finish();

  /// Checks left for after layout: deferred view assertions ("view number mismatch").
  void final_check();

 private:
  friend struct DwarfInfoWriter;
  struct SubsegRows {
    uint32_t subsection = 0;
    MappedVector<LineEntry> rows;
  };
  struct SegRows {
    SectionId sec = kNoSection;
    std::vector<SubsegRows> subsegs;  ///< sorted by subsection
    SymbolId text_start = kNoSymbol, text_end = kNoSymbol;
  };

  SymbolId label_here(SectionId sec);
  void add_row(SectionId sec, uint32_t subsection, SymbolId label, const LineLoc& loc);
  /// The location of a -g row for the statement at `where` (or the macro call it comes from).
  LineLoc generated_loc(SourceLoc where) const;
  void gen_line_info(SectionId sec, uint32_t subsection, const LineLoc& loc, SourceLoc where);
  void set_view(LineEntry& e, LineEntry* p, SourceLoc where);
  int known_order(const LineEntry& e, const LineEntry& p);
  uint32_t directory_entry(std::string_view dirname, std::string_view file0_dir, bool can_use_zero);
  uint32_t allocate_filenum(std::string_view pathname);
  std::string remap(std::string_view path) const;
  std::string pwd() const;
  SymbolId end_of_section(SectionId sec);
  void out_debug_line(SectionId line_sec);
  void out_file_tables(SectionId line_sec);
  void process_entries(SectionId line_sec, SegRows& seg);

  Assembly& as_;
  std::vector<LineFile> files_;
  std::vector<std::string_view> dirs_;  ///< empty view with !dir_set_ = unset slot
  std::vector<bool> dir_set_;
  std::vector<SegRows> segs_;
  std::vector<uint32_t> seg_index_;    ///< section id -> index in segs_ + 1
  /// The rows add_row used last: (sec, subsection) at segs_[seg - 1].subsegs[subseg]; seg 0: none.
  struct RowsCache {
    SectionId sec = kNoSection;
    uint32_t subsection = 0;
    uint32_t seg = 0;
    uint32_t subseg = 0;
  } last_rows_;
  std::vector<SymbolId> deferred_view_checks_;
  uint32_t dw2_line_ = UINT32_MAX;
  std::string_view dw2_filename_;
  bool have_dw2_ = false;
  int last_used_ = -1;
  size_t last_used_dir_len_ = 0;
  SectionId line_str_ = kNoSection;
  std::vector<std::string> owned_;
};

/// Writes the sections gas adds for assembler-generated line info (.debug_info, .debug_abbrev,
/// .debug_aranges, .debug_str, and .debug_ranges/.debug_rnglists for several sections).
struct DwarfInfoWriter {
  DwarfLines& lines;
  SectionId line_sec;
  void write();
};

/// Creates a debug section at the end of the assembly. Its section symbol enters the symbol list only when
/// first used (gas's lazy section_symbol for sections made by subseg_new), not at creation.
SectionId new_debug_section(Assembly& as, std::string_view name, uint64_t flags);
/// The section symbol of `sec` as an expression operand, entering the symbol list now if it is not there yet.
SymbolId use_section_symbol(Assembly& as, SectionId sec);

/// Appends bytes and fields to one section (the debug sections are built at the end, not parsed).
class SectionOut {
 public:
  SectionOut(Assembly& as, SectionId sec);
  void byte(uint8_t b) { as_.append(sec_, &b, 1); }
  void bytes(const void* p, size_t n) { as_.append(sec_, static_cast<const uint8_t*>(p), n); }
  void u16(uint16_t v) { uint8_t b[2] = {uint8_t(v), uint8_t(v >> 8)}; bytes(b, 2); }
  void u32(uint32_t v);
  void uleb(uint64_t v);
  void sleb(int64_t v);
  void string(std::string_view s) { bytes(s.data(), s.size()); byte(0); }
  /// A `size`-byte field holding `e`: written now when constant, else a fixup.
  void value(ExprId e, uint8_t size);
  /// An Encoded tail holding `e` (constant now: written at once).
  void encoded(ValueEncoding enc, ExprId e, int64_t param);
  /// A temporary label at the current end of the section.
  SymbolId label();
  SectionId section() const { return sec_; }

 private:
  Assembly& as_;
  SectionId sec_;
};

}  // namespace gasket
