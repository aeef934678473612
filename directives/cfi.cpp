// The `.cfi_*` directives: they record call-frame operations for emit/cfi.cpp, which writes .eh_frame and
// .debug_frame at the end (cfi_finish). Operands, checks and messages follow gas's dw2gencfi.c; registers
// are read as gas's x86 target reads them (`%rbp`, `rbp`, `st(1)`, or an absolute expression).
#include "directives/cfi.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "directives/handlers.hpp"

namespace gasket::directives {
namespace {

struct RegName {
  std::string_view name;
  int num;
};

constexpr std::array kFixedRegs = {
    RegName{"rax", 0},     RegName{"rdx", 1},     RegName{"rcx", 2},    RegName{"rbx", 3},
    RegName{"rsi", 4},     RegName{"rdi", 5},     RegName{"rbp", 6},    RegName{"rsp", 7},
    RegName{"rip", 16},    RegName{"st", 33},     RegName{"rflags", 49}, RegName{"eflags", 49},
    RegName{"es", 50},     RegName{"cs", 51},     RegName{"ss", 52},    RegName{"ds", 53},
    RegName{"fs", 54},     RegName{"gs", 55},     RegName{"fs.base", 58}, RegName{"gs.base", 59},
    RegName{"tr", 62},     RegName{"ldtr", 63},   RegName{"mxcsr", 64}, RegName{"fcw", 65},
    RegName{"fsw", 66},
};

/// Numbered families: prefix, first and last number, DWARF number of the first.
struct RegFamily {
  std::string_view prefix;
  int lo, hi, base;
};

constexpr std::array kRegFamilies = {
    RegFamily{"r", 8, 15, 8},     RegFamily{"xmm", 0, 15, 17}, RegFamily{"xmm", 16, 31, 67},
    RegFamily{"st", 0, 7, 33},    RegFamily{"mm", 0, 7, 41},   RegFamily{"k", 0, 7, 118},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// True for names gas knows as registers even though they have no DWARF number in 64-bit code.
bool other_register(std::string_view name) {
  if (x86::register_by_name(name).valid()) return true;
  std::string n = lower(name);
  for (std::string_view p : {"ymm", "zmm", "k", "cr", "dr", "bnd", "tmm"}) {
    if (n.size() <= p.size() || n.compare(0, p.size(), p) != 0) continue;
    if (std::all_of(n.begin() + static_cast<std::ptrdiff_t>(p.size()), n.end(),
                    [](char c) { return c >= '0' && c <= '9'; }))
      return true;
  }
  return false;
}

uint64_t frch_key(const State& st) { return (uint64_t{st.cur.sec} << 32) | st.cur.subsection; }

OpenFde* open_fde(State& st) {
  auto it = st.cfi.open.find(frch_key(st));
  return it == st.cfi.open.end() ? nullptr : &it->second;
}

Fde& fde_of(State& st, const OpenFde& o) { return st.cfi.frames.fdes[o.fde]; }

/// The open FDE of the current subsection, or nullptr after gas's message (the rest of the line is ignored).
OpenFde* require_open(State& st, Args& a) {
  OpenFde* o = open_fde(st);
  if (!o) {
    st.diag.error(st.loc, "CFI instruction used without previous .cfi_startproc");
    a.set_rest({});
  }
  return o;
}

/// Records an advance to here when the last operation was elsewhere (another fragment or offset).
void advance_to_here(State& st, OpenFde& o) {
  const Symbol& last = st.as.symbol(o.last_address);
  if (last.frag == st.as.cur_frag(st.cur.sec) && last.offset == st.as.cur_offset(st.cur.sec)) return;
  CfiInsn insn;
  insn.op = CfiOp::AdvanceLoc;
  insn.from = o.last_address;
  insn.to = st.dot();
  o.last_address = insn.to;
  fde_of(st, o).insns.push_back(insn);
}

CfiInsn& add_insn(State& st, OpenFde& o, CfiOp op) {
  Fde& fde = fde_of(st, o);
  fde.insns.push_back(CfiInsn{});
  fde.insns.back().op = op;
  return fde.insns.back();
}

bool is_operator(char c) {
  return std::string_view("+-*/%<>&|^!=~").find(c) != std::string_view::npos;
}

/// A register name at the front of `rest`, after an optional `%` (`st(N)` included): its length, with `num`
/// its DWARF number or -1 for a register gas knows without one. 0 when no register name is there.
size_t register_token(std::string_view rest, int& num) {
  size_t begin = !rest.empty() && rest.front() == '%' ? 1 : 0;
  if (begin >= rest.size() || !is_name_start(rest[begin])) return 0;
  size_t end = begin;
  while (end < rest.size() && is_name_char(rest[end])) ++end;
  std::string_view name = rest.substr(begin, end - begin);
  num = dwarf_register(name);
  if (num == 33 && name.size() == 2) {
    // st(N), with blanks allowed around the number.
    size_t k = end;
    auto blanks = [&] { while (k < rest.size() && (rest[k] == ' ' || rest[k] == '\t')) ++k; };
    blanks();
    if (k < rest.size() && rest[k] == '(') {
      ++k;
      blanks();
      if (k < rest.size() && rest[k] >= '0' && rest[k] <= '7') {
        int n = rest[k++] - '0';
        blanks();
        if (k < rest.size() && rest[k] == ')') {
          num = 33 + n;
          end = k + 1;
        }
      }
    }
  }
  return num >= 0 || other_register(name) ? end : 0;
}

/// A register operand: a name with or without `%`, `st(N)`, or an absolute expression (gas's cfi_parse_reg).
uint32_t parse_reg(State& st, Args& a) {
  a.skip_ws();
  std::string_view rest = a.rest();
  if (int64_t n; a.plain_number(n)) {
    if (n >= 0 && n <= UINT32_MAX) return static_cast<uint32_t>(n);
    a.set_rest(rest);
  }
  int num = -1;
  if (size_t len = register_token(rest, num)) {
    a.set_rest(rest.substr(len));
    a.skip_ws();
    std::string_view after = a.rest();
    if (num >= 0 && !after.empty() && is_operator(after.front())) {
      after.remove_prefix(1);
      st.reader->read_expr(after);
      a.set_rest(after);
      num = -1;
    }
    if (num < 0) {
      st.diag.error(st.loc, "bad register expression");
      return 0;
    }
    return static_cast<uint32_t>(num);
  }
  if (!rest.empty() && rest.front() == '%') {
    st.diag.error(st.loc, "bad expression");
    a.set_rest(rest.substr(1));
    return 0;
  }
  ExprId e = st.reader->read_expr(rest);
  a.set_rest(rest);
  if (e != kNoExpr) {
    Value v = st.as.fold(e);
    if (v.is_const() && v.offset >= 0) return static_cast<uint32_t>(v.offset);
  }
  st.diag.error(st.loc, "bad register expression");
  return 0;
}

/// An absolute expression; a missing one is 0 without a message (gas's get_absolute_expression).
int64_t parse_const(State& st, Args& a) {
  a.skip_ws();
  if (int64_t n; a.plain_number(n)) return n;
  std::string_view rest = a.rest();
  int num = -1;
  if (size_t len = !rest.empty() && rest.front() == '%' ? register_token(rest, num) : 0) {
    // A register is an operand of gas's expressions, but not an absolute one.
    st.diag.error(st.loc, "bad or irreducible absolute expression");
    a.set_rest(rest.substr(len));
    return 0;
  }
  ExprId e = st.reader->read_expr(rest);
  if (e == kNoExpr) {
    if (!rest.empty() && rest.front() != ',') {
      st.diag.error(st.loc, "bad expression");
      a.set_rest({});
    }
    return 0;
  }
  a.set_rest(rest);
  Value v = st.as.fold(e);
  if (!v.is_const()) {
    st.diag.error(st.loc, "bad or irreducible absolute expression");
    return 0;
  }
  return v.offset;
}

void parse_separator(State& st, Args& a) {
  if (!a.eat(',')) st.diag.error(st.loc, "missing separator");
}

/// `REG,`: a register operand and the separator after it.
uint32_t parse_reg_comma(State& st, Args& a) {
  uint32_t reg = parse_reg(st, a);
  parse_separator(st, a);
  return reg;
}

void add_offset(State& st, OpenFde& o, CfiOp op, uint32_t reg, int64_t offset) {
  CfiInsn& insn = add_insn(st, o, op);
  insn.reg = reg;
  insn.offset = offset;
  if (offset % 8 != 0) st.diag.error(st.loc, "register save offset not a multiple of 8");
}

void set_cfa_offset(State& st, OpenFde& o, int64_t offset) {
  add_insn(st, o, CfiOp::DefCfaOffset).offset = offset;
  o.cur_cfa_offset = offset;
}

/// True if `encoding` is one gas can emit on x86-64 (absolute or pcrel, 2/4/8 bytes).
bool valid_encoding(int64_t encoding) {
  if ((encoding & 0xff) != encoding) return false;
  if ((encoding & 0x70) != 0 && (encoding & 0x70) != eh_pe::kPcRel) return false;
  return (encoding & 7) != eh_pe::kUleb128 && (encoding & 7) <= eh_pe::kUdata8;
}

/// A personality/LSDA/encoded address is a symbol plus constant, or a constant unless pcrel.
bool valid_pointer(const Value& v, int64_t encoding) {
  if (!v.ok || v.sub != kNoSymbol || v.spec != RelocSpec::None) return false;
  return v.add != kNoSymbol || (encoding & 0x70) != eh_pe::kPcRel;
}

}  // namespace

int dwarf_register(std::string_view name) {
  std::string n = lower(name);
  for (const RegName& r : kFixedRegs)
    if (n == r.name) return r.num;
  for (const RegFamily& f : kRegFamilies) {
    if (n.size() <= f.prefix.size() || n.compare(0, f.prefix.size(), f.prefix) != 0) continue;
    std::string_view digits = std::string_view(n).substr(f.prefix.size());
    if (digits.size() > 2 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    if (digits.size() == 2 && digits.front() == '0') continue;
    int v = std::stoi(std::string(digits));
    if (v >= f.lo && v <= f.hi) return f.base + v - f.lo;
  }
  return -1;
}

void d_cfi(State& st, Args& a, int op) {
  OpenFde* o = require_open(st, a);
  if (!o) return;
  advance_to_here(st, *o);
  switch (op) {
    case kCfiOffset:
    case kCfiValOffset:
    case kCfiRelOffset: {
      uint32_t reg = parse_reg_comma(st, a);
      int64_t offset = parse_const(st, a);
      if (op == kCfiRelOffset) offset -= o->cur_cfa_offset;
      add_offset(st, *o, op == kCfiValOffset ? CfiOp::ValOffset : CfiOp::Offset, reg, offset);
      break;
    }
    case kCfiDefCfa: {
      uint32_t reg = parse_reg_comma(st, a);
      CfiInsn& insn = add_insn(st, *o, CfiOp::DefCfa);
      insn.reg = reg;
      insn.offset = o->cur_cfa_offset = parse_const(st, a);
      break;
    }
    case kCfiRegister: {
      uint32_t reg = parse_reg_comma(st, a);
      CfiInsn& insn = add_insn(st, *o, CfiOp::Register);
      insn.reg = reg;
      insn.reg2 = parse_reg(st, a);
      break;
    }
    case kCfiDefCfaRegister: add_insn(st, *o, CfiOp::DefCfaRegister).reg = parse_reg(st, a); break;
    case kCfiDefCfaOffset: set_cfa_offset(st, *o, parse_const(st, a)); break;
    case kCfiAdjustCfaOffset: {
      int64_t delta = parse_const(st, a);
      set_cfa_offset(st, *o, o->cur_cfa_offset + delta);
      break;
    }
    case kCfiRestore:
    case kCfiUndefined:
      for (;;) {
        uint32_t reg = parse_reg(st, a);
        add_insn(st, *o, op == kCfiRestore ? CfiOp::Restore : CfiOp::Undefined).reg = reg;
        if (!a.eat(',')) break;
      }
      break;
    case kCfiSameValue: add_insn(st, *o, CfiOp::SameValue).reg = parse_reg(st, a); break;
    case kCfiReturnColumn: fde_of(st, *o).return_column = parse_reg(st, a); break;
    case kCfiRememberState:
      add_insn(st, *o, CfiOp::RememberState);
      o->cfa_save_stack.push_back(o->cur_cfa_offset);
      break;
    case kCfiRestoreState:
      add_insn(st, *o, CfiOp::RestoreState);
      if (o->cfa_save_stack.empty()) {
        st.diag.error(st.loc, "CFI state restore without previous remember");
      } else {
        o->cur_cfa_offset = o->cfa_save_stack.back();
        o->cfa_save_stack.pop_back();
      }
      break;
    case kCfiWindowSave: add_insn(st, *o, CfiOp::WindowSave); break;
    case kCfiSignalFrame: fde_of(st, *o).signal_frame = true; break;
    default: break;
  }
  a.end();
}

void d_cfi_escape(State& st, Args& a, int) {
  OpenFde* o = require_open(st, a);
  if (!o) return;
  advance_to_here(st, *o);
  CfiInsn insn;
  insn.op = CfiOp::Escape;
  insn.escape_first = static_cast<uint32_t>(st.cfi.frames.escapes.size());
  do {
    a.skip_ws();
    std::string_view rest = a.rest();
    ExprId e = st.reader->read_expr(rest);
    if (e == kNoExpr && !rest.empty() && rest.front() != ',') {
      st.diag.error(st.loc, "bad expression");
      rest = {};
      e = st.as.exprs().constant(0);
    }
    a.set_rest(rest);
    st.cfi.frames.escapes.push_back(e);
    ++insn.escape_count;
  } while (a.eat(','));
  fde_of(st, *o).insns.push_back(insn);
  a.end();
}

void d_cfi_pointer(State& st, Args& a, int lsda) {
  OpenFde* o = require_open(st, a);
  if (!o) return;
  std::string_view what = lsda ? ".cfi_lsda" : ".cfi_personality";
  Fde& fde = fde_of(st, *o);
  CfiPointer& p = lsda ? fde.lsda : fde.personality;
  int64_t encoding = parse_const(st, a);
  if (encoding == eh_pe::kOmit) {
    p.encoding = eh_pe::kOmit;
    a.end();
    return;
  }
  if (!valid_encoding(encoding)) {
    st.diag.errorf(st.loc, "invalid or unsupported encoding in {}", what);
    a.set_rest({});
    return;
  }
  if (!a.eat(',')) {
    st.diag.errorf(st.loc, "{} requires encoding and symbol arguments", what);
    a.set_rest({});
    return;
  }
  a.skip_ws();
  std::string_view rest = a.rest();
  ExprId e = st.reader->read_expr(rest);
  a.set_rest(rest);
  Value v = e == kNoExpr ? Value{kNoSymbol, kNoSymbol, 0, RelocSpec::None, false} : st.as.fold(e);
  p.encoding = static_cast<uint8_t>(encoding);
  if (!valid_pointer(v, encoding)) {
    p.encoding = eh_pe::kOmit;
    st.diag.errorf(st.loc, "wrong second argument to {}", what);
    a.set_rest({});
    return;
  }
  p.expr = e;
  p.value = v;
  a.end();
}

void d_cfi_val_encoded_addr(State& st, Args& a, int) {
  OpenFde* o = require_open(st, a);
  if (!o) return;
  advance_to_here(st, *o);
  size_t index = fde_of(st, *o).insns.size();
  add_insn(st, *o, CfiOp::ValEncodedAddr);
  uint32_t reg = parse_reg_comma(st, a);
  int64_t encoding = parse_const(st, a);
  if (!valid_encoding(encoding)) {
    st.diag.error(st.loc, "invalid or unsupported encoding in .cfi_lsda");
    encoding = eh_pe::kOmit;
  }
  parse_separator(st, a);
  a.skip_ws();
  std::string_view rest = a.rest();
  ExprId e = st.reader->read_expr(rest);
  a.set_rest(rest);
  if (e == kNoExpr || !valid_pointer(st.as.fold(e), encoding)) encoding = eh_pe::kOmit;
  CfiInsn& insn = fde_of(st, *o).insns[index];
  insn.reg = reg;
  insn.expr = e;
  insn.encoding = static_cast<uint8_t>(encoding);
  if (encoding == eh_pe::kOmit) {
    st.diag.error(st.loc, "wrong third argument to .cfi_val_encoded_addr");
    a.set_rest({});
    return;
  }
  a.end();
}

void d_cfi_label(State& st, Args& a, int) {
  OpenFde* o = require_open(st, a);
  if (!o) return;
  a.skip_ws();
  std::string_view name;
  if (!a.at_end() && (is_name_start(a.rest().front()) || a.rest().front() == '"')) name = a.name();
  if (name.empty()) {
    st.diag.error(st.loc, "expected symbol name");
    a.set_rest({});
    return;
  }
  std::string_view interned = st.as.intern(name);
  advance_to_here(st, *o);
  add_insn(st, *o, CfiOp::Label).name = interned;
  a.end();
}

void d_cfi_sections(State& st, Args& a, int) {
  uint8_t sections = 0;
  a.skip_ws();
  for (;;) {
    std::string_view rest = a.rest();
    if (rest.empty() || !(is_name_start(rest.front()) || rest.front() == '"')) break;
    std::string_view name = a.name();
    if (name.starts_with(".eh_frame") && !(name.size() > 9 && name[9] == '_')) {
      sections |= kCfiEhFrame;
    } else if (name.starts_with(".debug_frame")) {
      sections |= kCfiDebugFrame;
    } else {
      a.set_rest(rest);
      break;
    }
    a.skip_ws();
    std::string_view comma = a.rest();
    if (a.eat(',')) {
      a.skip_ws();
      if (a.at_end() || !(is_name_start(a.rest().front()) || a.rest().front() == '"')) {
        a.set_rest(comma);
        break;
      }
    } else if (!a.at_end() && (is_name_start(a.rest().front()) || a.rest().front() == '"')) {
      break;
    }
  }
  a.end();
  CfiState& c = st.cfi;
  if (c.sections_used && (sections & kCfiEhFrame) && (c.sections & kCfiEhFrame) != (sections & kCfiEhFrame))
    st.diag.error(st.loc, "inconsistent uses of .cfi_sections");
  c.sections = sections;
}

void d_cfi_startproc(State& st, Args& a, int) {
  if (open_fde(st)) {
    st.diag.error(st.loc, "previous CFI entry not closed (missing .cfi_endproc)");
    a.set_rest({});
    return;
  }
  CfiState& c = st.cfi;
  OpenFde& o = c.open[frch_key(st)];
  o.fde = static_cast<uint32_t>(c.frames.fdes.size());
  c.frames.fdes.emplace_back();
  o.last_address = st.dot();
  c.frames.fdes.back().start = o.last_address;
  bool simple = false;
  a.skip_ws();
  std::string_view rest = a.rest();
  if (!rest.empty() && (is_name_start(rest.front()) || rest.front() == '"')) {
    if (a.name() == "simple")
      simple = true;
    else
      a.set_rest(rest);
  }
  a.end();
  c.all_sections |= c.sections;
  c.sections_used = true;
  Fde& fde = c.frames.fdes.back();
  fde.sections = c.all_sections;
  o.cur_cfa_offset = 0;
  if (!simple) {
    // x86-64's initial instructions: the CFA is %rsp+8 and the return address is at CFA-8.
    CfiInsn& cfa = add_insn(st, o, CfiOp::DefCfa);
    cfa.reg = 7;
    cfa.offset = 8;
    o.cur_cfa_offset = 8;
    CfiInsn& ra = add_insn(st, o, CfiOp::Offset);
    ra.reg = 16;
    ra.offset = -8;
  }
}

void d_cfi_endproc(State& st, Args& a, int) {
  auto it = st.cfi.open.find(frch_key(st));
  if (it == st.cfi.open.end()) {
    st.diag.error(st.loc, ".cfi_endproc without corresponding .cfi_startproc");
    a.set_rest({});
    return;
  }
  st.cfi.frames.fdes[it->second.fde].end = st.dot();
  st.cfi.open.erase(it);
  a.end();
}

void d_cfi_unsupported(State& st, Args& a, int which) {
  static constexpr std::string_view kNames[] = {".cfi_fde_data", ".cfi_inline_lsda", ".cfi_personality_id"};
  st.diag.errorf(st.loc, "{} is not supported for this target", kNames[which]);
  a.set_rest({});
}

void cfi_finish(State& st) { build_frame_sections(st.as, st.cfi.frames); }

}  // namespace gasket::directives
