// Test support for the x86 encoder: a tiny AT&T statement reader that builds an Insn from a literal (the
// real operand parser lives in frontend/), and a dump of an Encoding in the same shape as
// tests/x86/check_against_as.sh prints GNU as's output: `hex | R_X86_64_TYPE@0xOFF+ADDEND ...`.
#pragma once
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "emit/x86/insn.hpp"

namespace gasket::x86::test {

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(uint8_t(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(uint8_t(s.back()))) s.remove_suffix(1);
  return s;
}

inline bool symbol_char(char c) { return std::isalnum(uint8_t(c)) || c == '_' || c == '.'; }

/// Reads `123`, `-0x10`, `foo`, `foo@GOTPCREL`: constants are known, symbols are not.
inline ExprRef read_value(std::string_view& s) {
  s = trim(s);
  bool neg = !s.empty() && s.front() == '-';
  if (neg) s.remove_prefix(1);
  if (!s.empty() && std::isdigit(uint8_t(s.front()))) {
    std::string digits;
    while (!s.empty() && std::isalnum(uint8_t(s.front()))) digits += s.front(), s.remove_prefix(1);
    int64_t v = int64_t(std::strtoull(digits.c_str(), nullptr, 0));
    return ExprRef::constant(neg ? -v : v);
  }
  ExprRef r;
  r.id = 1;
  while (!s.empty() && (symbol_char(s.front()) || s.front() == '$')) s.remove_prefix(1);
  if (!s.empty() && s.front() == '@') {
    s.remove_prefix(1);
    std::string_view spec = s.substr(0, s.find_first_of("(,"));
    s.remove_prefix(spec.size());
    r.spec = spec == "PLT" ? RelocSpec::Plt : spec == "GOTPCREL" ? RelocSpec::GotPcRel : spec == "GOT" ? RelocSpec::Got
           : spec == "TPOFF" ? RelocSpec::TpOff : spec == "GOTTPOFF" ? RelocSpec::GotTpOff : RelocSpec::None;
  }
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {  // `sym+8`: still unknown; the addend is not kept
    s.remove_prefix(1);
    while (!s.empty() && std::isalnum(uint8_t(s.front()))) s.remove_prefix(1);
  }
  return r;
}

inline Reg read_register(std::string_view& s) {
  s.remove_prefix(1);  // '%'
  size_t n = 0;
  while (n < s.size() && std::isalnum(uint8_t(s[n]))) ++n;
  if (s.substr(0, n) == "st" && n < s.size() && s[n] == '(') n = s.find(')') + 1;
  Reg r = register_by_name(s.substr(0, n));
  s.remove_prefix(n);
  return r;
}

inline Operand read_operand(std::string_view s) {
  Operand op;
  s = trim(s);
  if (s.starts_with("*")) op.indirect = true, s.remove_prefix(1);
  if (s.starts_with("$")) {
    s.remove_prefix(1);
    op.kind = OperandKind::Imm;
    op.imm = read_value(s);
    return op;
  }
  if (s.starts_with("%")) {
    std::string_view rest = s;
    Reg r = read_register(rest);
    if (!rest.starts_with(":")) {
      op.kind = OperandKind::Reg;
      op.reg = r;
      return op;
    }
    op.mem.seg = r;
    s = rest.substr(1);
  }
  op.kind = OperandKind::Mem;
  if (!s.starts_with("(")) {
    op.mem.has_disp = true;
    op.mem.disp = read_value(s);
  }
  if (s.starts_with("(")) {
    s.remove_prefix(1);
    if (s.starts_with("%")) op.mem.base = read_register(s);
    if (s.starts_with(",")) {
      s.remove_prefix(1);
      if (s.starts_with("%")) op.mem.index = read_register(s);
      if (s.starts_with(",")) {
        s.remove_prefix(1);
        op.mem.scale = uint8_t(s.front() - '0');
      }
    }
  }
  return op;
}

/// Builds an Insn from one AT&T statement such as "lock addl $1,%fs:8(%rax,%rbx,4)".
inline Insn parse(std::string_view line) {
  Insn insn;
  line = trim(line);
  if (line.starts_with("{load}")) insn.pseudo |= uint8_t(PseudoPrefix::Load), line = trim(line.substr(6));
  if (line.starts_with("{store}")) insn.pseudo |= uint8_t(PseudoPrefix::Store), line = trim(line.substr(7));
  if (line.starts_with("{disp32}")) insn.pseudo |= uint8_t(PseudoPrefix::Disp32), line = trim(line.substr(8));
  if (line.starts_with("{disp8}")) insn.pseudo |= uint8_t(PseudoPrefix::Disp8), line = trim(line.substr(7));
  for (;;) {
    size_t end = line.find_first_of(" \t");
    std::string_view word = line.substr(0, end);
    constexpr std::string_view prefixes[] = {"lock", "rep", "repe", "repz", "repne", "repnz", "data16", "addr32",
                                             "rex64", "notrack", "cs", "ds", "es", "fs", "gs", "ss"};
    bool is_prefix = end != std::string_view::npos;
    if (is_prefix) {
      is_prefix = false;
      for (std::string_view p : prefixes) is_prefix |= p == word;
    }
    if (!is_prefix) break;
    insn.prefixes[insn.nprefixes++] = word;
    line = trim(line.substr(end));
  }
  insn.text = line;
  size_t end = line.find_first_of(" \t");
  insn.mnemonic = line.substr(0, end);
  std::string_view rest = end == std::string_view::npos ? std::string_view{} : trim(line.substr(end));
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= rest.size() && !rest.empty(); ++i) {
    if (i < rest.size() && rest[i] == '(') ++depth;
    if (i < rest.size() && rest[i] == ')') --depth;
    if (i == rest.size() || (rest[i] == ',' && depth == 0)) {
      insn.ops[insn.nops++] = read_operand(rest.substr(start, i - start));
      start = i + 1;
    }
  }
  return insn;
}

inline std::string reloc_name(const EncodedFixup& f) {
  switch (f.reloc) {
    case 41: return "R_X86_64_GOTPCRELX";
    case 42: return "R_X86_64_REX_GOTPCRELX";
    default: break;
  }
  if (f.branch || f.value.spec == RelocSpec::Plt) return "R_X86_64_PLT32";
  if (f.value.spec == RelocSpec::GotPcRel) return "R_X86_64_GOTPCREL";
  if (f.value.spec == RelocSpec::GotTpOff) return "R_X86_64_GOTTPOFF";
  if (f.pcrel) return f.size == 1 ? "R_X86_64_PC8" : "R_X86_64_PC32";
  if (f.size == 8) return "R_X86_64_64";
  if (f.size == 4) return f.is_signed ? "R_X86_64_32S" : "R_X86_64_32";
  return f.size == 2 ? "R_X86_64_16" : "R_X86_64_8";
}

/// `hex | R_X86_64_TYPE@0xOFF+ADDEND`, as check_against_as.sh prints gas's object.
inline std::string describe(const Encoding& e) {
  std::string out;
  for (uint8_t i = 0; i < e.size; ++i) out += fmt::format("{:02x}", e.bytes[i]);
  if (e.relax != JumpRelax::None) out += e.relax == JumpRelax::Jmp ? " relax=jmp" : fmt::format(" relax=jcc{}", e.cond);
  if (e.nfixups) out += " |";
  for (uint8_t i = 0; i < e.nfixups; ++i) {
    const EncodedFixup& f = e.fixups[i];
    int64_t addend = f.pcrel ? -int64_t(e.size - f.offset) : 0;
    out += fmt::format(" {}@{:#x}{}{}", reloc_name(f), f.offset, addend < 0 ? "-" : "+", addend < 0 ? -addend : addend);
  }
  return out;
}

/// Encodes one statement; returns describe(), or "ERR: message". `warning` receives gas's warning, if any.
inline std::string assemble(std::string_view line, std::string* warning = nullptr) {
  Insn insn = parse(line);
  Encoding enc;
  std::string error, warn;
  if (!encode(insn, enc, error, warn)) return "ERR: " + error;
  if (warning) *warning = warn;
  return describe(enc);
}

}  // namespace gasket::x86::test
