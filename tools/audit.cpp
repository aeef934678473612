#include "tools/audit.hpp"

#include <elf.h>

#include <cstring>

#include <fmt/format.h>

namespace gasket::tools {
namespace {

int64_t read_field(std::string_view bytes, uint64_t pos, const Field& f) {
  uint64_t raw = 0;
  std::memcpy(&raw, bytes.data() + pos, f.size);
  if (f.is_signed && f.size < 8) {
    uint64_t sign = uint64_t{1} << (f.size * 8 - 1);
    raw = (raw ^ sign) - sign;
  }
  return static_cast<int64_t>(raw);
}

void name_symbol(const ElfFile& file, Target& t, uint64_t value_in_file) {
  if (t.kind != Target::Kind::Section) return;
  if (const ElfSymbol* s = file.symbol_near(static_cast<uint32_t>(t.section), value_in_file)) {
    t.symbol = s->name;
    t.symbol_offset = value_in_file - s->value;
  }
}

Target resolve_relocatable(const ElfFile& file, uint32_t table, const std::vector<ElfReloc>& relocs, uint64_t pos,
                           const Field& f, int64_t value) {
  Target t;
  const ElfReloc* r = nullptr;
  for (const ElfReloc& c : relocs)
    if (c.offset == pos) r = &c;
  if (!r) {
    if (f.kind == FieldKind::Relative) {
      t.kind = Target::Kind::Section;
      t.section = static_cast<int>(table);
      t.offset = pos + static_cast<uint64_t>(value);
    } else {
      t.offset = static_cast<uint64_t>(value);
    }
  } else if (r->sym >= file.symbols().size()) {
    t.name = "(bad symbol index)";
  } else {
    const ElfSymbol& s = file.symbols()[r->sym];
    if (s.shndx == SHN_UNDEF || s.shndx == SHN_COMMON) {
      t.kind = Target::Kind::Undefined;
      t.name = s.name;
      t.offset = static_cast<uint64_t>(r->addend);
      return t;
    }
    if (s.shndx == SHN_ABS || s.shndx >= file.sections().size()) {
      t.offset = s.value + static_cast<uint64_t>(r->addend);
    } else {
      // `.long X - .` is R_X86_64_PC32 against X with the field's own address folded out, and `.quad X` is
      // R_X86_64_64 against X: either way symbol + addend is the place the entry means.
      t.kind = Target::Kind::Section;
      t.section = s.shndx;
      t.offset = s.value + static_cast<uint64_t>(r->addend);
    }
  }
  if (t.kind == Target::Kind::Section) {
    t.name = file.sections()[static_cast<size_t>(t.section)].name;
    name_symbol(file, t, t.offset);
  }
  return t;
}

Target resolve_linked(const ElfFile& file, const ElfSection& table, uint64_t pos, const Field& f, int64_t value) {
  Target t;
  uint64_t addr = f.kind == FieldKind::Relative ? table.addr + pos + static_cast<uint64_t>(value)
                                                 : static_cast<uint64_t>(value);
  int sec = file.section_at(addr);
  if (sec < 0) {
    t.offset = addr;
    return t;
  }
  t.kind = Target::Kind::Section;
  t.section = sec;
  t.name = file.sections()[static_cast<size_t>(sec)].name;
  t.offset = addr - file.sections()[static_cast<size_t>(sec)].addr;
  name_symbol(file, t, addr);
  return t;
}

/// The prefix before `layout.table` in `name` if `name` is one of that table's sections, else nullopt.
std::optional<std::string> table_prefix(std::string_view name, const Layout& layout, const AuditConfig& config) {
  if (!name.ends_with(layout.table)) return std::nullopt;
  std::string prefix(name.substr(0, name.size() - layout.table.size()));
  if (prefix.empty()) return prefix;
  for (const std::string& p : config.prefixes)
    if (p == prefix) return prefix;
  return std::nullopt;
}

}  // namespace

std::string describe_target(const Target& t) {
  switch (t.kind) {
    case Target::Kind::Undefined: return fmt::format("undefined {}", t.name);
    case Target::Kind::Nowhere: return fmt::format("{:#x} (in no section)", t.offset);
    case Target::Kind::Section: break;
  }
  return fmt::format("{}+{:#x}", t.name, t.offset);
}

namespace {

void audit_table(const ElfFile& file, uint32_t index, const Layout& layout, const std::string& prefix,
                 const AuditConfig& config, TableReport& rep) {
  const ElfSection& sec = file.sections()[index];
  rep.section = sec.name;
  rep.index = index;
  rep.layout = layout.name;
  rep.entry_size = layout.entry_size;
  rep.family = family_name(prefix);
  if (sec.flags & SHF_LINK_ORDER && sec.link < file.sections().size())
    rep.linked_to = file.sections()[sec.link].name;
  if (layout.entry_size == 0 || sec.size % layout.entry_size != 0) {
    rep.error = fmt::format("size {} is not a multiple of the {}-byte {} entry: another layout? (--preset, --entry)",
                            sec.size, layout.entry_size, layout.name);
    return;
  }
  rep.entries = sec.size / layout.entry_size;
  std::string_view bytes = file.contents(index);
  std::vector<ElfReloc> relocs = file.relocatable() ? file.relocations_for(index) : std::vector<ElfReloc>{};
  const int key = layout.key();
  for (uint64_t e = 0; e < rep.entries; ++e) {
    uint64_t field_pos = e * layout.entry_size;
    for (size_t fi = 0; fi < layout.fields.size(); field_pos += layout.fields[fi].size, ++fi) {
      const Field& f = layout.fields[fi];
      if (!f.code) continue;
      int64_t value = read_field(bytes, field_pos, f);
      Target t = file.relocatable() ? resolve_relocatable(file, index, relocs, field_pos, f, value)
                                    : resolve_linked(file, sec, field_pos, f, value);
      std::string fam = t.kind == Target::Kind::Section     ? family_name(config.map.map(t.name, ""))
                        : t.kind == Target::Kind::Undefined ? std::string("undefined")
                                                            : std::string("none");
      const bool is_key = static_cast<int>(fi) == key;
      if (is_key) ++rep.families[fam][t.kind == Target::Kind::Section ? t.name : describe_target(t)];
      std::string why;
      std::string expected =
          t.kind == Target::Kind::Section ? config.map.map(t.name, layout.table) : std::string();
      if (t.kind == Target::Kind::Nowhere) {
        why = "points into no section: the code it names is gone";
      } else if (t.kind == Target::Kind::Section && fam != rep.family) {
        if (rep.family == "base")
          why = fmt::format("points into {} section {}: dangles once {} code is freed (belongs in {})", fam, t.name,
                            fam, expected);
        else if (fam == "base" && is_key)
          why = fmt::format("points outside {} sections, into {}: freed with {} code while its code stays "
                            "(belongs in {})",
                            rep.family, t.name, rep.family, expected);
        else if (fam != "base")
          why = fmt::format("points into {} section {} from a {} table (belongs in {})", fam, t.name, rep.family,
                            expected);
      }
      if (why.empty() && is_key && !rep.linked_to.empty() && file.relocatable() &&
          t.kind == Target::Kind::Section && t.section != static_cast<int>(sec.link))
        why = fmt::format("table is linked to {} but the entry is for {}: --gc-sections would keep or drop it "
                          "with the wrong code",
                          rep.linked_to, t.name);
      if (why.empty()) continue;
      rep.violations.push_back(Violation{e, f.name, t, fam, why, std::nullopt});
    }
  }
}

}  // namespace

std::string family_name(std::string_view prefix) {
  if (prefix.empty()) return "base";
  std::string out;
  for (char c : prefix)
    if (c != '.') out.push_back(c);
    else if (!out.empty() && out.back() != '.') out.push_back('.');
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out.empty() ? std::string(prefix) : out;
}

uint64_t FileReport::violation_count() const {
  uint64_t n = 0;
  for (const TableReport& t : tables) n += t.violations.size();
  return n;
}

FileReport audit(const ElfFile& file, const AuditConfig& config) {
  FileReport rep;
  rep.path = file.path();
  rep.kind = file.relocatable() ? "relocatable" : file.elf_type() == ET_DYN ? "shared" : "executable";
  for (uint32_t i = 0; i < file.sections().size(); ++i) {
    const ElfSection& s = file.sections()[i];
    if (s.type != SHT_PROGBITS) continue;
    for (const Layout& l : config.layouts) {
      std::optional<std::string> prefix = table_prefix(s.name, l, config);
      if (!prefix) continue;
      TableReport t;
      audit_table(file, i, l, *prefix, config, t);
      rep.tables.push_back(std::move(t));
      break;
    }
  }
  // Source lines only for violations: a file without `.debug_line` (or with nothing for the target) keeps none.
  if (rep.violation_count()) {
    LineTable lines = LineTable::load(file, rep.line_error);
    if (!lines.empty())
      for (TableReport& t : rep.tables)
        for (Violation& v : t.violations)
          if (v.target.kind == Target::Kind::Section) v.source = lines.lookup(file, v.target.section, v.target.offset);
  }
  return rep;
}

}  // namespace gasket::tools
