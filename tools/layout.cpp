#include "tools/layout.hpp"

#include <array>
#include <charconv>

namespace gasket::tools {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct TypeName {
  std::string_view name;
  FieldKind kind;
  uint8_t size;
  bool is_signed;
};

constexpr TypeName kTypes[] = {
    {"rel32", FieldKind::Relative, 4, true}, {"rel64", FieldKind::Relative, 8, true},
    {"abs32", FieldKind::Absolute, 4, false}, {"abs64", FieldKind::Absolute, 8, false},
    {"i8", FieldKind::Number, 1, true},       {"u8", FieldKind::Number, 1, false},
    {"i16", FieldKind::Number, 2, true},      {"u16", FieldKind::Number, 2, false},
    {"i32", FieldKind::Number, 4, true},      {"u32", FieldKind::Number, 4, false},
    {"i64", FieldKind::Number, 8, true},      {"u64", FieldKind::Number, 8, false},
};

Layout preset(std::string_view name, std::string_view table, std::string_view spec, std::string_view description) {
  std::string error;
  std::optional<Layout> l = parse_layout(spec, error);
  l->name = std::string(name);
  l->table = std::string(table);
  l->description = std::string(description);
  return *l;
}

const std::vector<Layout>& preset_list() {
  static const std::vector<Layout> kPresets = {
      preset("ex_table", "__ex_table", "rel32 insn, rel32 fixup, i32 data",
             "x86-64 struct exception_table_entry since Linux 5.16: _ASM_EXTABLE_TYPE emits "
             ".long (from) - ., (to) - ., type|imm (12 bytes)"),
      preset("ex_table_handler", "__ex_table", "rel32 insn, rel32 fixup, rel32 handler",
             "x86-64 __ex_table of Linux 4.6 to 5.15: the third word is the handler function, self-relative"),
      preset("ex_table_2002", "__ex_table", "abs64 insn, abs64 fixup",
             "x86-64 __ex_table of the 2002 kernels: .quad 1b, 3b (two absolute addresses, 16 bytes)"),
      preset("demo", "__ex_table", "rel32 insn, rel32 fixup",
             "samples/demo.c's struct exentry: .long (1b)-., (2b)-. (8 bytes)"),
      preset("bug_table", "__bug_table", "rel32 bug_addr, data rel32 file, u16 line, u16 flags",
             "x86-64 struct bug_entry (GENERIC_BUG_RELATIVE_POINTERS, DEBUG_BUGVERBOSE): ud2 address, "
             "file name string, line, flags (12 bytes)"),
      preset("altinstructions", ".altinstructions",
             "rel32 instr, rel32 repl, u32 ft_flags, u8 instrlen, u8 replacementlen",
             "x86-64 struct alt_instr with ft_flags (Linux 6.x, packed, 14 bytes); repl points into "
             ".altinstr_replacement"),
      preset("smp_locks", ".smp_locks", "rel32 lock",
             "LOCK_PREFIX sites: .long 671f - . (4 bytes)"),
      preset("jump_table", "__jump_table", "rel32 code, rel32 target, data rel64 key",
             "x86-64 struct jump_entry: code and target self-relative, key = static_key + branch bit - . "
             "(16 bytes)"),
      preset("static_call_sites", ".static_call_sites", "rel32 addr, data rel32 key",
             "struct static_call_site: call site and static_call_key (low bits: tail, init), 8 bytes"),
      preset("retpoline_sites", ".retpoline_sites", "rel32 insn",
             "objtool's list of indirect-thunk calls/jumps (4 bytes)"),
      preset("return_sites", ".return_sites", "rel32 insn", "objtool's list of return-thunk jumps (4 bytes)"),
      preset("call_sites", ".call_sites", "rel32 insn", "objtool's list of direct calls, for call depth tracking"),
      preset("ibt_endbr_seal", ".ibt_endbr_seal", "rel32 insn", "objtool's list of ENDBR64 to seal (4 bytes)"),
      preset("orc_unwind_ip", ".orc_unwind_ip", "rel32 ip",
             "ORC: one self-relative ip per .orc_unwind entry, sorted at boot (4 bytes)"),
  };
  return kPresets;
}

}  // namespace

int Layout::key() const {
  for (size_t i = 0; i < fields.size(); ++i)
    if (fields[i].code) return static_cast<int>(i);
  return -1;
}

std::optional<Layout> parse_layout(std::string_view spec, std::string& error) {
  Layout l;
  l.name = "custom";
  size_t start = 0;
  while (start <= spec.size()) {
    size_t comma = spec.find(',', start);
    std::string_view item = trim(spec.substr(start, comma == std::string_view::npos ? spec.npos : comma - start));
    start = comma == std::string_view::npos ? spec.size() + 1 : comma + 1;
    std::vector<std::string_view> w = words(item);
    if (w.empty()) {
      error = "empty field in entry layout";
      return std::nullopt;
    }
    bool data = w.front() == "data";
    if (data) w.erase(w.begin());
    Field f;
    if (!w.empty() && w.front().starts_with("pad")) {
      unsigned n = 0;
      std::string_view num = w.front().substr(3);
      auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), n);
      if (ec != std::errc{} || p != num.data() + num.size() || n == 0 || n > 255 || w.size() != 1 || data) {
        error = "bad padding field `" + std::string(item) + "' (want padN)";
        return std::nullopt;
      }
      f.name = "pad";
      f.kind = FieldKind::Pad;
      f.size = static_cast<uint8_t>(n);
    } else {
      if (w.size() != 2) {
        error = "bad field `" + std::string(item) + "' (want [data] TYPE NAME)";
        return std::nullopt;
      }
      const TypeName* t = nullptr;
      for (const TypeName& c : kTypes)
        if (c.name == w[0]) t = &c;
      if (!t) {
        error = "unknown field type `" + std::string(w[0]) + "' (rel32 rel64 abs32 abs64 i8..u64 padN)";
        return std::nullopt;
      }
      if (data && t->kind == FieldKind::Number) {
        error = "`data' qualifies pointer fields only: `" + std::string(item) + "'";
        return std::nullopt;
      }
      f.name = std::string(w[1]);
      f.kind = t->kind;
      f.size = t->size;
      f.is_signed = t->is_signed;
      f.code = t->kind != FieldKind::Number && !data;
    }
    l.entry_size += f.size;
    l.fields.push_back(std::move(f));
  }
  return l;
}

std::span<const Layout> presets() { return preset_list(); }

const Layout* find_preset(std::string_view name) {
  for (const Layout& l : preset_list())
    if (l.name == name) return &l;
  return nullptr;
}

const Layout* default_preset_for(std::string_view table) {
  for (const Layout& l : preset_list())
    if (l.table == table) return &l;
  return nullptr;
}

std::string layout_spec(const Layout& l) {
  std::string out;
  for (const Field& f : l.fields) {
    if (!out.empty()) out += ", ";
    if (f.kind == FieldKind::Pad) {
      out += "pad" + std::to_string(f.size);
      continue;
    }
    if (f.kind != FieldKind::Number && !f.code) out += "data ";
    for (const TypeName& t : kTypes)
      if (t.kind == f.kind && t.size == f.size && (f.kind != FieldKind::Number || t.is_signed == f.is_signed)) {
        out += t.name;
        break;
      }
    out += " " + f.name;
  }
  return out;
}

}  // namespace gasket::tools
