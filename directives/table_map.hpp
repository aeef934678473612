// The `.pushsection_table` mapping: which table section pairs with the section being assembled.
//
// A rule is a glob over the current section's name and the prefix to put before the table's name. User rules
// (`--table-map`, then `.table_map` in source order) are tried before the built-in ones, which send tables
// from `.init.*`/`.text.init`/`.data.init` code to `.init.NAME` and from `.exit.*`/`.text.exit`/`.data.exit`
// to `.exit.NAME`. With no match the table is NAME itself. Keeping this a pure function of (rules, current
// section, NAME) is what makes it testable row by row.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gasket::directives {

/// One mapping rule: sections matching `pattern` put their tables under `prefix` + NAME.
struct TableRule {
  std::string pattern;
  std::string prefix;
};

/// The ordered rule list.
class TableMap {
 public:
  /// Starts with the built-in rules unless `defaults` is false.
  explicit TableMap(bool defaults = true) : defaults_(defaults) {}
  /// Adds a user rule; user rules are tried in the order added, before the built-in ones.
  void add_rule(std::string_view pattern, std::string_view prefix) {
    user_.push_back(TableRule{std::string(pattern), std::string(prefix)});
  }
  void set_defaults(bool on) { defaults_ = on; }
  /// The section a table named `table` maps to while `current` is the current section.
  std::string map(std::string_view current, std::string_view table) const;

 private:
  std::vector<TableRule> user_;
  bool defaults_;
};

/// Shell-style glob match (`*`, `?`, `[...]`, `[!...]`).
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace gasket::directives
