// The table audit: does every entry of a code table live exactly as long as the code it points to?
//
// The tables come in families named by the prefix `.pushsection_table` puts before the table's name: the base
// table (`__ex_table`), the init table (`.init.__ex_table`), the exit table, and whatever user `--table-map` rules
// add. Code sections fall into the same families through the same rules (directives/table_map.cpp, compiled in
// here, so the audit and the assembler cannot disagree). An entry's key (the address it is looked up by) must be
// in its table's own family: a base-table entry keyed in init code dangles once init is freed, and an init-table
// entry keyed in base code is freed while its code lives on. Other code pointers (fixups, handlers) may also
// point into base code, which outlives every family. A table that is SHF_LINK_ORDER must, in addition, only
// hold entries for its linked-to section, or `ld --gc-sections` would drop or keep them with the wrong code.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "directives/table_map.hpp"
#include "tools/dwarf_line.hpp"
#include "tools/elf_file.hpp"
#include "tools/layout.hpp"

namespace gasket::tools {

/// Where a code pointer leads.
struct Target {
  enum class Kind : uint8_t { Section, Undefined, Nowhere };
  Kind kind = Kind::Nowhere;
  int section = -1;        ///< index in the file (Section)
  std::string name;        ///< section name, or the undefined symbol's name
  uint64_t offset = 0;     ///< within the section (Section), else the raw address
  std::string symbol;      ///< nearest symbol at or below, "" if none
  uint64_t symbol_offset = 0;
};

/// One entry field that points where it must not.
struct Violation {
  uint64_t entry = 0;
  std::string field;
  Target target;
  std::string target_family;
  std::string message;
  std::optional<SourceLine> source;  ///< the target's source line, when the file has `.debug_line` for it
};

/// What the audit found in one table section.
struct TableReport {
  std::string section;
  uint32_t index = 0;
  std::string layout;
  uint32_t entry_size = 0;
  uint64_t entries = 0;
  std::string family;      ///< "base", "init", "exit", ...
  std::string linked_to;   ///< SHF_LINK_ORDER target section, "" if none
  /// Key targets per family, then per section of that family.
  std::map<std::string, std::map<std::string, uint64_t>> families;
  std::vector<Violation> violations;
  std::string error;       ///< the table could not be read with this layout
};

/// Everything found in one file.
struct FileReport {
  std::string path;
  std::string kind;        ///< "relocatable", "executable", "shared"
  std::vector<TableReport> tables;
  std::string error;
  std::string line_error;  ///< `.debug_line` could not be (fully) decoded; sources may be missing
  uint64_t violation_count() const;
};

/// What to audit and how families are named.
struct AuditConfig {
  std::vector<Layout> layouts;           ///< at most one per base table name
  directives::TableMap map;              ///< the assembler's mapping rules
  std::vector<std::string> prefixes;     ///< every prefix a rule can produce ("" is implied)
};

/// The family a prefix names: "" is "base", ".init." is "init".
std::string family_name(std::string_view prefix);

/// A target as text: `section+0xoff`, `undefined NAME` or `0xaddr (in no section)`.
std::string describe_target(const Target& t);

/// Audits every table section of `file` that a layout of `config` names.
FileReport audit(const ElfFile& file, const AuditConfig& config);

}  // namespace gasket::tools
