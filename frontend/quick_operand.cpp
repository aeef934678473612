#include "frontend/quick_operand.hpp"

#include <cctype>

namespace gasket::frontend {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

/// `%name` → register; `i` advances past it. Declines `%st(...)` and unknown names.
bool reg_at(std::string_view s, size_t& i, x86::Reg& r) {
  if (i >= s.size() || s[i] != '%') return false;
  size_t j = i + 1;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
  if (j == i + 1 || (j < s.size() && (s[j] == '(' || s[j] == '.'))) return false;
  r = x86::register_by_name(s.substr(i + 1, j - i - 1));
  if (!r.valid() || r.cls == x86::RegClass::St || r.cls == x86::RegClass::Iz) return false;
  i = j;
  return true;
}

/// A decimal or hex literal (optionally negative) with no suffix; `i` advances past it.
bool number_at(std::string_view s, size_t& i, int64_t& v) {
  size_t j = i;
  bool neg = false;
  if (j < s.size() && s[j] == '-') {
    neg = true;
    ++j;
  }
  if (j >= s.size() || !std::isdigit(static_cast<unsigned char>(s[j]))) return false;
  uint64_t u = 0;
  if (s[j] == '0' && j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X')) {
    j += 2;
    size_t start = j;
    while (j < s.size() && std::isxdigit(static_cast<unsigned char>(s[j])) && j - start < 15) {
      char d = s[j++];
      u = u * 16 + static_cast<uint64_t>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
    }
    if (j == start) return false;
  } else if (s[j] == '0' && j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
    return false;  // octal
  } else {
    size_t start = j;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - start < 18)
      u = u * 10 + static_cast<uint64_t>(s[j++] - '0');
  }
  // A name character right after the digits (`1f`, `2b`, `123abc`, a 19th digit) is not a plain number.
  if (j < s.size() && (directives::is_name_char(s[j]) || std::isdigit(static_cast<unsigned char>(s[j]))))
    return false;
  v = neg ? static_cast<int64_t>(0 - u) : static_cast<int64_t>(u);
  i = j;
  return true;
}

/// A plain symbol name (no quotes, no `@`); `i` advances past it.
bool name_at(std::string_view s, size_t& i, std::string_view& name) {
  if (i >= s.size() || !directives::is_name_start(s[i]) || s[i] == '$') return false;
  size_t j = i + 1;
  while (j < s.size() && directives::is_name_char(s[j])) ++j;
  if (j < s.size() && (s[j] == '@' || s[j] == '"')) return false;
  name = s.substr(i, j - i);
  i = j;
  return true;
}

bool operand_end(std::string_view s, size_t& i) {
  while (i < s.size() && blank(s[i])) ++i;
  return i == s.size() || s[i] == ',';
}

}  // namespace

bool quick_operand(directives::State& st, std::string_view& text, x86::Operand& op) {
  std::string_view s = text;
  size_t i = 0;
  while (i < s.size() && blank(s[i])) ++i;
  x86::Operand out;
  if (i < s.size() && s[i] == '*') {
    out.indirect = true;
    ++i;
  }
  if (i >= s.size()) return false;
  if (s[i] == '%') {
    size_t j = i;
    x86::Reg r;
    if (!reg_at(s, j, r)) return false;
    if (!operand_end(s, j)) return false;
    out.kind = x86::OperandKind::Reg;
    out.reg = r;
    op = out;
    text = s.substr(j);
    return true;
  }
  if (s[i] == '$') {
    if (out.indirect) return false;
    size_t j = i + 1;
    int64_t v = 0;
    std::string_view name;
    if (number_at(s, j, v)) {
      if (!operand_end(s, j)) return false;
      out.kind = x86::OperandKind::Imm;
      out.imm = st.make_ref(st.as.exprs().constant(v));
    } else if (name_at(s, j, name)) {
      if (!operand_end(s, j) || name == ".") return false;
      out.kind = x86::OperandKind::Imm;
      out.imm = st.make_ref(st.as.exprs().symbol(st.symbol_ref(name, true)));
    } else {
      return false;
    }
    op = out;
    text = s.substr(j);
    return true;
  }
  // Memory: [disp](%base[,%index[,scale]]) or a bare displacement.
  size_t j = i;
  int64_t disp = 0;
  std::string_view name;
  bool has_number = number_at(s, j, disp);
  bool has_name = !has_number && name_at(s, j, name);
  if (has_name && name == ".") return false;
  out.kind = x86::OperandKind::Mem;
  size_t k = j;
  while (k < s.size() && blank(s[k])) ++k;
  if (k < s.size() && s[k] == '(') {
    ++k;
    while (k < s.size() && blank(s[k])) ++k;
    if (!reg_at(s, k, out.mem.base)) return false;
    while (k < s.size() && blank(s[k])) ++k;
    if (k < s.size() && s[k] == ',') {
      ++k;
      while (k < s.size() && blank(s[k])) ++k;
      if (!reg_at(s, k, out.mem.index)) return false;
      while (k < s.size() && blank(s[k])) ++k;
      if (k < s.size() && s[k] == ',') {
        ++k;
        while (k < s.size() && blank(s[k])) ++k;
        if (k >= s.size() || (s[k] != '1' && s[k] != '2' && s[k] != '4' && s[k] != '8')) return false;
        out.mem.scale = static_cast<uint8_t>(s[k] - '0');
        ++k;
        while (k < s.size() && blank(s[k])) ++k;
      }
    }
    if (k >= s.size() || s[k] != ')') return false;
    ++k;
    using x86::RegClass;
    auto wide = [](x86::Reg r) { return r.cls == RegClass::Gpr64 || (r.cls == RegClass::Rip && r.num == 0); };
    auto narrow = [](x86::Reg r) { return r.cls == RegClass::Gpr32 || (r.cls == RegClass::Rip && r.num == 1); };
    const x86::Reg b = out.mem.base, x = out.mem.index;
    // Only the plainly valid combinations; the grammar reports the rest with gas's messages.
    if (!(wide(b) || narrow(b))) return false;
    if (x.valid() && (!(x.cls == RegClass::Gpr64 || x.cls == RegClass::Gpr32) || x.num == 4 || wide(x) != wide(b)))
      return false;
    if (b.cls == RegClass::Rip && x.valid()) return false;
  } else if (!has_number && !has_name) {
    return false;
  }
  if (!operand_end(s, k)) return false;
  if (has_number) {
    out.mem.has_disp = true;
    out.mem.disp = st.make_ref(st.as.exprs().constant(disp));
  } else if (has_name) {
    out.mem.has_disp = true;
    out.mem.disp = st.make_ref(st.as.exprs().symbol(st.symbol_ref(name, true)));
  }
  op = out;
  text = s.substr(k);
  return true;
}

}  // namespace gasket::frontend
