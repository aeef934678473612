#include "emit/assembly.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>

#include <fmt/format.h>

namespace gasket {

std::string_view Assembly::intern(std::string_view s) {
  if (s.size() > arena_left_) {
    size_t chunk = s.size() > 65536 ? s.size() : 65536;
    arena_.push_back(std::make_unique<char[]>(chunk));
    arena_ptr_ = arena_.back().get();
    arena_left_ = chunk;
  }
  if (!s.empty()) std::memcpy(arena_ptr_, s.data(), s.size());
  std::string_view out(arena_ptr_, s.size());
  arena_ptr_ += s.size();
  arena_left_ -= s.size();
  return out;
}

PackedLoc Assembly::pack(SourceLoc loc) {
  if (loc.file.empty()) return PackedLoc{0, loc.line};
  if (loc.file.data() != last_loc_file_.data() || loc.file.size() != last_loc_file_.size()) {
    auto [it, fresh] = loc_file_index_.emplace(loc.file, static_cast<uint32_t>(loc_files_.size()));
    if (fresh) loc_files_.push_back(loc.file);
    last_loc_file_ = loc.file;
    last_loc_index_ = it->second;
  }
  return PackedLoc{last_loc_index_, loc.line};
}

SymbolId Assembly::find_symbol(std::string_view name) const {
  if (uint32_t id; numbered_.find(name, id)) return id == NumberedLabels::kEmpty ? kNoSymbol : id;
  uint32_t id = symbol_index_.find(name);
  return id == symbol_index_.kEmpty ? kNoSymbol : id;
}

SymbolId Assembly::find_or_make_symbol(std::string_view name) {
  bool made = false;
  return find_or_make_symbol(name, made);
}

SymbolId Assembly::find_or_make_symbol(std::string_view name, bool& made) {
  made = false;
  uint32_t* numbered = numbered_.slot(name);
  if (numbered && *numbered != NumberedLabels::kEmpty) return *numbered;
  auto make = [&] {
    made = true;
    Symbol& s = symbols_.emplace_back();
    s.name = intern(name);
    // Numeric local labels (`.L1\0021`) and gas's fake labels (\001) stay out even with -L.
    s.is_temp = s.name.starts_with(".L") &&
                (!keep_locals_ || s.name.find_first_of("\001\002") != std::string_view::npos);
    return static_cast<SymbolId>(symbols_.size() - 1);
  };
  SymbolId id;
  if (numbered) {
    id = make();
    *numbered = id;
  } else {
    id = symbol_index_.find_or_insert(name, make);
  }
  if (made && !symbols_[id].is_temp) enter_list(id);
  return id;
}

SymbolId Assembly::make_temp_symbol(std::string_view name) { return make_temp_symbol_static(intern(name)); }

SymbolId Assembly::make_temp_symbol_static(std::string_view name) {
  Symbol s;
  s.name = name;
  s.is_temp = true;
  symbols_.push_back(s);
  return static_cast<SymbolId>(symbols_.size() - 1);
}

SectionId Assembly::find_section(std::string_view name, std::string_view group, uint32_t unique_id) const {
  auto it = section_index_.find(name);
  if (it == section_index_.end()) return kNoSection;
  for (SectionId id = it->second; id != kNoSection; id = sections_[id].next_same_name)
    if (sections_[id].group == group && sections_[id].unique_id == unique_id) return id;
  return kNoSection;
}

SectionId Assembly::add_section(std::string_view name, uint32_t type, uint64_t flags) {
  Section s;
  s.name = intern(name);
  s.type = type;
  s.flags = flags;
  sections_.push_back(std::move(s));
  SectionId id = static_cast<SectionId>(sections_.size() - 1);
  auto [it, fresh] = section_index_.emplace(sections_.back().name, id);
  if (!fresh) {
    SectionId last = it->second;
    while (sections_[last].next_same_name != kNoSection) last = sections_[last].next_same_name;
    sections_[last].next_same_name = id;
  }
  Symbol sym;
  sym.name = sections_.back().name;
  sym.section = id;
  sym.defined = true;
  sym.is_section_symbol = true;
  sym.type = 3;  // STT_SECTION
  symbols_.push_back(sym);
  sections_.back().section_symbol = static_cast<SymbolId>(symbols_.size() - 1);
  enter_list(sections_.back().section_symbol);
  // A section's name used in an expression (`.long .text`) means its section symbol, as in gas.
  if (uint32_t* slot = numbered_.slot(sections_.back().name)) {
    if (*slot == NumberedLabels::kEmpty) *slot = sections_.back().section_symbol;
  } else if (symbol_index_.find(sections_.back().name) == symbol_index_.kEmpty) {
    symbol_index_.insert(sections_.back().section_symbol);
  }
  new_frag(id, 0);
  return id;
}

uint32_t Assembly::new_frag(SectionId sec, uint32_t subsection) {
  Section& s = sections_[sec];
  if (subsection != s.cur_subsection) {
    // Each subsection is a frchain of its own in gas, with its own obstack.
    FrchainModel next;
    for (auto& [sub, model] : s.other_frchains)
      if (sub == subsection) std::swap(next, model);
    std::erase_if(s.other_frchains, [&](const auto& e) { return e.first == subsection; });
    s.other_frchains.emplace_back(s.cur_subsection, s.frchain);
    s.frchain = next;
  }
  Fragment f;
  f.data_begin = s.data.size();
  f.subsection = subsection;
  s.frags.push_back(f);
  s.cur_subsection = subsection;
  return static_cast<uint32_t>(s.frags.size() - 1);
}

namespace {
/// The room gas's frag_var reserves for a variable tail: MAX_MEM_FOR_RS_ALIGN_CODE for code alignment, the fill
/// pattern for other alignment and for `.fill`, the opcode and largest displacement after a jump's fixed part,
/// the longest LEB128 gas writes for a 64-bit value.
size_t gas_max_chars(const Fragment& tail) {
  switch (tail.kind) {
    case FragKind::Align: return tail.code_fill ? (size_t{1} << tail.align_pow) - 1 : tail.fill_size;
    case FragKind::Space: return tail.code_fill ? 1 : tail.fill_size;
    case FragKind::Jump: return 5;
    case FragKind::Encoded: return 10;
    case FragKind::Org:
    case FragKind::Fixed: return 1;
  }
  return 1;
}
}  // namespace

uint32_t Assembly::cur_frag(SectionId sec) { return static_cast<uint32_t>(sections_[sec].frags.size() - 1); }

uint32_t Assembly::append(SectionId sec, const uint8_t* p, size_t n) {
  Section& s = sections_[sec];
  if (s.frchain.more(n)) note_wane(s, s.frags.back().fixed);
  return grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append(p, n); });
}

uint32_t Assembly::append_insn(SectionId sec, const uint8_t* p, size_t n, InsnPieces pieces) {
  Section& s = sections_[sec];
  if (s.frchain.roomy(n)) {
    s.frchain.take(n);
  } else {
    const uint32_t at = s.frags.back().fixed;
    for (size_t i = 0; i < n;) {
      size_t end = i + 1;
      while (end < n && !(pieces.starts >> end & 1)) ++end;
      const bool waned = (pieces.chars >> i & 1) ? s.frchain.append_1_char() : s.frchain.more(end - i);
      if (waned) note_wane(s, at + static_cast<uint32_t>(i));
      i = end;
    }
  }
  return grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append(p, n); });
}

uint32_t Assembly::append_chars(SectionId sec, const uint8_t* p, size_t n) {
  Section& s = sections_[sec];
  if (s.frchain.roomy(n)) {
    s.frchain.take(n);
  } else {
    const uint32_t at = s.frags.back().fixed;
    for (size_t i = 0; i < n; ++i)
      if (s.frchain.append_1_char()) note_wane(s, at + static_cast<uint32_t>(i));
  }
  return grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append(p, n); });
}

uint32_t Assembly::append_fill(SectionId sec, uint8_t b, size_t n) {
  Section& s = sections_[sec];
  const uint32_t at = grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append(n, b); });
  note_own_frag(s, at, 1);
  return at;
}

uint32_t Assembly::append_pattern(SectionId sec, const uint8_t* pat, size_t size, size_t count) {
  Section& s = sections_[sec];
  const uint32_t at = grow_fixed(s, size * count, [&](MappedVector<uint8_t>& d) {
    for (size_t i = 0; i < count; ++i) d.append(pat, size);
  });
  note_own_frag(s, at, size);
  return at;
}

uint32_t Assembly::append_own_frag(SectionId sec, const uint8_t* p, size_t n, size_t max_chars) {
  Section& s = sections_[sec];
  const uint32_t at = grow_fixed(s, n, [&](MappedVector<uint8_t>& d) { d.append(p, n); });
  note_own_frag(s, at, max_chars);
  return at;
}

void Assembly::note_wane(Section& s, uint32_t offset) {
  const uint32_t frag = static_cast<uint32_t>(s.frags.size() - 1);
  if (!s.gas_breaks.empty()) {
    const GasBreak& last = s.gas_breaks.back();
    if (last.frag == frag && last.fix_end == offset && last.next_start == offset) return;
  }
  s.gas_breaks.push_back({frag, offset, offset});
}

void Assembly::note_own_frag(Section& s, uint32_t begin, size_t max_chars) {
  if (s.frchain.var(max_chars)) note_wane(s, begin);
  s.gas_breaks.push_back({static_cast<uint32_t>(s.frags.size() - 1), begin, s.frags.back().fixed});
}

void Assembly::gas_frag_of(SectionId sec, uint32_t frag, uint32_t offset, uint32_t& start, uint32_t& fix_end) const {
  const Section& s = sections_[sec];
  start = 0;
  fix_end = s.frags[frag].fixed;
  // The first break at or after the label ends its frag; the one before starts it.
  auto it = std::lower_bound(s.gas_breaks.begin(), s.gas_breaks.end(), std::pair{frag, offset},
                             [](const GasBreak& b, std::pair<uint32_t, uint32_t> key) {
                               return b.frag < key.first || (b.frag == key.first && b.fix_end < key.second);
                             });
  if (it != s.gas_breaks.end() && it->frag == frag) fix_end = it->fix_end;
  if (it != s.gas_breaks.begin() && (it - 1)->frag == frag) start = (it - 1)->next_start;
}

void Assembly::close_frag(SectionId sec, const Fragment& tail) {
  Section& s = sections_[sec];
  Fragment& f = s.frags.back();
  if (s.frchain.var(gas_max_chars(tail))) note_wane(s, f.fixed);
  f.kind = tail.kind;
  f.align_pow = tail.align_pow;
  f.code_fill = tail.code_fill;
  f.cond = tail.cond;
  f.fill_size = tail.fill_size;
  f.max_skip = tail.max_skip;
  f.fill = tail.fill;
  f.expr = tail.expr;
  f.loc = tail.loc;
  f.long_form = tail.long_form;
  f.encoding = tail.encoding;
  f.param = tail.param;
  f.leb128_operand = tail.leb128_operand;
  new_frag(sec, s.cur_subsection);
}

bool Assembly::fixed_distance(SectionId sec, uint32_t fa, uint32_t fb, int64_t& delta) const {
  const Section& s = sections_[sec];
  if (fa == fb) { delta = 0; return true; }
  bool swap = fa > fb;
  uint32_t lo = swap ? fb : fa, hi = swap ? fa : fb;
  if (s.frags[lo].subsection != s.frags[hi].subsection) return false;
  // Fragments of other subsections made in between are laid out elsewhere: they do not separate these two.
  int64_t d = 0;
  for (uint32_t i = lo; i < hi; ++i) {
    const Fragment& f = s.frags[i];
    if (f.subsection != s.frags[lo].subsection) continue;
    if (f.kind != FragKind::Fixed) return false;
    d += f.fixed;
  }
  delta = swap ? -d : d;
  return true;
}

namespace {

/// Two's-complement arithmetic on 64-bit values, as gas's offsetT wraps (no undefined overflow).
int64_t wrap_add(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b)); }
int64_t wrap_sub(int64_t a, int64_t b) { return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b)); }

int64_t apply_binary(ExprOp op, int64_t a, int64_t b, bool& div_zero, bool& bad_shift) {
  uint64_t ua = static_cast<uint64_t>(a), ub = static_cast<uint64_t>(b);
  switch (op) {
    case ExprOp::Mul: return static_cast<int64_t>(ua * ub);
    case ExprOp::Div:
      if (b == 0) { div_zero = true; return a; }
      if (a == INT64_MIN && b == -1) return a;
      return a / b;
    case ExprOp::Mod:
      if (b == 0) { div_zero = true; return 0; }
      if (b == -1) return 0;
      return a % b;
    case ExprOp::Shl: if (ub >= 64) { bad_shift = true; return 0; } return static_cast<int64_t>(ua << ub);
    case ExprOp::Shr: if (ub >= 64) { bad_shift = true; return 0; } return static_cast<int64_t>(ua >> ub);
    case ExprOp::BitOr: return a | b;
    case ExprOp::BitOrNot: return a | ~b;
    case ExprOp::BitAnd: return a & b;
    case ExprOp::BitXor: return a ^ b;
    case ExprOp::Add: return static_cast<int64_t>(ua + ub);
    case ExprOp::Sub: return static_cast<int64_t>(ua - ub);
    case ExprOp::Eq: return a == b ? -1 : 0;
    case ExprOp::Ne: return a != b ? -1 : 0;
    case ExprOp::Lt: return a < b ? -1 : 0;
    case ExprOp::Le: return a <= b ? -1 : 0;
    case ExprOp::Gt: return a > b ? -1 : 0;
    case ExprOp::Ge: return a >= b ? -1 : 0;
    case ExprOp::LogAnd: return (a && b) ? 1 : 0;
    case ExprOp::LogOr: return (a || b) ? 1 : 0;
    default: return 0;
  }
}

}  // namespace

/// gas's spelling of each operator in its messages, by ExprOp.
constexpr std::string_view kOpNames[] = {"", "", "-", "~", "!", "*", "/", "%", "<<", ">>", "|", "|~", "&", "^",
                                         "+", "-", "==", "!=", "<", "<=", ">", ">=", "&&", "||"};

std::string_view Assembly::section_label(SectionId s) const {
  if (s == kCommonSection) return "*COM*";
  if (s == kAbsSection) return "*ABS*";
  if (s < sections_.size()) return sections_[s].name;
  return "*UND*";
}

std::string Assembly::bad_operands(SectionId a, SectionId b, ExprOp op) const {
  return fmt::format("invalid operands ({} and {} sections) for `{}'", section_label(a), section_label(b),
                     kOpNames[static_cast<int>(op)]);
}

std::string Assembly::bad_operand(SectionId a, ExprOp op) const {
  return fmt::format("invalid operand ({} section) for `{}'", section_label(a), kOpNames[static_cast<int>(op)]);
}

void Assembly::note_bad(ExprOp op, const Value& a, const Value& b) {
  auto sec = [&](const Value& v) { return v.add == kNoSymbol ? kAbsSection : symbol_section(v.add); };
  bad_op_ = bad_operands(sec(a), sec(b), op);
}

Value Assembly::subtract(Value a, const Value& b, bool final) {
  if (b.is_const()) {
    a.offset = wrap_sub(a.offset, b.offset);
    return a;
  }
  if (b.sub != kNoSymbol || a.sub != kNoSymbol || b.spec != RelocSpec::None) {
    a.ok = false;
    return a;
  }
  if (a.add == kNoSymbol) {
    // A constant minus a symbol: gas names the constant's stand-in symbol L0 in its messages.
    Value r;
    r.sub = b.add;
    r.offset = wrap_sub(a.offset, b.offset);
    r.abs_minuend = true;
    return r;
  }
  const Symbol& sa = symbols_[a.add];
  const Symbol& sb = symbols_[b.add];
  if (a.add == b.add) {
    a.add = kNoSymbol;
    a.offset = wrap_sub(a.offset, b.offset);
    a.spec = RelocSpec::None;
    return a;
  }
  if (sa.defined && sb.defined && sa.section == sb.section && sa.section < sections_.size() &&
      sa.equated == kNoExpr && sb.equated == kNoExpr && a.spec == RelocSpec::None) {
    Value r;
    if (final) {
      r.offset = wrap_sub(wrap_add(static_cast<int64_t>(symbol_address(a.add) - symbol_address(b.add)), a.offset), b.offset);
      return r;
    }
    int64_t delta = 0;
    if (fixed_distance(sa.section, sb.frag, sa.frag, delta)) {
      r.offset = wrap_sub(wrap_add(wrap_sub(wrap_add(delta, static_cast<int64_t>(sa.offset)), static_cast<int64_t>(sb.offset)), a.offset), b.offset);
      return r;
    }
  }
  a.sub = b.add;
  a.offset = wrap_sub(a.offset, b.offset);
  return a;
}

void Assembly::note_bad_unary(ExprOp op, const Value& a) {
  bad_op_ = bad_operand(a.add == kNoSymbol ? kAbsSection : symbol_section(a.add), op);
}

void Assembly::settle_equates() {
  for (SymbolId i = 0; i < symbols_.size(); ++i) {
    Symbol& s = symbols_[i];
    if (s.equated == kNoExpr) continue;
    Value v = resolve(s.equated);
    if (!v.ok || v.sub != kNoSymbol || v.spec != RelocSpec::None) continue;
    if (v.add == kNoSymbol) {
      s.defined = true;
      s.section = kAbsSection;
      s.offset = static_cast<uint64_t>(v.offset);
      s.equated = kNoExpr;
      continue;
    }
    const Symbol& t = symbols_[v.add];
    if (!t.defined || t.section >= sections_.size() || t.equated != kNoExpr) continue;
    s.defined = true;
    s.section = t.section;
    if (t.is_section_symbol) {
      s.frag = 0;
      s.offset = static_cast<uint64_t>(v.offset) - sections_[t.section].frags[0].address;
    } else {
      s.frag = t.frag;
      s.offset = t.offset + static_cast<uint64_t>(v.offset);
    }
    s.equated = kNoExpr;
  }
}

Value Assembly::fold(ExprId e) { return fold_node(e, false); }
Value Assembly::resolve(ExprId e) { return fold_node(e, true); }

SectionValue Assembly::resolve_sections(ExprId e, const SourceLoc* report) {
  const ExprNode n = exprs_[e];
  SectionValue r;
  // The value a symbol stands for in arithmetic: a common symbol's is its size, an undefined one's 0.
  auto full = [&](const SectionValue& v) {
    return v.section == kCommonSection ? wrap_add(v.value, static_cast<int64_t>(common(v.sym).size)) : v.value;
  };
  auto fail = [&](std::string_view message) {
    if (report) diag_.error(*report, message);
    r.ok = false;
    return r;
  };
  switch (n.op) {
    case ExprOp::Const: r.value = n.value; return r;
    case ExprOp::Sym: {
      Symbol& s = symbols_[n.sym];
      if (s.equated != kNoExpr && !s.resolving) {
        s.resolving = true;
        r = resolve_sections(s.equated, report);
        s.resolving = false;
        return r;
      }
      if (s.defined && s.section == kAbsSection) {
        r.value = static_cast<int64_t>(s.offset);
      } else if (s.defined && s.section < sections_.size()) {
        r.section = s.section;
        r.value = static_cast<int64_t>(symbol_address(n.sym));
      } else {
        r.section = s.is_common && !s.defined ? kCommonSection : kUndefSection;
        r.sym = n.sym;
      }
      return r;
    }
    case ExprOp::Neg:
    case ExprOp::BitNot:
    case ExprOp::LogNot: {
      SectionValue a = resolve_sections(n.lhs, report);
      if (!a.ok) return a;
      if (n.op == ExprOp::LogNot) {
        r.value = full(a) == 0 ? 1 : 0;
        return r;
      }
      if (a.section != kAbsSection)
        return fail(bad_operand(a.section, n.op));
      r.value = n.op == ExprOp::Neg ? wrap_sub(0, a.value) : ~a.value;
      return r;
    }
    default: break;
  }
  SectionValue a = resolve_sections(n.lhs, report);
  if (!a.ok) return a;
  SectionValue b = resolve_sections(n.rhs, report);
  if (!b.ok) return b;
  if (n.op == ExprOp::Add && b.section == kAbsSection) {
    a.value = wrap_add(a.value, b.value);
    return a;
  }
  if (n.op == ExprOp::Add && a.section == kAbsSection) {
    b.value = wrap_add(b.value, a.value);
    return b;
  }
  if (n.op == ExprOp::Sub && b.section == kAbsSection) {
    a.value = wrap_sub(a.value, b.value);
    return a;
  }
  // Subtraction and ordering need one section (the same symbol, if undefined); equality takes anything.
  const bool both_abs = a.section == kAbsSection && b.section == kAbsSection;
  const bool same = a.section == b.section && (a.section != kUndefSection || a.sym == b.sym);
  const bool ordered = n.op == ExprOp::Sub || (n.op >= ExprOp::Lt && n.op <= ExprOp::Ge);
  if (n.op == ExprOp::Eq || n.op == ExprOp::Ne) {
    const bool equal = same && full(a) == full(b);
    r.value = equal == (n.op == ExprOp::Eq) ? -1 : 0;
    return r;
  }
  if (!both_abs && !(ordered && same))
    return fail(bad_operands(a.section, b.section, n.op));
  bool div_zero = false, bad_shift = false;
  r.value = apply_binary(n.op, full(a), full(b), div_zero, bad_shift);
  return r;
}

uint64_t Assembly::symbol_address(SymbolId id) {
  const Symbol& s = symbols_[id];
  if (s.section >= sections_.size()) return s.offset;
  if (s.is_section_symbol) return 0;
  return sections_[s.section].frags[s.frag].address + s.offset;
}

SectionId Assembly::symbol_section(SymbolId id) {
  const Symbol& s = symbols_[id];
  if (s.equated != kNoExpr) {
    Value v = resolve(s.equated);
    if (!v.ok || v.sub != kNoSymbol) return kNoSection;
    if (v.add == kNoSymbol) return kAbsSection;
    return symbol_section(v.add);
  }
  return s.defined ? s.section : (s.is_common ? kCommonSection : kUndefSection);
}

Value Assembly::fold_node(ExprId e, bool final) {
  const ExprNode n = exprs_[e];
  Value v;
  switch (n.op) {
    case ExprOp::Const:
      v.offset = n.value;
      return v;
    case ExprOp::Sym: {
      Symbol& s = symbols_[n.sym];
      if (s.equated != kNoExpr && !s.resolving && n.spec == RelocSpec::None) {
        s.resolving = true;
        Value inner = fold_node(s.equated, final);
        s.resolving = false;
        // gas keeps a reference to an equated symbol whose value is a single external symbol as that symbol.
        if (inner.ok && (inner.add == kNoSymbol || inner.sub == kNoSymbol)) {
          if (inner.add == kNoSymbol || !(symbols_[inner.add].bind != SymBind::Local && false)) return inner;
        }
        v.add = n.sym;
        return v;
      }
      if (s.defined && s.section == kAbsSection && s.equated == kNoExpr && n.spec == RelocSpec::None) {
        v.offset = static_cast<int64_t>(s.offset);
        return v;
      }
      v.add = n.sym;
      v.spec = n.spec;
      return v;
    }
    case ExprOp::Neg:
    case ExprOp::BitNot:
    case ExprOp::LogNot: {
      Value a = fold_node(n.lhs, final);
      if (n.op == ExprOp::Neg && a.ok && a.add != kNoSymbol && a.sub == kNoSymbol && a.spec == RelocSpec::None) {
        // gas keeps `-sym` as `0 - sym`.
        Value r;
        r.sub = a.add;
        r.offset = static_cast<int64_t>(0 - static_cast<uint64_t>(a.offset));
        return r;
      }
      if (!a.is_const()) { if (a.ok) note_bad_unary(n.op, a); a.ok = false; return a; }
      if (n.op == ExprOp::Neg) a.offset = static_cast<int64_t>(0 - static_cast<uint64_t>(a.offset));
      else if (n.op == ExprOp::BitNot) a.offset = ~a.offset;
      else a.offset = a.offset ? 0 : 1;
      return a;
    }
    default: break;
  }
  Value a = fold_node(n.lhs, final);
  Value b = fold_node(n.rhs, final);
  if (!a.ok || !b.ok) { a.ok = false; return a; }
  // gas's parser rejects an operator on two symbols placed in different segments (a common symbol's is *COM*);
  // the operands' own message follows when the value is needed.
  auto check_segments = [&] {
    auto placed = [&](SymbolId s) { return symbols_[s].defined || symbols_[s].is_common; };
    if (!final && a.add != kNoSymbol && b.add != kNoSymbol && placed(a.add) && placed(b.add) &&
        symbol_section(a.add) != symbol_section(b.add))
      diag_.error(loc, "operation combines symbols in different segments");
  };
  if (n.op == ExprOp::Add) {
    if (b.is_const()) { a.offset = wrap_add(a.offset, b.offset); return a; }
    if (a.is_const()) { b.offset = wrap_add(b.offset, a.offset); return b; }
    if (a.sub == kNoSymbol && b.sub != kNoSymbol && b.add == kNoSymbol) { a.sub = b.sub; a.offset = wrap_add(a.offset, b.offset); return a; }
    if (b.sub == kNoSymbol && a.sub != kNoSymbol && a.add == kNoSymbol) { b.sub = a.sub; b.offset = wrap_add(b.offset, a.offset); return b; }
    check_segments();
    note_bad(n.op, a, b);
    a.ok = false;
    return a;
  }
  if (n.op == ExprOp::Sub) {
    Value r = subtract(a, b, final);
    if (!r.ok) note_bad(n.op, a, b);
    return r;
  }
  if (n.op >= ExprOp::Eq && n.op <= ExprOp::Ge && !(a.is_const() && b.is_const())) {
    // gas compares two symbols when their difference is known: `b > a` is `b - a > 0`.
    Value d = subtract(a, b, final);
    if (d.is_const()) {
      bool div_zero = false, bad_shift = false;
      Value r;
      r.offset = apply_binary(n.op, d.offset, 0, div_zero, bad_shift);
      return r;
    }
  }
  if (!a.is_const() || !b.is_const()) {
    check_segments();
    note_bad(n.op, a, b);
    a.ok = false;
    return a;
  }
  bool div_zero = false, bad_shift = false;
  Value r;
  r.offset = apply_binary(n.op, a.offset, b.offset, div_zero, bad_shift);
  if (!final && div_zero) diag_.warning(loc, "division by zero");
  if (!final && bad_shift)
    diag_.warningf(loc, "shift count out of range ({} is not between 0 and 63)", b.offset);
  return r;
}

}  // namespace gasket
