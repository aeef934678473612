// The assembler's state between statements: current section and subsection, the section stack, numeric local
// labels, and the glue that turns parsed values into bytes and fixups.
//
// gas keeps these in globals (now_seg, now_subseg, frag_now); gasket keeps them here and passes the State
// explicitly. Directive handlers read their operands through an Args cursor whose expressions are parsed by
// the frontend (behind the ExprReader interface), so this layer never sees Spirit.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "directives/cfi.hpp"
#include "directives/table_map.hpp"
#include "emit/assembly.hpp"
#include "emit/dwarf_line.hpp"
#include "emit/encoded.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::directives {

/// Parses expressions for directives; the frontend implements it.
class ExprReader {
 public:
  virtual ~ExprReader() = default;
  /// Parses one expression at the front of `text` (leading blanks allowed) and advances `text` past it.
  /// Returns kNoExpr when there is no valid expression there (nothing is reported).
  virtual ExprId read_expr(std::string_view& text) = 0;
};

/// How `.pushsection_table` places a table: under the mapped name only, or also as an SHF_LINK_ORDER section
/// linked to the code section it is pushed from (so `ld --gc-sections` drops entries with their code).
enum class TableMode : uint8_t { Prefix, LinkOrder };

/// Command-line settings that directives depend on.
struct Options {
  bool sectname_subst = false;
  bool default_table_map = true;
  std::vector<std::pair<std::string, std::string>> table_maps;  ///< --table-map PATTERN=PREFIX, in order
  TableMode table_mode = TableMode::Prefix;                      ///< --table-mode=, then `.table_mode`
};

/// A position in the section stack.
struct SectionRef {
  SectionId sec = kNoSection;
  uint32_t subsection = 0;
};

/// The state directives and instructions act on.
class State {
 public:
  State(Assembly& as, const Options& opts);

  Assembly& as;
  Diag& diag;
  SourceLoc& loc;           ///< location of the statement being assembled (the assembly's)
  ExprReader* reader = nullptr;
  TableMap table_map;
  Options opts;
  SectionRef cur, prev;
  std::vector<std::pair<SectionRef, SectionRef>> stack;  ///< (current, previous) saved by .pushsection
  SectionId text_sec = kNoSection, data_sec = kNoSection, bss_sec = kNoSection;
  bool allow_reloc_spec = true;
  /// Reused by string directives so a string does not allocate per statement.
  std::string string_buf;
  /// Set by a directive that does not consume its line (`.popsection x`): the frontend reads it as a statement.
  std::string_view reread;  ///< `sym@PLT` etc. are read only in 4- and 8-byte data and in instructions
  CfiState cfi;                  ///< `.cfi_*` frames and the open FDE of each subsection
  DwarfLines lines{as};          ///< `.file N`/`.loc` state and the rows of the DWARF line table

  /// Makes (sec, subsection) current; `previous` becomes the old current.
  void switch_to(SectionId sec, uint32_t subsection);
  /// A temporary symbol at the current location (the value of `.`).
  SymbolId dot();
  /// The symbol a name in an expression refers to (created undefined if new).
  /// `at_operand_start`: the name begins an instruction operand (gas then looks it up as a possible register
  /// alias, which turns a `.L` symbol into a full symbol).
  SymbolId symbol_ref(std::string_view name, bool at_operand_start = false);
  /// `Nb` (forward = false) or `Nf` (forward = true).
  SymbolId local_label_ref(uint64_t n, bool forward);
  /// Defines `name:` at the current location.
  void define_label(std::string_view name);
  /// Defines the numeric local label `N:`.
  void define_local_label(uint64_t n);
  /// Checks at the end that every referenced numeric local label was defined.
  void check_local_labels();

  /// Appends raw bytes to the current section.
  void emit_bytes(const uint8_t* p, size_t n) { as.append(cur.sec, p, n); }
  /// Emits an `size`-byte datum holding expression `e` (a fixup when not constant now).
  void emit_value(ExprId e, unsigned size);
  /// As above, with `e` already folded to `v`.
  void emit_value(ExprId e, unsigned size, const Value& v);
  /// Emits the constant `value` as `size` bytes, with gas's truncation warning.
  void emit_constant(int64_t value, unsigned size) {
    const uint64_t u = static_cast<uint64_t>(value);
    if (size < 8) {
      // gas accepts -(2**n - 1) .. 2**n - 1 in an n-bit field.
      const uint64_t mask = (uint64_t{1} << (8 * size)) - 1;
      if ((u & ~mask) != 0 && ((0 - u) & ~mask) != 0) warn_truncated(u, mask);
    }
    as.append_le(cur.sec, u, size);
  }
  /// gas's warning for a constant that does not fit its field of `mask`'s bits.
  void warn_truncated(uint64_t value, uint64_t mask);
  /// Appends `value` as a ULEB128, or an SLEB128 when `is_signed`.
  void emit_leb128(int64_t value, bool is_signed) {
    uint8_t buf[10] = {};
    const size_t len = is_signed ? write_sleb128(value, buf) : write_uleb128(static_cast<uint64_t>(value), buf);
    if (len > 8) {
      emit_bytes(buf, len);
      return;
    }
    // Byte by byte into a register: a wide load of the bytes just stored would stall store forwarding.
    uint64_t w = 0;
    for (size_t k = 0; k < len; ++k) w |= uint64_t{buf[k]} << (8 * k);
    as.append_le(cur.sec, w, len);
  }
  /// Folds `e` for the encoder.
  ExprRef make_ref(ExprId e);
  /// Encodes and emits one instruction into `enc`; reports errors and returns false on one. `text` is the
  /// statement, for messages.
  bool assemble_insn(const x86::Insn& insn, std::string_view text, x86::Encoding& enc);
  /// Emits an instruction already encoded, whose bytes need no fixup and no relaxation.
  void emit_insn_bytes(const uint8_t* bytes, uint8_t size, InsnPieces pieces);
  /// Adds a fixup at `where` in the current fragment.
  void add_fixup(uint32_t where, uint8_t size, bool pcrel, bool is_signed, ExprId e, uint16_t reloc = 0,
                 bool branch = false, int32_t bias = 0);
  /// True if the current section holds code (pads with NOPs).
  bool in_code() const;
  /// Switches to or creates a section by name with optional attributes (the core of .section).
  /// `flags_given` false: keep an existing section's flags, or use the defaults for its name.
  /// The section gas would reuse for this name: same group, unique id and SHF_LINK_ORDER target name (gas keeps
  /// one section per distinct linked-to name, and a section with none apart from those that have one).
  SectionId find_section(std::string_view name, std::string_view group, uint32_t unique_id,
                         std::string_view linked) const;
  SectionId get_section(std::string_view name, bool flags_given, uint64_t flags, uint32_t type, bool type_given,
                        uint64_t entsize, std::string_view group, bool comdat, std::string_view linked,
                        bool special, uint32_t unique_id = UINT32_MAX);

  /// Starts collecting the symbols the next instruction's operands refer to.
  void begin_insn();
  /// The one symbol the operands parsed since begin_insn() named, when they named exactly one and it began an
  /// operand; otherwise kNoSymbol.
  SymbolId single_insn_ref() const;
  /// True for a 64-bit general-register `mov` with a memory operand (gas then converts even a new `.L` symbol
  /// its operand begins with; see convert_insn_refs).
  static bool mov64_form(const x86::Insn& insn);
  /// Emits an instruction from the encoding `tmpl` of another that named a different symbol in the same place:
  /// refers to `name` (with `spec`) as the operand parser would, and points every fixup and the relaxable jump
  /// of `tmpl` at it. `found`: the symbol `name` names, or kNoSymbol when there is none yet. `mov64`:
  /// mov64_form() of the instruction.
  void emit_insn_template(const x86::Encoding& tmpl, bool mov64, std::string_view name, SymbolId found,
                          RelocSpec spec);

 private:
  void convert_insn_refs(bool mov64);
  /// Appends an encoded instruction; `value`, unless kNoExpr, replaces the expression of its fixups and jump.
  void place_insn(const x86::Encoding& enc, bool mov64, ExprId value);

  struct InsnRef {
    SymbolId id;
    bool existed;
    bool at_start;
  };
  std::vector<InsnRef> insn_refs_;
  std::unordered_map<uint64_t, uint32_t> fb_instance_;
  std::unordered_map<uint64_t, SymbolId> fb_undefined_forward_;
  std::string scratch_;
  uint32_t dot_count_ = 0;
};

/// Digit values of hex digits, 16 for every other byte.
inline constexpr std::array<uint8_t, 256> kHexDigit = [] {
  std::array<uint8_t, 256> t{};
  for (auto& d : t) d = 16;
  for (int c = 0; c < 10; ++c) t['0' + c] = static_cast<uint8_t>(c);
  for (int c = 0; c < 6; ++c) t['a' + c] = t['A' + c] = static_cast<uint8_t>(10 + c);
  return t;
}();

/// Reads the plain literal at the start of `r` into `v`: decimal without a leading zero (up to 18 digits) or
/// `0x` hex (up to 15 digits). Returns how many characters it took, or 0 when `r` does not start with one
/// (octal, and longer literals that may not fit, are the grammar's). Inline, as scan_number.
inline size_t scan_literal(std::string_view r, uint64_t& v) {
  v = 0;
  const char* p = r.data();
  const size_t n = r.size();
  if (n == 0 || static_cast<unsigned>(p[0] - '0') > 9) return 0;
  uint64_t acc = 0;
  if (p[0] == '0' && n > 1 && (p[1] | 0x20) == 'x') {
    const size_t limit = n < 17 ? n : 17;
    size_t i = 2;
    for (; i < limit; ++i) {
      const uint8_t d = kHexDigit[static_cast<uint8_t>(p[i])];
      if (d > 15) break;
      acc = acc * 16 + d;
    }
    v = acc;
    return i == 2 ? 0 : i;
  }
  if (p[0] == '0' && n > 1 && static_cast<unsigned>(p[1] - '0') <= 9) return 0;  // octal
  const size_t limit = n < 18 ? n : 18;
  size_t i = 0;
  for (; i < limit && static_cast<unsigned>(p[i] - '0') <= 9; ++i) acc = acc * 10 + static_cast<uint64_t>(p[i] - '0');
  v = acc;
  return i;
}

/// Reads a plain literal, optionally negated by a `-` right before it, and the blanks after it into `out`.
/// Returns how many characters that took, or 0 when `r` does not start with one. (Inline: every data
/// statement of one literal goes through it.)
inline size_t scan_number(std::string_view r, int64_t& out) {
  const size_t neg = !r.empty() && r[0] == '-' ? 1 : 0;
  uint64_t v;
  const size_t k = scan_literal(r.substr(neg), v);
  if (k == 0) return 0;
  size_t j = neg + k;
  while (j < r.size() && (r[j] == ' ' || r[j] == '\t')) ++j;
  out = static_cast<int64_t>(neg ? 0 - v : v);
  return j;
}

/// A cursor over a directive's operands.
class Args {
 public:
  Args(State& st, std::string_view text) : st_(st), rest_(text) {}
  void skip_ws() {
    size_t i = 0;
    while (i < rest_.size() && (rest_[i] == ' ' || rest_[i] == '\t')) ++i;
    rest_.remove_prefix(i);
  }
  bool at_end() {
    skip_ws();
    return rest_.empty();
  }
  /// Consumes `c` (after blanks) if it is next.
  bool eat(char c) {
    skip_ws();
    if (!rest_.empty() && rest_.front() == c) {
      rest_.remove_prefix(1);
      return true;
    }
    return false;
  }
  /// Parses an expression; reports gas's message and returns kNoExpr on failure.
  ExprId expr();
  /// A plain number or symbol name followed by the end of the operand, without the grammar; kNoExpr if the
  /// operand is anything else.
  ExprId quick_expr();
  /// One plain number or symbol name of quick_expr.
  ExprId quick_term();
  /// A plain literal (decimal without a leading zero, or 0x hex; optionally negative) that makes up the
  /// whole operand, read without building an expression; false (nothing consumed) for anything else.
  bool plain_number(int64_t& out);
  /// Parses an expression that must be an absolute constant now.
  bool absolute(int64_t& out);
  /// Parses a double-quoted string with gas escapes into `out`.
  bool string(std::string& out);
  /// Parses a symbol name (plain or quoted). Empty on failure.
  std::string_view name();
  /// Reports "junk at end of line" unless only blanks remain; returns true if clean.
  bool end() {
    skip_ws();
    if (rest_.empty()) return true;
    junk();
    return false;
  }
  std::string_view rest() const { return rest_; }
  void set_rest(std::string_view r) { rest_ = r; }

 private:
  /// Reports "junk at end of line" at the first remaining character.
  void junk();

  State& st_;
  std::string_view rest_;
  std::string name_buf_;
};

/// Runs directive `name` (with its leading dot, lower case). Returns false if no such directive exists.
bool run_directive(State& st, std::string_view name, std::string_view args);
/// Runs `statement` (trimmed, starting with `.`) when it is a data directive (`.byte`, `.long`, `.uleb128`,
/// ...) with operands, the shape of most lines of DWARF output, without the general statement path (a single
/// plain literal is written directly); returns false, having done nothing, for any other statement.
bool run_data_statement(State& st, std::string_view statement);

/// Which bytes may appear in a symbol name, as a table: the test runs over nearly every byte of the input.
inline constexpr auto kNameChars = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '$' || c >= 0x80;
  return t;
}();

/// True for characters that may appear in a symbol name.
inline bool is_name_char(char c) { return kNameChars[static_cast<unsigned char>(c)]; }
/// True for characters that may start a symbol name.
inline bool is_name_start(char c) { return is_name_char(c) && !(c >= '0' && c <= '9'); }

/// Decodes one gas string escape sequence starting after the backslash; advances `i`.
void decode_escape(std::string_view s, size_t& i, std::string& out);

}  // namespace gasket::directives
