// Data and layout directives: integer data, strings, .skip/.fill, alignment and .org.
#include <cstring>
#include <fmt/format.h>

#include "directives/handlers.hpp"

namespace gasket::directives {

namespace {

/// A data operand that is just `%reg` or `(%reg)`: gas warns "register value used as expression" and stores
/// the register's number in its own register list. True (and the operand consumed) in that case only.
bool register_datum(State& st, Args& a, int64_t& out) {
  std::string_view s = a.rest();
  auto skip_ws = [&s] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  };
  skip_ws();
  const bool paren = !s.empty() && s.front() == '(';
  if (paren) {
    s.remove_prefix(1);
    skip_ws();
  }
  if (s.empty() || s.front() != '%') return false;
  s.remove_prefix(1);
  size_t n = 0;
  while (n < s.size() && (((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z') || (s[n] >= '0' && s[n] <= '9'))) ++n;
  if (n == 2 && n + 2 < s.size() && s[n] == '(' && s[n + 1] >= '0' && s[n + 1] <= '7' && s[n + 2] == ')') n += 3;
  const int number = x86::gas_register_number(s.substr(0, n));
  if (number < 0) return false;
  s.remove_prefix(n);
  skip_ws();
  if (paren) {
    if (s.empty() || s.front() != ')') return false;
    s.remove_prefix(1);
    skip_ws();
  }
  if (!s.empty() && s.front() != ',') return false;
  st.diag.warning(st.loc, "register value used as expression");
  out = number;
  a.set_rest(s);
  return true;
}

}  // namespace

void cons_value(State& st, ExprId e, unsigned size, size_t mark, std::string_view text) {
  Value v = st.as.fold(e);
  if (v.spec == RelocSpec::Plt && v.sub != kNoSymbol) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    st.diag.errorf(st.loc, "invalid PLT expression `{}'", text);
    return;
  }
  if (st.as.exprs()[e].op == ExprOp::Const && st.as.exprs()[e].bignum) {
    // A literal wider than 64 bits keeps its low bytes, as gas's bignums do.
    st.diag.warningf(st.loc, "bignum truncated to {} byte{}", size, size == 1 ? "" : "s");
    uint64_t u = static_cast<uint64_t>(st.as.exprs()[e].value);
    uint8_t buf[8];
    for (unsigned i = 0; i < size; ++i) buf[i] = static_cast<uint8_t>(u >> (8 * i));
    st.emit_bytes(buf, size);
    return;
  }
  st.emit_value(e, size, v);
  if (v.is_const() && v.spec == RelocSpec::None) st.as.exprs().truncate(mark);  // bytes written, nodes dead
}

void d_cons(State& st, Args& a, int size) {
  if (a.at_end()) return;
  st.allow_reloc_spec = size == 4 || size == 8;
  do {
    a.skip_ws();
    std::string_view before = a.rest();
    const char first = before.empty() ? '\0' : before.front();
    if (int64_t reg; (first == '%' || first == '(') && register_datum(st, a, reg)) {
      st.emit_value(st.as.exprs().constant(reg), static_cast<unsigned>(size), Value{.offset = reg});
      continue;
    }
    if (int64_t n; a.plain_number(n)) {
      st.emit_constant(n, static_cast<unsigned>(size));
      continue;
    }
    const size_t mark = st.as.exprs().size();
    ExprId e = a.expr();
    cons_value(st, e, static_cast<unsigned>(size), mark, before.substr(0, before.size() - a.rest().size()));
  } while (a.eat(','));
  st.allow_reloc_spec = true;
  a.end();
}

void leb128_value(State& st, ExprId e, bool is_signed, size_t mark) {
  Value v = st.as.fold(e);
  if (v.is_const() && v.spec == RelocSpec::None) {
    st.emit_leb128(v.offset, is_signed);
    st.as.exprs().truncate(mark);
    return;
  }
  Fragment tail;
  tail.kind = FragKind::Encoded;
  tail.encoding = is_signed ? ValueEncoding::Sleb128 : ValueEncoding::Uleb128;
  tail.expr = e;
  tail.leb128_operand = true;
  tail.loc = st.as.pack(st.loc);
  st.as.close_frag(st.cur.sec, tail);
}

void d_leb128(State& st, Args& a, int is_signed) {
  if (a.at_end()) return;
  // gas reads a LEB128 operand without relocation specifiers: `foo@PLT` stops at the `@'.
  st.allow_reloc_spec = false;
  do {
    a.skip_ws();
    const char first = a.rest().empty() ? '\0' : a.rest().front();
    if (int64_t reg; (first == '%' || first == '(') && register_datum(st, a, reg)) {
      st.emit_leb128(reg, is_signed != 0);
      continue;
    }
    if (int64_t n; a.plain_number(n)) {
      st.emit_leb128(n, is_signed != 0);
      continue;
    }
    const size_t mark = st.as.exprs().size();
    ExprId e = a.expr();
    leb128_value(st, e, is_signed != 0, mark);
  } while (a.eat(','));
  st.allow_reloc_spec = true;
  a.end();
}

void d_ascii(State& st, Args& a, int nul) {
  std::string& s = st.string_buf;
  if (a.at_end()) return;
  do {
    // Adjacent strings (`"one" "two"`) make one: .asciz ends the whole of it with a NUL.
    do {
      a.skip_ws();
      if (!a.rest().empty() && a.rest().front() != '"') {
        a.end();
        return;
      }
      // A string without escapes or line breaks is written straight from the text.
      const std::string_view r = a.rest();
      const size_t close = r.size() > 1 ? r.find('"', 1) : std::string_view::npos;
      if (close != std::string_view::npos && std::memchr(r.data() + 1, '\\', close - 1) == nullptr &&
          std::memchr(r.data() + 1, '\n', close - 1) == nullptr) {
        st.as.append_chars(st.cur.sec, reinterpret_cast<const uint8_t*>(r.data() + 1), close - 1);
        a.set_rest(r.substr(close + 1));
      } else {
        if (!a.string(s)) return;
        st.as.append_chars(st.cur.sec, reinterpret_cast<const uint8_t*>(s.data()), s.size());
      }
      a.skip_ws();
    } while (!a.rest().empty() && a.rest().front() == '"');
    if (nul) {
      const uint8_t zero = 0;
      st.as.append_chars(st.cur.sec, &zero, 1);
    }
  } while (a.eat(','));
  a.end();
}

namespace {

void emit_fill(State& st, int64_t count, unsigned size, int64_t value) {
  if (count <= 0 || size == 0) return;
  uint8_t pat[8] = {};
  for (unsigned i = 0; i < size && i < 4; ++i) pat[i] = static_cast<uint8_t>(static_cast<uint64_t>(value) >> (8 * i));
  if (size == 1) {
    st.as.append_fill(st.cur.sec, pat[0], static_cast<size_t>(count));
    return;
  }
  st.as.append_pattern(st.cur.sec, pat, size, static_cast<size_t>(count));
}

}  // namespace

void d_space(State& st, Args& a, int) {
  ExprId count = a.expr();
  int64_t fill = 0;
  if (a.eat(',')) {
    if (!a.absolute(fill)) return;
  }
  if (!a.end()) return;
  Value v = st.as.fold(count);
  if (v.is_const()) {
    if (v.offset <= 0) {
      st.diag.warning(st.loc, ".space repeat count is zero, ignored");
      return;
    }
    emit_fill(st, v.offset, 1, fill);
    return;
  }
  Fragment tail;
  tail.kind = FragKind::Space;
  tail.expr = count;
  tail.fill = fill;
  tail.fill_size = 1;
  tail.loc = st.as.pack(st.loc);
  st.as.close_frag(st.cur.sec, tail);
}

void d_fill(State& st, Args& a, int) {
  int64_t repeat = 0, size = 1, value = 0;
  ExprId rep = a.expr();
  if (a.eat(',')) {
    if (!a.absolute(size)) return;
    if (a.eat(',')) {
      if (!a.absolute(value)) return;
    }
  }
  if (!a.end()) return;
  if (size > 8) {
    st.diag.warningf(st.loc, ".fill size clamped to {}", 8);
    size = 8;
  }
  Value rv = st.as.fold(rep);
  if (!rv.is_const()) {
    Fragment tail;
    tail.kind = FragKind::Space;
    tail.expr = rep;
    tail.fill = size > 4 ? value & 0xffffffff : value;
    tail.fill_size = static_cast<uint8_t>(size);
    tail.loc = st.as.pack(st.loc);
    st.as.close_frag(st.cur.sec, tail);
    return;
  }
  repeat = rv.offset;
  if (repeat < 0) {
    st.diag.warning(st.loc, "repeat < 0; .fill ignored");
    return;
  }
  if (size < 0) {
    st.diag.warning(st.loc, "size negative; .fill ignored");
    return;
  }
  emit_fill(st, repeat, static_cast<unsigned>(size), value);
}

void d_align(State& st, Args& a, int mode) {
  const unsigned unit = static_cast<unsigned>(mode & 0xf);
  const bool bytes = (mode & kAlignBytes) != 0;
  int64_t n = 0;
  if (!a.absolute(n)) return;
  unsigned pow = 0;
  if (bytes) {
    if (n != 0 && (n & (n - 1)) != 0) {
      st.diag.error(st.loc, "alignment not a power of 2");
      return;
    }
    while (pow < 63 && (int64_t{1} << pow) < n) ++pow;
  } else {
    if (n > 31) {
      st.diag.warningf(st.loc, "alignment too large: {} assumed", 31);
      n = 31;
    }
    pow = static_cast<unsigned>(n < 0 ? 0 : n);
  }
  bool fill_given = false;
  int64_t fill = 0, max = 0;
  if (a.eat(',')) {
    a.skip_ws();
    if (!a.rest().empty() && a.rest().front() != ',') {
      if (!a.absolute(fill)) return;
      fill_given = true;
    }
    if (a.eat(',')) {
      if (!a.absolute(max)) return;
    }
  }
  if (!a.end()) return;
  Section& sec = st.as.section(st.cur.sec);
  if (pow == 0) return;
  Fragment tail;
  tail.kind = FragKind::Align;
  tail.align_pow = static_cast<uint8_t>(pow);
  tail.max_skip = static_cast<uint32_t>(max < 0 ? 0 : max);
  tail.loc = st.as.pack(st.loc);
  // A one-byte fill of 0x90 (NOP) in code pads with gas's NOP patterns too, as an omitted fill does.
  if (unit == 1 && (!fill_given || (fill & 0xff) == 0x90) && st.in_code()) {
    tail.code_fill = true;
  } else {
    tail.fill = fill;
    tail.fill_size = static_cast<uint8_t>(unit);
  }
  st.as.close_frag(st.cur.sec, tail);
  if (pow > sec.align_pow) st.as.section(st.cur.sec).align_pow = pow;
}

void d_org(State& st, Args& a, int) {
  ExprId e = a.expr();
  int64_t fill = 0;
  if (a.eat(',')) {
    if (!a.absolute(fill)) return;
  }
  if (!a.end()) return;
  Value v = st.as.fold(e);
  if (v.ok && v.sub == kNoSymbol && v.add != kNoSymbol && st.as.symbol_section(v.add) != st.cur.sec &&
      st.as.symbol(v.add).defined) {
    SectionId ts = st.as.symbol_section(v.add);
    st.diag.errorf(st.loc, "invalid segment \"{}\"", st.as.section(ts).name);
    return;
  }
  Fragment tail;
  tail.kind = FragKind::Org;
  tail.expr = e;
  tail.fill = fill;
  tail.loc = st.as.pack(st.loc);
  st.as.close_frag(st.cur.sec, tail);
}

}  // namespace gasket::directives
