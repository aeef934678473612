// Section directives: .text/.data/.bss, .section, the section stack, and gasket's .pushsection_table.
//
// gas gives a section its type and flags from three places: the flags string and @type written in the
// directive, the defaults BFD knows for special names (`.bss*` is NOBITS, `.init_array` is INIT_ARRAY, ...),
// and, when the section already exists, what it already has. `.pushsection_table` is `.pushsection` with the
// name mapped by the table rules and, when no flags are written, the flags of the mapped section if it exists,
// else "a",@progbits.
//
// In link-order mode (`--table-mode=link-order`, `.table_mode link-order`) the table is also SHF_LINK_ORDER with
// the code section it is pushed from as its linked-to section, exactly what `.pushsection NAME,"ao",@progbits,CODE`
// gives in gas: one table section per (name, linked-to name), so the linker can keep or drop each piece together
// with its code (`ld --gc-sections`, discarded init sections). gas keys a section on its linked-to name as much
// as on its group, which is why the lookup takes `linked` too.
#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "directives/handlers.hpp"

namespace gasket::directives {
namespace {

constexpr uint64_t SHF_WRITE = 0x1, SHF_ALLOC = 0x2, SHF_EXECINSTR = 0x4, SHF_MERGE = 0x10, SHF_STRINGS = 0x20,
                   SHF_INFO_LINK = 0x40, SHF_LINK_ORDER = 0x80, SHF_GROUP = 0x200, SHF_TLS = 0x400,
                   SHF_GNU_RETAIN = 0x200000, SHF_EXCLUDE = 0x80000000, SHF_X86_64_LARGE = 0x10000000;
constexpr uint32_t SHT_PROGBITS = 1, SHT_NOTE = 7, SHT_NOBITS = 8, SHT_INIT_ARRAY = 14, SHT_FINI_ARRAY = 15,
                   SHT_PREINIT_ARRAY = 16, SHT_X86_64_UNWIND = 0x70000001;

/// How a special name matches (BFD's suffix_length): exactly, exactly or followed by ".anything", or any
/// name that starts with it.
enum class Match : uint8_t { Exact, Dotted, Prefix };

/// Defaults BFD applies to special section names.
struct Special {
  std::string_view name;
  Match match;
  uint32_t type;
  uint64_t flags;
};

constexpr Special kSpecial[] = {
    {".bss", Match::Dotted, SHT_NOBITS, SHF_ALLOC | SHF_WRITE},
    {".comment", Match::Exact, SHT_PROGBITS, 0},
    {".ctors", Match::Exact, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    {".data", Match::Dotted, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    {".data1", Match::Exact, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    // BFD lists only these DWARF names (exact matches): .debug_str and the others are ordinary sections.
    {".debug", Match::Exact, SHT_PROGBITS, 0},
    {".debug_abbrev", Match::Exact, SHT_PROGBITS, 0},
    {".debug_aranges", Match::Exact, SHT_PROGBITS, 0},
    {".debug_info", Match::Exact, SHT_PROGBITS, 0},
    {".debug_line", Match::Exact, SHT_PROGBITS, 0},
    {".dtors", Match::Exact, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE},
    {".eh_frame", Match::Exact, SHT_X86_64_UNWIND, SHF_ALLOC},
    {".fini", Match::Exact, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR},
    {".fini_array", Match::Dotted, SHT_FINI_ARRAY, SHF_ALLOC | SHF_WRITE},
    {".init", Match::Exact, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR},
    {".init_array", Match::Dotted, SHT_INIT_ARRAY, SHF_ALLOC | SHF_WRITE},
    {".lbss", Match::Dotted, SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_X86_64_LARGE},
    {".ldata", Match::Dotted, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE | SHF_X86_64_LARGE},
    {".line", Match::Exact, SHT_PROGBITS, 0},
    {".lrodata", Match::Dotted, SHT_PROGBITS, SHF_ALLOC | SHF_X86_64_LARGE},
    {".note.GNU-stack", Match::Exact, SHT_PROGBITS, 0},
    {".note", Match::Prefix, SHT_NOTE, 0},
    {".preinit_array", Match::Dotted, SHT_PREINIT_ARRAY, SHF_ALLOC | SHF_WRITE},
    {".rodata", Match::Dotted, SHT_PROGBITS, SHF_ALLOC},
    {".rodata1", Match::Exact, SHT_PROGBITS, SHF_ALLOC},
    {".stab", Match::Exact, SHT_PROGBITS, 0},
    {".tbss", Match::Dotted, SHT_NOBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS},
    {".tdata", Match::Dotted, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE | SHF_TLS},
    {".text", Match::Dotted, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR},
};

static_assert(std::all_of(std::begin(kSpecial), std::end(kSpecial),
                          [](const Special& s) { return s.name.size() >= 2 && s.name.front() == '.'; }),
              "special_for compares the second character first");

const Special* special_for(std::string_view name) {
  if (name.size() < 2 || name.front() != '.') return nullptr;
  for (const Special& s : kSpecial) {
    if (s.name[1] != name[1] || !name.starts_with(s.name)) continue;
    if (name.size() == s.name.size()) return &s;
    if (s.match == Match::Prefix) return &s;
    if (s.match == Match::Dotted && name[s.name.size()] == '.') return &s;
  }
  return nullptr;
}

std::string_view section_name(State& st, Args& a, std::string& buf) {
  a.skip_ws();
  std::string_view r = a.rest();
  if (!r.empty() && r.front() == '"') {
    if (!a.string(buf)) return {};
  } else {
    size_t i = 0;
    while (i < r.size() && r[i] != ',' && r[i] != ' ' && r[i] != '\t') ++i;
    buf.assign(r.substr(0, i));
    a.set_rest(r.substr(i));
  }
  if (buf.empty()) {
    st.diag.error(st.loc, "missing name");
    return {};
  }
  if (st.opts.sectname_subst) {
    std::string out;
    for (size_t i = 0; i < buf.size(); ++i) {
      if (buf[i] == '%' && i + 1 < buf.size() && buf[i + 1] == 'S') {
        out += st.as.section(st.cur.sec).name;
        ++i;
      } else {
        out.push_back(buf[i]);
      }
    }
    buf = out;
  }
  return buf;
}

constexpr uint64_t SHF_GNU_MBIND = 0x01000000;

bool parse_flags(State& st, std::string_view f, uint64_t& flags, bool& group_flag, bool& same_group) {
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c >= '0' && c <= '9') {
      size_t used = 0;
      std::string num(f.substr(i));
      unsigned long long v = std::stoull(num, &used, 0);
      flags |= v;
      i += used - 1;
      continue;
    }
    switch (c) {
      case 'd': flags |= SHF_GNU_MBIND; break;
      case 'a': flags |= SHF_ALLOC; break;
      case 'w': flags |= SHF_WRITE; break;
      case 'x': flags |= SHF_EXECINSTR; break;
      case 'M': flags |= SHF_MERGE; break;
      case 'S': flags |= SHF_STRINGS; break;
      case 'G': flags |= SHF_GROUP; group_flag = true; break;
      case 'T': flags |= SHF_TLS; break;
      case 'o': flags |= SHF_LINK_ORDER; break;
      case 'e': flags |= SHF_EXCLUDE; break;
      case 'R': flags |= SHF_GNU_RETAIN; break;
      case 'l': flags |= SHF_X86_64_LARGE; break;
      case '?': same_group = true; break;
      default:
        st.diag.fatal(st.loc, "bad .section directive: want a,l,w,x,M,S,G,T in string");
    }
  }
  return true;
}

bool parse_type(State& st, Args& a, uint32_t& type) {
  a.skip_ws();
  std::string_view r = a.rest();
  if (r.empty() || (r.front() != '@' && r.front() != '%')) {
    if (!r.empty() && r.front() == '"') {
      std::string s;
      a.string(s);
      r = s;
    }
    st.diag.error(st.loc, "missing section type");
    return false;
  }
  a.set_rest(r.substr(1));
  std::string_view t = a.name();
  static constexpr std::pair<std::string_view, uint32_t> kTypes[] = {
      {"progbits", SHT_PROGBITS}, {"nobits", SHT_NOBITS}, {"note", SHT_NOTE}, {"init_array", SHT_INIT_ARRAY},
      {"fini_array", SHT_FINI_ARRAY}, {"preinit_array", SHT_PREINIT_ARRAY}, {"unwind", SHT_X86_64_UNWIND}};
  for (auto [n, v] : kTypes)
    if (t == n) { type = v; return true; }
  (void)t;
  st.diag.warning(st.loc, "unrecognized section type");
  return true;
}

/// Parses the attribute list after a section name and switches to the section. Returns false on error.
/// `link_to`, when not empty, makes the section SHF_LINK_ORDER with that linked-to name unless one is written.
bool section_tail(State& st, Args& a, std::string_view name, bool push, bool table_defaults,
                  std::string_view link_to = {}) {
  uint64_t flags = 0;
  uint32_t type = SHT_PROGBITS;
  bool flags_given = false, type_given = false, group_flag = false, comdat = false, same_group = false;
  uint32_t unique_id = UINT32_MAX;
  uint32_t info = 0;
  uint64_t entsize = 0;
  std::string group, linked;
  uint32_t subsection = 0;
  if (a.eat(',')) {
    a.skip_ws();
    if (!a.rest().empty() && a.rest().front() == '"') {
      std::string f;
      if (!a.string(f)) return false;
      flags_given = true;
      if (!parse_flags(st, f, flags, group_flag, same_group)) return false;
      if (a.eat(',')) {
        if (!parse_type(st, a, type)) return false;
        type_given = true;
        if (flags & SHF_MERGE) {
          if (!a.eat(',')) {
            st.diag.warning(st.loc, "entity size for SHF_MERGE not specified");
            flags &= ~(SHF_MERGE | SHF_STRINGS);
          } else {
            int64_t v = 0;
            a.absolute(v);
            entsize = static_cast<uint64_t>(v);
          }
        }
        if ((flags & SHF_GNU_MBIND) && a.eat(',')) {
          int64_t v = 0;
          a.absolute(v);
          info = static_cast<uint32_t>(v);
        }
        if ((flags & SHF_LINK_ORDER) && a.eat(',')) {
          std::string buf;
          linked = std::string(section_name(st, a, buf));
        }
        if (group_flag && a.eat(',')) {
          std::string buf;
          group = std::string(section_name(st, a, buf));
          a.skip_ws();
          if (a.rest().starts_with(",")) {
            std::string_view after = a.rest().substr(1);
            while (!after.empty() && (after.front() == ' ' || after.front() == '\t')) after.remove_prefix(1);
            if (after.starts_with("comdat")) {
              comdat = true;
              a.set_rest(after.substr(6));
            }
          }
        }
        a.skip_ws();
        if (a.rest().starts_with(",")) {
          std::string_view after = a.rest().substr(1);
          while (!after.empty() && (after.front() == ' ' || after.front() == '\t')) after.remove_prefix(1);
          if (after.starts_with("unique")) {
            a.set_rest(after.substr(6));
            if (!a.eat(',')) {
              st.diag.error(st.loc, "expected comma after unique");  // text to check against gas
              return false;
            }
            int64_t v = 0;
            a.absolute(v);
            unique_id = static_cast<uint32_t>(v);
          }
        }
      } else if (flags & SHF_MERGE) {
        st.diag.warning(st.loc, "entity size for SHF_MERGE not specified");
        flags &= ~(SHF_MERGE | SHF_STRINGS);
      }
    } else if (push) {
      int64_t v = 0;
      a.absolute(v);
      subsection = static_cast<uint32_t>(v);
      if (a.eat(',')) {
        st.diag.error(st.loc, "character following name is not '#'");
        return false;
      }
    } else {
      st.diag.error(st.loc, "character following name is not '#'");
      return false;
    }
  }
  if (!a.end()) return false;
  if (!link_to.empty()) {
    flags |= SHF_LINK_ORDER;
    if (linked.empty()) linked = std::string(link_to);
  }
  if (same_group && !group_flag) {
    const Section& prev = st.as.section(st.cur.sec);
    if (!prev.group.empty()) {
      group = std::string(prev.group);
      comdat = prev.comdat;
    }
  }
  if (group_flag && group.empty()) {
    st.diag.warning(st.loc, "group name for SHF_GROUP not specified");
    flags &= ~SHF_GROUP;
    group_flag = false;
  }
  flags &= ~SHF_GROUP;
  SectionId existing = st.find_section(name, group, unique_id, linked);
  if (table_defaults) {
    flags = SHF_ALLOC | (link_to.empty() ? 0 : SHF_LINK_ORDER);
    flags_given = true;
    type = SHT_PROGBITS;
    type_given = true;
  }
  if (existing == kNoSection) {
    if (const Special* sp = special_for(name)) {
      // BFD's special sections (obj_elf_change_section): the name's type unless one is written, and its flags
      // added to the written ones unless those add something the name does not allow.
      if (!type_given) {
        type = sp->type;
      } else if (type != sp->type) {
        if (sp->type == SHT_INIT_ARRAY || sp->type == SHT_FINI_ARRAY || sp->type == SHT_PREINIT_ARRAY ||
            (sp->flags & SHF_X86_64_LARGE)) {
          st.diag.warningf(st.loc, "ignoring incorrect section type for {}", name);
          type = sp->type;
        } else if (sp->type != SHT_NOTE && type < 0x70000000) {
          st.diag.warningf(st.loc, "setting incorrect section type for {}", name);
        }
      }
      uint64_t extra = (flags & ~(SHF_LINK_ORDER | 0x0ff00000 | 0xf0000000)) & ~sp->flags;
      bool override = false;
      if (extra != 0) {
        uint64_t generic = flags & ~SHF_GNU_RETAIN;
        if (sp->type == SHT_NOTE && (generic == SHF_ALLOC || generic == SHF_EXECINSTR)) {
        } else if (sp->match == Match::Dotted && name.size() > sp->name.size() && name[sp->name.size()] == '.' &&
                   (generic & ~sp->flags & ~SHF_MERGE & ~SHF_STRINGS) == 0) {
        } else if (generic == SHF_EXECINSTR && name == ".note.GNU-stack") {
          override = true;
        } else {
          if (group.empty()) st.diag.warningf(st.loc, "setting incorrect section attributes for {}", name);
          override = true;
        }
      }
      if (!override) flags |= sp->flags;
    } else if (!type_given && (flags & SHF_TLS) == 0 && name.starts_with(".bss")) {
      type = SHT_NOBITS;
    }
  }
  if ((flags & SHF_GNU_MBIND) && !(flags & SHF_ALLOC)) {
    st.diag.errorf(st.loc, "SHF_ALLOC isn't set for GNU_MBIND section: {}", name);
    return false;
  }
  SectionId sec = st.get_section(name, flags_given, flags, type, type_given, entsize, group, comdat, linked,
                                 special_for(name) != nullptr, unique_id);
  if (info) st.as.section(sec).info = info;
  if (push) st.stack.emplace_back(st.cur, st.prev);
  st.switch_to(sec, subsection);
  return true;
}

}  // namespace

void d_text(State& st, Args& a, int which) {
  uint32_t sub = 0;
  if (!a.at_end()) {
    int64_t v = 0;
    a.absolute(v);
    sub = static_cast<uint32_t>(v);
  }
  a.end();
  SectionId sec = which == 0 ? st.text_sec : which == 1 ? st.data_sec : st.bss_sec;
  st.switch_to(sec, sub);
}

void d_section(State& st, Args& a, int) {
  std::string buf;
  std::string_view name = section_name(st, a, buf);
  if (name.empty()) return;
  std::string n(name);
  section_tail(st, a, n, false, false);
}

void d_pushsection(State& st, Args& a, int) {
  std::string buf;
  std::string_view name = section_name(st, a, buf);
  if (name.empty()) return;
  std::string n(name);
  section_tail(st, a, n, true, false);
}

void d_pushsection_table(State& st, Args& a, int) {
  std::string buf;
  a.skip_ws();
  std::string_view name = section_name(st, a, buf);
  if (name.empty()) return;
  std::string code(st.as.section(st.cur.sec).name);
  std::string mapped = st.table_map.map(code, name);
  if (st.opts.table_mode != TableMode::LinkOrder) code.clear();
  a.skip_ws();
  bool has_attrs = !a.rest().empty();
  bool exists = st.find_section(mapped, {}, UINT32_MAX, code) != kNoSection;
  section_tail(st, a, mapped, true, !has_attrs && !exists, code);
}

void d_popsection(State& st, Args& a, int) {
  a.skip_ws();
  st.reread = a.rest();
  if (st.stack.empty()) {
    st.diag.warning(st.loc, ".popsection without corresponding .pushsection; ignored");
    return;
  }
  auto [c, p] = st.stack.back();
  st.stack.pop_back();
  st.switch_to(c.sec, c.subsection);
  st.prev = p;
}

void d_previous(State& st, Args& a, int) {
  a.skip_ws();
  st.reread = a.rest();
  if (st.prev.sec == kNoSection) {
    st.diag.warning(st.loc, ".previous without corresponding .section; ignored");
    return;
  }
  SectionRef p = st.prev;
  st.switch_to(p.sec, p.subsection);
}

void d_subsection(State& st, Args& a, int) {
  int64_t v = 0;
  a.absolute(v);
  if (!a.end()) return;
  st.switch_to(st.cur.sec, static_cast<uint32_t>(v));
}

/// `.table_map "PATTERN", "PREFIX"` (which 0) and `.table_mode prefix|link-order` (which 1).
void d_table_map(State& st, Args& a, int which) {
  if (which == 1) {
    a.skip_ws();
    std::string_view r = a.rest();
    size_t n = 0;
    while (n < r.size() && r[n] != ' ' && r[n] != '\t') ++n;
    std::string_view mode = r.substr(0, n);
    a.set_rest(r.substr(n));
    if (!a.end()) return;
    if (mode == "prefix")
      st.opts.table_mode = TableMode::Prefix;
    else if (mode == "link-order")
      st.opts.table_mode = TableMode::LinkOrder;
    else
      st.diag.errorf(st.loc, "unknown table mode `{}' (want prefix or link-order)", mode);
    return;
  }
  std::string pattern, prefix;
  if (!a.string(pattern)) return;
  if (!a.eat(',')) {
    st.diag.error(st.loc, "expected comma after pattern");
    return;
  }
  if (!a.string(prefix)) return;
  if (!a.end()) return;
  st.table_map.add_rule(pattern, prefix);
}

}  // namespace gasket::directives
