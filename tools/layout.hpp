// Table entry layouts: what each field of a table entry is, and the presets for the kernel's code tables.
//
// A layout is written the way a kernel header declares the struct, one field per comma:
//     rel32 insn, rel32 fixup, i32 data
// `rel32`/`rel64` are self-relative pointers (the value is target minus the field's own address, what
// `.long 1b - .` assembles to), `abs32`/`abs64` are absolute addresses (`.quad 1b`); both point at code and are
// audited unless the field starts with the word `data` (`data rel64 key` points at a static key, not code).
// `i8`..`u64` are plain numbers and `padN` skips N bytes. The first audited field is the entry's key: the
// address the kernel looks the entry up by, which must live exactly as long as the table holding the entry.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gasket::tools {

/// How a field's bytes are read.
enum class FieldKind : uint8_t { Relative, Absolute, Number, Pad };

/// One field of a table entry.
struct Field {
  std::string name;
  FieldKind kind = FieldKind::Number;
  uint8_t size = 4;
  bool is_signed = false;
  bool code = false;  ///< a pointer into code: audited
};

/// A table entry layout.
struct Layout {
  std::string name;         ///< preset name, or "custom"
  std::string table;        ///< base table section name (`__ex_table`); mapped names add a prefix
  std::string description;  ///< where the layout comes from
  std::vector<Field> fields;
  uint32_t entry_size = 0;  ///< bytes per entry (sum of the fields)
  /// Index of the key field (the first code pointer), or -1 when the layout has none.
  int key() const;
};

/// Parses a layout written as above; on failure returns nullopt and sets `error`.
std::optional<Layout> parse_layout(std::string_view spec, std::string& error);

/// The built-in presets, in the order `--list-presets` prints them.
std::span<const Layout> presets();

/// The preset named `name`, or nullptr.
const Layout* find_preset(std::string_view name);

/// The layout assumed for a table section called `table` when no preset is named: the first preset for it.
const Layout* default_preset_for(std::string_view table);

/// The layout written back as a spec string.
std::string layout_spec(const Layout& l);

}  // namespace gasket::tools
