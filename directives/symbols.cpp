// Symbol directives: binding, visibility, type and size, commons, assignments, .file and .ident.
#include <fmt/format.h>

#include "directives/handlers.hpp"

namespace gasket::directives {
namespace {

constexpr uint8_t STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_TLS = 6, STT_GNU_IFUNC = 10;

template <class F> void for_each_name(State& st, Args& a, F&& f) {
  if (a.at_end()) {
    st.diag.error(st.loc, "expected symbol name");
    return;
  }
  do {
    std::string_view n = a.name();
    if (n.empty()) {
      st.diag.error(st.loc, "expected symbol name");
      return;
    }
    SymbolId id = st.as.find_or_make_symbol(n);
    st.as.enter_list(id);
    f(id);
  } while (a.eat(','));
  a.end();
}

}  // namespace

void d_globl(State& st, Args& a, int) {
  for_each_name(st, a, [&](SymbolId id) {
    Symbol& s = st.as.symbol(id);
    if (s.bind != SymBind::Weak) s.bind = SymBind::Global;
  });
}

void d_local(State& st, Args& a, int) {
  for_each_name(st, a, [&](SymbolId id) {
    Symbol& s = st.as.symbol(id);
    // A symbol already common stays in gas's common section, which BFD always writes as global.
    if (s.is_common && !s.defined) return;
    s.bind = SymBind::Local;
    s.explicit_local = true;
  });
}

void d_weak(State& st, Args& a, int) {
  for_each_name(st, a, [&](SymbolId id) { st.as.symbol(id).bind = SymBind::Weak; });
}

void d_visibility(State& st, Args& a, int vis) {
  for_each_name(st, a, [&](SymbolId id) { st.as.symbol(id).visibility = static_cast<uint8_t>(vis); });
}

void d_type(State& st, Args& a, int) {
  std::string_view n = a.name();
  if (n.empty()) {
    st.diag.error(st.loc, "expected symbol name");
    return;
  }
  SymbolId id = st.as.find_or_make_symbol(n);
  st.as.enter_list(id);
  if (!a.eat(',')) {
    st.diag.error(st.loc, "expected comma after name in .type");
    return;
  }
  a.skip_ws();
  std::string_view r = a.rest();
  std::string quoted;
  std::string_view t;
  if (!r.empty() && (r.front() == '@' || r.front() == '%' || r.front() == '#')) {
    a.set_rest(r.substr(1));
    t = a.name();
  } else if (!r.empty() && r.front() == '"') {
    a.string(quoted);
    t = quoted;
  } else {
    t = a.name();
  }
  static constexpr std::pair<std::string_view, uint8_t> kTypes[] = {
      {"function", STT_FUNC}, {"STT_FUNC", STT_FUNC}, {"object", STT_OBJECT}, {"STT_OBJECT", STT_OBJECT},
      {"notype", STT_NOTYPE}, {"STT_NOTYPE", STT_NOTYPE}, {"tls_object", STT_TLS}, {"STT_TLS", STT_TLS},
      {"gnu_indirect_function", STT_GNU_IFUNC}, {"STT_GNU_IFUNC", STT_GNU_IFUNC}, {"common", 5},
      {"STT_COMMON", 5}, {"gnu_unique_object", STT_OBJECT}};
  for (auto [name, v] : kTypes) {
    if (t == name) {
      st.as.symbol(id).type = v;
      if (name == "gnu_unique_object") {
        st.as.symbol(id).bind = SymBind::Global;
        st.as.symbol(id).gnu_unique = true;
      }
      a.end();
      return;
    }
  }
  st.diag.errorf(st.loc, "unrecognized symbol type \"{}\"", t);
}

namespace {

/// Reads `NAME,` at the start of a directive's operands; reports gas's messages and returns false otherwise.
bool name_and_comma(State& st, Args& a, std::string& name, std::string_view missing_comma) {
  std::string_view n = a.name();
  if (n.empty()) {
    st.diag.error(st.loc, "expected symbol name");
    return false;
  }
  name.assign(n);
  if (!a.eat(',')) {
    st.diag.error(st.loc, missing_comma);
    return false;
  }
  return true;
}

}  // namespace

void d_size(State& st, Args& a, int) {
  std::string name;
  if (!name_and_comma(st, a, name, "expected comma after name in .size")) return;
  ExprId e = a.expr();
  if (!a.end()) return;
  SymbolId id = st.as.find_or_make_symbol(name);
  st.as.enter_list(id);
  st.as.symbol(id).size_expr = e;
}

void d_comm(State& st, Args& a, int local) {
  std::string name;
  if (!name_and_comma(st, a, name, "expected comma after symbol-name")) return;
  int64_t size = 0, align = -1;
  if (!a.absolute(size)) return;
  if (!local && a.eat(',')) {
    if (!a.absolute(align)) return;
  }
  if (!a.end()) return;
  if (size < 0) {
    st.diag.warningf(st.loc, "size ({}) out of range, ignored", size);
    return;
  }
  SymbolId id = st.as.find_or_make_symbol(name);
  Symbol& s = st.as.symbol(id);
  if (s.defined) {
    st.diag.errorf(st.loc, "symbol `{}' is already defined", name);
    return;
  }
  if (align < 0) {
    if (local) {
      align = size <= 1 ? 1 : size <= 2 ? 2 : size <= 4 ? 4 : 8;
    } else {
      align = 1;
      while (align < size && align < 16) align <<= 1;
    }
  }
  if (local || s.explicit_local) {
    // Local commons are allocated in .bss subsection 1, as gas's bss_alloc does.
    SectionRef saved_cur = st.cur, saved_prev = st.prev;
    st.switch_to(st.bss_sec, 1);
    unsigned pow = 0;
    while ((int64_t{1} << pow) < align) ++pow;
    if (pow > 0) {
      Fragment tail;
      tail.kind = FragKind::Align;
      tail.align_pow = static_cast<uint8_t>(pow);
      st.as.close_frag(st.bss_sec, tail);
      Section& bss = st.as.section(st.bss_sec);
      if (pow > bss.align_pow) bss.align_pow = pow;
    }
    Symbol& sym = st.as.symbol(id);
    sym.defined = true;
    sym.section = st.bss_sec;
    sym.frag = st.as.cur_frag(st.bss_sec);
    sym.offset = st.as.cur_offset(st.bss_sec);
    sym.type = STT_OBJECT;
    sym.size_expr = st.as.exprs().constant(size);
    st.as.append_fill(st.bss_sec, 0, static_cast<size_t>(size));
    st.cur = saved_cur;
    st.prev = saved_prev;
    return;
  }
  s.is_common = true;
  s.type = STT_OBJECT;
  st.as.set_common(id, CommonBlock{static_cast<uint64_t>(size), static_cast<uint64_t>(align)});
  if (s.bind == SymBind::Local) s.bind = SymBind::Global;
}

void assign_symbol(State& st, std::string_view name, Args& a, int mode) {
  ExprId e = a.expr();
  if (!a.end()) return;
  SymbolId id = st.as.find_or_make_symbol(name);
  Symbol& s = st.as.symbol(id);
  if (mode == kEquiv && (s.defined || s.equated != kNoExpr)) {
    st.diag.errorf(st.loc, "symbol `{}' is already defined", name);
    return;
  }
  if (s.equiv || (s.defined && !s.assigned && !s.is_common)) {
    st.diag.errorf(st.loc, "symbol `{}' is already defined", name);
    return;
  }
  Value v = st.as.fold(e);
  s.equiv = mode != kSet;
  s.assigned = true;
  if (v.is_const() && v.spec == RelocSpec::None) {
    s.defined = true;
    s.section = kAbsSection;
    s.offset = static_cast<uint64_t>(v.offset);
    s.equated = kNoExpr;
    return;
  }
  // Giving a `.L` symbol a symbolic value makes it a full symbol, and an alias `.set x, y` then makes y one too.
  st.as.enter_list(id);
  if (v.ok && v.sub == kNoSymbol && v.add != kNoSymbol && v.spec == RelocSpec::None) st.as.enter_list(v.add);
  if (v.ok && v.sub == kNoSymbol && v.add != kNoSymbol && v.spec == RelocSpec::None && v.add != id) {
    const Symbol& t = st.as.symbol(v.add);
    if (t.defined && t.section < st.as.sections().size() && t.equated == kNoExpr && !t.is_section_symbol) {
      Symbol& d = st.as.symbol(id);
      d.defined = true;
      d.section = t.section;
      d.frag = t.frag;
      d.offset = t.offset + static_cast<uint64_t>(v.offset);
      d.equated = kNoExpr;
      // An alias gets its target's type flags added to its own (gas's copy_symbol_attributes ORs BSF_OBJECT,
      // BSF_FUNCTION and BSF_GNU_INDIRECT_FUNCTION; the ELF type is the strongest: IFUNC, then FUNC, then
      // OBJECT), and, unless it has one, its size.
      auto rank = [](uint8_t ty) { return ty == 10 ? 3 : ty == 2 ? 2 : ty == 1 ? 1 : 0; };
      if (rank(t.type) > rank(d.type)) d.type = t.type;
      if (d.size_expr == kNoExpr) d.size_expr = t.size_expr;
      return;
    }
  }
  s.defined = false;
  s.equated = e;
}

void d_set(State& st, Args& a, int mode) {
  std::string_view n = a.name();
  if (n.empty()) {
    st.diag.error(st.loc, "expected symbol name");
    return;
  }
  std::string name(n);
  if (!a.eat(',')) {
    st.diag.errorf(st.loc, "expected comma after \"{}\"", name);
    return;
  }
  assign_symbol(st, name, a, mode);
}

void d_file(State& st, Args& a, int) {
  a.skip_ws();
  if (!a.rest().empty() && a.rest().front() == '"') {
    std::string name;
    if (!a.string(name)) return;
    if (!a.end()) return;
    SymbolId id = st.as.make_temp_symbol(name);
    Symbol& s = st.as.symbol(id);
    s.is_temp = false;
    s.is_file = true;
    st.as.enter_list(id);
    s.defined = true;
    s.section = kAbsSection;
    st.as.file_symbols().push_back(id);
    return;
  }
  dwarf_file(st, a);
}

void d_ident(State& st, Args& a, int) {
  std::string s;
  if (!a.string(s)) return;
  if (!a.end()) return;
  SectionId c = st.as.find_section(".comment");
  if (c == kNoSection) {
    c = st.as.add_section(".comment", 1, 0x30);
    st.as.section(c).entsize = 1;
    uint8_t z = 0;
    st.as.append(c, &z, 1);
  }
  s.push_back('\0');
  st.as.append(c, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

void d_ignore(State&, Args& a, int) { a.set_rest({}); }

}  // namespace gasket::directives
