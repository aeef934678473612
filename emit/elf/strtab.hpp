// ELF string tables with suffix merging, as BFD's elf-strtab builds them.
//
// BFD adds each name once (a hash table keyed by the string), then sorts all names by their reversed text and
// lets a name that is a suffix of another point into it (".text" into ".rela.text"). Names that are not merged
// are laid out in the order they were first added. Byte identity with GNU as depends on reproducing both the
// merge choice and that order.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gasket::elf {

/// A string table under construction: add() names, finalize(), then offset() of each.
class StrTab {
 public:
  /// Adds a name (idempotent) and returns its handle.
  uint32_t add(std::string_view s);
  /// Lays out the table; afterwards offset() and bytes() are valid.
  void finalize();
  /// Offset of a handle within the table.
  uint32_t offset(uint32_t handle) const { return entries_[handle].offset; }
  /// The laid-out table (starts with a NUL byte).
  const std::string& bytes() const { return data_; }

 private:
  struct Entry {
    std::string_view text;
    uint32_t offset = 0;
    int32_t suffix_of = -1;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::string_view, uint32_t> index_;
  std::string data_;
};

}  // namespace gasket::elf
