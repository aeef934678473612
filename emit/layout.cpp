// Layout and relaxation, after gas's relax_segment.
//
// Every section is laid out on its own, with its fragments in subsection order. A first pass gives each
// fragment an address using its estimated tail: alignment padding as computed there, `.org` as nothing, a
// relaxable jump as its short form — unless its target cannot be resolved inside this section (another
// section, undefined, weak, or an explicit @PLT), in which case it becomes a near jump with a relocation at once.
// Then passes repeat until nothing grows. Within a pass each fragment is moved by the growth accumulated so far
// ("stretch"); a jump whose target fragment has not been visited yet in this pass assumes the target moved by
// the same stretch unless an alignment or `.org` lies between them (a different "region"), exactly as gas does,
// because the choice between short and near forms near the ±128 limit depends on these details and byte
// identity with gas depends on the choice. Jumps only grow, so the loop terminates.
//
// A section of only fixed fragments, alignments and jumps to its own labels (code, nearly always) is
// relaxed by PackedRelax instead (emit/packed_relax.hpp), which computes the same passes without walking
// every fragment in each.
#include "emit/layout.hpp"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <optional>

#include "emit/packed_relax.hpp"
#include "emit/x86/insn.hpp"

namespace gasket {
namespace {

constexpr size_t kPackFrom = 256;  // fragments from which a section is relaxed by PackedRelax
constexpr int kJmpLongVar = 4;  // e9 is in the fixed part; rel32 is the tail
constexpr int kJccLongVar = 5;  // 7x becomes 0f in the fixed part; 8x + rel32 is the tail

/// The variable tail of jump fragment `f` in its near form.
int near_tail(const Fragment& f) { return f.cond == 0xff ? kJmpLongVar : kJccLongVar; }

std::vector<uint32_t> frag_order(const Section& s) {
  std::vector<uint32_t> order(s.frags.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) {
                     // Subsection numbers are signed: `.subsection -1` goes before 0.
                     return static_cast<int32_t>(s.frags[a].subsection) < static_cast<int32_t>(s.frags[b].subsection);
                   });
  return order;
}

/// gas keeps each subsection's fixups with its frags and chains the subsections together, in order, before
/// relaxation adds fixups of its own: a section's relocations come out subsection by subsection, each in the
/// order its fixups were made.
void order_fixups_by_subsection(Section& s) {
  bool several = false;
  for (const Fragment& f : s.frags) several |= f.subsection != s.frags[0].subsection;
  if (!several) return;
  std::stable_sort(s.fixups.begin(), s.fixups.end(), [&](const Fixup& a, const Fixup& b) {
    return static_cast<int32_t>(s.frags[a.frag].subsection) < static_cast<int32_t>(s.frags[b.frag].subsection);
  });
}

/// Whether a jump to `v` may stay a relaxable short/near jump inside `sec` (gas's elf_symbol_resolved_in_segment_p).
bool resolved_in_section(Assembly& as, SectionId sec, const Value& v) {
  if (!v.ok || v.sub != kNoSymbol || v.add == kNoSymbol) return false;
  if (v.spec != RelocSpec::None && v.spec != RelocSpec::Plt) return false;
  const Symbol& s = as.symbol(v.add);
  // `@PLT` keeps a jump to a symbol that may be preempted (a global of default visibility) near, with its
  // relocation; to any other symbol the jump relaxes as without it.
  if (v.spec == RelocSpec::Plt && s.bind != SymBind::Local && s.visibility == 0) return false;
  if (as.symbol_section(v.add) != sec) return false;
  if (s.bind == SymBind::Weak) return false;
  if (s.type == 10) return false;  // STT_GNU_IFUNC
  return true;
}

/// The symbol of `e` when `e` is a symbol plus or minus constants (`ext`, `ext+1-1`, `1+ext`), with the constants'
/// sum added to `offset`; else kNoSymbol.
SymbolId symbol_plus_constant(Assembly& as, ExprId e, uint64_t& offset) {
  const ExprPool& x = as.exprs();
  const ExprNode& n = x[e];
  if (n.op == ExprOp::Sym) return n.sym;
  if (n.op != ExprOp::Add && n.op != ExprOp::Sub) return kNoSymbol;
  const ExprNode& l = x[n.lhs];
  const ExprNode& r = x[n.rhs];
  if (r.op == ExprOp::Const) {
    offset += n.op == ExprOp::Add ? static_cast<uint64_t>(r.value) : 0 - static_cast<uint64_t>(r.value);
    return symbol_plus_constant(as, n.lhs, offset);
  }
  if (n.op == ExprOp::Add && l.op == ExprOp::Const) {
    offset += static_cast<uint64_t>(l.value);
    return symbol_plus_constant(as, n.rhs, offset);
  }
  return kNoSymbol;
}

/// The symbol a `.uleb128`/`.sleb128` operand is, when it is one symbol and nothing more (`ext`, `(ext)`,
/// `ext+1-1`): gas's fragment then holds that symbol itself, whose name its message gives.
SymbolId leb128_symbol(Assembly& as, ExprId e) {
  uint64_t offset = 0;
  const SymbolId s = symbol_plus_constant(as, e, offset);
  return offset == 0 ? s : kNoSymbol;
}

/// The value gas gives the operand `e` of `.uleb128`/`.sleb128` in the current layout: a label's offset in its
/// section, a common symbol's size. With `report`, an operand gas rejects is an error there.
int64_t leb128_operand_value(Assembly& as, ExprId e, const SourceLoc* report) {
  const SectionValue v = as.resolve_sections(e, report);
  if (!v.ok) return 0;
  if (v.section == kUndefSection) {
    if (report) {
      // gas names the operand's symbol, or else the expression symbol it made (FAKE_LABEL_NAME, "L0\001").
      const SymbolId s = leb128_symbol(as, e);
      as.diag().errorf(*report, "leb128 operand is an undefined symbol: {}",
                       s == kNoSymbol ? std::string_view("L0\001") : as.symbol(s).name);
    }
    return 0;
  }
  // A common symbol alone is its size; with an addend gas writes the addend alone (though it sizes the field
  // for the size plus the addend), and so does gasket (sizing it for the addend).
  if (v.section == kCommonSection) {
    const SymbolId s = leb128_symbol(as, e);
    if (s != kNoSymbol && as.symbol(s).is_common) return static_cast<int64_t>(as.common(s).size);
  }
  return v.value;
}

struct SectionLayout {
  SectionLayout(Assembly& a, SectionId i, Section& s) : as(a), id(i), sec(s), order(frag_order(s)) {}

  Assembly& as;
  SectionId id;
  Section& sec;
  std::vector<uint32_t> order;
  std::vector<uint32_t> next;  // next fragment in layout order, or UINT32_MAX
  /// A short jump's target, when its expression is a plain label plus a constant (nearly always), as the
  /// label's fragment and the offset from that fragment's start: relaxation reads it on every pass, and the
  /// passes over a big section can number in the hundreds.
  struct JumpTarget {
    uint32_t frag = UINT32_MAX;
    int64_t offset = 0;
  };
  std::vector<JumpTarget> jump_targets;

  Fragment& frag(uint32_t i) { return sec.frags[i]; }

  std::optional<PackedRelax> packed;  ///< the section's alignments and short jumps, when pack() allows
  std::vector<uint32_t> packed_frag;  ///< fragment index of each VarFrag
  enum class Packing : uint8_t { Unknown, Yes, No } packing = Packing::Unknown;

  /// The target of jump fragment `fi` as a fragment and an offset into it.
  JumpTarget jump_target(uint32_t fi) {
    if (jump_targets.empty()) jump_targets.resize(sec.frags.size());
    JumpTarget& t = jump_targets[fi];
    if (t.frag != UINT32_MAX) return t;
    const Fragment& f = frag(fi);
    Value v = as.resolve(f.expr);
    const Symbol& s = as.symbol(v.add);
    const ExprPool& x = as.exprs();
    const ExprNode& n = x[f.expr];
    const bool fixed = plain_label(n) || ((n.op == ExprOp::Add || n.op == ExprOp::Sub) && plain_label(x[n.lhs]) &&
                                          x[n.rhs].op == ExprOp::Const);
    const JumpTarget now{s.frag, static_cast<int64_t>(s.offset) + v.offset};
    if (fixed && v.ok && v.sub == kNoSymbol && v.spec == RelocSpec::None) t = now;
    return now;
  }

  /// An Encoded fragment's value when its expression is `a - b` of two plain labels of one section (DWARF's
  /// `.uleb128 .LVU9-.LVU7`): the difference of their addresses, read without folding on every pass.
  struct LabelDifference {
    SymbolId add = kNoSymbol;
    SymbolId sub = kNoSymbol;
  };
  std::vector<LabelDifference> differences;

  bool plain_label(const ExprNode& s) const {
    if (s.op != ExprOp::Sym || s.spec != RelocSpec::None) return false;
    const Symbol& sym = as.symbol(s.sym);
    return sym.equated == kNoExpr && sym.defined && !sym.is_common && sym.section < as.sections().size();
  }

  /// The current value of Encoded fragment `fi`'s expression (0 while it cannot be resolved).
  int64_t encoded_value(uint32_t fi) {
    if (differences.empty()) differences.resize(sec.frags.size());
    LabelDifference& d = differences[fi];
    if (d.add != kNoSymbol)
      return static_cast<int64_t>(as.symbol_address(d.add) - as.symbol_address(d.sub));
    const Fragment& f = frag(fi);
    const ExprPool& x = as.exprs();
    if (f.expr != kNoExpr && x[f.expr].op == ExprOp::Sub && plain_label(x[x[f.expr].lhs]) &&
        plain_label(x[x[f.expr].rhs]) &&
        as.symbol(x[x[f.expr].lhs].sym).section == as.symbol(x[x[f.expr].rhs].sym).section) {
      d = {x[x[f.expr].lhs].sym, x[x[f.expr].rhs].sym};
      return static_cast<int64_t>(as.symbol_address(d.add) - as.symbol_address(d.sub));
    }
    if (f.leb128_operand) return leb128_operand_value(as, f.expr, nullptr);
    Value v = as.resolve(f.expr);
    return v.is_const() ? v.offset : 0;
  }

  /// Reports the `.uleb128`/`.sleb128` operands gas rejects once addresses are final, in layout order.
  void check_leb128_operands() {
    for (uint32_t fi : order) {
      const Fragment& f = frag(fi);
      if (f.kind != FragKind::Encoded || !f.leb128_operand) continue;
      if (!differences.empty() && differences[fi].add != kNoSymbol) continue;
      const SourceLoc loc = as.unpack(f.loc);
      leb128_operand_value(as, f.expr, &loc);
    }
  }

  void make_long_jump(uint32_t fi) {
    Fragment& f = frag(fi);
    f.long_form = true;
    f.relocated = true;
    f.var_size = near_tail(f);
    Fixup fx;
    fx.frag = fi;
    fx.where = f.fixed + (f.cond == 0xff ? 0 : 1);
    fx.size = 4;
    fx.pcrel = true;
    fx.branch = true;
    fx.jump = true;
    fx.pcrel_bias = -4;
    fx.expr = f.expr;
    fx.loc = f.loc;
    sec.fixups.push_back(fx);
  }

  void estimate() {
    uint64_t address = 0;
    uint32_t region = 0;
    for (uint32_t fi : order) {
      Fragment& f = frag(fi);
      f.relax_marker = false;
      f.region = region;
      f.address = address;
      address += f.fixed;
      f.var_size = 0;
      switch (f.kind) {
        case FragKind::Fixed: break;
        case FragKind::Align: {
          uint64_t pad = align_pad(address, f.align_pow);
          if (f.max_skip != 0 && pad > f.max_skip) pad = 0;
          if (!f.code_fill && f.fill_size > 1 && pad % f.fill_size != 0) {
            // gas reports this once while estimating and once while writing.
            for (int k = 0; k < 2; ++k)
              as.diag().errorf(as.unpack(f.loc), "alignment padding ({} bytes) not a multiple of {}", pad, f.fill_size);
            pad -= pad % f.fill_size;
          }
          f.var_size = pad;
          address += pad;
          region += 1;
          break;
        }
        case FragKind::Org: region += 1; break;
        case FragKind::Space: break;
        case FragKind::Encoded:
          f.var_size = encoded_size(f.encoding, encoded_value(fi), f.param);
          address += f.var_size;
          break;
        case FragKind::Jump: {
          Value v = as.resolve(f.expr);
          if (resolved_in_section(as, id, v)) {
            f.var_size = 1;
          } else {
            make_long_jump(fi);
          }
          address += f.var_size;
          break;
        }
      }
    }
  }

  int64_t relax_jump(uint32_t fi, int64_t stretch) {
    Fragment& f = frag(fi);
    if (f.long_form) return 0;
    const JumpTarget jt = jump_target(fi);
    const Fragment& sf = sec.frags[jt.frag];
    int64_t target = static_cast<int64_t>(sf.address) + jt.offset;
    int64_t address = static_cast<int64_t>(f.address + f.fixed);
    if (stretch != 0 && sf.relax_marker != f.relax_marker) {
      if (stretch < 0 || sf.region == f.region)
        target += stretch;
      else if (target < address)
        return 0;
    }
    int64_t aim = target - address;
    bool fits = aim < 0 ? aim >= -127 : aim <= 128;
    if (fits) return 0;
    f.long_form = true;
    int64_t grown = near_tail(f) - 1;
    f.var_size += grown;
    return grown;
  }

  /// Builds `packed` from the estimate, or says the section needs the general passes (see the top of the file).
  bool pack() {
    using VarFrag = PackedRelax::VarFrag;
    for (uint32_t fi : order) {
      const Fragment& f = frag(fi);
      if (f.kind == FragKind::Fixed || f.kind == FragKind::Align) continue;
      if (f.kind != FragKind::Jump) return false;
      if (f.long_form) continue;
      jump_target(fi);
      if (jump_targets[fi].frag == UINT32_MAX || jump_targets[fi].offset < 0) return false;
    }
    constexpr uint32_t kNone = PackedRelax::kNoAnchor;
    std::vector<uint32_t> var_of(sec.frags.size(), kNone);   // VarFrag of a fragment that is one
    std::vector<uint32_t> last_var(sec.frags.size(), kNone); // else the last VarFrag before it
    std::vector<uint32_t> position(sec.frags.size());
    std::vector<VarFrag> vars;
    for (uint32_t k = 0; k < order.size(); ++k) {
      const uint32_t fi = order[k];
      const Fragment& f = frag(fi);
      position[fi] = k;
      last_var[fi] = vars.empty() ? kNone : static_cast<uint32_t>(vars.size() - 1);
      if (f.kind != FragKind::Align && (f.kind != FragKind::Jump || f.long_form)) continue;
      VarFrag v;
      v.addr0 = f.address;
      v.var = static_cast<uint32_t>(f.var_size);
      v.region = f.region;
      v.fixed = f.fixed;
      v.max_skip = f.max_skip;
      v.align = f.kind == FragKind::Align;
      v.align_pow = f.align_pow;
      v.grow = static_cast<uint8_t>(near_tail(f) - 1);
      var_of[fi] = static_cast<uint32_t>(vars.size());
      vars.push_back(v);
      packed_frag.push_back(fi);
    }
    for (uint32_t i = 0; i < vars.size(); ++i) {
      VarFrag& v = vars[i];
      if (v.align) continue;
      const uint32_t fi = packed_frag[i];
      const JumpTarget jt = jump_targets[fi];
      const Fragment& t = frag(jt.frag);
      v.forward = position[jt.frag] > position[fi];
      v.target_region = t.region;
      if (var_of[jt.frag] != kNone) {
        v.anchor = var_of[jt.frag];
        v.anchor_start = true;
        v.delta = jt.offset;
      } else if (last_var[jt.frag] != kNone) {
        v.anchor = last_var[jt.frag];
        const VarFrag& a = vars[v.anchor];
        v.delta = static_cast<int64_t>(t.address - (a.addr0 + a.fixed + a.var)) + jt.offset;
      } else {
        v.delta = static_cast<int64_t>(t.address) + jt.offset;
      }
    }
    packed.emplace(std::move(vars));
    return true;
  }

  /// The passes of `packed`, then every fragment's address from its final tails.
  void relax_packed() {
    packed->run();
    const std::vector<PackedRelax::VarFrag>& vars = packed->vars();
    for (uint32_t i = 0; i < vars.size(); ++i) {
      Fragment& f = frag(packed_frag[i]);
      f.var_size = vars[i].var;
      f.long_form = vars[i].long_form;
    }
    uint64_t address = 0;
    for (uint32_t fi : order) {
      Fragment& f = frag(fi);
      f.address = address;
      address += f.fixed + f.var_size;
    }
    sec.size = address;
  }

  void relax() {
    // A small section costs less to walk whole than to pack (compiler output has thousands of them).
    if (packing == Packing::Unknown) packing = order.size() >= kPackFrom && pack() ? Packing::Yes : Packing::No;
    if (packing == Packing::Yes) {
      relax_packed();
      return;
    }
    int pass = 0;
    bool stretched = true;
    while (stretched) {
      stretched = false;
      int64_t stretch = 0;
      for (size_t k = 0; k < order.size(); ++k) {
        uint32_t fi = order[k];
        Fragment& f = frag(fi);
        f.relax_marker = !f.relax_marker;
        uint64_t was_address = f.address;
        f.address += stretch;
        uint64_t address = f.address;
        int64_t growth = 0;
        switch (f.kind) {
          case FragKind::Fixed: break;
          case FragKind::Align: {
            uint64_t newoff = 0;
            growth = realign(was_address + f.fixed, address + f.fixed, f.align_pow, f.max_skip, newoff);
            f.var_size = newoff;
            break;
          }
          case FragKind::Org: {
            Value v = as.resolve(f.expr);
            int64_t target = v.offset;
            if (v.add != kNoSymbol) target += static_cast<int64_t>(as.symbol_address(v.add));
            uint64_t after = (next[fi] == UINT32_MAX ? address + f.fixed + f.var_size - stretch
                                                     : sec.frags[next[fi]].address) + stretch;
            growth = target - static_cast<int64_t>(after);
            if (static_cast<int64_t>(address + f.fixed) > target) {
              growth = 0;
              if (pass < 2) { stretched = true; break; }
              as.diag().error(as.unpack(f.loc), "attempt to move .org backwards");
              f.kind = FragKind::Fixed;
              f.var_size = 0;
              break;
            }
            f.var_size = static_cast<uint64_t>(target) - (address + f.fixed);
            break;
          }
          case FragKind::Space: {
            Value v = as.resolve(f.expr);
            if (!v.is_const()) {
              if (f.expr != kNoExpr)
                as.diag().error(as.unpack(f.loc), ".space, .nops or .fill specifies non-absolute value");
              f.expr = kNoExpr;
              f.kind = FragKind::Fixed;
              break;
            }
            if (v.offset < 0) {
              if (pass < 2) { stretched = true; break; }
              as.diag().warning(as.unpack(f.loc), ".space, .nops or .fill with negative value, ignoring");
              f.kind = FragKind::Fixed;
              growth = -static_cast<int64_t>(f.var_size);
              f.var_size = 0;
              break;
            }
            uint64_t amount = static_cast<uint64_t>(v.offset) * f.fill_size;
            growth = static_cast<int64_t>(amount) - static_cast<int64_t>(f.var_size);
            f.var_size = amount;
            break;
          }
          case FragKind::Jump: growth = relax_jump(fi, stretch); break;
          case FragKind::Encoded: {
            uint64_t size = encoded_size(f.encoding, encoded_value(fi), f.param);
            growth = static_cast<int64_t>(size) - static_cast<int64_t>(f.var_size);
            f.var_size = size;
            break;
          }
        }
        if (growth != 0) {
          stretch += growth;
          stretched = true;
        }
      }
      ++pass;
      if (pass > 1000) break;
    }
    uint64_t end = 0;
    for (uint32_t fi : order) end = frag(fi).address + frag(fi).fixed + frag(fi).var_size;
    sec.size = end;
  }

};

}  // namespace

void layout(Assembly& as) {
  // Sections are relaxed in order, and again while any fragment moved: a size in one section (a LEB128 of a
  // difference of code labels, say) may depend on the layout of a later one, as in gas's write_object_file.
  std::vector<SectionLayout> layouts;
  layouts.reserve(as.sections().size());
  for (SectionId id = 0; id < as.sections().size(); ++id) {
    Section& sec = as.section(id);
    order_fixups_by_subsection(sec);
    layouts.emplace_back(as, id, sec);
    SectionLayout& l = layouts.back();
    l.next.assign(sec.frags.size(), UINT32_MAX);
    for (size_t k = 0; k + 1 < l.order.size(); ++k) l.next[l.order[k]] = l.order[k + 1];
    l.estimate();
  }
  std::vector<uint64_t> before;
  for (int pass = 0; pass < 100; ++pass) {
    bool changed = false;
    for (SectionLayout& l : layouts) {
      before.clear();
      for (const Fragment& f : l.sec.frags) before.push_back(f.address + f.var_size);
      l.relax();
      for (size_t i = 0; i < l.sec.frags.size(); ++i)
        if (l.sec.frags[i].address + l.sec.frags[i].var_size != before[i]) changed = true;
    }
    if (!changed && pass > 0) break;
  }
  // gas converts the fragments of each section in turn once relaxation is over (size_seg), and only then
  // finds an undefined `.uleb128` operand or one that mixes sections.
  for (SectionLayout& l : layouts) l.check_leb128_operands();
}

void materialize(Assembly& as, const Section& sec, uint8_t* out) {
  for (const Fragment& f : sec.frags) {
    uint8_t* p = out + f.address;
    if (f.fixed) std::memcpy(p, sec.data.data() + f.data_begin, f.fixed);
    p += f.fixed;
    switch (f.kind) {
      case FragKind::Fixed: break;
      case FragKind::Align:
        if (f.code_fill) {
          x86::fill_nops(p, f.var_size);
        } else {
          for (uint64_t i = 0; i < f.var_size; ++i)
            p[i] = static_cast<uint8_t>(static_cast<uint64_t>(f.fill) >> (8 * (i % f.fill_size)));
        }
        break;
      case FragKind::Org: std::memset(p, static_cast<int>(f.fill & 0xff), f.var_size); break;
      case FragKind::Space:
        if (f.code_fill) {  // .nops: `fill` is the largest single NOP (0 = default)
          x86::fill_nops(p, f.var_size, static_cast<size_t>(f.fill));
          break;
        }
        for (uint64_t i = 0; i < f.var_size; ++i) {
          unsigned byte = static_cast<unsigned>(i % f.fill_size);
          p[i] = byte < 8 ? static_cast<uint8_t>(static_cast<uint64_t>(f.fill) >> (8 * byte)) : 0;
        }
        break;
      case FragKind::Encoded: {
        int64_t value = 0;
        if (f.leb128_operand) {
          value = leb128_operand_value(as, f.expr, nullptr);
        } else if (Value v = as.resolve(f.expr); v.is_const()) {
          value = v.offset;
        }
        encode_value(f.encoding, value, f.param, p);
        break;
      }
      case FragKind::Jump: {
        // A jump relaxed inside its section holds its displacement directly, as gas's md_convert_frag writes
        // it; one sized at the start as near (target elsewhere) gets a fixup instead.
        int64_t disp = 0;
        if (!f.relocated) {
          Value v = as.resolve(f.expr);
          int64_t target = static_cast<int64_t>(as.symbol_address(v.add)) + v.offset;
          disp = target - static_cast<int64_t>(f.address + f.fixed + f.var_size);
        }
        uint8_t* d = p;
        if (!f.long_form) {
          d[0] = static_cast<uint8_t>(disp);
          break;
        }
        if (f.cond == 0xff) {
          p[-1] = 0xe9;
        } else {
          p[-1] = 0x0f;
          p[0] = static_cast<uint8_t>(0x80 | f.cond);
          d = p + 1;
        }
        for (int i = 0; i < 4; ++i) d[i] = static_cast<uint8_t>(static_cast<uint64_t>(disp) >> (8 * i));
        break;
      }
    }
  }
}

}  // namespace gasket
