// When a fixup becomes a relocation.
//
// After layout every fixup's expression is evaluated to `add - sub + offset`. A difference of two symbols in one
// section is a constant. A difference whose subtrahend lies in the fixup's own section becomes PC-relative (that
// is how `.long foo - .` works). What remains is either a constant, which is patched into the field, or a
// symbol plus addend, which becomes a relocation. gas resolves a PC-relative reference to a local symbol of the
// same section itself, but leaves global and weak ones to the linker (they may be preempted), and always emits
// R_X86_64_PLT32 for branches to symbols that are global, weak or undefined. A relocation against a local symbol
// is rewritten against its section's symbol with the symbol's offset added to the addend.
#include <cinttypes>

#include "emit/layout.hpp"

namespace gasket {
namespace {

/// Addends wrap like gas's 64-bit offsetT.
int64_t wrap(uint64_t v) { return static_cast<int64_t>(v); }

bool is_external(const Symbol& s) { return s.bind != SymBind::Local || (!s.defined && !s.is_common); }

uint32_t reloc_type(const Fixup& fx, RelocSpec spec, bool pcrel, bool plt, bool& bad) {
  bad = false;
  if (fx.reloc != 0) return fx.reloc;
  switch (spec) {
    case RelocSpec::None:
      switch (fx.size) {
        case 8: return pcrel ? rel::PC64 : rel::R64;
        case 4: return pcrel ? (plt ? rel::PLT32 : rel::PC32) : (fx.is_signed ? rel::R32S : rel::R32);
        case 2: return pcrel ? rel::PC16 : rel::R16;
        case 1: return pcrel ? rel::PC8 : rel::R8;
      }
      break;
    case RelocSpec::Plt:
      if (fx.size == 4) return rel::PLT32;
      break;
    case RelocSpec::GotPcRel:
      if (fx.size == 4) return rel::GOTPCREL;
      if (fx.size == 8) return rel::GOTPCREL64;
      break;
    case RelocSpec::Got:
      if (fx.size == 4) return rel::GOT32;
      if (fx.size == 8) return rel::GOT64;
      break;
    case RelocSpec::GotOff:
      if (fx.size == 8) return rel::GOTOFF64;
      break;
    case RelocSpec::GotPlt:
      if (fx.size == 8) return rel::GOTPLT64;
      break;
    case RelocSpec::PltOff:
      if (fx.size == 8) return rel::PLTOFF64;
      break;
    case RelocSpec::TpOff:
      if (fx.size == 4) return rel::TPOFF32;
      if (fx.size == 8) return rel::TPOFF64;
      break;
    case RelocSpec::GotTpOff:
      if (fx.size == 4) return rel::GOTTPOFF;
      break;
    case RelocSpec::TlsGd:
      if (fx.size == 4) return rel::TLSGD;
      break;
    case RelocSpec::TlsLd:
      if (fx.size == 4) return rel::TLSLD;
      break;
    case RelocSpec::DtpOff:
      if (fx.size == 4) return rel::DTPOFF32;
      if (fx.size == 8) return rel::DTPOFF64;
      break;
    case RelocSpec::Size:
      if (fx.size == 4) return rel::SIZE32;
      if (fx.size == 8) return rel::SIZE64;
      break;
    default: break;
  }
  bad = true;
  return rel::None;
}

void verbatim_reloc(Assembly& as, SectionId sid, const Fixup& fx) {
  Section& sec = as.section(sid);
  Value at = as.resolve(fx.at);
  uint64_t where = 0;
  if (at.ok && at.sub == kNoSymbol && at.add == kNoSymbol) {
    // gas turns an absolute offset into one from the section symbol, which so enters the symbol table.
    where = static_cast<uint64_t>(at.offset);
    if (sec.section_symbol != kNoSymbol) {
      as.symbol(sec.section_symbol).used_in_reloc = true;
      as.enter_list(sec.section_symbol);
    }
  } else if (at.ok && at.sub == kNoSymbol && as.symbol_section(at.add) == sid) {
    where = as.symbol_address(at.add) + static_cast<uint64_t>(at.offset);
  } else {
    as.diag().error(as.unpack(fx.loc), "invalid offset expression");
    return;
  }
  Relocation r{where, fx.reloc, kNoSymbol, 0};
  if (fx.expr != kNoExpr) {
    Value v = as.resolve(fx.expr);
    r.sym = v.add;
    r.addend = v.offset;
    if (r.sym != kNoSymbol) {
      as.symbol(r.sym).used_in_reloc = true;
      as.enter_list(r.sym);
    }
  }
  sec.relocs.push_back(r);
}

}  // namespace

bool need_plt32(Assembly& as, SymbolId id) {
  const Symbol& s = as.symbol(id);
  if (s.bind == SymBind::Weak) return true;
  SectionId sec = as.symbol_section(id);
  if (sec == kUndefSection || sec == kCommonSection) return true;
  return is_external(s);
}

void resolve_fixups(Assembly& as) {
  as.settle_equates();
  for (SectionId sid = 0; sid < as.sections().size(); ++sid) {
    Section& sec = as.section(sid);
    for (Fixup& fx : sec.fixups) {
      if (fx.verbatim) {
        verbatim_reloc(as, sid, fx);
        continue;
      }
      const uint64_t where = sec.frags[fx.frag].address + fx.where;
      Value v = as.resolve(fx.expr);
      bool pcrel = fx.pcrel;
      int64_t addend = wrap(static_cast<uint64_t>(v.offset) + static_cast<uint64_t>(pcrel ? fx.pcrel_bias : 0));
      if (!v.ok) {
        // gas resolves what is not a symbol plus an addend as an expression symbol, which may still come out
        // as a number (`!lab`, `lab == ext`).
        const SectionValue sv = as.resolve_sections(fx.expr, nullptr);
        if (!sv.ok || sv.section != kAbsSection) {
          as.diag().error(as.unpack(fx.loc), as.bad_operands_message());
          continue;
        }
        v = Value{};
        v.offset = sv.value;
        addend = wrap(static_cast<uint64_t>(v.offset) + static_cast<uint64_t>(pcrel ? fx.pcrel_bias : 0));
      }
      if (v.sub != kNoSymbol) {
        SectionId ssub = as.symbol_section(v.sub);
        if (ssub == sid && !pcrel) {
          addend = wrap(static_cast<uint64_t>(addend) + where - as.symbol_address(v.sub));
          pcrel = true;
        } else if (ssub == kAbsSection) {
          addend = wrap(static_cast<uint64_t>(addend) - as.symbol_address(v.sub));
        } else {
          // gas names the minuend after adjusting a local one to its section symbol; a constant minuend is
          // the expression symbol it made for it (FAKE_LABEL_NAME, "L0\001").
          std::string_view add_name = v.abs_minuend ? "L0\001" : "0";
          if (v.add != kNoSymbol) {
            const Symbol& sa = as.symbol(v.add);
            SectionId sadd = as.symbol_section(v.add);
            add_name = (!is_external(sa) && sadd < as.sections().size()) ? as.section(sadd).name : sa.name;
          }
          as.diag().errorf(as.unpack(fx.loc), "can't resolve {} - {}", add_name, as.symbol(v.sub).name);
          continue;
        }
      }
      if (v.add == kNoSymbol) {
        if (pcrel) {
          // A PC-relative reference to an absolute address: the linker must do it.
          bool bad = false;
          Relocation r{where, reloc_type(fx, v.spec, true, fx.branch && !fx.jump && fx.plt_when_read, bad), kNoSymbol,
                       addend};
          sec.relocs.push_back(r);
          continue;
        }
        fx.done = true;
        fx.patch = addend;
        continue;
      }
      SymbolId target = v.add;
      Symbol& ts = as.symbol(target);
      SectionId tsec = as.symbol_section(target);
      if (fx.jump && v.spec == RelocSpec::GotPcRel) {
        // gas turns `jmp x@GOTPCREL` into `x - _GLOBAL_OFFSET_TABLE_`, which it cannot resolve.
        std::string_view sec_name = tsec == kUndefSection ? "*UND*" : tsec == kAbsSection ? "*ABS*"
                                    : tsec < as.sections().size() ? as.section(tsec).name : "*UND*";
        as.diag().errorf(as.unpack(fx.loc), "invalid operands ({} and *UND* sections) for `-'", sec_name);
        continue;
      }
      // @PLT on a local symbol means nothing: gas drops it.
      if (v.spec == RelocSpec::Plt && !is_external(ts) && tsec < as.sections().size()) v.spec = RelocSpec::None;
      bool plt = fx.branch && need_plt32(as, target);
      if (tsec == kAbsSection && v.spec == RelocSpec::None) {
        addend = wrap(static_cast<uint64_t>(addend) + as.symbol_address(target));
        if (!pcrel) { fx.done = true; fx.patch = addend; continue; }
      }
      if (pcrel && tsec == sid && !is_external(ts) && v.spec == RelocSpec::None && !plt && fx.reloc == 0) {
        fx.done = true;
        fx.patch = wrap(as.symbol_address(target) + static_cast<uint64_t>(addend) - where);
        continue;
      }
      SymbolId rsym = target;
      // gas rewrites a relocation against a local symbol to one against its section symbol, except in a
      // mergeable section when the relocation is PC-relative or has an addend (the linker needs the symbol to
      // find the merged string), and except for GOT, TLS and size relocations.
      // Nor against a named (non-.L) symbol of a COMDAT or .gnu.linkonce section from another section: that
      // section may be discarded at link time.
      bool merge = tsec < as.sections().size() && (as.section(tsec).flags & 0x10) != 0;
      bool link_once = tsec < as.sections().size() && tsec != sid && !ts.is_temp &&
                       ((!as.section(tsec).group.empty() && as.section(tsec).comdat) ||
                        as.section(tsec).name.starts_with(".gnu.linkonce"));
      bool adjustable = !is_external(ts) && tsec < as.sections().size() && !ts.is_section_symbol &&
                        v.spec == RelocSpec::None && !(merge && (pcrel || addend != 0)) && !link_once;
      if (adjustable) rsym = as.section(tsec).section_symbol;
      // A call takes the PLT32 gas chose when reading it, unless the relocation is against a section symbol.
      if (fx.branch && !fx.jump) plt = fx.plt_when_read && !adjustable;
      bool bad = false;
      uint32_t type = reloc_type(fx, v.spec, pcrel, plt, bad);
      if (bad) {
        as.diag().error(as.unpack(fx.loc), "unsupported relocation against symbol");
        continue;
      }
      if (adjustable) addend = wrap(static_cast<uint64_t>(addend) + as.symbol_address(target));
      as.symbol(rsym).used_in_reloc = true;
      as.enter_list(rsym);
      sec.relocs.push_back(Relocation{where, type, rsym, addend});
    }
  }
}

}  // namespace gasket
