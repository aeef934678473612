#include "directives/state.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <charconv>

#include "emit/layout.hpp"

namespace gasket::directives {

namespace {
constexpr uint64_t SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
constexpr uint32_t SHT_PROGBITS = 1, SHT_NOBITS = 8;
}  // namespace

State::State(Assembly& a, const Options& o) : as(a), diag(a.diag()), loc(a.loc), table_map(o.default_table_map), opts(o) {
  for (const auto& [pattern, prefix] : o.table_maps) table_map.add_rule(pattern, prefix);
  text_sec = as.add_section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR);
  data_sec = as.add_section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE);
  bss_sec = as.add_section(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE);
  cur = SectionRef{text_sec, 0};
  prev = SectionRef{};
}

void State::switch_to(SectionId sec, uint32_t subsection) {
  prev = cur;
  cur = SectionRef{sec, subsection};
  Section& s = as.section(sec);
  if (s.frags.back().subsection != subsection) as.new_frag(sec, subsection);
}

bool State::in_code() const { return (as.section(cur.sec).flags & SHF_EXECINSTR) != 0; }

SymbolId State::dot() {
  char digits[10];
  const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, dot_count_++);
  (void)ec;
  scratch_.assign(".L.dot");
  scratch_.append(digits, end);
  SymbolId id = as.make_temp_symbol(scratch_);
  Symbol& s = as.symbol(id);
  s.defined = true;
  s.section = cur.sec;
  s.frag = as.cur_frag(cur.sec);
  s.offset = as.cur_offset(cur.sec);
  return id;
}

SymbolId State::symbol_ref(std::string_view name, bool at_operand_start) {
  bool made = false;
  SymbolId id = as.find_or_make_symbol(name, made);
  const bool existed = !made;
  as.symbol(id).referenced = true;
  if (insn_refs_.size() < 8) insn_refs_.push_back({id, existed, at_operand_start});
  return id;
}

void State::begin_insn() { insn_refs_.clear(); }

bool State::mov64_form(const x86::Insn& insn) {
  if (insn.mnemonic != "mov" && insn.mnemonic != "movq") return false;
  bool has_mem = false, has_r64 = false;
  for (uint8_t i = 0; i < insn.nops; ++i) {
    has_mem |= insn.ops[i].kind == x86::OperandKind::Mem;
    has_r64 |= insn.ops[i].kind == x86::OperandKind::Reg && insn.ops[i].reg.cls == x86::RegClass::Gpr64;
  }
  return has_mem && has_r64;
}

void State::convert_insn_refs(bool mov64) {
  // gas keeps `.L` symbols as light local symbols until something needs a full one. Observed on gas 2.40: an
  // instruction operand that begins with the name of a `.L` symbol that already existed (defined, or referenced
  // before) converts it (gas looks the name up as a possible register alias), and a 64-bit general-register
  // `mov` with a memory operand converts even a new one (its operands are looked at twice). The conversion
  // fixes the symbol's place in the symbol table, which matters when a relocation keeps the symbol.
  for (const InsnRef& r : insn_refs_)
    if (r.at_start && (r.existed || mov64)) as.enter_list(r.id);
  insn_refs_.clear();
}

SymbolId State::single_insn_ref() const {
  return insn_refs_.size() == 1 && insn_refs_[0].at_start ? insn_refs_[0].id : kNoSymbol;
}

namespace {
std::string fb_name(uint64_t n, uint32_t instance) { return fmt::format(".L{}\x02{}", n, instance); }
}  // namespace

SymbolId State::local_label_ref(uint64_t n, bool forward) {
  uint32_t inst = fb_instance_[n];
  if (!forward && inst == 0) diag.errorf(loc, "backward ref to unknown label \"{}:\"", n);
  if (forward) ++inst;
  SymbolId id = as.find_or_make_symbol(fb_name(n, inst));
  as.symbol(id).referenced = true;
  if (forward && !as.symbol(id).defined) fb_undefined_forward_.emplace((n << 20) ^ inst, id);
  return id;
}

void State::define_local_label(uint64_t n) {
  uint32_t inst = ++fb_instance_[n];
  SymbolId id = as.find_or_make_symbol(fb_name(n, inst));
  Symbol& s = as.symbol(id);
  s.defined = true;
  s.section = cur.sec;
  s.frag = as.cur_frag(cur.sec);
  s.offset = as.cur_offset(cur.sec);
  lines.emit_label(id, cur.sec, cur.subsection, loc);
}

void State::check_local_labels() {
  for (auto& [key, id] : fb_undefined_forward_) {
    (void)key;
    const Symbol& s = as.symbol(id);
    if (s.defined) continue;
    std::string_view nm = s.name.substr(2);
    size_t sep = nm.find('\x02');
    diag.errorf(SourceLoc{}, "local label `\"{}\" (instance number {} of a fb label)' is not defined",
                nm.substr(0, sep), nm.substr(sep + 1));
  }
}

void State::define_label(std::string_view name) {
  SymbolId id = as.find_or_make_symbol(name);
  Symbol& s = as.symbol(id);
  if (s.defined || s.equated != kNoExpr) {
    if (s.equated != kNoExpr && !s.equiv && !s.defined) {
    } else {
      diag.errorf(loc, "symbol `{}' is already defined", name);
      return;
    }
  }
  s.equated = kNoExpr;
  s.defined = true;
  s.section = cur.sec;
  s.frag = as.cur_frag(cur.sec);
  s.offset = as.cur_offset(cur.sec);
  lines.emit_label(id, cur.sec, cur.subsection, loc);
}

void State::add_fixup(uint32_t where, uint8_t size, bool pcrel, bool is_signed, ExprId e, uint16_t reloc,
                      bool branch, int32_t bias) {
  Fixup fx;
  fx.frag = as.cur_frag(cur.sec);
  fx.where = where;
  fx.size = size;
  fx.pcrel = pcrel;
  fx.is_signed = is_signed;
  fx.reloc = reloc;
  fx.branch = branch;
  if (branch) {
    const Value v = as.fold(e);
    fx.plt_when_read = v.add != kNoSymbol && need_plt32(as, v.add);
  }
  fx.pcrel_bias = bias;
  fx.expr = e;
  fx.loc = as.pack(loc);
  as.section(cur.sec).fixups.push_back(fx);
}

void State::emit_value(ExprId e, unsigned size) { emit_value(e, size, as.fold(e)); }

void State::warn_truncated(uint64_t value, uint64_t mask) {
  diag.warningf(loc, "value 0x{:x} truncated to 0x{:x}", value, value & mask);
}

void State::emit_value(ExprId e, unsigned size, const Value& v) {
  if (v.is_const() && v.spec == RelocSpec::None) {
    emit_constant(v.offset, size);
    return;
  }
  uint8_t buf[8] = {};
  uint32_t at = as.append(cur.sec, buf, size);
  add_fixup(at, static_cast<uint8_t>(size), false, false, e);
}

ExprRef State::make_ref(ExprId e) {
  ExprRef r;
  r.id = e;
  if (e == kNoExpr) return r;
  Value v = as.fold(e);
  r.spec = v.spec;
  if (v.is_const() && v.spec == RelocSpec::None) {
    r.known = true;
    r.value = v.offset;
  }
  return r;
}

void State::emit_insn_bytes(const uint8_t* bytes, uint8_t size, InsnPieces pieces) {
  lines.emit_insn(cur.sec, cur.subsection, loc);
  as.append_insn(cur.sec, bytes, size, pieces);
}

bool State::assemble_insn(const x86::Insn& insn, std::string_view text, x86::Encoding& enc) {
  std::string err, warn;
  (void)text;
  if (!x86::encode(insn, enc, err, warn)) {
    diag.error(loc, err);
    return false;
  }
  if (!warn.empty()) diag.warning(loc, warn);
  place_insn(enc, mov64_form(insn), kNoExpr);
  return true;
}

void State::emit_insn_template(const x86::Encoding& tmpl, bool mov64, std::string_view name, SymbolId found,
                               RelocSpec spec) {
  begin_insn();
  SymbolId id = found;
  if (id == kNoSymbol) {
    id = symbol_ref(name, true);
  } else {
    as.symbol(id).referenced = true;
    insn_refs_.push_back({id, true, true});
  }
  const ExprId e = as.exprs().symbol(id, spec);
  place_insn(tmpl, mov64, e);
}

void State::place_insn(const x86::Encoding& enc, bool mov64, ExprId value) {
  lines.emit_insn(cur.sec, cur.subsection, loc);
  convert_insn_refs(mov64);
  uint32_t start = 0;
  if (enc.relax != x86::JumpRelax::None) {
    // gas's output_branch: room for the prefixes, two opcode bytes and a rel32; the prefixes and the short
    // opcode in one request; the rest in the jump's frag_var (close_frag).
    as.grow(cur.sec, enc.size + 5u);
    start = as.append(cur.sec, enc.bytes.data(), enc.size);
  } else {
    start = as.append_insn(cur.sec, enc.bytes.data(), enc.size, enc.pieces);
  }
  for (uint8_t i = 0; i < enc.nfixups; ++i) {
    const x86::EncodedFixup& f = enc.fixups[i];
    ExprId e = value != kNoExpr ? value : f.value.id;
    if (e == kNoExpr) e = as.exprs().constant(f.value.value);
    int32_t bias = f.pcrel ? -static_cast<int32_t>(enc.size - f.offset) : 0;
    add_fixup(start + f.offset, f.size, f.pcrel, f.is_signed, e, f.reloc, f.branch, bias);
  }
  if (enc.relax != x86::JumpRelax::None) {
    Fragment tail;
    tail.kind = FragKind::Jump;
    tail.cond = enc.relax == x86::JumpRelax::Jmp ? 0xff : enc.cond;
    tail.expr = value != kNoExpr ? value : enc.target.id;
    tail.loc = as.pack(loc);
    as.close_frag(cur.sec, tail);
  }
}

SectionId State::find_section(std::string_view name, std::string_view group, uint32_t unique_id,
                              std::string_view linked) const {
  for (SectionId id = as.find_section(name, group, unique_id); id != kNoSection;
       id = as.section(id).next_same_name) {
    const Section& s = as.section(id);
    if (s.name == name && s.group == group && s.unique_id == unique_id && s.linked == linked) return id;
  }
  return kNoSection;
}

SectionId State::get_section(std::string_view name, bool flags_given, uint64_t flags, uint32_t type,
                             bool type_given, uint64_t entsize, std::string_view group, bool comdat,
                             std::string_view linked, bool special, uint32_t unique_id) {
  SectionId id = find_section(name, group, unique_id, linked);
  if (id != kNoSection) {
    // A second sight of a section (obj_elf_change_section): a special name only warns about a changed type or
    // changed attributes, any other name is an error.
    Section& s = as.section(id);
    if (type_given && type != s.type) {
      if (special)
        diag.warningf(loc, "ignoring changed section type for {}", name);
      else
        diag.errorf(loc, "changed section type for {}", name);
    }
    if (flags_given && flags != 0) {
      constexpr uint64_t kCompared = 0x1 | 0x2 | 0x4 | 0x10 | 0x20 | 0x400 | 0x80000000;
      uint32_t new_type = type_given ? type : s.type;
      auto key = [&](uint64_t f, uint32_t t) { return (f & kCompared) | (t == 8 ? uint64_t{1} << 40 : 0); };
      if (key(flags, new_type) != key(s.flags, s.type)) {
        if (special)
          diag.warningf(loc, "ignoring changed section attributes for {}", name);
        else
          diag.errorf(loc, "changed section attributes for {}", name);
      } else {
        s.flags = flags;
      }
      if ((flags & 0x10) && s.entsize != entsize) diag.errorf(loc, "changed section entity size for {}", name);
    }
    return id;
  }
  id = as.add_section(name, type, flags);
  Section& s = as.section(id);
  s.unique_id = unique_id;
  s.entsize = entsize;
  s.group = group.empty() ? std::string_view{} : as.intern(group);
  s.comdat = comdat;
  s.linked = linked.empty() ? std::string_view{} : as.intern(linked);
  return id;
}

ExprId Args::quick_expr() {
  // Most directive operands in compiler output are a plain number, a plain symbol, or a short chain of those
  // joined by `+`/`-` (DWARF and exception tables: `a-b`, `a+n`, `a-1-b`); they skip the grammar. Anything
  // else, including what would be an error, is left to it.
  std::string_view saved = rest_;
  ExprId acc = quick_term();
  if (acc == kNoExpr) return kNoExpr;
  for (int terms = 1;; ++terms) {
    std::string_view r = rest_;
    size_t i = 0;
    while (i < r.size() && (r[i] == ' ' || r[i] == '\t')) ++i;
    // The expression ends at a comma, the end, or (in blank-separated operand lists such as `.loc`'s) where
    // the next token starts.
    if (i == r.size() || r[i] == ',' || (i > 0 && (is_name_char(r[i]) || r[i] == '"'))) return acc;
    if ((r[i] != '-' && r[i] != '+') || terms == 4) {
      rest_ = saved;
      return kNoExpr;
    }
    const ExprOp op = r[i] == '-' ? ExprOp::Sub : ExprOp::Add;
    ++i;
    while (i < r.size() && (r[i] == ' ' || r[i] == '\t')) ++i;
    rest_ = r.substr(i);
    const ExprId b = quick_term();
    if (b == kNoExpr) {
      rest_ = saved;
      return kNoExpr;
    }
    acc = st_.as.exprs().binary(op, acc, b);
  }
}

ExprId Args::quick_term() {
  std::string_view r = rest_;
  if (r.empty()) return kNoExpr;
  char c = r.front();
  if (c == '-' && r.size() > 1 && r[1] >= '0' && r[1] <= '9') {
    // A negative literal (`.sleb128 -8`): the number, negated.
    rest_.remove_prefix(1);
    const ExprId e = quick_term();
    if (e == kNoExpr || st_.as.exprs()[e].op != ExprOp::Const) {
      rest_ = r;
      return kNoExpr;
    }
    st_.as.exprs()[e].value = static_cast<int64_t>(0 - static_cast<uint64_t>(st_.as.exprs()[e].value));
    return e;
  }
  if (c >= '0' && c <= '9') {
    uint64_t v;
    const size_t i = scan_literal(r, v);
    if (i == 0 || (i < r.size() && (is_name_char(r[i]) || r[i] == '(' || r[i] == '\''))) return kNoExpr;
    rest_.remove_prefix(i);
    return st_.as.exprs().constant(static_cast<int64_t>(v));
  }
  if (is_name_start(c) && c != '$') {
    size_t i = 1;
    while (i < r.size() && is_name_char(r[i])) ++i;
    if (i < r.size() && (r[i] == '@' || r[i] == '(' || r[i] == '"')) return kNoExpr;
    std::string_view name = r.substr(0, i);
    rest_.remove_prefix(i);
    if (name == ".") return st_.as.exprs().symbol(st_.dot());
    return st_.as.exprs().symbol(st_.symbol_ref(name));
  }
  return kNoExpr;
}

ExprId Args::expr() {
  skip_ws();
  if (ExprId q = quick_expr(); q != kNoExpr) return q;
  std::string_view before = rest_;
  ExprId e = st_.reader->read_expr(rest_);
  if (e == kNoExpr) {
    rest_ = before;
    if (rest_.empty() || rest_.front() == ',') {
      st_.diag.warning(st_.loc, "zero assumed for missing expression");
    } else {
      st_.diag.error(st_.loc, "bad expression");
      // gas skips the one character that cannot start an operand and goes on from there.
      if (std::string_view(")]}@=%?:`\\").find(rest_.front()) != std::string_view::npos)
        rest_.remove_prefix(1);
      else
        rest_ = {};
    }
    e = st_.as.exprs().constant(0);
  }
  return e;
}

bool Args::plain_number(int64_t& out) {
  int64_t n;
  const size_t j = scan_number(rest_, n);
  if (j == 0 || (j != rest_.size() && rest_[j] != ',')) return false;
  rest_.remove_prefix(j);
  out = n;
  return true;
}

bool Args::absolute(int64_t& out) {
  // Most absolute operands (.loc's numbers, alignments, sizes) are one plain literal.
  skip_ws();
  uint64_t lit;
  if (const size_t i = scan_literal(rest_, lit); i != 0) {
    size_t j = i;
    while (j < rest_.size() && (rest_[j] == ' ' || rest_[j] == '\t')) ++j;
    if (j == rest_.size() || rest_[j] == ',' || (j > i && (is_name_start(rest_[j]) || (rest_[j] >= '0' && rest_[j] <= '9')))) {
      rest_.remove_prefix(i);
      out = static_cast<int64_t>(lit);
      return true;
    }
  }
  const size_t mark = st_.as.exprs().size();
  ExprId e = expr();
  Value v = st_.as.fold(e);
  // Only the number is kept: the nodes just made are dead (symbols they named stay in the symbol table).
  st_.as.exprs().truncate(mark);
  if (!v.is_const()) {
    st_.diag.error(st_.loc, "bad or irreducible absolute expression");
    out = 0;
    return false;
  }
  out = v.offset;
  return true;
}

void decode_escape(std::string_view s, size_t& i, std::string& out) {
  if (i >= s.size()) return;
  char c = s[i++];
  switch (c) {
    case 'b': out.push_back('\b'); return;
    case 'f': out.push_back('\f'); return;
    case 'n': out.push_back('\n'); return;
    case 'r': out.push_back('\r'); return;
    case 't': out.push_back('\t'); return;
    case 'v': out.push_back('\v'); return;
    case 'x':
    case 'X': {
      unsigned v = 0;
      while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
        char d = s[i++];
        v = v * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(d)) ? d - '0' : (d | 0x20) - 'a' + 10);
      }
      out.push_back(static_cast<char>(v & 0xff));
      return;
    }
    default:
      if (c >= '0' && c <= '7') {
        unsigned v = static_cast<unsigned>(c - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + static_cast<unsigned>(s[i++] - '0');
        out.push_back(static_cast<char>(v & 0xff));
        return;
      }
      out.push_back(c);
  }
}

bool Args::string(std::string& out) {
  skip_ws();
  out.clear();
  if (rest_.empty() || rest_.front() != '"') {
    st_.diag.error(st_.loc, "expected string");
    return false;
  }
  size_t i = 1;
  while (i < rest_.size() && rest_[i] != '"') {
    size_t run = i;
    while (run < rest_.size() && rest_[run] != '"' && rest_[run] != '\\' && rest_[run] != '\n') ++run;
    if (run > i) {
      out.append(rest_.data() + i, run - i);
      i = run;
      continue;
    }
    if (rest_[i] == '\\') {
      ++i;
      decode_escape(rest_, i, out);
    } else {
      if (rest_[i] == '\n') {
        // A string continued over lines (see StatementReader::run): gas warns once per line it spans.
        st_.diag.warning(st_.loc, "unterminated string; newline inserted");
        ++st_.loc.line;
      }
      out.push_back(rest_[i++]);
    }
  }
  if (i >= rest_.size()) {
    st_.diag.error(st_.loc, "missing closing `\"'");
    rest_ = {};
    return false;
  }
  rest_.remove_prefix(i + 1);
  return true;
}

std::string_view Args::name() {
  skip_ws();
  if (!rest_.empty() && rest_.front() == '"') {
    if (!string(name_buf_)) return {};
    return name_buf_;
  }
  size_t i = 0;
  while (i < rest_.size() && is_name_char(rest_[i])) ++i;
  std::string_view n = rest_.substr(0, i);
  rest_.remove_prefix(i);
  return n;
}

void Args::junk() {
  st_.diag.errorf(st_.loc, "junk at end of line, first unrecognized character is `{}'", rest_.front());
}

}  // namespace gasket::directives
