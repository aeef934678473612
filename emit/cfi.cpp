// The .eh_frame and .debug_frame builder, after gas's cfi_finish (dw2gencfi.c).
//
// CIE sharing. Every FDE starts with the operations `.cfi_startproc` adds (def_cfa %rsp+8, %rip at cfa-8)
// unless it says `simple`, followed by what its directives recorded. gas moves the leading run of "plain"
// register-rule operations (def_cfa*, offset, val_offset, register, restore, undefined, same_value) into the
// CIE: the run stops at the first advance, remember/restore_state, window_save, escape, label or
// val_encoded_addr. A later FDE reuses a CIE when the return column, signal-frame flag, personality (encoding
// and address) and LSDA encoding agree and the CIE's initial operations are a prefix of the FDE's (compared
// operand by operand); its remaining operations stay in the FDE. CIEs are tried newest first, and a new CIE is
// written immediately before the first FDE that needs it, so CIEs and FDEs interleave.
//
// Alignment. A CIE and each FDE but the last of the input are padded with DW_CFA_nop to 4 bytes; the input's
// last FDE (even when it goes only to .debug_frame) to 8, the section's alignment. .debug_frame pads everything
// to 8. The padding is an alignment fragment, so lengths are `end - start` fixups resolved after layout.
//
// Advances. An advance between two labels in one fragment of the code is known now and written directly as
// DW_CFA_advance_loc/1/2/4 (nothing when zero). Otherwise the distance is only known after layout (relaxed
// jumps, alignment): it becomes an Encoded fragment (ValueEncoding::CfaAdvance) whose size is recomputed every
// relaxation pass, which gives the same bytes. Code sections are laid out before the frame sections, which
// are created last, so the distances are final by the time the frame sections are laid out.
//
// Pointers. pc_begin and pcrel-encoded personality/LSDA fields are `target - .` (R_X86_64_PC32 against the
// section symbol, or the symbol itself when global); absolute encodings are plain data (R_X86_64_32/64). In
// .debug_frame the CIE pointer is an absolute R_X86_64_32 into .debug_frame and pc_begin an R_X86_64_64.
#include "emit/cfi.hpp"

#include <cassert>

namespace gasket {
namespace {

constexpr int64_t kDataAlign = -8;
constexpr uint8_t kFdeEncoding = eh_pe::kPcRel | eh_pe::kSdata4;
constexpr uint32_t kEhFrameAlignPow = 3;

// DW_CFA_* opcodes.
constexpr uint8_t kAdvanceLoc = 0x40, kOffset = 0x80, kRestore = 0xc0, kAdvanceLoc1 = 0x02, kAdvanceLoc2 = 0x03,
                  kAdvanceLoc4 = 0x04, kOffsetExtended = 0x05, kRestoreExtended = 0x06, kUndefined = 0x07,
                  kSameValue = 0x08, kRegister = 0x09, kRememberState = 0x0a, kRestoreState = 0x0b,
                  kDefCfa = 0x0c, kDefCfaRegister = 0x0d, kDefCfaOffset = 0x0e, kOffsetExtendedSf = 0x11,
                  kDefCfaSf = 0x12, kDefCfaOffsetSf = 0x13, kValOffset = 0x14, kValOffsetSf = 0x15,
                  kValExpression = 0x16, kGnuWindowSave = 0x2d;
// DW_OP_* opcodes.
constexpr uint8_t kOpAddr = 0x03, kOpGnuEncodedAddr = 0xf1;

void put_uleb(std::vector<uint8_t>& out, uint64_t v) {
  uint8_t buf[10];
  size_t n = write_uleb128(v, buf);
  out.insert(out.end(), buf, buf + n);
}

void put_sleb(std::vector<uint8_t>& out, int64_t v) {
  uint8_t buf[10];
  size_t n = write_sleb128(v, buf);
  out.insert(out.end(), buf, buf + n);
}

/// A CIE written to a frame section, remembered for sharing.
struct Cie {
  uint32_t return_column = 16;
  bool signal_frame = false;
  uint8_t per_encoding = eh_pe::kOmit;
  uint8_t lsda_encoding = eh_pe::kOmit;
  Value personality;
  std::vector<CfiInsn> insns;
  SymbolId start = kNoSymbol;
};

/// Appends bytes, fixups, labels and variable fragments to one frame section.
class FrameWriter {
 public:
  FrameWriter(Assembly& as, SectionId sec) : as_(as), sec_(sec) {}

  SectionId section() const { return sec_; }

  /// A label not yet placed.
  SymbolId make_label() { return as_.make_temp_symbol_static(".Lcfi"); }
  /// Places `sym` at the current position.
  void place(SymbolId sym) {
    Symbol& s = as_.symbol(sym);
    s.defined = true;
    s.section = sec_;
    s.frag = as_.cur_frag(sec_);
    s.offset = as_.cur_offset(sec_);
  }
  /// A label at the current position.
  SymbolId here() {
    SymbolId s = make_label();
    place(s);
    return s;
  }

  void bytes(const std::vector<uint8_t>& b) { as_.append(sec_, b.data(), b.size()); }
  void byte(uint8_t b) { as_.append(sec_, &b, 1); }
  void number(uint64_t v, unsigned size) {
    uint8_t buf[8];
    for (unsigned i = 0; i < size; ++i) buf[i] = static_cast<uint8_t>(v >> (8 * i));
    as_.append(sec_, buf, size);
  }
  void uleb(uint64_t v) {
    std::vector<uint8_t> b;
    put_uleb(b, v);
    bytes(b);
  }
  void sleb(int64_t v) {
    std::vector<uint8_t> b;
    put_sleb(b, v);
    bytes(b);
  }

  ExprId sym(SymbolId s) { return as_.exprs().symbol(s); }
  ExprId diff(ExprId a, ExprId b) { return as_.exprs().binary(ExprOp::Sub, a, b); }

  /// A `size`-byte field holding `e` (gas's emit_expr): bytes now when constant, else a fixup.
  void value(ExprId e, unsigned size) {
    Value v = as_.fold(e);
    if (v.is_const() && v.spec == RelocSpec::None) {
      uint64_t u = static_cast<uint64_t>(v.offset);
      if (size < 8) {
        uint64_t mask = (uint64_t{1} << (8 * size)) - 1;
        if ((u & ~mask) != 0 && ((0 - u) & ~mask) != 0)
          as_.diag().warningf(SourceLoc{}, "value 0x{:x} truncated to 0x{:x}", u, u & mask);
      }
      number(u, size);
      return;
    }
    Fixup fx;
    fx.frag = as_.cur_frag(sec_);
    fx.where = as_.cur_offset(sec_);
    fx.size = static_cast<uint8_t>(size);
    fx.expr = e;
    number(0, size);
    as_.section(sec_).fixups.push_back(fx);
  }

  /// An address in a DW_EH_PE encoding (gas's emit_expr_encoded); pcrel is relative to the field.
  void encoded(const CfiPointer& p, uint8_t encoding) {
    if (encoding == eh_pe::kOmit) return;
    unsigned size = eh_pointer_size(encoding);
    ExprId e = p.expr;
    if ((encoding & 0x70) == eh_pe::kPcRel) e = diff(e, sym(here()));
    value(e, size);
  }

  /// Pads to 2**pow with DW_CFA_nop.
  void align(unsigned pow) {
    Fragment tail;
    tail.kind = FragKind::Align;
    tail.align_pow = static_cast<uint8_t>(pow);
    tail.fill = 0;
    tail.fill_size = 1;
    as_.close_frag(sec_, tail);
  }

  /// DW_CFA_advance_loc* from `from` to `to`.
  void advance(SymbolId from, SymbolId to) {
    const Symbol& a = as_.symbol(from);
    const Symbol& b = as_.symbol(to);
    if (a.section == b.section && a.frag == b.frag) {
      std::vector<uint8_t> out;
      encode_advance(b.offset - a.offset, out);
      bytes(out);
      return;
    }
    Fragment tail;
    tail.kind = FragKind::Encoded;
    tail.encoding = ValueEncoding::CfaAdvance;
    tail.expr = diff(sym(to), sym(from));
    as_.close_frag(sec_, tail);
  }

  /// Defines the `.cfi_label` symbol `name` here.
  void define(std::string_view name) {
    SymbolId id = as_.find_or_make_symbol(name);
    Symbol& s = as_.symbol(id);
    if (s.defined || s.equated != kNoExpr) {
      as_.diag().errorf(SourceLoc{}, "symbol `{}' is already defined", name);
      return;
    }
    place(id);
  }

  Assembly& as() { return as_; }

 private:
  Assembly& as_;
  SectionId sec_;
};

void output_insn(FrameWriter& w, const CfiFrames& frames, const CfiInsn& insn) {
  switch (insn.op) {
    case CfiOp::AdvanceLoc: w.advance(insn.from, insn.to); return;
    case CfiOp::Escape:
      for (uint32_t k = 0; k < insn.escape_count; ++k) {
        ExprId e = frames.escapes[insn.escape_first + k];
        if (e == kNoExpr) {
          w.as().diag().warning(SourceLoc{}, "zero assumed for missing expression");
          w.byte(0);
        } else {
          w.value(e, 1);
        }
      }
      return;
    case CfiOp::Label: w.define(insn.name); return;
    case CfiOp::ValEncodedAddr: {
      if (insn.encoding == eh_pe::kOmit) return;
      unsigned size = eh_pointer_size(insn.encoding);
      w.byte(kValExpression);
      w.uleb(insn.reg);
      ExprId e = insn.expr;
      if (insn.encoding == eh_pe::kAbsPtr) {
        w.uleb(1 + size);
        w.byte(kOpAddr);
      } else {
        w.uleb(2 + size);
        w.byte(kOpGnuEncodedAddr);
        w.byte(insn.encoding);
        if ((insn.encoding & 0x70) == eh_pe::kPcRel) e = w.diff(e, w.sym(w.here()));
      }
      w.value(e, size);
      return;
    }
    default: {
      std::vector<uint8_t> out;
      encode_cfi_insn(insn, out);
      w.bytes(out);
      return;
    }
  }
}

bool same_personality(const Cie& cie, const Fde& fde) {
  if (cie.per_encoding == eh_pe::kOmit) return true;
  return cie.personality.add == fde.personality.value.add && cie.personality.offset == fde.personality.value.offset;
}

void output_cie(FrameWriter& w, const CfiFrames& frames, Cie& cie, bool eh_frame, unsigned align_pow) {
  cie.start = w.here();
  SymbolId after = w.make_label(), end = w.make_label();
  w.value(w.diff(w.sym(end), w.sym(after)), 4);
  w.place(after);
  w.number(eh_frame ? 0 : 0xffffffff, 4);
  w.byte(frames.cie_version);
  char buf[8];
  std::string_view aug = cie_augmentation(eh_frame, cie.per_encoding, cie.lsda_encoding, cie.signal_frame, buf);
  for (char c : aug) w.byte(static_cast<uint8_t>(c));
  w.byte(0);
  if (frames.cie_version >= 4) {
    w.byte(8);  // address_size
    w.byte(0);  // segment_selector_size
  }
  w.uleb(1);  // code alignment
  w.sleb(kDataAlign);
  if (frames.cie_version >= 3) {
    w.uleb(cie.return_column);
  } else {
    if (cie.return_column > 0xff)
      w.as().diag().errorf(SourceLoc{}, "return column number {} overflows in CIE version 1", cie.return_column);
    w.byte(static_cast<uint8_t>(cie.return_column));
  }
  if (eh_frame) {
    uint64_t aug_size = 1 + (cie.lsda_encoding != eh_pe::kOmit ? 1 : 0);
    if (cie.per_encoding != eh_pe::kOmit) aug_size += 1 + eh_pointer_size(cie.per_encoding);
    w.uleb(aug_size);
    if (cie.per_encoding != eh_pe::kOmit) {
      w.byte(cie.per_encoding);
      CfiPointer p;
      p.expr = cie.personality.add == kNoSymbol
                   ? w.as().exprs().constant(cie.personality.offset)
                   : w.as().exprs().binary(ExprOp::Add, w.sym(cie.personality.add),
                                           w.as().exprs().constant(cie.personality.offset));
      w.encoded(p, cie.per_encoding);
    }
    if (cie.lsda_encoding != eh_pe::kOmit) w.byte(cie.lsda_encoding);
    w.byte(kFdeEncoding);
  }
  for (const CfiInsn& insn : cie.insns) output_insn(w, frames, insn);
  w.align(align_pow);
  w.place(end);
}

void output_fde(FrameWriter& w, const CfiFrames& frames, const Fde& fde, const Cie& cie, size_t first,
                bool eh_frame, unsigned align_pow) {
  SymbolId after = w.make_label(), end = w.make_label();
  w.value(w.diff(w.sym(end), w.sym(after)), 4);
  w.place(after);
  if (eh_frame) {
    w.value(w.diff(w.sym(after), w.sym(cie.start)), 4);
    w.value(w.diff(w.sym(fde.start), w.sym(w.here())), 4);
    w.value(w.diff(w.sym(fde.end), w.sym(fde.start)), 4);
    w.uleb(eh_pointer_size(fde.lsda.encoding));
    w.encoded(fde.lsda, cie.lsda_encoding);
  } else {
    w.value(w.sym(cie.start), 4);
    w.value(w.sym(fde.start), 8);
    w.value(w.diff(w.sym(fde.end), w.sym(fde.start)), 8);
  }
  for (size_t k = first; k < fde.insns.size(); ++k) output_insn(w, frames, fde.insns[k]);
  w.align(align_pow);
  w.place(end);
}

/// Picks (or writes) the CIE for `fde`; `first` receives the index of the FDE's first own operation.
Cie& select_cie(FrameWriter& w, const CfiFrames& frames, std::vector<Cie>& cies, const Fde& fde, bool eh_frame,
                unsigned align_pow, size_t& first) {
  for (size_t k = cies.size(); k-- > 0;) {
    Cie& cie = cies[k];
    if (cie.return_column != fde.return_column || cie.signal_frame != fde.signal_frame ||
        cie.per_encoding != fde.personality.encoding || cie.lsda_encoding != fde.lsda.encoding)
      continue;
    if (!same_personality(cie, fde)) continue;
    if (!cie_prefix_matches(cie.insns, fde.insns)) continue;
    first = cie.insns.size();
    return cie;
  }
  Cie cie;
  cie.return_column = fde.return_column;
  cie.signal_frame = fde.signal_frame;
  cie.per_encoding = fde.personality.encoding;
  cie.lsda_encoding = fde.lsda.encoding;
  cie.personality = fde.personality.value;
  first = cie_prefix_length(fde.insns);
  cie.insns.assign(fde.insns.begin(), fde.insns.begin() + static_cast<std::ptrdiff_t>(first));
  output_cie(w, frames, cie, eh_frame, align_pow);
  cies.push_back(std::move(cie));
  return cies.back();
}

SectionId frame_section(Assembly& as, std::string_view name, uint64_t flags) {
  SectionId sec = as.find_section(name);
  if (sec == kNoSection) {
    sec = as.add_section(name, 1, flags);
    // gas makes the symbol of a section it creates itself only when a relocation needs it, at the end.
    as.symbol(as.section(sec).section_symbol).list_order = UINT32_MAX;
  } else if (as.section(sec).frags.back().subsection != 0) {
    as.new_frag(sec, 0);
  }
  Section& s = as.section(sec);
  if (s.align_pow < kEhFrameAlignPow) s.align_pow = kEhFrameAlignPow;
  return sec;
}

void report_open(Assembly& as, Fde& fde) {
  if (fde.end != kNoSymbol) return;
  as.diag().error(SourceLoc{}, "open CFI at the end of file; missing .cfi_endproc directive");
  fde.end = fde.start;
}

}  // namespace

unsigned eh_pointer_size(uint8_t encoding) {
  if (encoding == eh_pe::kOmit) return 0;
  switch (encoding & 7) {
    case eh_pe::kUdata2: return 2;
    case eh_pe::kUdata4: return 4;
    default: return 8;
  }
}

bool cie_candidate(CfiOp op) {
  switch (op) {
    case CfiOp::DefCfa:
    case CfiOp::DefCfaRegister:
    case CfiOp::DefCfaOffset:
    case CfiOp::Offset:
    case CfiOp::ValOffset:
    case CfiOp::Register:
    case CfiOp::Restore:
    case CfiOp::Undefined:
    case CfiOp::SameValue: return true;
    default: return false;
  }
}

bool same_cie_insn(const CfiInsn& a, const CfiInsn& b) {
  if (a.op != b.op || !cie_candidate(a.op)) return false;
  switch (a.op) {
    case CfiOp::DefCfa:
    case CfiOp::Offset:
    case CfiOp::ValOffset: return a.reg == b.reg && a.offset == b.offset;
    case CfiOp::Register: return a.reg == b.reg && a.reg2 == b.reg2;
    case CfiOp::DefCfaOffset: return a.offset == b.offset;
    default: return a.reg == b.reg;
  }
}

size_t cie_prefix_length(const std::vector<CfiInsn>& insns) {
  size_t n = 0;
  while (n < insns.size() && cie_candidate(insns[n].op)) ++n;
  return n;
}

bool cie_prefix_matches(const std::vector<CfiInsn>& cie_insns, const std::vector<CfiInsn>& fde_insns) {
  if (cie_insns.size() > fde_insns.size()) return false;
  for (size_t k = 0; k < cie_insns.size(); ++k)
    if (!same_cie_insn(cie_insns[k], fde_insns[k])) return false;
  return true;
}

void encode_advance(uint64_t delta, std::vector<uint8_t>& out) {
  if (delta == 0) return;
  if (delta <= 0x3f) {
    out.push_back(static_cast<uint8_t>(kAdvanceLoc | delta));
  } else if (delta <= 0xff) {
    out.push_back(kAdvanceLoc1);
    out.push_back(static_cast<uint8_t>(delta));
  } else if (delta <= 0xffff) {
    out.push_back(kAdvanceLoc2);
    for (int i = 0; i < 2; ++i) out.push_back(static_cast<uint8_t>(delta >> (8 * i)));
  } else {
    out.push_back(kAdvanceLoc4);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(delta >> (8 * i)));
  }
}

void encode_cfi_insn(const CfiInsn& insn, std::vector<uint8_t>& out) {
  switch (insn.op) {
    case CfiOp::DefCfa:
      if (insn.offset < 0) {
        out.push_back(kDefCfaSf);
        put_uleb(out, insn.reg);
        put_sleb(out, insn.offset / kDataAlign);
      } else {
        out.push_back(kDefCfa);
        put_uleb(out, insn.reg);
        put_uleb(out, static_cast<uint64_t>(insn.offset));
      }
      return;
    case CfiOp::DefCfaRegister:
    case CfiOp::Undefined:
    case CfiOp::SameValue:
      out.push_back(insn.op == CfiOp::DefCfaRegister ? kDefCfaRegister
                    : insn.op == CfiOp::Undefined    ? kUndefined
                                                     : kSameValue);
      put_uleb(out, insn.reg);
      return;
    case CfiOp::DefCfaOffset:
      if (insn.offset < 0) {
        out.push_back(kDefCfaOffsetSf);
        put_sleb(out, insn.offset / kDataAlign);
      } else {
        out.push_back(kDefCfaOffset);
        put_uleb(out, static_cast<uint64_t>(insn.offset));
      }
      return;
    case CfiOp::Restore:
      if (insn.reg <= 0x3f) {
        out.push_back(static_cast<uint8_t>(kRestore | insn.reg));
      } else {
        out.push_back(kRestoreExtended);
        put_uleb(out, insn.reg);
      }
      return;
    case CfiOp::Offset: {
      int64_t off = insn.offset / kDataAlign;
      if (off < 0) {
        out.push_back(kOffsetExtendedSf);
        put_uleb(out, insn.reg);
        put_sleb(out, off);
      } else if (insn.reg <= 0x3f) {
        out.push_back(static_cast<uint8_t>(kOffset | insn.reg));
        put_uleb(out, static_cast<uint64_t>(off));
      } else {
        out.push_back(kOffsetExtended);
        put_uleb(out, insn.reg);
        put_uleb(out, static_cast<uint64_t>(off));
      }
      return;
    }
    case CfiOp::ValOffset: {
      int64_t off = insn.offset / kDataAlign;
      out.push_back(off < 0 ? kValOffsetSf : kValOffset);
      put_uleb(out, insn.reg);
      if (off < 0)
        put_sleb(out, off);
      else
        put_uleb(out, static_cast<uint64_t>(off));
      return;
    }
    case CfiOp::Register:
      out.push_back(kRegister);
      put_uleb(out, insn.reg);
      put_uleb(out, insn.reg2);
      return;
    case CfiOp::RememberState: out.push_back(kRememberState); return;
    case CfiOp::RestoreState: out.push_back(kRestoreState); return;
    case CfiOp::WindowSave: out.push_back(kGnuWindowSave); return;
    case CfiOp::AdvanceLoc:
    case CfiOp::Escape:
    case CfiOp::Label:
    case CfiOp::ValEncodedAddr: assert(false && "needs the frame writer"); return;
  }
}

std::string_view cie_augmentation(bool eh_frame, uint8_t per_encoding, uint8_t lsda_encoding, bool signal_frame,
                                  char (&buf)[8]) {
  size_t n = 0;
  if (eh_frame) {
    buf[n++] = 'z';
    if (per_encoding != eh_pe::kOmit) buf[n++] = 'P';
    if (lsda_encoding != eh_pe::kOmit) buf[n++] = 'L';
    buf[n++] = 'R';
  }
  if (signal_frame) buf[n++] = 'S';
  return std::string_view(buf, n);
}

void build_frame_sections(Assembly& as, CfiFrames& frames) {
  if (frames.fdes.empty()) return;
  uint8_t all = 0;
  for (const Fde& fde : frames.fdes) all |= fde.sections;
  if (all & kCfiEhFrame) {
    FrameWriter w(as, frame_section(as, ".eh_frame", 2 /* SHF_ALLOC */));
    std::vector<Cie> cies;
    for (size_t i = 0; i < frames.fdes.size(); ++i) {
      Fde& fde = frames.fdes[i];
      if (!(fde.sections & kCfiEhFrame)) continue;
      report_open(as, fde);
      size_t first = 0;
      const Cie& cie = select_cie(w, frames, cies, fde, true, 2, first);
      output_fde(w, frames, fde, cie, first, true, i + 1 == frames.fdes.size() ? kEhFrameAlignPow : 2);
    }
  }
  if (all & kCfiDebugFrame) {
    FrameWriter w(as, frame_section(as, ".debug_frame", 0));
    std::vector<Cie> cies;
    for (Fde& fde : frames.fdes) {
      if (!(fde.sections & kCfiDebugFrame)) continue;
      report_open(as, fde);
      fde.personality.encoding = eh_pe::kOmit;
      fde.lsda.encoding = eh_pe::kOmit;
      size_t first = 0;
      const Cie& cie = select_cie(w, frames, cies, fde, false, kEhFrameAlignPow, first);
      output_fde(w, frames, fde, cie, first, false, kEhFrameAlignPow);
    }
  }
}

}  // namespace gasket
