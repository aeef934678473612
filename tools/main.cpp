// gasket-tables: audit code tables (__ex_table and the rest) against the sections their entries point into.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "tools/audit.hpp"
#include "tools/report.hpp"

namespace {

using gasket::tools::Layout;

void usage(std::FILE* f) {
  fmt::print(f,
             "Usage: gasket-tables [option...] FILE...\n"
             "Audits the code tables of ELF x86-64 objects, executables and shared objects: counts where each\n"
             "table's entries point and reports entries that outlive or are outlived by their code (a base\n"
             "table entry into .init/.exit code, an .init.TABLE entry outside init code, ...).\n"
             "Exit status: 0 clean, 1 violations found, 2 usage error or unreadable input.\n"
             "Options:\n"
             "  --preset NAME           audit NAME's table with NAME's layout (repeatable; see --list-presets);\n"
             "                          default: every preset table, with the first preset of each table name\n"
             "  --entry SPEC            a custom entry layout, e.g. 'rel32 insn, rel32 fixup, i32 data'\n"
             "  --table NAME            the base table name for --entry (default __ex_table)\n"
             "  --table-map PATTERN=PREFIX, --no-default-table-map\n"
             "                          the assembler's mapping rules, to name section families alike\n"
             "  --json                  machine-readable report\n"
             "  -v, --verbose           a summary line even for clean files\n"
             "  --list-presets          print the presets and their layouts\n"
             "  --help                  print this message\n");
}

void list_presets() {
  for (const Layout& l : gasket::tools::presets())
    fmt::print("{:<18} {:<20} {:>2} bytes  {}\n    {}\n", l.name, l.table, l.entry_size,
               gasket::tools::layout_spec(l), l.description);
}

bool add_layout(std::vector<Layout>& layouts, Layout l) {
  for (const Layout& have : layouts)
    if (have.table == l.table) {
      fmt::print(stderr, "gasket-tables: two layouts for {}: {} and {}\n", l.table, have.name, l.name);
      return false;
    }
  layouts.push_back(std::move(l));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  gasket::tools::AuditConfig config;
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> rules;
  std::string entry, table = "__ex_table";
  bool json = false, verbose = false, defaults = true;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string_view opt) -> const char* {
      if (a.size() > opt.size() && a.starts_with(opt) && a[opt.size()] == '=') return argv[i] + opt.size() + 1;
      if (a != opt) return nullptr;
      if (i + 1 >= argc) {
        fmt::print(stderr, "gasket-tables: {} needs an argument\n", opt);
        std::exit(2);
      }
      return argv[++i];
    };
    if (const char* v = value("--preset")) {
      const Layout* l = gasket::tools::find_preset(v);
      if (!l) {
        fmt::print(stderr, "gasket-tables: no preset `{}' (see --list-presets)\n", v);
        return 2;
      }
      if (!add_layout(config.layouts, *l)) return 2;
    } else if (const char* v = value("--entry")) {
      entry = v;
    } else if (const char* v = value("--table")) {
      table = v;
    } else if (const char* v = value("--table-map")) {
      std::string_view m = v;
      size_t eq = m.find('=');
      if (eq == std::string_view::npos || eq == 0) {
        fmt::print(stderr, "gasket-tables: --table-map wants PATTERN=PREFIX, got `{}'\n", m);
        return 2;
      }
      rules.emplace_back(std::string(m.substr(0, eq)), std::string(m.substr(eq + 1)));
    } else if (a == "--no-default-table-map") {
      defaults = false;
    } else if (a == "--json") {
      json = true;
    } else if (a == "-v" || a == "--verbose") {
      verbose = true;
    } else if (a == "--list-presets") {
      list_presets();
      return 0;
    } else if (a == "--help" || a == "-h") {
      usage(stdout);
      return 0;
    } else if (!a.empty() && a[0] != '-') {
      files.emplace_back(a);
    } else {
      fmt::print(stderr, "gasket-tables: unrecognized option `{}'\n", a);
      usage(stderr);
      return 2;
    }
  }
  if (files.empty()) {
    usage(stderr);
    return 2;
  }
  if (!entry.empty()) {
    std::string error;
    std::optional<Layout> l = gasket::tools::parse_layout(entry, error);
    if (!l) {
      fmt::print(stderr, "gasket-tables: --entry: {}\n", error);
      return 2;
    }
    l->table = table;
    if (!add_layout(config.layouts, *l)) return 2;
  }
  if (config.layouts.empty())
    for (const Layout& l : gasket::tools::presets())
      if (gasket::tools::default_preset_for(l.table) == &l) config.layouts.push_back(l);
  config.map.set_defaults(defaults);
  if (defaults) config.prefixes = {".init.", ".exit."};
  for (const auto& [pattern, prefix] : rules) {
    config.map.add_rule(pattern, prefix);
    if (!prefix.empty()) config.prefixes.push_back(prefix);
  }

  std::vector<gasket::tools::FileReport> reports;
  bool unreadable = false;
  for (const std::string& path : files) {
    std::string error;
    std::optional<gasket::tools::ElfFile> f = gasket::tools::ElfFile::load(path, error);
    if (!f) {
      gasket::tools::FileReport r;
      r.path = path;
      r.error = error;
      reports.push_back(std::move(r));
      unreadable = true;
      continue;
    }
    reports.push_back(gasket::tools::audit(*f, config));
    for (const gasket::tools::TableReport& t : reports.back().tables) unreadable |= !t.error.empty();
  }
  if (json)
    gasket::tools::print_json(stdout, reports);
  else
    gasket::tools::print_text(stdout, reports, verbose);
  uint64_t violations = 0;
  for (const gasket::tools::FileReport& r : reports) violations += r.violation_count();
  return violations ? 1 : unreadable ? 2 : 0;
}
