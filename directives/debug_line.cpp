// DWARF line directives: `.file N ["dir"] "name" [md5 V]`, `.loc` and `.loc_mark_labels`, read as gas's
// dwarf2_directive_filename/dwarf2_directive_loc read them. The line table itself lives in emit/dwarf_line.
#include <cctype>
#include <cstring>

#include "directives/handlers.hpp"

namespace gasket::directives {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Reads `md5 VALUE`'s value: a literal wider than 64 bits, stored little-endian in 16 bytes. False when gas
/// would not see a bignum there.
bool read_md5(Args& a, uint8_t out[16]) {
  a.skip_ws();
  std::string_view r = a.rest();
  size_t i = 0;
  if (r.size() < 3 || r[0] != '0' || (r[1] | 0x20) != 'x') {
    a.set_rest({});
    return false;
  }
  i = 2;
  size_t begin = i;
  while (i < r.size() && std::isxdigit(static_cast<unsigned char>(r[i]))) ++i;
  std::string_view digits = r.substr(begin, i - begin);
  a.set_rest(r.substr(i));
  while (!digits.empty() && digits.front() == '0') digits.remove_prefix(1);
  if (digits.size() <= 16) return false;
  std::memset(out, 0, 16);
  size_t nibble = 0;
  for (size_t k = digits.size(); k-- > 0 && nibble < 32; ++nibble) {
    char c = digits[k];
    unsigned v = std::isdigit(static_cast<unsigned char>(c)) ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
    out[nibble / 2] |= static_cast<uint8_t>(v << (4 * (nibble % 2)));
  }
  return true;
}

std::string_view sub_name(Args& a) {
  std::string_view r = a.rest();
  size_t i = 0;
  while (i < r.size() && is_name_char(r[i])) ++i;
  a.set_rest(r.substr(i));
  return r.substr(0, i);
}

}  // namespace

void dwarf_file(State& st, Args& a) {
  DwarfLines& dl = st.lines;
  int64_t num = 0;
  a.absolute(num);
  if (num < 1) {
    if (num == 0 && dl.opts.level < 5) dl.opts.level = 5;
    if (num < 0 || dl.line_version() < 5) {
      st.diag.error(st.loc, "file number less than one");
      a.set_rest({});
      return;
    }
  }
  a.skip_ws();
  if (a.rest().empty() || a.rest().front() != '"') {
    st.diag.error(st.loc, "missing string");
    a.set_rest({});
    return;
  }
  std::string first, second;
  if (!a.string(first)) return;
  std::string_view dir, name = first;
  bool has_dir = false;
  uint8_t md5[16];
  bool with_md5 = false;
  if (dl.line_version() > 4) {
    a.skip_ws();
    if (!a.rest().empty() && a.rest().front() == '"') {
      if (!a.string(second)) return;
      has_dir = true;
      dir = first;
      name = second;
      a.skip_ws();
    }
    if (a.rest().starts_with("md5")) {
      a.set_rest(a.rest().substr(3));
      if (read_md5(a, md5))
        with_md5 = true;
      else
        st.diag.error(st.loc, "md5 value too small or not a constant");
    }
  }
  if (!a.end()) return;
  if (dl.opts.generate) dl.purge_generated();
  dl.opts.generate = false;
  if (static_cast<uint64_t>(num) > UINT32_MAX) {
    st.diag.errorf(st.loc, "file number {} is too big", static_cast<uint64_t>(num));
    return;
  }
  dl.assign_file(st.loc, st.as.intern(dir), has_dir, st.as.intern(name), static_cast<uint32_t>(num),
                 with_md5 ? md5 : nullptr);
}

void d_loc(State& st, Args& a, int) {
  DwarfLines& dl = st.lines;
  if (dl.loc_seen) dl.emit_insn(st.cur.sec, st.cur.subsection, st.loc);
  int64_t filenum = 0, line = 0;
  a.absolute(filenum);
  a.absolute(line);
  if (filenum < 1) {
    if (filenum == 0 && dl.opts.level < 5) dl.opts.level = 5;
    if (filenum < 0 || dl.line_version() < 5) {
      st.diag.error(st.loc, "file number less than one");
      a.end();
      return;
    }
  }
  if (!dl.file_assigned(static_cast<uint32_t>(filenum)) || static_cast<uint64_t>(filenum) >= dl.files_in_use()) {
    st.diag.errorf(st.loc, "unassigned file number {}", filenum);
    a.end();
    return;
  }
  LineLoc& cur = dl.current;
  cur.filenum = static_cast<uint32_t>(filenum);
  cur.line = static_cast<uint32_t>(line);
  cur.discriminator = 0;
  a.skip_ws();
  if (!a.rest().empty() && is_digit(a.rest().front())) {
    int64_t column = 0;
    a.absolute(column);
    cur.column = static_cast<uint32_t>(column);
    a.skip_ws();
  }
  while (!a.rest().empty() && is_alpha(a.rest().front())) {
    std::string_view p = sub_name(a);
    int64_t value = 0;
    if (p == "basic_block") {
      cur.flags |= kLineBasicBlock;
    } else if (p == "prologue_end") {
      cur.flags |= kLinePrologueEnd;
    } else if (p == "epilogue_begin") {
      cur.flags |= kLineEpilogueBegin;
    } else if (p == "is_stmt") {
      a.absolute(value);
      if (value == 0) {
        cur.flags &= static_cast<uint8_t>(~kLineIsStmt);
      } else if (value == 1) {
        cur.flags |= kLineIsStmt;
      } else {
        st.diag.error(st.loc, "is_stmt value not 0 or 1");
        a.end();
        return;
      }
    } else if (p == "isa") {
      a.absolute(value);
      if (value < 0) {
        st.diag.error(st.loc, "isa number less than zero");
        a.end();
        return;
      }
      cur.isa = static_cast<uint32_t>(value);
    } else if (p == "discriminator") {
      a.absolute(value);
      if (value < 0) {
        st.diag.error(st.loc, "discriminator less than zero");
        a.end();
        return;
      }
      cur.discriminator = static_cast<uint32_t>(value);
    } else if (p == "view") {
      a.skip_ws();
      SymbolId sym;
      if (!a.rest().empty() && (is_digit(a.rest().front()) || a.rest().front() == '-')) {
        bool force_reset = a.rest().front() == '-';
        a.absolute(value);
        if (value != 0) {
          st.diag.error(st.loc, "numeric view can only be asserted to zero");
          a.end();
          return;
        }
        if (force_reset && dl.force_reset_view != kNoSymbol) {
          sym = dl.force_reset_view;
        } else {
          sym = st.as.make_temp_symbol(".L.view0");
          Symbol& s = st.as.symbol(sym);
          s.defined = true;
          s.section = kAbsSection;
          s.offset = 0;
          if (force_reset) dl.force_reset_view = sym;
        }
      } else {
        std::string_view n = a.name();
        if (n.empty()) {
          st.diag.error(st.loc, "expected symbol name");
          return;
        }
        sym = st.as.find_or_make_symbol(n);
        Symbol& s = st.as.symbol(sym);
        if (s.defined || s.equated != kNoExpr) {
          if (!s.assigned || s.equiv) {
            st.diag.errorf(st.loc, "symbol `{}' is already defined", n);
            a.end();
            return;
          }
        }
        s.defined = false;
        s.equated = kNoExpr;
        s.section = kUndefSection;
      }
      cur.view = sym;
    } else {
      st.diag.errorf(st.loc, "unknown .loc sub-directive `{}'", p);
      a.end();
      return;
    }
    a.skip_ws();
  }
  if (!a.end()) return;
  dl.any_loc_seen = dl.loc_seen = true;
  if (cur.view != kNoSymbol) dl.emit_insn(st.cur.sec, st.cur.subsection, st.loc);
}

void d_loc_mark_labels(State& st, Args& a, int) {
  int64_t value = 0;
  a.absolute(value);
  if (value != 0 && value != 1) {
    st.diag.error(st.loc, "expected 0 or 1");
    a.set_rest({});
    return;
  }
  st.lines.mark_labels = value != 0;
  a.end();
}

}  // namespace gasket::directives
