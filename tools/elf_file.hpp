// A read-only view of an ELF64 little-endian x86-64 file: sections, symbols and RELA relocations.
//
// The audit needs two different readings of the same table bytes. In a relocatable object a field that points at
// code is usually still zero or a bare addend: the real target is the relocation at that offset (symbol + addend,
// whether the field is PC-relative or absolute). In a linked executable or shared object the relocations are gone
// and the field holds the final value: an address, or for self-relative fields a distance from the field's own
// address. This reader offers both views and leaves the decision to the caller; it copies nothing but the file.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gasket::tools {

/// One section header with its name resolved.
struct ElfSection {
  std::string name;
  uint32_t type = 0;
  uint64_t flags = 0;
  uint64_t addr = 0;
  uint64_t offset = 0;
  uint64_t size = 0;
  uint32_t link = 0;
  uint32_t info = 0;
  uint64_t entsize = 0;
};

/// One symbol-table entry with its name resolved.
struct ElfSymbol {
  std::string name;
  uint64_t value = 0;
  uint64_t size = 0;
  uint16_t shndx = 0;
  uint8_t type = 0;  ///< STT_*
  uint8_t bind = 0;  ///< STB_*
};

/// One RELA entry.
struct ElfReloc {
  uint64_t offset = 0;
  uint32_t type = 0;
  uint32_t sym = 0;
  int64_t addend = 0;
};

/// A whole ELF file held in memory.
class ElfFile {
 public:
  /// Reads and checks `path`; on failure returns nullopt and sets `error`.
  static std::optional<ElfFile> load(const std::string& path, std::string& error);

  const std::string& path() const { return path_; }
  bool relocatable() const { return type_ == 1; }  ///< ET_REL
  uint16_t elf_type() const { return type_; }
  const std::vector<ElfSection>& sections() const { return sections_; }
  const std::vector<ElfSymbol>& symbols() const { return symbols_; }
  /// The contents of section `index` (empty for SHT_NOBITS).
  std::string_view contents(uint32_t index) const;
  /// The RELA relocations that apply to section `index`, sorted by offset.
  std::vector<ElfReloc> relocations_for(uint32_t index) const;
  /// The allocated section holding address `addr`, or -1.
  int section_at(uint64_t addr) const;
  /// The function or label symbol nearest at or below `value` in section `shndx` ("" if none), and its value.
  const ElfSymbol* symbol_near(uint32_t shndx, uint64_t value) const;

 private:
  std::string path_;
  std::string data_;
  uint16_t type_ = 0;
  std::vector<ElfSection> sections_;
  std::vector<ElfSymbol> symbols_;
};

}  // namespace gasket::tools
