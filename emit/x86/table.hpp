// The instruction table: rows of insn_table.def parsed at compile time into Form records.
//
// A row is written the way the Intel SDM and GNU as present an instruction: the mnemonic without AT&T suffix,
// its operands in AT&T order with a size family in braces (`r{bwlq}` is one row for the four operand sizes),
// and the encoding in SDM notation (`REX.W 0f b6 /r`, `80+w /0 iz`, `b8+r io`, `70+cc cb`). parse_form() is
// constexpr and throws on anything it does not understand, so a typo in the table is a compile error.
//
// Operand specs (AT&T order):
//   r8 r16 r32 r64 r{..}   general register, ModRM.reg (or +r); `~r..` puts it in ModRM.rm instead
//   rm8 .. rm{..}          register or memory (ModRM.rm)          m m8 .. m128   memory only
//   acc{..} al ax eax rax  the accumulator       cl  dx  fs  gs   those registers
//   imm{..}                immediate of the operand size (64-bit operations take a sign-extended imm32)
//   imm8 imm8s imm16 imm64 byte (-128..255), sign-extended byte, word, full quadword   1 3   that constant
//   rel (relaxable jump target)  rel8 rel32  moffs (movabs absolute address)
//   sreg cr dr st st0 mm mm/m xmm xmm/m (`xmm/m64`: the width is documentation), `~xmm` `~mm`: in ModRM.rm
//   {..} alone             the row's size family when no operand carries it (`push imm8s, {wq}`)
//   vr{..} vr32 vr64       general register in VEX.vvvv          xmm0   %xmm0 (implicit in SSE4.1 blendv)
//   ymm ~ymm ymm/m256      as xmm.. but %ymm registers (OpSpec.size 32)
//   vxmm vymm              xmm / ymm register in VEX.vvvv     ixmm iymm   xmm / ymm register in an /is4 byte
//   [rsi] [rdi] [rbx]      string operands (%ds:(%rsi), %es:(%rdi), xlat's (%rbx); or %esi/%edi/%ebx)
// Encoding tokens: mandatory prefix 66/f2/f3, `REX.W`, opcode bytes (the last may take +w, +r, +cc),
// or `VEX.L.pp.map.W` (`VEX.LZ.F2.0F38.W1`: L = LZ/L0/128 or 256/L1, pp = NP/66/F3/F2 or absent,
// map = 0F/0F38/0F3A, W = W0/W1/WIG) followed by the one opcode byte,
// /r or /0../7, then immediate fields ib iw id iz (by operand size, 4 for q) io, and cb cd (pc-relative).
// Lower-case `cb`/`cd` are always those fields; the opcode bytes CB and CD are written in upper case.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace gasket::x86::table {

/// What one operand slot of a form accepts.
enum class Spec : uint8_t {
  None,
  Gpr, GprRm, Acc, Cl, Dx, Fs, Gs,
  RegMem, Mem,
  Imm, Imm8, Imm8S, Imm16, Imm64, One, Three,
  Rel, Rel8, Rel32, Moffs,
  Sreg, Cr, Dr, St, St0,
  Mmx, MmxRm, MmxMem,
  Xmm, XmmRm, XmmMem, Xmm0,
  VReg,                      ///< general register in VEX.vvvv
  VSimd,                     ///< xmm (size 16) or ymm (size 32) register in VEX.vvvv
  SimdIs4,                   ///< xmm/ymm register in bits 7:4 of a trailing immediate byte (vpblendvb's /is4)
  StrSrc, StrDst, StrXlat,   ///< string operands: [%ds:](%rsi), %es:(%rdi), [%ds:](%rbx) (or the 32-bit registers)
  FixedGpr,                  ///< one named general register (monitor's %ecx, %edx)
};

/// An operand slot: kind plus size in bytes (0: the row's size family).
struct OpSpec {
  Spec kind = Spec::None;
  uint8_t size = 0;
  uint8_t num = 0;  ///< FixedGpr: the register number
};

/// What the last opcode byte adds to itself.
enum class OpcodeAdd : uint8_t { None, W, Reg, Cond };

/// An immediate-like field after ModRM/SIB/displacement.
enum class Field : uint8_t { None, Ib, Iw, Id, Iz, Io, Cb, Cd };

/// Size family bits, indexed like the AT&T suffixes b w l q.
inline constexpr uint8_t kSizeB = 1, kSizeW = 2, kSizeL = 4, kSizeQ = 8;

/// Row flags.
namespace form_flags {
inline constexpr uint16_t None = 0;
inline constexpr uint16_t Lock = 1;       ///< accepts `lock` (with a memory destination)
inline constexpr uint16_t DefQ = 2;       ///< 64-bit by default without REX.W (push, pop, call, jmp, ret)
inline constexpr uint16_t Relax = 4;      ///< short jump the caller relaxes (jmp / jcc)
inline constexpr uint16_t GotRelax = 8;   ///< `sym@GOTPCREL(%rip)` here becomes R_X86_64_[REX_]GOTPCRELX
inline constexpr uint16_t Jump = 16;      ///< indirect jump/call: warn when `*` is missing
inline constexpr uint16_t DupDst = 32;    ///< the last operand is also the ModRM.rm operand (`imul $3, %eax`)
inline constexpr uint16_t AddrSize32 = 64;  ///< needs 0x67 (jecxz)
inline constexpr uint16_t SuffixD = 128;    ///< string `movsd`/`cmpsd`: gas warns it assumes the `l` form
inline constexpr uint16_t NoRexW = 256;     ///< the q size needs no REX.W (moves from segment registers)
inline constexpr uint16_t No66 = 512;       ///< the w size needs no 0x66 (moves to segment registers)
inline constexpr uint16_t DefL = 1024;      ///< without suffix or register the size is `l`, silently (ljmp)
inline constexpr uint16_t WarnDef = 2048;   ///< x87 memory form of a bare mnemonic: gas warns it uses the default size
inline constexpr uint16_t AddrOnly = 4096;  ///< lea: the memory operand is only an address (no segment, unsigned disp)
inline constexpr uint16_t SrcSuffix = 8192; ///< movzx/movsx: a suffix gives the source size (movsxw, movsxl)
inline constexpr uint16_t NoSuffix = 16384; ///< the size family is read from the registers only; no suffix (rdrand)
inline constexpr uint16_t AddrReg = 32768;  ///< the register operand has the address size (movdir64b, enqcmd)
}  // namespace form_flags

/// One encoding form, parsed from a row.
struct Form {
  std::string_view mnemonic;
  std::array<OpSpec, 4> ops{};
  uint8_t nops = 0;
  uint8_t sizes = 0;      ///< size family (kSize* bits); 0 = fixed
  uint8_t mandatory = 0;  ///< 0x66 / 0xf2 / 0xf3 written in the encoding
  bool rexw = false;
  std::array<uint8_t, 4> opcode{};
  uint8_t nopcode = 0;
  OpcodeAdd add = OpcodeAdd::None;
  int8_t modrm = -1;  ///< -1: none, 0-7: /digit, 8: /r
  std::array<Field, 2> fields{};
  uint16_t flags = 0;
  bool vex = false;
  uint8_t vex_pp = 0;   ///< 0 none, 1 66, 2 F3, 3 F2
  uint8_t vex_map = 0;  ///< 1 0F, 2 0F38, 3 0F3A
  uint8_t vex_w = 0;    ///< 0 W0/WIG, 1 W1
  uint8_t vex_l = 0;
  bool fwait = false;      ///< a leading `9b` (fstcw = fwait + fnstcw): emitted before every prefix
  int16_t fixed_imm = -1;  ///< `ib=NN`: an imm8 the mnemonic implies (cmpeqps, pclmullqlqdq)
};

namespace detail {

/// Not constexpr on purpose: reaching it during constant evaluation is the compile error that names `why`.
inline void fail(const char* why) { throw why; }

constexpr std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

constexpr uint8_t family_bits(std::string_view letters) {
  uint8_t bits = 0;
  for (char c : letters) {
    switch (c) {
      case 'b': bits |= kSizeB; break;
      case 'w': bits |= kSizeW; break;
      case 'l': bits |= kSizeL; break;
      case 'q': bits |= kSizeQ; break;
      default: fail("bad size family letter");
    }
  }
  return bits;
}

constexpr int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

constexpr uint8_t gpr_size(std::string_view digits) {
  if (digits == "8") return 1;
  if (digits == "16") return 2;
  if (digits == "32") return 4;
  if (digits == "64") return 8;
  fail("bad register/memory width");
  return 0;
}

struct Named {
  std::string_view name;
  Spec kind;
  uint8_t size;
  uint8_t num = 0;
};

constexpr Named kFixedSpecs[] = {
    {"al", Spec::Acc, 1},   {"ax", Spec::Acc, 2},     {"eax", Spec::Acc, 4},    {"rax", Spec::Acc, 8},
    {"cl", Spec::Cl, 1},    {"dx", Spec::Dx, 2},      {"fs", Spec::Fs, 0},      {"gs", Spec::Gs, 0},
    {"m", Spec::Mem, 0},    {"m8", Spec::Mem, 1},     {"m16", Spec::Mem, 2},    {"m32", Spec::Mem, 4},
    {"m64", Spec::Mem, 8},  {"m80", Spec::Mem, 10},   {"m128", Spec::Mem, 16},  {"imm8", Spec::Imm8, 1},
    {"imm8s", Spec::Imm8S, 1}, {"imm16", Spec::Imm16, 2}, {"imm32", Spec::Imm, 4}, {"imm64", Spec::Imm64, 8},
    {"1", Spec::One, 0},    {"3", Spec::Three, 0},    {"rel", Spec::Rel, 0},    {"rel8", Spec::Rel8, 1},  {"rel32", Spec::Rel32, 4},
    {"moffs", Spec::Moffs, 8}, {"sreg", Spec::Sreg, 0}, {"cr", Spec::Cr, 0},    {"dr", Spec::Dr, 0},
    {"st", Spec::St, 0},    {"st0", Spec::St0, 0},    {"mm", Spec::Mmx, 0},     {"~mm", Spec::MmxRm, 0},
    {"xmm", Spec::Xmm, 0},  {"~xmm", Spec::XmmRm, 0},  {"xmm0", Spec::Xmm0, 0},  {"vr32", Spec::VReg, 4},
    {"vr64", Spec::VReg, 8}, {"[rsi]", Spec::StrSrc, 0}, {"[rdi]", Spec::StrDst, 0}, {"[rbx]", Spec::StrXlat, 0},
    {"ecx", Spec::FixedGpr, 4, 1}, {"edx", Spec::FixedGpr, 4, 2},
    {"ymm", Spec::Xmm, 32}, {"~ymm", Spec::XmmRm, 32}, {"vxmm", Spec::VSimd, 16}, {"vymm", Spec::VSimd, 32},
    {"ixmm", Spec::SimdIs4, 16}, {"iymm", Spec::SimdIs4, 32},
};

/// Parses one operand spec; a `{..}` family is reported through `family`.
constexpr OpSpec parse_spec(std::string_view s, uint8_t& family) {
  if (size_t brace = s.find('{'); brace != std::string_view::npos) {
    if (s.back() != '}') fail("unterminated size family");
    uint8_t bits = family_bits(s.substr(brace + 1, s.size() - brace - 2));
    if (family != 0 && family != bits) fail("two size families in one row");
    family = bits;
    std::string_view head = s.substr(0, brace);
    if (head == "r") return {Spec::Gpr, 0};
    if (head == "~r") return {Spec::GprRm, 0};
    if (head == "rm") return {Spec::RegMem, 0};
    if (head == "acc") return {Spec::Acc, 0};
    if (head == "vr") return {Spec::VReg, 0};
    if (head == "imm") return {Spec::Imm, 0};
    if (head.empty()) return {Spec::None, 0};
    fail("unknown family operand");
  }
  for (const Named& n : kFixedSpecs)
    if (n.name == s) return {n.kind, n.size, n.num};
  if (s.starts_with("xmm/m")) return {Spec::XmmMem, 0};
  if (s.starts_with("ymm/m")) return {Spec::XmmMem, 32};
  if (s.starts_with("mm/m")) return {Spec::MmxMem, 0};
  if (s.starts_with("rm")) return {Spec::RegMem, gpr_size(s.substr(2))};
  if (s.starts_with("~r")) return {Spec::GprRm, gpr_size(s.substr(2))};
  if (s.starts_with("r")) return {Spec::Gpr, gpr_size(s.substr(1))};
  fail("unknown operand spec");
  return {};
}

constexpr bool is_hex_byte(std::string_view t) {
  if (t == "cb" || t == "cd") return false;
  return t.size() >= 2 && hex_digit(t[0]) >= 0 && hex_digit(t[1]) >= 0 && (t.size() == 2 || t[2] == '+');
}

}  // namespace detail

/// Parses one table row; throws (a compile error in constant evaluation) on malformed text.
constexpr Form parse_form(std::string_view mnemonic, std::string_view operands, std::string_view encoding,
                          uint16_t flags) {
  using namespace detail;
  Form f;
  f.mnemonic = mnemonic;
  f.flags = flags;
  while (!operands.empty()) {
    size_t comma = operands.find(',');
    std::string_view tok = trim(operands.substr(0, comma));
    operands = comma == std::string_view::npos ? std::string_view{} : operands.substr(comma + 1);
    OpSpec spec = parse_spec(tok, f.sizes);
    if (spec.kind == Spec::None) continue;
    if (f.nops == f.ops.size()) fail("too many operands");
    f.ops[f.nops++] = spec;
  }
  size_t nfields = 0;
  while (!encoding.empty()) {
    size_t space = encoding.find(' ');
    std::string_view tok = encoding.substr(0, space);
    encoding = space == std::string_view::npos ? std::string_view{} : trim(encoding.substr(space + 1));
    if (tok.empty()) continue;
    if (tok == "REX.W") {
      f.rexw = true;
    } else if (tok.starts_with("VEX.")) {
      f.vex = true;
      tok.remove_prefix(4);
      while (!tok.empty()) {
        size_t dot = tok.find('.');
        std::string_view part = tok.substr(0, dot);
        tok = dot == std::string_view::npos ? std::string_view{} : tok.substr(dot + 1);
        if (part == "LZ" || part == "L0" || part == "128" || part == "LIG") f.vex_l = 0;
        else if (part == "256" || part == "L1") f.vex_l = 1;
        else if (part == "NP") f.vex_pp = 0;
        else if (part == "66") f.vex_pp = 1;
        else if (part == "F3") f.vex_pp = 2;
        else if (part == "F2") f.vex_pp = 3;
        else if (part == "0F") f.vex_map = 1;
        else if (part == "0F38") f.vex_map = 2;
        else if (part == "0F3A") f.vex_map = 3;
        else if (part == "W0" || part == "WIG") f.vex_w = 0;
        else if (part == "W1") f.vex_w = 1;
        else fail("unknown VEX field");
      }
      if (f.vex_map == 0) fail("VEX without an opcode map");
    } else if (is_hex_byte(tok)) {
      uint8_t byte = uint8_t(hex_digit(tok[0]) * 16 + hex_digit(tok[1]));
      if (byte == 0x9b && f.nopcode == 0 && !f.fwait && is_hex_byte(encoding.substr(0, encoding.find(' ')))) {
        f.fwait = true;
        continue;
      }
      std::string_view rest = encoding.starts_with("REX.W") ? trim(encoding.substr(5)) : encoding;
      bool more_bytes = is_hex_byte(rest.substr(0, rest.find(' ')));
      if (f.nopcode == 0 && f.mandatory == 0 && more_bytes && tok.size() == 2 &&
          (byte == 0x66 || byte == 0xf2 || byte == 0xf3)) {
        f.mandatory = byte;
        continue;
      }
      if (f.nopcode == f.opcode.size()) fail("too many opcode bytes");
      if (f.add != OpcodeAdd::None) fail("+w/+r/+cc must be on the last opcode byte");
      f.opcode[f.nopcode++] = byte;
      std::string_view plus = tok.substr(2);
      if (plus == "+w") f.add = OpcodeAdd::W;
      else if (plus == "+r" || plus == "+i") f.add = OpcodeAdd::Reg;
      else if (plus == "+cc") f.add = OpcodeAdd::Cond;
      else if (!plus.empty()) fail("unknown opcode addend");
    } else if (tok.size() == 5 && tok.starts_with("ib=") && hex_digit(tok[3]) >= 0 && hex_digit(tok[4]) >= 0) {
      f.fixed_imm = int16_t(hex_digit(tok[3]) * 16 + hex_digit(tok[4]));
    } else if (tok.size() == 2 && tok[0] == '/') {
      if (f.modrm >= 0) fail("two ModRM specs");
      if (tok[1] == 'r') f.modrm = 8;
      else if (tok[1] >= '0' && tok[1] <= '7') f.modrm = int8_t(tok[1] - '0');
      else fail("bad /digit");
    } else {
      Field field = tok == "ib" ? Field::Ib : tok == "iw" ? Field::Iw : tok == "id" ? Field::Id
                  : tok == "iz" ? Field::Iz : tok == "io" ? Field::Io : tok == "cb" ? Field::Cb
                  : tok == "cd" ? Field::Cd : Field::None;
      if (field == Field::None) fail("unknown encoding token");
      if (nfields == f.fields.size()) fail("too many immediate fields");
      f.fields[nfields++] = field;
    }
  }
  if (f.nopcode == 0) fail("no opcode byte");
  if (f.vex && (f.nopcode != 1 || f.rexw || f.mandatory)) fail("VEX rows take one opcode byte and no legacy prefix");
  if (f.add == OpcodeAdd::W && f.sizes == 0) fail("+w needs a size family");
  if (f.add == OpcodeAdd::Cond && !mnemonic.ends_with("_cc")) fail("+cc needs a _cc mnemonic");
  if (f.modrm == 8) {
    bool has_rm = false;
    for (size_t i = 0; i < f.nops; ++i) {
      Spec k = f.ops[i].kind;
      has_rm |= k == Spec::RegMem || k == Spec::Mem || k == Spec::GprRm || k == Spec::XmmRm ||
                k == Spec::XmmMem || k == Spec::MmxRm || k == Spec::MmxMem;
    }
    if (!has_rm && !(flags & form_flags::DupDst)) fail("/r needs an r/m operand");
  }
  return f;
}

}  // namespace gasket::x86::table
