// The object model: sections made of fragments, fixups, symbols and expressions.
//
// As in gas, a section is a chain of fragments. A fragment is a run of fixed bytes followed by an optional
// variable tail whose size is only known at layout time (alignment padding, `.org`, a `.skip` whose count is a
// forward reference, a relaxable jump). All fixed bytes of a section live in one contiguous buffer; fragments
// name a slice of it. A fixup records a field of a fragment that holds the value of an expression; after layout
// it is either patched in place or turned into a relocation. Symbols name a (fragment, offset) pair, so their
// addresses follow the fragments through relaxation.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "emit/diag.hpp"
#include "emit/encoded.hpp"
#include "emit/expr.hpp"
#include "emit/frchain.hpp"
#include "emit/mapped_vector.hpp"
#include "emit/name_index.hpp"

namespace gasket {

using SectionId = uint32_t;
inline constexpr SectionId kNoSection = UINT32_MAX;
/// Pseudo sections for symbols that are not in a real section.
inline constexpr SectionId kAbsSection = UINT32_MAX - 1;
inline constexpr SectionId kUndefSection = UINT32_MAX - 2;
inline constexpr SectionId kCommonSection = UINT32_MAX - 3;

/// The variable tail of a fragment.
enum class FragKind : uint8_t {
  Fixed,      ///< no tail
  Align,      ///< pad to 2**align with fill bytes or NOPs (code), unless more than max_skip bytes are needed
  Org,        ///< advance to the offset `expr` (fill with fill byte)
  Space,      ///< `expr` repetitions of a fill pattern whose count was not known when it was read
  Jump,       ///< a relaxable jmp/jcc: 2 bytes short, 5 (jmp) or 6 (jcc) bytes near
  Encoded,    ///< `expr` in a variable-length encoding (see emit/encoded.hpp), resized every pass
};

/// A SourceLoc in 8 bytes, as fragments and fixups keep it for messages after layout: the file is an index into
/// the Assembly's table of file names (Assembly::pack, Assembly::unpack).
struct PackedLoc {
  uint32_t file = 0;
  uint32_t line = 0;
};

/// A fragment: bytes [data_begin, data_begin + fixed) of the section buffer, then a variable tail.
struct Fragment {
  // Read on every relaxation pass (of which a big section can take hundreds): kept in the first cache line.
  uint64_t address = 0;        ///< layout result
  uint64_t var_size = 0;       ///< layout result: size of the variable tail
  uint32_t fixed = 0;
  uint32_t region = 0;         ///< layout: alignment/org region, for gas's stretch rule
  FragKind kind = FragKind::Fixed;
  uint8_t align_pow = 0;
  bool long_form = false;      ///< Jump: relaxed to the near form
  bool relax_marker = false;   ///< layout: flipped when a pass visits the fragment
  uint8_t cond = 0;            ///< Jump: condition code, or 0xff for jmp
  bool code_fill = false;      ///< Align: pad with NOPs
  bool relocated = false;      ///< Jump: near from the start, with a fixup (target not resolved in the section)
  uint8_t fill_size = 1;       ///< Space: size of the fill pattern
  uint32_t max_skip = 0;       ///< Align: 0 = no limit
  ExprId expr = kNoExpr;       ///< Org target, Space count, Jump target
  uint64_t data_begin = 0;
  int64_t param = 0;           ///< Encoded: extra operand (DwarfLine: the line delta)
  int64_t fill = 0;            ///< Align/Org/Space: the fill value
  uint32_t subsection = 0;
  ValueEncoding encoding = ValueEncoding::Uleb128;  ///< Encoded: which encoding
  /// Encoded: the operand of `.uleb128`/`.sleb128` (gas's rs_leb128): a symbol counts with its offset in its
  /// section, and an operand that is undefined or mixes sections is an error once layout is done.
  bool leb128_operand = false;
  PackedLoc loc;
};
static_assert(sizeof(Fragment) == 80);

/// A field whose value is an expression to be resolved after layout (40 bytes: compiler output with -g makes
/// hundreds of thousands, most of them in the DWARF sections).
struct Fixup {
  uint32_t frag = 0;
  uint32_t where = 0;          ///< offset within the fragment's fixed part
  ExprId expr = kNoExpr;
  int32_t pcrel_bias = 0;      ///< for instruction fields: -(bytes from the field to the end of the instruction)
  uint16_t reloc = 0;          ///< explicit R_X86_64_* or 0
  uint8_t size = 0;            ///< 1, 2, 4 or 8
  bool pcrel : 1 = false;      ///< relative to the field's address plus `pcrel_bias`
  bool is_signed : 1 = false;
  bool branch : 1 = false;
  bool jump : 1 = false;       ///< the rel32 of a relaxable jmp/jcc made near
  bool done : 1 = false;       ///< resolved: `patch` goes into the field and no relocation is made
  /// `.reloc AT, TYPE, EXPR`: a relocation of type `reloc` at the section offset `at` (an expression, since it
  /// may name a label not defined yet) against EXPR's symbol and offset exactly as written; `expr` may be
  /// kNoExpr (no symbol). Nothing is patched and local symbols are not rewritten to section symbols.
  bool verbatim : 1 = false;
  /// A call's (non-jump branch's) target needed a PLT32 when the instruction was read: gas picks
  /// R_X86_64_PLT32 then (an undefined, weak or global target) and falls back to PC32 only when the
  /// relocation ends up against a section symbol.
  bool plt_when_read : 1 = false;
  ExprId at = kNoExpr;
  int64_t patch = 0;
  PackedLoc loc;
};
static_assert(sizeof(Fixup) == 40);

/// One output relocation.
struct Relocation {
  uint64_t offset = 0;
  uint32_t type = 0;
  SymbolId sym = kNoSymbol;   ///< gasket symbol (a section symbol for locals)
  int64_t addend = 0;
};

/// A section being assembled.
struct Section {
  std::string_view name;
  uint32_t type = 1;           ///< SHT_*
  uint64_t flags = 0;          ///< SHF_*
  uint64_t entsize = 0;
  uint32_t align_pow = 0;      ///< sh_addralign = 2**align_pow
  std::string_view group;      ///< comdat/group signature ("" = none)
  bool comdat = false;
  std::string_view linked;     ///< SHF_LINK_ORDER target symbol or section name
  MappedVector<uint8_t> data;
  MappedVector<Fragment> frags;
  MappedVector<Fixup> fixups;
  MappedVector<Relocation> relocs;
  SymbolId section_symbol = kNoSymbol;
  uint32_t cur_subsection = 0;
  uint64_t size = 0;           ///< after layout
  bool is_group_section = false;
  uint32_t info = 0;           ///< sh_info (SHF_GNU_MBIND)
  uint32_t unique_id = UINT32_MAX;  ///< `,unique,N`: a distinct section of a shared name
  SectionId next_same_name = kNoSection;
  FrchainModel frchain;        ///< gas's obstack for the current subsection
  std::vector<std::pair<uint32_t, FrchainModel>> other_frchains;  ///< and for the others, by subsection
  std::vector<GasBreak> gas_breaks;  ///< frag ends gas has inside fragments, in order
};

/// Symbol binding/state (gas keeps these as flags on the symbol).
enum class SymBind : uint8_t { Local, Global, Weak };

/// A symbol: a label, an equated expression, a common block or an undefined reference.
///
/// Compiler output with -g makes hundreds of thousands (mostly `.LVL`/`.LVU` labels), so the flags are bits and
/// the size and alignment of a common block live in the Assembly (Assembly::common): 48 bytes a symbol.
struct Symbol {
  std::string_view name;
  SectionId section = kUndefSection;
  uint32_t frag = 0;
  uint64_t offset = 0;         ///< offset within the fragment (labels) or value (absolute)
  ExprId equated = kNoExpr;    ///< `.set` expression not folded to a constant
  ExprId size_expr = kNoExpr;
  /// Position in gas's symbol list (symbol table order), or kNotListed. gas keeps `.L` symbols out of the list
  /// until something needs a full symbol (see Assembly::enter_list).
  uint32_t list_order = UINT32_MAX;
  SymBind bind = SymBind::Local;
  uint8_t type = 0;            ///< STT_*
  uint8_t visibility : 2 = 0;  ///< STV_*
  bool defined : 1 = false;
  bool explicit_local : 1 = false;  ///< `.local`
  bool is_temp : 1 = false;    ///< .L*, numeric local labels, `.` temporaries: never in the symbol table
  bool is_section_symbol : 1 = false;
  bool used_in_reloc : 1 = false;
  bool equiv : 1 = false;      ///< defined by .equiv/.eqv: may not be redefined
  bool assigned : 1 = false;   ///< defined by .set/.equ/=: may be redefined by them
  bool referenced : 1 = false;
  bool is_common : 1 = false;  ///< `.comm`: size and alignment in Assembly::common
  bool resolving : 1 = false;  ///< cycle guard while evaluating equated symbols
  bool is_file : 1 = false;
  bool gnu_unique : 1 = false; ///< STB_GNU_UNIQUE (`.type x, @gnu_unique_object`)
  bool tls : 1 = false;        ///< used with a TLS relocation specifier: written as STT_TLS
};
static_assert(sizeof(Symbol) == 48);

/// The size and alignment a `.comm` gave a symbol.
struct CommonBlock {
  uint64_t size = 0;
  uint64_t align = 0;
};

/// The value of an expression after folding: `add - sub + offset`, each symbol optional.
struct Value {
  SymbolId add = kNoSymbol;
  SymbolId sub = kNoSymbol;
  int64_t offset = 0;
  RelocSpec spec = RelocSpec::None;
  bool ok = true;              ///< false: not representable (an operator applied to relocatable operands)
  bool abs_minuend = false;    ///< `CONST - sym` with no symbol to add (gas's messages call it L0)
  bool is_const() const { return ok && add == kNoSymbol && sub == kNoSymbol; }
};

/// An expression's value as gas's resolve_symbol_value leaves it after layout: a section (or the absolute,
/// undefined or common pseudo section) and a value in it.
struct SectionValue {
  SectionId section = kAbsSection;
  int64_t value = 0;          ///< the value, or the offset from the section's start; for an undefined or
                              ///< common `sym`, the offset added to it
  SymbolId sym = kNoSymbol;   ///< the undefined or common symbol the value is relative to
  bool ok = true;             ///< false: an operator was given operands it cannot combine
};

/// Owns everything one assembly produces.
class Assembly {
 public:
  explicit Assembly(Diag& diag) : diag_(diag) {}

  Diag& diag() { return diag_; }
  /// Location of the statement being assembled (for messages raised while folding).
  SourceLoc loc;
  ExprPool& exprs() { return exprs_; }
  std::vector<Section>& sections() { return sections_; }
  MappedVector<Symbol>& symbols() { return symbols_; }
  Section& section(SectionId id) { return sections_[id]; }
  Symbol& symbol(SymbolId id) { return symbols_[id]; }

  /// Reserves room for the symbols and expression nodes an input of `bytes` bytes typically makes, so the
  /// big arrays never need to be copied while growing (untouched reserve costs no memory).
  void reserve_for_input(size_t bytes) {
    exprs_.reserve(bytes / 12);
    symbols_.reserve(bytes / 64);
  }
  /// `loc` in the form fragments and fixups keep.
  PackedLoc pack(SourceLoc loc);
  /// The location `pack` was given.
  SourceLoc unpack(PackedLoc loc) const { return SourceLoc{loc_files_[loc.file], loc.line}; }

  /// Copies `s` into the assembly's string arena; the view stays valid for the assembly's lifetime.
  std::string_view intern(std::string_view s);

  /// -L, --keep-locals: `.L` names (other than numeric local labels) make ordinary symbols, written to the
  /// symbol table like any local one. Set it before the first symbol is made.
  void set_keep_locals(bool keep) { keep_locals_ = keep; }
  /// Finds a symbol by name, or creates an undefined one (gas's symbol_find_or_make).
  SymbolId find_or_make_symbol(std::string_view name);
  /// As above; `made` tells whether the symbol is new.
  SymbolId find_or_make_symbol(std::string_view name, bool& made);
  /// Finds a symbol by name; kNoSymbol if none.
  SymbolId find_symbol(std::string_view name) const;
  /// Creates a symbol that is never looked up by name (temporaries, `.`).
  SymbolId make_temp_symbol(std::string_view name);
  /// As make_temp_symbol, for a name that outlives the assembly (a string literal): it is not copied.
  SymbolId make_temp_symbol_static(std::string_view name);
  /// Records the size and alignment of common symbol `id` (which the caller marks is_common).
  void set_common(SymbolId id, CommonBlock block) { commons_[id] = block; }
  /// The size and alignment `.comm` gave `id`; zeros if it gave none.
  CommonBlock common(SymbolId id) const {
    auto it = commons_.find(id);
    return it == commons_.end() ? CommonBlock{} : it->second;
  }

  /// Puts a symbol into the symbol-table order now, if it is not there yet. Ordinary symbols enter when they
  /// are created; gas's local (`.L`) symbols only when converted to full symbols: at a PC-relative instruction
  /// reference once they are defined, at a GOT/TLS reference, when made global or given a type or size, or
  /// when a relocation needs them at the end.
  void enter_list(SymbolId id) {
    if (symbols_[id].list_order == UINT32_MAX) symbols_[id].list_order = next_list_order_++;
  }

  /// Finds a section by name (and group: sections of one name in different groups are distinct);
  /// kNoSection if none.
  SectionId find_section(std::string_view name, std::string_view group = {}, uint32_t unique_id = UINT32_MAX) const;
  /// Creates a section (no checks).
  SectionId add_section(std::string_view name, uint32_t type, uint64_t flags);

  /// Starts a new fragment in `sec` for subsection `subsection` and returns its index.
  uint32_t new_frag(SectionId sec, uint32_t subsection);
  /// The fragment bytes are appended to: the last fragment of `sec`.
  uint32_t cur_frag(SectionId sec);
  /// Appends bytes to the current fragment of `sec`; returns the offset within that fragment.
  uint32_t append(SectionId sec, const uint8_t* p, size_t n);
  /// Appends the low `n` (at most 8) bytes of `value`, little-endian; returns their offset like append.
  uint32_t append_le(SectionId sec, uint64_t value, size_t n) {
    Section& s = sections_[sec];
    if (s.frchain.more(n)) note_wane(s, s.frags.back().fixed);
    return grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append_le(value, n); });
  }
  /// Appends an instruction's `n` bytes, which gas takes in the requests `pieces`; returns their offset.
  uint32_t append_insn(SectionId sec, const uint8_t* p, size_t n, InsnPieces pieces);
  /// Appends string bytes, which gas takes one FRAG_APPEND_1_CHAR each; returns their offset.
  uint32_t append_chars(SectionId sec, const uint8_t* p, size_t n);
  /// frag_grow: the room gas makes before a relaxable jump (its prefixes, opcode and largest displacement).
  void grow(SectionId sec, size_t n) {
    Section& s = sections_[sec];
    if (s.frchain.grow(n)) note_wane(s, s.frags.back().fixed);
  }
  /// Appends `n` copies of `b`, which gas holds in a frag of its own (a constant `.skip`, `.lcomm`'s space).
  uint32_t append_fill(SectionId sec, uint8_t b, size_t n);
  /// Appends `count` copies of the `size`-byte pattern at `pat`, which gas holds in a frag of its own with
  /// `size` bytes of room (a constant `.fill`).
  uint32_t append_pattern(SectionId sec, const uint8_t* pat, size_t size, size_t count);
  /// Appends `n` bytes that gas holds in a frag of its own with `max_chars` bytes of room (a constant `.nops`).
  uint32_t append_own_frag(SectionId sec, const uint8_t* p, size_t n, size_t max_chars);
  /// Closes the current fragment with a variable tail and opens a fresh one after it.
  void close_frag(SectionId sec, const Fragment& tail);

  /// Location counter: current fragment index and offset in it.
  uint32_t cur_offset(SectionId sec) { uint32_t f = cur_frag(sec); return sections_[sec].frags[f].fixed; }

  /// Folds `e` using what is known now (at parse time), the way gas's expression evaluator does.
  Value fold(ExprId e);
  /// After layout: a symbol equated to a place in a section (`.set x, y+8` with y a label) becomes a label
  /// there, so references to it keep naming it, as gas resolves such symbols before making relocations.
  void settle_equates();
  /// Evaluates `e` after layout; symbols resolved to (section, address).
  Value resolve(ExprId e);
  /// Evaluates `e` with the addresses of the current layout as gas resolves an expression symbol: every label
  /// is its offset in its section, and an operator whose operands lie in sections it cannot combine (`a-b` of
  /// two sections, `-lab`, `ext*2`) fails; with `report`, that is an error there ("invalid operands (.data and
  /// .text sections) for `-'").
  SectionValue resolve_sections(ExprId e, const SourceLoc* report);
  /// Address of a defined label after layout (offset within its section).
  uint64_t symbol_address(SymbolId s);
  /// Section of a symbol after following equates; kUndefSection if undefined.
  SectionId symbol_section(SymbolId s);

  /// gas's frag around the label at `offset` in fragment `frag` of `sec`, as offsets within that fragment: where
  /// gas's frag starts and where its fixed part ends (see GasBreak).
  void gas_frag_of(SectionId sec, uint32_t frag, uint32_t offset, uint32_t& start, uint32_t& fix_end) const;

  /// True if the two fragments of one section are at a distance fixed now (no variable tail between them).
  bool fixed_distance(SectionId sec, uint32_t fa, uint32_t fb, int64_t& delta) const;

  /// Name of the input file for the symbol table (`.file`), in order.
  std::vector<SymbolId>& file_symbols() { return file_symbols_; }
  /// `.ident` strings.
  std::vector<std::string_view>& idents() { return idents_; }

  /// The message for the last expression that could not be folded ("invalid operands ...").
  const std::string& bad_operands_message() const { return bad_op_; }

 private:
  /// Adds `n` bytes to the fixed part of `s`'s last fragment, written by `put` into the section's data; returns
  /// their offset in that fragment.
  template <class Put>
  static uint32_t grow_fixed(Section& s, size_t n, Put put) {
    Fragment& f = s.frags.back();
    const uint32_t at = f.fixed;
    put(s.data);
    f.fixed += static_cast<uint32_t>(n);
    return at;
  }
  /// gas's messages for an operator given operands in sections it cannot combine.
  std::string bad_operands(SectionId a, SectionId b, ExprOp op) const;
  std::string bad_operand(SectionId a, ExprOp op) const;
  /// Records that gas closes its frag at `offset` in the last fragment of `s` (frag_wane).
  void note_wane(Section& s, uint32_t offset);
  /// The bytes from `begin` to the end of the last fragment of `s`, fixed in gasket, are the variable part of
  /// a frag of gas's made by frag_var with `max_chars` bytes of room.
  void note_own_frag(Section& s, uint32_t begin, size_t max_chars);
  Value fold_node(ExprId e, bool final);
  Value subtract(Value a, const Value& b, bool final);
  void note_bad(ExprOp op, const Value& a, const Value& b);
  void note_bad_unary(ExprOp op, const Value& a);
  std::string_view section_label(SectionId s) const;
  std::string bad_op_;

  Diag& diag_;
  bool keep_locals_ = false;
  ExprPool exprs_;
  std::vector<Section> sections_;
  MappedVector<Symbol> symbols_;
  struct SymbolName {
    const MappedVector<Symbol>* symbols;
    std::string_view operator()(uint32_t id) const { return (*symbols)[id].name; }
  };
  NameIndex<SymbolName> symbol_index_{SymbolName{&symbols_}};
  NumberedLabels numbered_;
  std::unordered_map<std::string_view, SectionId> section_index_;
  std::unordered_map<SymbolId, CommonBlock> commons_;
  /// File names of packed locations; 0 is no file. The last one packed is looked up first.
  std::vector<std::string_view> loc_files_{std::string_view{}};
  std::unordered_map<std::string_view, uint32_t> loc_file_index_;
  std::string_view last_loc_file_;
  uint32_t last_loc_index_ = 0;
  std::vector<std::unique_ptr<char[]>> arena_;
  size_t arena_left_ = 0;
  char* arena_ptr_ = nullptr;
  std::vector<SymbolId> file_symbols_;
  uint32_t next_list_order_ = 0;
  std::vector<std::string_view> idents_;
};

}  // namespace gasket
