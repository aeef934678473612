// Directives that insert padding or relocations by hand: `.nops` and `.reloc`.
//
// `.nops SIZE[, MAX]` emits SIZE bytes of NOPs built from single instructions of at most MAX bytes (gas's
// default 11 when MAX is 0 or absent); a SIZE known only after layout becomes a Space fragment filled with
// NOPs. `.reloc OFFSET, TYPE[, EXPR]` asks for one relocation at OFFSET of the current section exactly as
// written; it is a verbatim fixup, so it keeps its place among the section's other fixups as gas does.
#include <fmt/format.h>

#include "directives/handlers.hpp"
#include "emit/layout.hpp"

namespace gasket::directives {
namespace {

constexpr int64_t kMaxSingleNop = 11;

struct RelocName {
  std::string_view name;
  uint32_t type;
};
constexpr RelocName kRelocNames[] = {
    {"NONE", rel::None},         {"64", rel::R64},           {"PC32", rel::PC32},
    {"GOT32", rel::GOT32},       {"PLT32", rel::PLT32},      {"GOTPCREL", rel::GOTPCREL},
    {"32", rel::R32},            {"32S", rel::R32S},         {"16", rel::R16},
    {"PC16", rel::PC16},         {"8", rel::R8},             {"PC8", rel::PC8},
    {"DTPMOD64", rel::DTPMOD64}, {"DTPOFF64", rel::DTPOFF64}, {"TPOFF64", rel::TPOFF64},
    {"TLSGD", rel::TLSGD},       {"TLSLD", rel::TLSLD},      {"DTPOFF32", rel::DTPOFF32},
    {"GOTTPOFF", rel::GOTTPOFF}, {"TPOFF32", rel::TPOFF32},  {"PC64", rel::PC64},
    {"GOTOFF64", rel::GOTOFF64}, {"GOTPC32", rel::GOTPC32},  {"GOT64", rel::GOT64},
    {"GOTPCREL64", rel::GOTPCREL64}, {"GOTPC64", rel::GOTPC64}, {"GOTPLT64", rel::GOTPLT64},
    {"PLTOFF64", rel::PLTOFF64}, {"SIZE32", rel::SIZE32},    {"SIZE64", rel::SIZE64},
    {"GOTPCRELX", rel::GOTPCRELX}, {"REX_GOTPCRELX", rel::REX_GOTPCRELX},
};

/// R_X86_64_NAME or BFD_RELOC_NONE/8/16/32/64; false if unknown.
bool reloc_by_name(std::string_view name, uint32_t& type) {
  if (name.starts_with("R_X86_64_")) {
    name.remove_prefix(9);
    for (const RelocName& r : kRelocNames)
      if (r.name == name) {
        type = r.type;
        return true;
      }
    return false;
  }
  constexpr RelocName kBfd[] = {{"NONE", rel::None}, {"8", rel::R8}, {"16", rel::R16}, {"32", rel::R32},
                                {"64", rel::R64}};
  if (name.starts_with("BFD_RELOC_")) {
    name.remove_prefix(10);
    for (const RelocName& r : kBfd)
      if (r.name == name) {
        type = r.type;
        return true;
      }
  }
  return false;
}

}  // namespace

void d_nops(State& st, Args& a, int) {
  ExprId size = a.expr();
  int64_t max = 0;
  if (a.eat(',')) {
    if (!a.absolute(max)) return;
  }
  if (!a.end()) return;
  if (max < 0) {
    st.diag.warning(st.loc, "negative nop control byte, ignored");
    max = 0;
  }
  if (max > kMaxSingleNop) {
    st.diag.errorf(st.loc, "invalid single nop size: {} (expect within [0, {}])", max, kMaxSingleNop);
    return;
  }
  Value v = st.as.fold(size);
  if (v.is_const() && v.offset >= 0) {
    if (v.offset == 0) return;
    std::vector<uint8_t> buf(static_cast<size_t>(v.offset));
    x86::fill_nops(buf.data(), buf.size(), static_cast<size_t>(max));
    st.as.append_own_frag(st.cur.sec, buf.data(), buf.size(), 1);
    return;
  }
  Fragment tail;
  tail.kind = FragKind::Space;
  tail.code_fill = true;
  tail.expr = size;
  tail.fill = max;
  tail.loc = st.as.pack(st.loc);
  st.as.close_frag(st.cur.sec, tail);
}

void d_reloc(State& st, Args& a, int) {
  ExprId at = a.expr();
  if (!a.eat(',')) {
    st.diag.error(st.loc, "missing reloc type");
    return;
  }
  a.skip_ws();
  size_t i = 0;
  std::string_view rest = a.rest();
  while (i < rest.size() && is_name_char(rest[i])) ++i;
  uint32_t type = 0;
  if (!reloc_by_name(rest.substr(0, i), type)) {
    st.diag.error(st.loc, "unrecognized reloc type");
    return;
  }
  a.set_rest(rest.substr(i));
  ExprId target = kNoExpr;
  if (a.eat(',')) target = a.expr();
  if (!a.end()) return;
  Fixup fx;
  fx.frag = st.as.cur_frag(st.cur.sec);
  fx.verbatim = true;
  fx.reloc = static_cast<uint16_t>(type);
  fx.at = at;
  fx.expr = target;
  fx.loc = st.as.pack(st.loc);
  st.as.section(st.cur.sec).fixups.push_back(fx);
}

}  // namespace gasket::directives
