// Matching an AT&T statement against the instruction table, and encoding the winning form.
//
// How gas picks an encoding, as reproduced here:
//  * The mnemonic is looked up whole first (`movq`, `cmovl`, `fildll`), then as a condition family
//    (`jne` = j_cc with cond 5), then with its last letter taken as an AT&T size suffix b/w/l/q (`addl`,
//    `movzbl` -> movzb + l, `cmovll` -> cmov_cc(l) + l). Every candidate's rows are tried in table order
//    and the first that accepts the operands wins.
//  * The operand size of a size-family row comes from the suffix, else from the general registers in
//    family slots (they must agree), else from the row's default (push/call: 64-bit), else gas assumes
//    `l` and warns "using default". Immediates are then judged against that size: a known constant is
//    reduced to the operand width (so `addl $0xffffffff` is `83 /0 ib` with -1), an unknown one only fits
//    full-width slots and becomes a fixup.
//  * When no row matches, gas reports the failure of the template that got furthest through its checks
//    (see Failure): operand count < suffix < sizes (memory where only a register fits, a register of a
//    width the row lacks, an immediate too wide) < types < register agreement < the same with operands
//    swapped. Reported within the first reading of the mnemonic (`movq %eax,%rbx` against the SSE `movq`),
//    except that a register contradicting the suffix of an otherwise matching row wins (`addq %eax,%ebx`).
//    Worked out from tests/sweep's rejected statements; the few it does not reproduce are listed in
//    tests/sweep/known_gaps.txt.
//  * A memory operand naming its default segment (%ss with a %rsp/%rbp base, %ds otherwise) gets no prefix.
//  * Prefix bytes come out in gas's slot order: fwait, segment, 0x67, 0x66, f2/f3, lock, REX or VEX.
#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "emit/name_index.hpp"
#include "emit/x86/forms.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::x86 {
namespace {

using table::Field;
using table::Form;
using table::OpcodeAdd;
using table::OpSpec;
using table::Spec;

constexpr uint16_t kRelocGotPcRelX = 41;
constexpr uint16_t kRelocRexGotPcRelX = 42;

// ---- Mnemonic resolution ----------------------------------------------------------------------------

struct Condition {
  std::string_view name;
  uint8_t code;
};

constexpr Condition kConditions[] = {
    {"o", 0},   {"no", 1},  {"b", 2},   {"c", 2},    {"nae", 2}, {"ae", 3},  {"nb", 3},   {"nc", 3},
    {"e", 4},   {"z", 4},   {"ne", 5},  {"nz", 5},   {"be", 6},  {"na", 6},  {"a", 7},    {"nbe", 7},
    {"s", 8},   {"ns", 9},  {"p", 10},  {"pe", 10},  {"np", 11}, {"po", 11}, {"l", 12},   {"nge", 12},
    {"ge", 13}, {"nl", 13}, {"le", 14}, {"ng", 14},  {"g", 15},  {"nle", 15},
};

struct ConditionFamily {
  std::string_view stem;
  std::string_view table_name;
};

constexpr ConditionFamily kConditionFamilies[] = {{"j", "j_cc"}, {"set", "set_cc"}, {"cmov", "cmov_cc"}};

/// One way of reading the written mnemonic: a run of table rows plus what the spelling implied.
struct Candidate {
  std::span<const Form> forms;
  std::string_view name;  ///< the name gas uses in messages (`push` for `pushl`)
  char suffix = 0;
  uint8_t cond = 0;
};

struct Candidates {
  std::array<Candidate, 4> list;
  size_t n = 0;
  void add(std::span<const Form> forms, std::string_view name, char suffix, uint8_t cond) {
    if (!forms.empty() && n < list.size()) list[n++] = Candidate{forms, name, suffix, cond};
  }
};

/// A condition suffix of up to three letters packed into an integer, so matching one is an integer compare.
constexpr uint32_t pack_condition(std::string_view cc) {
  uint32_t v = 0;
  for (char c : cc) v = (v << 8) | uint8_t(c);
  return v;
}

constexpr auto kPackedConditions = [] {
  std::array<uint32_t, std::size(kConditions)> out{};
  for (size_t i = 0; i < out.size(); ++i) out[i] = pack_condition(kConditions[i].name);
  return out;
}();

void add_readings(std::string_view name, char suffix, Candidates& out) {
  if (name.find('_') != std::string_view::npos) return;
  out.add(forms_for(name), name, suffix, 0);
  if (name.empty() || (name[0] != 'j' && name[0] != 's' && name[0] != 'c')) return;
  for (const ConditionFamily& family : kConditionFamilies) {
    if (!name.starts_with(family.stem)) continue;
    std::string_view cc = name.substr(family.stem.size());
    if (cc.empty() || cc.size() > 3) continue;
    const uint32_t packed = pack_condition(cc);
    for (size_t i = 0; i < kPackedConditions.size(); ++i)
      if (kPackedConditions[i] == packed) out.add(forms_for(family.table_name), name, suffix, kConditions[i].code);
  }
}

Candidates resolve_mnemonic(std::string_view mnemonic) {
  Candidates out;
  add_readings(mnemonic, 0, out);
  if (mnemonic.size() > 1) {
    char last = mnemonic.back();
    if (last == 'b' || last == 'w' || last == 'l' || last == 'q')
      add_readings(mnemonic.substr(0, mnemonic.size() - 1), last, out);
  }
  return out;
}

// ---- Prefixes ---------------------------------------------------------------------------------------

/// gas's prefix slots, in emission order.
struct Prefixes {
  uint8_t seg = 0, addr = 0, data = 0, rep = 0, lock = 0;
  uint8_t rex = 0;  ///< REX bits written explicitly (0x40 | WRXB)
};

struct PrefixName {
  std::string_view name;
  uint8_t byte;
};

constexpr PrefixName kPrefixNames[] = {
    {"lock", 0xf0},   {"rep", 0xf3},   {"repe", 0xf3},    {"repz", 0xf3},    {"repne", 0xf2}, {"repnz", 0xf2},
    {"xacquire", 0xf2}, {"xrelease", 0xf3}, {"bnd", 0xf2}, {"notrack", 0x3e},
    {"data16", 0x66}, {"addr32", 0x67}, {"cs", 0x2e},     {"ds", 0x3e},      {"es", 0x26},    {"ss", 0x36},
    {"fs", 0x64},     {"gs", 0x65},     {"rex", 0x40},    {"rex64", 0x48},   {"rex.w", 0x48}, {"rex.r", 0x44},
    {"rex.x", 0x42},  {"rex.b", 0x41},  {"rex.wr", 0x4c}, {"rex.wb", 0x49},  {"rex.wx", 0x4a}, {"rex.rb", 0x45},
    {"rex.wrxb", 0x4f},
};

std::optional<uint8_t> prefix_byte(std::string_view name) {
  std::array<char, 16> lower{};
  if (name.size() >= lower.size()) return std::nullopt;
  for (size_t i = 0; i < name.size(); ++i) lower[i] = char(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
  std::string_view key(lower.data(), name.size());
  for (const PrefixName& p : kPrefixNames)
    if (p.name == key) return p.byte;
  return std::nullopt;
}

void put_prefix(uint8_t byte, Prefixes& p) {
  switch (byte) {
    case 0xf0: p.lock = byte; break;
    case 0xf2: case 0xf3: p.rep = byte; break;
    case 0x66: p.data = byte; break;
    case 0x67: p.addr = byte; break;
    case 0x2e: case 0x3e: case 0x26: case 0x36: case 0x64: case 0x65: p.seg = byte; break;
    default: p.rex |= byte; break;
  }
}

// ---- Operand classification -------------------------------------------------------------------------

uint8_t gpr_bytes(Reg r) {
  switch (r.cls) {
    case RegClass::Gpr8: case RegClass::Gpr8High: return 1;
    case RegClass::Gpr16: return 2;
    case RegClass::Gpr32: return 4;
    case RegClass::Gpr64: return 8;
    default: return 0;
  }
}

uint8_t size_bit(uint8_t bytes) { return bytes == 1 ? 1 : bytes == 2 ? 2 : bytes == 4 ? 4 : bytes == 8 ? 8 : 0; }
uint8_t suffix_bytes(char s) { return s == 'b' ? 1 : s == 'w' ? 2 : s == 'l' ? 4 : s == 'q' ? 8 : 0; }

bool is_reg(const Operand& o, RegClass cls) { return o.kind == OperandKind::Reg && o.reg.cls == cls; }
bool is_gpr(const Operand& o) { return o.kind == OperandKind::Reg && gpr_bytes(o.reg) != 0; }
bool disp_only(const Operand& o) {
  return o.kind == OperandKind::Mem && !o.mem.base.valid() && !o.mem.index.valid();
}
bool fits_signed(int64_t v, int bits) { return v >= -(int64_t(1) << (bits - 1)) && v < (int64_t(1) << (bits - 1)); }

/// An absolute address that only the moffs forms (a0-a3 with a 64-bit address) can reach.
bool far_absolute(const Operand& o) {
  return disp_only(o) && o.mem.has_disp && o.mem.disp.known && !fits_signed(o.mem.disp.value, 32);
}

bool is_imm_spec(Spec k) {
  return k == Spec::Imm || k == Spec::Imm8 || k == Spec::Imm8S || k == Spec::Imm16 || k == Spec::Imm64 ||
         k == Spec::One || k == Spec::Three;
}
bool is_rm_spec(Spec k) {
  return k == Spec::RegMem || k == Spec::Mem || k == Spec::GprRm || k == Spec::XmmRm || k == Spec::XmmMem ||
         k == Spec::MmxRm || k == Spec::MmxMem;
}
bool is_sized_gpr_spec(Spec k) {
  return k == Spec::Gpr || k == Spec::GprRm || k == Spec::Acc || k == Spec::RegMem || k == Spec::VReg;
}
bool is_string_spec(Spec k) { return k == Spec::StrSrc || k == Spec::StrDst || k == Spec::StrXlat; }

/// `(%rsi)`-style string operand: the given base (rsi=6, rdi=7, rbx=3, or its 32-bit twin), nothing else.
bool string_operand(const Operand& op, uint8_t num) {
  const Mem& m = op.mem;
  return op.kind == OperandKind::Mem && (m.base.cls == RegClass::Gpr64 || m.base.cls == RegClass::Gpr32) &&
         m.base.num == num && !m.index.valid() && (!m.has_disp || (m.disp.known && m.disp.value == 0));
}

/// The register class of an xmm-family slot: %ymm for the 256-bit specs.
RegClass simd_class(const OpSpec& spec) { return spec.size == 32 ? RegClass::Ymm : RegClass::Xmm; }

/// An %xmm register in a %ymm slot or the reverse (the register class is right but for its width).
bool simd_width_only(const OpSpec& spec, const Operand& op) {
  bool simd_slot = spec.kind == Spec::Xmm || spec.kind == Spec::XmmRm || spec.kind == Spec::XmmMem ||
                   spec.kind == Spec::VSimd || spec.kind == Spec::SimdIs4;
  return simd_slot && (is_reg(op, RegClass::Xmm) || is_reg(op, RegClass::Ymm)) && op.reg.cls != simd_class(spec);
}

/// Does the operand's kind and register class fit the slot (sizes are checked separately)?
bool kind_fits(const OpSpec& spec, const Operand& op) {
  bool mem = op.kind == OperandKind::Mem && (spec.kind == Spec::Moffs || !far_absolute(op));
  switch (spec.kind) {
    case Spec::Gpr: case Spec::GprRm: return is_gpr(op);
    case Spec::Acc: return is_gpr(op) && op.reg.num == 0 && op.reg.cls != RegClass::Gpr8High;
    case Spec::Cl: return is_reg(op, RegClass::Gpr8) && op.reg.num == 1;
    case Spec::Dx:  // `(%dx)` is accepted for %dx
      return (is_reg(op, RegClass::Gpr16) && op.reg.num == 2) ||
             (mem && op.mem.base == Reg{RegClass::Gpr16, 2} && !op.mem.index.valid() && !op.mem.has_disp);
    case Spec::Fs: return is_reg(op, RegClass::Seg) && op.reg.num == 4;
    case Spec::Gs: return is_reg(op, RegClass::Seg) && op.reg.num == 5;
    case Spec::RegMem: return is_gpr(op) || mem;
    case Spec::Mem: return mem;
    case Spec::Imm: case Spec::Imm8: case Spec::Imm8S: case Spec::Imm16: case Spec::Imm64: case Spec::One:
    case Spec::Three:
      return op.kind == OperandKind::Imm;
    case Spec::Rel: case Spec::Rel8: case Spec::Rel32: return disp_only(op) && !op.indirect && !op.mem.seg.valid();
    case Spec::Moffs: return disp_only(op);
    case Spec::Sreg: return is_reg(op, RegClass::Seg);
    case Spec::Cr: return is_reg(op, RegClass::Cr);
    case Spec::Dr: return is_reg(op, RegClass::Dr);
    case Spec::St: return is_reg(op, RegClass::St);
    case Spec::St0: return is_reg(op, RegClass::St) && op.reg.num == 0;
    case Spec::Mmx: case Spec::MmxRm: return is_reg(op, RegClass::Mmx);
    case Spec::MmxMem: return is_reg(op, RegClass::Mmx) || mem;
    case Spec::Xmm: case Spec::XmmRm: case Spec::VSimd: case Spec::SimdIs4: return is_reg(op, simd_class(spec));
    case Spec::Xmm0: return is_reg(op, RegClass::Xmm) && op.reg.num == 0;
    case Spec::FixedGpr: return is_gpr(op) && op.reg.num == spec.num && gpr_bytes(op.reg) == spec.size;
    case Spec::VReg: return is_gpr(op);
    case Spec::StrSrc: return string_operand(op, 6);
    case Spec::StrDst: return string_operand(op, 7) && (!op.mem.seg.valid() || op.mem.seg.num == 0);
    case Spec::StrXlat: return string_operand(op, 3);
    case Spec::XmmMem: return is_reg(op, simd_class(spec)) || mem;
    case Spec::None: return false;
  }
  return false;
}

/// A constant reduced to the operand width the way gas does before picking imm8s forms.
int64_t reduce_to_width(int64_t v, uint8_t bytes) {
  if (bytes == 2 && v >= -0x8000 && v <= 0xffff) return int16_t(v);
  if (bytes == 4 && v >= -(int64_t(1) << 31) && v <= int64_t(0xffffffff)) return int32_t(v);
  return v;
}

/// Width in bytes of an immediate field of `spec` at operand size `opsize`.
uint8_t imm_width(const OpSpec& spec, uint8_t opsize) {
  switch (spec.kind) {
    case Spec::Imm: return spec.size ? spec.size : opsize == 8 ? 4 : opsize;
    case Spec::Imm8: case Spec::Imm8S: return 1;
    case Spec::Imm16: return 2;
    case Spec::Imm64: return 8;
    default: return 0;
  }
}

/// Whether an immediate fits the slot; sets `truncated` when gas would warn "shortened".
bool imm_fits(const OpSpec& spec, uint8_t opsize, const ExprRef& e, bool& truncated) {
  truncated = false;
  if (!e.known)
    return spec.kind != Spec::Imm8S && spec.kind != Spec::One && spec.kind != Spec::Three &&
           !(spec.kind == Spec::Imm && opsize == 0 && spec.size == 0);
  int64_t v = e.value;
  switch (spec.kind) {
    case Spec::One: return v == 1;
    case Spec::Three: return v == 3;
    case Spec::Imm8: return v >= -128 && v <= 255;
    case Spec::Imm8S: return fits_signed(reduce_to_width(v, opsize), 8);
    case Spec::Imm16: return v >= -0x8000 && v <= 0xffff;
    case Spec::Imm64: return true;
    case Spec::Imm: {
      uint8_t width = imm_width(spec, opsize);
      if (opsize == 8 && spec.size == 0) return fits_signed(v, 32);
      if (width >= 8) return true;
      truncated = v > 0 && uint64_t(v) > (uint64_t(1) << (8 * width)) - 1;
      return true;
    }
    default: return false;
  }
}

// ---- Matching ---------------------------------------------------------------------------------------

/// Why a row rejected the operands, ordered by how far matching got (gas reports the furthest).
/// gas checks a template in stages (operand count, suffix, operand sizes, operand types, register agreement,
/// then the same two again with the operands swapped for its reversible templates) and reports the stage that
/// some template got furthest in; at the swapped stages a later template wins a tie. gasket writes the two
/// directions as two rows, so the second row of such a pair fails at the Rev* stages. A register that
/// contradicts the suffix is only found once a template matched, so it outranks everything.
enum class Failure : uint8_t { None, NumOps, Suffix, Size, Type, RegType, RevType, RevRegType, IncorrectReg, NotAllowed };

/// The stage a failure belongs to (the two swapped-operand failures are one stage).
int stage(Failure f) { return f == Failure::RevRegType ? int(Failure::RevType) : f == Failure::NotAllowed ? int(Failure::IncorrectReg) : int(f); }

struct Mismatch {
  Failure kind = Failure::None;
  std::string_view name;
  Reg reg;
  char suffix = 0;
  std::string_view written;  ///< the mnemonic as written (`movzxw`)
};

/// A row that accepted the operands.
struct Match {
  const Form* form = nullptr;
  uint8_t size = 0;  ///< operand size in bytes of a size-family row, 0 otherwise
  uint8_t cond = 0;
  bool warn_default = false;
  int truncated_op = -1;
};

bool match_form(const Form& f, const Insn& insn, const Candidate& cand, bool reverse_half, Match& m,
                Mismatch& why) {
  auto fail = [&](Failure kind, Reg reg = {}) {
    if (reverse_half && (kind == Failure::Type || kind == Failure::RegType))
      kind = kind == Failure::Type ? Failure::RevType : Failure::RevRegType;
    bool later_wins = kind == Failure::RevType || kind == Failure::RevRegType;
    if (stage(kind) > stage(why.kind) || (later_wins && stage(kind) == stage(why.kind)))
      why = Mismatch{kind, cand.name, reg, cand.suffix, insn.mnemonic};
    return false;
  };
  m.warn_default = false;
  m.truncated_op = -1;
  if (insn.nops != f.nops) return fail(Failure::NumOps);
  uint8_t size = 0;
  if (cand.suffix && (f.flags & table::form_flags::SrcSuffix)) {
    // movzx/movsx: the suffix names the source's size (movzxw = movzwl), the destination sizes the row.
    if (f.ops[0].size != suffix_bytes(cand.suffix)) return fail(Failure::Suffix);
    if (cand.suffix == 'w' && is_gpr(insn.ops[0]) && gpr_bytes(insn.ops[0].reg) == 1)
      return fail(Failure::NotAllowed, insn.ops[0].reg);  // gas's word-suffix check of a matched template
  } else if (cand.suffix) {
    if (f.flags & table::form_flags::NoSuffix) return fail(Failure::Suffix);
    uint8_t bytes = suffix_bytes(cand.suffix);
    if (!(f.sizes & size_bit(bytes))) return fail(Failure::Suffix);
    size = bytes;
  }
  // Size stage: memory where only a register fits and the reverse, registers of a width the row lacks.
  for (size_t i = 0; i < f.nops; ++i) {
    const OpSpec& spec = f.ops[i];
    const Operand& op = insn.ops[i];
    bool takes_mem = is_rm_spec(spec.kind) || spec.kind == Spec::Moffs || is_string_spec(spec.kind) ||
                     spec.kind == Spec::Dx || spec.kind == Spec::Rel || spec.kind == Spec::Rel8 || spec.kind == Spec::Rel32;
    if (op.kind == OperandKind::Mem && !takes_mem && !far_absolute(op)) return fail(Failure::Size);
    if ((spec.kind == Spec::Fs || spec.kind == Spec::Gs) && !is_reg(op, RegClass::Seg)) return fail(Failure::Size);
    bool mem_only = spec.kind == Spec::Mem && !(f.flags & table::form_flags::AddrOnly);  // lea's is any size
    if (is_gpr(op) && (mem_only || spec.kind == Spec::Rel || spec.kind == Spec::Rel32 || spec.kind == Spec::St ||
                       spec.kind == Spec::St0 || is_imm_spec(spec.kind)))
      return fail(Failure::Size);
    if (is_gpr(op) && is_sized_gpr_spec(spec.kind)) {
      uint8_t bytes = gpr_bytes(op.reg);
      if (spec.size ? bytes != spec.size : !(f.sizes & size_bit(bytes))) return fail(Failure::Size);
    }
  }
  bool width_mismatch = false;
  for (size_t i = 0; i < f.nops; ++i) {
    if (kind_fits(f.ops[i], insn.ops[i])) continue;
    if (!simd_width_only(f.ops[i], insn.ops[i])) return fail(Failure::Type);
    width_mismatch = true;
  }
  if (width_mismatch) {
    // gas writes an instruction's 128- and 256-bit forms as one template, where a %ymm among %xmm registers is
    // a register mismatch; an operand whose width is fixed (vinserti128's xmm/m128, vaddss) is a size mismatch.
    bool both_widths = std::any_of(cand.forms.begin(), cand.forms.end(), [&](const Form& g) {
      if (&g == &f || g.nops != f.nops || g.vex_l == f.vex_l || g.opcode[0] != f.opcode[0]) return false;
      for (size_t i = 0; i < f.nops; ++i)
        if (g.ops[i].kind != f.ops[i].kind) return false;
      return true;
    });
    return fail(both_widths ? Failure::RegType : Failure::Size);
  }
  Reg incorrect;
  uint8_t reg_size = 0;
  for (size_t i = f.nops; i-- > 0;) {
    const OpSpec& spec = f.ops[i];
    const Operand& op = insn.ops[i];
    if (!is_sized_gpr_spec(spec.kind) || !is_gpr(op) || spec.size != 0) continue;
    uint8_t bytes = gpr_bytes(op.reg);
    if (reg_size == 0) reg_size = bytes;
    else if (bytes != reg_size) return fail(Failure::RegType, op.reg);
    if (size != 0 && bytes != size && !incorrect.valid()) incorrect = op.reg;
  }
  if (size == 0) size = reg_size;
  if (f.sizes != 0 && size == 0) {
    if ((f.flags & table::form_flags::DefQ) && (f.sizes & table::kSizeQ)) {
      size = 8;
    } else if (f.flags & table::form_flags::DefL) {
      size = 4;
    } else if (std::has_single_bit(f.sizes)) {
      size = f.sizes == 1 ? 1 : f.sizes == 2 ? 2 : f.sizes == 4 ? 4 : 8;
    } else if (f.sizes & table::kSizeL) {
      size = 4;
      // gas warns when nothing sized the operation: no register in a sized slot (%cl of a shift and the
      // fixed %ecx of crc32 do not count), and no SIMD register either.
      m.warn_default = true;
      for (size_t i = 0; i < f.nops; ++i) {
        const Operand& op = insn.ops[i];
        if (op.kind == OperandKind::Reg && ((is_sized_gpr_spec(f.ops[i].kind) && f.ops[i].size == 0) ||
                                            op.reg.cls == RegClass::Xmm || op.reg.cls == RegClass::Ymm ||
                                            op.reg.cls == RegClass::Mmx))
          m.warn_default = false;
      }
    } else {
      return fail(Failure::Size);
    }
  }
  if (f.sizes != 0 && !(f.sizes & size_bit(size))) return fail(Failure::Size);
  if ((f.flags & table::form_flags::WarnDef) && !cand.suffix) {
    // A bare mnemonic whose memory operand took the row's default size (fld = flds, crc32 (%rax),%rcx).
    m.warn_default = true;
    for (size_t i = 0; i < f.nops; ++i)
      if (insn.ops[i].kind == OperandKind::Reg && is_sized_gpr_spec(f.ops[i].kind) && f.ops[i].size == 0)
        m.warn_default = false;
  }
  for (size_t i = 0; i < f.nops; ++i) {
    if (!is_imm_spec(f.ops[i].kind)) continue;
    bool truncated = false;
    const ExprRef& v = insn.ops[i].imm;
    if (!cand.suffix && m.warn_default && v.known && !fits_signed(v.value, 32) && !(v.value > 0 && v.value <= 0xffffffff))
      return fail(Failure::Type);  // a default-sized operation never takes a 64-bit immediate
    if (!imm_fits(f.ops[i], size, v, truncated))
      return fail(v.known && f.ops[i].kind != Spec::Imm8S ? Failure::Size : Failure::Type);
    if (truncated) m.truncated_op = int(i);
  }
  if (incorrect.valid()) return fail(Failure::IncorrectReg, incorrect);
  m.form = &f;
  m.size = size;
  m.cond = cand.cond;
  return true;
}

std::string mismatch_message(const Mismatch& why) {
  switch (why.kind) {
    case Failure::NumOps: return fmt::format("number of operands mismatch for `{}'", why.name);
    case Failure::Suffix: return fmt::format("invalid instruction suffix for `{}'", why.name);
    case Failure::Type: case Failure::RevType: case Failure::None:
      return fmt::format("operand type mismatch for `{}'", why.name);
    case Failure::Size: return fmt::format("operand size mismatch for `{}'", why.name);
    case Failure::RegType: case Failure::RevRegType: return fmt::format("register type mismatch for `{}'", why.name);
    case Failure::IncorrectReg:
      return fmt::format("incorrect register `%{}' used with `{}' suffix", register_name(why.reg), why.suffix);
    case Failure::NotAllowed: return fmt::format("`%{}' not allowed with `{}'", register_name(why.reg), why.written);
  }
  return {};
}

/// The statement text as gas quotes it: whitespace dropped except one blank between two name characters.
std::string scrubbed_statement(const Insn& insn) {
  std::string_view text = insn.text.empty() ? insn.mnemonic : insn.text;
  std::string out;
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '$' || c == '%';
  };
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space && name_char(out.back()) && name_char(c)) out += ' ';
    else if (pending_space && out.find(' ') == std::string::npos) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// ---- Encoding ---------------------------------------------------------------------------------------

/// Bytes and fixups of one instruction under construction.
class Emitter {
 public:
  explicit Emitter(Encoding& out) : out_(out) {}
  void byte(uint8_t b) {
    assert(out_.size < out_.bytes.size() && "an x86 instruction is at most 15 bytes");
    out_.bytes[out_.size++] = b;
  }
  void value(uint64_t v, uint8_t width) {
    for (uint8_t i = 0; i < width; ++i) byte(uint8_t(v >> (8 * i)));
  }
  /// A field of `width` bytes: the constant when known, else zeros plus a fixup.
  void field(const ExprRef& e, uint8_t width, bool pcrel, bool is_signed, uint16_t reloc = 0, bool branch = false) {
    if (e.known && !pcrel) {
      value(uint64_t(e.value), width);
      return;
    }
    EncodedFixup& f = out_.fixups[out_.nfixups++];
    f.offset = out_.size;
    f.size = width;
    f.pcrel = pcrel;
    f.is_signed = is_signed;
    f.reloc = reloc;
    f.branch = branch;
    f.value = e;
    value(0, width);
  }
  uint8_t size() const { return out_.size; }
  /// Starts a request for gas's obstack at the next byte: a frag_more of the bytes up to the next request, or
  /// one FRAG_APPEND_1_CHAR when `one_char`.
  void request(bool one_char) {
    out_.pieces.starts = uint16_t(out_.pieces.starts | 1u << out_.size);
    if (one_char) out_.pieces.chars = uint16_t(out_.pieces.chars | 1u << out_.size);
  }
  /// A byte gas appends with FRAG_APPEND_1_CHAR.
  void char_byte(uint8_t b) {
    request(true);
    byte(b);
  }

 private:
  Encoding& out_;
};

/// ModRM/SIB/displacement of a memory operand, computed before any byte is written.
struct MemCode {
  uint8_t mod = 0, rm = 0, sib = 0;
  bool has_sib = false;
  uint8_t disp_width = 0;  ///< 0, 1 or 4
  bool rex_x = false, rex_b = false, addr32 = false, rip = false;
};

bool encode_mem(const Mem& m, uint8_t pseudo, MemCode& c, std::string& error) {
  Reg base = m.base, index = m.index;
  auto addr_class = [&](Reg r) {
    return r.cls == RegClass::Gpr32 || ((r.cls == RegClass::Rip || r.cls == RegClass::Iz) && r.num == 1);
  };
  if ((base.valid() && base.cls != RegClass::Gpr64 && base.cls != RegClass::Gpr32 && base.cls != RegClass::Rip) ||
      (index.valid() && index.cls != RegClass::Gpr64 && index.cls != RegClass::Gpr32 && index.cls != RegClass::Iz) ||
      (index.valid() && index.cls != RegClass::Iz && index.num == 4) ||
      (base.cls == RegClass::Rip && index.valid()) ||
      (base.valid() && index.valid() && addr_class(base) != addr_class(index))) {
    error = "invalid base/index expression";
    return false;
  }
  c.addr32 = (base.valid() && addr_class(base)) || (index.valid() && addr_class(index));
  bool known = m.disp.known;
  int64_t disp = m.has_disp ? m.disp.value : 0;
  if (c.addr32 && disp >= -(int64_t(1) << 31) && disp <= int64_t(0xffffffff)) disp = int32_t(disp);
  if (known && !c.addr32 && !fits_signed(disp, 32)) {
    error = fmt::format("{:#x} out of range of signed 32bit displacement", uint64_t(disp));
    return false;
  }
  if (base.cls == RegClass::Rip) {
    c.mod = 0, c.rm = 5, c.disp_width = 4, c.rip = true;
    return true;
  }
  uint8_t scale_bits = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
  uint8_t index_bits = index.valid() && index.cls != RegClass::Iz ? index.num & 7 : 4;
  c.rex_x = index.valid() && index.cls != RegClass::Iz && index.num >= 8;
  if (!base.valid()) {
    c.mod = 0, c.rm = 4, c.has_sib = true, c.disp_width = 4;
    c.sib = uint8_t(scale_bits << 6 | index_bits << 3 | 5);
    return true;
  }
  c.rex_b = base.num >= 8;
  bool force8 = pseudo & uint8_t(PseudoPrefix::Disp8), force32 = pseudo & uint8_t(PseudoPrefix::Disp32);
  if (force32 || (m.has_disp && !known)) c.mod = 2, c.disp_width = 4;
  else if ((known && disp != 0) || (base.num & 7) == 5 || force8)
    fits_signed(disp, 8) ? (c.mod = 1, c.disp_width = 1) : (c.mod = 2, c.disp_width = 4);
  if (index.valid() || (base.num & 7) == 4) {
    c.rm = 4, c.has_sib = true;
    c.sib = uint8_t(scale_bits << 6 | index_bits << 3 | (base.num & 7));
  } else {
    c.rm = base.num & 7;
  }
  return true;
}

uint8_t segment_prefix(Reg seg) {
  constexpr uint8_t bytes[] = {0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65};
  return bytes[seg.num % 6];
}

bool needs_rex_for_byte_reg(Reg r) { return r.cls == RegClass::Gpr8 && r.num >= 4 && r.num < 8; }

bool emit_match(const Match& m, const Insn& insn, Prefixes p, Encoding& out, std::string& error, bool& skipped_prefix) {
  const Form& f = *m.form;
  out = Encoding{};
  int rm_op = -1, reg_op = -1;
  for (int i = 0; i < f.nops; ++i) {
    Spec k = f.ops[i].kind;
    if (is_rm_spec(k) && rm_op < 0) rm_op = i;
    else if ((k == Spec::Gpr || k == Spec::Sreg || k == Spec::Cr || k == Spec::Dr || k == Spec::Mmx ||
              k == Spec::Xmm || k == Spec::St) && reg_op < 0)
      reg_op = i;
  }
  if (f.flags & table::form_flags::DupDst) rm_op = f.nops - 1;
  if (f.add == OpcodeAdd::Reg && reg_op < 0) reg_op = rm_op;

  bool xchg_acc = f.add == OpcodeAdd::Reg && f.nops == 2 && insn.ops[0].reg.num == 0 && insn.ops[1].reg.num == 0 &&
                  insn.ops[0].kind == OperandKind::Reg && insn.ops[1].kind == OperandKind::Reg;
  uint8_t rex = p.rex ? uint8_t(p.rex & 0x0f) : 0;
  bool rex_needed = p.rex != 0;
  if ((m.size == 8 && f.sizes != 0 && !(f.flags & (table::form_flags::DefQ | table::form_flags::NoRexW)) &&
       !xchg_acc && !f.vex) || f.rexw)
    rex |= 8;
  if (m.size == 2 && f.sizes != 0 && !(f.flags & table::form_flags::No66)) {
    if (p.data) {
      error = "same type of prefix used twice";
      return false;
    }
    p.data = 0x66;
  }
  if (f.mandatory == 0x66) p.data = 0x66;
  else if (f.mandatory) p.rep = f.mandatory;
  if (f.flags & table::form_flags::AddrSize32) p.addr = 0x67;
  else if (f.nops == 1 && (f.ops[0].kind == Spec::Rel || f.ops[0].kind == Spec::Rel32) && p.addr) {
    p.addr = 0;  // gas drops addr32 on a direct branch, and says so
    skipped_prefix = true;
  }

  MemCode mc;
  const Operand* mem = rm_op >= 0 && insn.ops[rm_op].kind == OperandKind::Mem ? &insn.ops[rm_op] : nullptr;
  int vvvv_op = -1;
  for (int i = 0; i < f.nops; ++i) {
    Spec k = f.ops[i].kind;
    const Mem& om = insn.ops[i].mem;
    if (k == Spec::VReg || k == Spec::VSimd) vvvv_op = i;
    if (k == Spec::Moffs || k == Spec::Rel || k == Spec::Rel8 || k == Spec::Rel32 || k == Spec::StrSrc ||
        k == Spec::StrXlat) {
      // gas leaves out an override that names the default segment (%ds for these).
      if (om.seg.valid() && segment_prefix(om.seg) != 0x3e) p.seg = segment_prefix(om.seg);
    }
    if (is_string_spec(k) && om.base.cls == RegClass::Gpr32) p.addr = 0x67;
  }
  if (mem) {
    if (!encode_mem(mem->mem, insn.pseudo, mc, error)) return false;
    if (mc.addr32) p.addr = 0x67;
    if ((f.flags & table::form_flags::AddrReg) && mc.addr32) {
      error = fmt::format("invalid register operand size for `{}'", f.mnemonic);
      return false;
    }
    if (mem->mem.seg.valid()) {
      // The default segment is %ss with a %rsp/%rbp (or %esp/%ebp) base, %ds otherwise: naming it costs no byte.
      Reg b = mem->mem.base;
      bool ss = (b.cls == RegClass::Gpr64 || b.cls == RegClass::Gpr32) && (b.num == 4 || b.num == 5);
      uint8_t seg = segment_prefix(mem->mem.seg);
      if (seg != (ss ? 0x36 : 0x3e)) p.seg = seg;
    }
    if (mc.rex_x) rex |= 2;
    if (mc.rex_b) rex |= 1;
  }
  uint8_t reg_field = f.modrm >= 0 && f.modrm < 8 ? uint8_t(f.modrm) : 0;
  if (f.modrm == 8 && reg_op >= 0) {
    reg_field = insn.ops[reg_op].reg.num & 7;
    if (insn.ops[reg_op].reg.num >= 8) rex |= 4;
  }
  uint8_t rm_reg = 0;
  if (rm_op >= 0 && !mem) {
    rm_reg = insn.ops[rm_op].reg.num;
    if (rm_reg >= 8) rex |= 1;
  }
  uint8_t plus_reg = 0;
  if (f.add == OpcodeAdd::Reg) {
    plus_reg = insn.ops[reg_op].reg.num;
    if (plus_reg >= 8) rex |= 1;
  }
  const Operand* high_byte = nullptr;
  bool operands_need_rex = (rex & ~p.rex) != 0;  // an explicit `rex` prefix with %ah is the user's business
  for (int i = 0; i < insn.nops; ++i) {
    const Operand& op = insn.ops[i];
    if (op.kind != OperandKind::Reg) continue;
    operands_need_rex |= needs_rex_for_byte_reg(op.reg);
    if (op.reg.cls == RegClass::Gpr8High) high_byte = &op;
  }
  rex_needed |= operands_need_rex || rex != 0;
  if (operands_need_rex && high_byte && !f.vex) {
    error = fmt::format("can't encode register '%{}' in an instruction requiring REX prefix.",
                        register_name(high_byte->reg));
    return false;
  }

  Emitter e(out);
  if (f.vex) {
    // | C5 | R vvvv L pp |  or  | C4 | R X B m-mmmm | W vvvv L pp |, with R X B and vvvv inverted.
    uint8_t vvvv = vvvv_op >= 0 ? insn.ops[vvvv_op].reg.num : 0;
    uint8_t tail = uint8_t((~vvvv & 15) << 3 | f.vex_l << 2 | f.vex_pp);
    bool three = f.vex_map != 1 || f.vex_w || (rex & 3) || (insn.pseudo & uint8_t(PseudoPrefix::Vex3));
    for (uint8_t b : {p.seg, p.addr, p.lock})
      if (b) e.char_byte(b);
    e.request(false);
    if (three) {
      e.byte(0xc4);
      e.byte(uint8_t((~rex & 7) << 5 | f.vex_map));
      e.byte(uint8_t(f.vex_w << 7 | tail));
    } else {
      e.byte(0xc5);
      e.byte(uint8_t((~rex & 4) << 5 | tail));
    }
  } else {
    if (f.fwait) e.char_byte(0x9b);
    for (uint8_t b : {p.seg, p.addr, p.data, p.rep, p.lock})
      if (b) e.char_byte(b);
    if (rex_needed) e.char_byte(uint8_t(0x40 | rex));
  }

  uint8_t last = f.opcode[f.nopcode - 1];
  switch (f.add) {
    case OpcodeAdd::W: last = uint8_t(last + (m.size != 1)); break;
    case OpcodeAdd::Reg: last = uint8_t(last + (plus_reg & 7)); break;
    case OpcodeAdd::Cond: last = uint8_t(last + m.cond); break;
    case OpcodeAdd::None: break;
  }

  if (f.flags & table::form_flags::Relax) {
    // Even `jmp sym@PLT` goes through relaxation: gas makes its relocation when sizing the jump at the end,
    // after the fixups of the instructions around it.
    const ExprRef& target = insn.ops[0].mem.disp;
    e.byte(last);
    out.relax = f.add == OpcodeAdd::Cond ? JumpRelax::Jcc : JumpRelax::Jmp;
    out.cond = m.cond;
    out.target = target;
    return true;
  }

  // gas's output_jump takes a direct call's or jump's opcode and displacement in one request.
  const bool direct_branch = std::ranges::find(f.fields, Field::Cb) != f.fields.end() ||
                             std::ranges::find(f.fields, Field::Cd) != f.fields.end();
  e.request(f.nopcode == 1 && !direct_branch);
  for (int i = 0; i + 1 < f.nopcode; ++i) e.byte(f.opcode[i]);
  e.byte(last);

  uint8_t disp_at = 0;
  if (f.modrm >= 0) {
    if (mem) {
      e.char_byte(uint8_t(mc.mod << 6 | reg_field << 3 | mc.rm));
      if (mc.has_sib) e.char_byte(mc.sib);
      disp_at = e.size();
      if (mc.disp_width) {
        e.request(false);
        const ExprRef& d = mem->mem.disp;
        uint16_t reloc = 0;
        if (mc.rip && (f.flags & table::form_flags::GotRelax) && d.spec == RelocSpec::GotPcRel)
          reloc = rex_needed ? kRelocRexGotPcRelX : kRelocGotPcRelX;
        bool is_signed = !mc.rip && !mc.addr32 && !((f.flags & table::form_flags::AddrOnly) && m.size != 8);
        if (mem->mem.has_disp && !d.known) e.field(d, mc.disp_width, mc.rip, is_signed, reloc);
        else e.value(uint64_t(mem->mem.has_disp ? d.value : 0), mc.disp_width);
      }
    } else {
      e.char_byte(uint8_t(0xc0 | reg_field << 3 | (rm_reg & 7)));
    }
  }
  (void)disp_at;

  int next_imm = 0;
  auto next_imm_operand = [&]() -> const Operand* {
    for (; next_imm < f.nops; ++next_imm) {
      Spec k = f.ops[next_imm].kind;
      if ((is_imm_spec(k) && k != Spec::One && k != Spec::Three) || k == Spec::Rel8 || k == Spec::Rel32 || k == Spec::Moffs)
        return &insn.ops[next_imm++];
    }
    return nullptr;
  };
  for (Field field : f.fields) {
    if (field == Field::None) break;
    const Operand* op = next_imm_operand();
    if (!op) break;
    const ExprRef& v = op->kind == OperandKind::Imm ? op->imm : op->mem.disp;
    if (field != Field::Cb && field != Field::Cd) e.request(false);
    switch (field) {
      case Field::Ib: e.field(v, 1, false, false); break;
      case Field::Iw: e.field(v, 2, false, false); break;
      case Field::Id: e.field(v, 4, false, false); break;
      case Field::Io: e.field(v, 8, false, false); break;
      case Field::Iz: {
        uint8_t width = m.size == 8 ? 4 : m.size;
        e.field(v, width, false, m.size == 8);
        break;
      }
      case Field::Cb: e.field(v, 1, true, false); break;
      case Field::Cd: e.field(v, 4, true, false, 0, true); break;
      case Field::None: break;
    }
  }
  if (f.fixed_imm >= 0) {
    e.request(false);
    e.byte(uint8_t(f.fixed_imm));
  }
  for (int i = 0; i < f.nops; ++i) {
    if (f.ops[i].kind != Spec::SimdIs4) continue;
    e.request(false);
    e.byte(uint8_t(insn.ops[i].reg.num << 4));
  }
  return true;
}

bool encode_prefix_only(const Insn& insn, Prefixes& p, Encoding& out, std::string& warning) {
  std::optional<uint8_t> own = prefix_byte(insn.mnemonic);
  if (!own || insn.nops != 0) return false;
  if (*own == 0x66 || *own == 0x67) warning = fmt::format("stand-alone `{}' prefix", insn.mnemonic);
  put_prefix(*own, p);
  out = Encoding{};
  Emitter e(out);
  for (uint8_t b : {p.seg, p.addr, p.data, p.rep, p.lock, p.rex})
    if (b) e.char_byte(b);
  return true;
}

/// Whether row `j` of a mnemonic's run is the second half of a reversible pair (an earlier row of the run
/// takes the same two operands in the other order: `mov rm, r` after `mov r, rm`).
bool reverse_half(std::span<const Form> run, size_t j) {
  const Form& f = run[j];
  if (f.nops != 2) return false;
  for (size_t k = 0; k < j; ++k) {
    const Form& g = run[k];
    if (g.nops == 2 && g.ops[0].kind == f.ops[1].kind && g.ops[1].kind == f.ops[0].kind &&
        g.ops[0].size == f.ops[1].size && g.ops[1].size == f.ops[0].size)
      return true;
  }
  return false;
}

/// Mnemonics and prefixes that exist only outside 64-bit mode.
constexpr std::string_view kNot64[] = {"aaa", "aad", "aam", "aas", "daa", "das", "into", "pusha", "pushal", "pushaw",
                                        "popa", "popal", "popaw", "bound", "boundl", "boundw", "lds", "les", "arpl",
                                        "es", "ss"};

/// Checks gas makes before matching: 64-bit-only restrictions, segment pushes, far direct jumps.
bool precheck(const Insn& insn, std::string& error) {
  for (size_t i = 0; i <= insn.nprefixes; ++i) {
    std::string_view name = i < insn.nprefixes ? insn.prefixes[i] : insn.mnemonic;
    if (std::find(std::begin(kNot64), std::end(kNot64), name) != std::end(kNot64)) {
      error = fmt::format("`{}' is not supported in 64-bit mode", name);
      return false;
    }
  }
  std::string_view m = insn.mnemonic;
  bool push = m == "push" || m == "pushw" || m == "pushq" || m == "pushl";
  bool pop = m == "pop" || m == "popw" || m == "popq" || m == "popl";
  if ((push || pop) && insn.nops == 1 && insn.ops[0].kind == OperandKind::Reg &&
      insn.ops[0].reg.cls == RegClass::Seg && insn.ops[0].reg.num < 4) {
    error = fmt::format("you can't `{} %{}'", push ? "push" : "pop", register_name(insn.ops[0].reg));
    return false;
  }
  bool far = m == "jmp" || m == "call" || m == "ljmp" || m == "lcall" || m == "ljmpw" || m == "ljmpl" ||
             m == "lcallw" || m == "lcalll";
  if (far && insn.nops == 2 && insn.ops[0].kind == OperandKind::Imm && insn.ops[1].kind == OperandKind::Imm) {
    std::string_view base = m.starts_with("lj") ? "ljmp" : m.starts_with("lc") ? "lcall" : m;
    error = fmt::format("unsupported instruction `{}'", base);
    return false;
  }
  return true;
}

/// `rep`/`repe`/`repne` apply to string instructions (and ret, nop, branches for bnd); gas rejects the rest.
bool rep_allowed(std::string_view form) {
  // bsf/bsr: `rep bsf` is how gcc writes tzcnt (f3 0f bc), which runs as bsf on older CPUs.
  constexpr std::string_view ok[] = {"movs", "cmps", "stos", "lods", "scas", "ins", "outs", "movsd", "cmpsd",
                                     "ret", "nop", "jmp", "call", "j_cc", "xlat", "xlatb", "bsf", "bsr"};
  return std::find(std::begin(ok), std::end(ok), form) != std::end(ok);
}

}  // namespace

struct ResolvedMnemonic {
  std::unique_ptr<char[]> key;  ///< the spelling; Candidate::name points into it
  size_t size = 0;
  Candidates cands;
  bool known = false;
};

bool encode(const Insn& insn, Encoding& out, std::string& error, std::string& warning) {
  if (!precheck(insn, error)) return false;
  Prefixes p;
  for (size_t i = 0; i < insn.nprefixes; ++i) {
    std::optional<uint8_t> b = prefix_byte(insn.prefixes[i]);
    if (!b) {
      error = fmt::format("no such instruction: `{}'", insn.prefixes[i]);
      return false;
    }
    put_prefix(*b, p);
  }
  const Candidates cands = insn.resolved ? insn.resolved->cands : resolve_mnemonic(insn.mnemonic);
  if (cands.n == 0) {
    if (encode_prefix_only(insn, p, out, warning)) return true;
    error = fmt::format("no such instruction: `{}'", scrubbed_statement(insn));
    return false;
  }
  Match m;
  std::array<Mismatch, 4> why{};
  bool found = false;
  std::span<const Form> found_run;
  size_t found_cand = 0, found_row = 0;
  // {load} / {store}: first try only the rows whose ModRM.rm operand is the source / the destination.
  bool want_load = insn.pseudo & uint8_t(PseudoPrefix::Load);
  bool want_store = insn.pseudo & uint8_t(PseudoPrefix::Store);
  for (int pass = want_load || want_store ? 0 : 1; pass < 2 && !found; ++pass) {
    for (size_t c = 0; c < cands.n && !found; ++c) {
      std::span<const Form> run = cands.list[c].forms;
      for (size_t j = 0; j < run.size(); ++j) {
        const Form& f = run[j];
        if (pass == 0 && f.modrm == 8 && f.nops == 2 && is_rm_spec(f.ops[want_load ? 1 : 0].kind)) continue;
        if (f.add == OpcodeAdd::Reg && f.nops == 2 && insn.ops[0].kind == OperandKind::Reg &&
            insn.ops[1].kind == OperandKind::Reg && insn.ops[0].reg.num == 0 && insn.ops[1].reg.num == 0 &&
            insn.ops[0].reg.cls == RegClass::Gpr32 && insn.ops[1].reg.cls == RegClass::Gpr32)
          continue;
        if (match_form(f, insn, cands.list[c], reverse_half(run, j), m, why[c])) {
          found = true;
          found_run = run;
          found_cand = c;
          found_row = j;
          break;
        }
      }
    }
  }
  if (!found) {
    const Mismatch* best = &why[0];
    for (const Mismatch& w : why)
      if (w.kind == Failure::IncorrectReg || w.kind == Failure::NotAllowed) best = &w;
    error = mismatch_message(*best);
    return false;
  }
  if (p.lock && !((m.form->flags & table::form_flags::Lock) && [&] {
        for (int i = 0; i < m.form->nops; ++i)
          if (is_rm_spec(m.form->ops[i].kind) && insn.ops[i].kind == OperandKind::Mem) return true;
        return false;
      }())) {
    error = "expecting lockable instruction after `lock'";
    return false;
  }
  for (size_t i = 0; i < insn.nprefixes; ++i) {
    std::string_view pre = insn.prefixes[i];
    if (pre.starts_with("rep") && !rep_allowed(m.form->mnemonic)) {
      error = fmt::format("invalid instruction `{}' after `{}'", cands.list[0].name, pre);
      return false;
    }
  }
  bool skipped_prefix = false;
  if (!emit_match(m, insn, p, out, error, skipped_prefix)) return false;
  if (m.form->vex && out.size > 0 && out.bytes[0] == 0xc4 &&
      !(insn.pseudo & uint8_t(uint8_t(PseudoPrefix::Vex3) | uint8_t(PseudoPrefix::Load) | uint8_t(PseudoPrefix::Store))) &&
      std::all_of(insn.ops.begin(), insn.ops.begin() + insn.nops,
                  [](const Operand& o) { return o.kind == OperandKind::Reg; })) {
    // gas swaps a register-to-register move into its other direction when that needs only the 2-byte VEX
    // (`vmovaps %xmm8, %xmm1` is c5 78 29 c1, not c4 c1 78 28 c8).
    for (size_t j = 0; j < found_run.size(); ++j) {
      if (j == found_row) continue;
      Match m2;
      Mismatch ignored;
      if (!match_form(found_run[j], insn, cands.list[found_cand], false, m2, ignored)) continue;
      Encoding alt;
      std::string alt_error;
      bool alt_skipped = false;
      if (emit_match(m2, insn, p, alt, alt_error, alt_skipped) && alt.size < out.size) {
        out = alt;
        m = m2;
        break;
      }
    }
  }
  std::string_view name = m.form->mnemonic;
  for (const ConditionFamily& family : kConditionFamilies)
    if (name == family.table_name) name = insn.mnemonic;
  if (skipped_prefix) {
    warning = fmt::format("skipping prefixes on `{}'", name);
  } else if (m.warn_default) {
    warning = fmt::format("no instruction mnemonic suffix given and no register operands; using default for `{}'",
                          name);
  } else if (m.truncated_op >= 0) {
    const ExprRef& v = insn.ops[m.truncated_op].imm;
    uint8_t width = imm_width(m.form->ops[m.truncated_op], m.size);
    uint64_t mask = width >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * width)) - 1;
    warning = fmt::format("{:#x} shortened to {:#x}", uint64_t(v.value), uint64_t(v.value) & mask);
  } else if ((m.form->flags & table::form_flags::AddrOnly) && [&] {
               for (int i = 0; i < insn.nops; ++i)
                 if (insn.ops[i].kind == OperandKind::Mem && insn.ops[i].mem.seg.valid()) return true;
               return false;
             }()) {
    warning = fmt::format("segment override on `{}' is ineffectual", name);
  } else if (m.form->flags & table::form_flags::SuffixD) {
    warning = fmt::format("found `{}'; assuming `{}l' was meant", name, name.substr(0, name.size() - 1));
  } else if ((m.form->flags & table::form_flags::Jump) && !insn.ops[0].indirect) {
    warning = fmt::format("indirect {} without `*'", name);
  }
  return true;
}

bool encode(const Insn& insn, Encoding& out, std::string& error) {
  std::string warning;
  return encode(insn, out, error, warning);
}

bool is_mnemonic(std::string_view name) {
  return resolve_mnemonic(name).n != 0 || prefix_byte(name).has_value();
}

struct MnemonicCache::Impl {
  struct KeyOf {
    const std::vector<std::unique_ptr<ResolvedMnemonic>>* entries;
    std::string_view operator()(uint32_t id) const {
      const ResolvedMnemonic& r = *(*entries)[id];
      return {r.key.get(), r.size};
    }
  };
  std::vector<std::unique_ptr<ResolvedMnemonic>> entries;
  NameIndex<KeyOf> index{KeyOf{&entries}};
};

MnemonicCache::MnemonicCache() : impl_(std::make_unique<Impl>()) {}
MnemonicCache::~MnemonicCache() = default;

const ResolvedMnemonic* MnemonicCache::resolve(std::string_view name) {
  std::vector<std::unique_ptr<ResolvedMnemonic>>& entries = impl_->entries;
  const uint32_t id = impl_->index.find_or_insert(name, [&] {
    auto r = std::make_unique<ResolvedMnemonic>();
    r->key = std::make_unique<char[]>(name.size() + 1);
    std::copy(name.begin(), name.end(), r->key.get());
    r->size = name.size();
    const std::string_view key(r->key.get(), r->size);
    r->cands = resolve_mnemonic(key);
    r->known = r->cands.n != 0 || prefix_byte(key).has_value();
    entries.push_back(std::move(r));
    return static_cast<uint32_t>(entries.size() - 1);
  });
  return entries[id].get();
}

bool MnemonicCache::known(const ResolvedMnemonic* r) { return r->known; }

}  // namespace gasket::x86
