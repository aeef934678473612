// Source lines for code addresses: a decoder of DWARF 2-5 line programs (`.debug_line`).
//
// The audit names a violation's target by section+offset and nearest symbol; when the file carries line info (an
// object assembled with `-g`/`--gdwarf-N`, a binary compiled with `gcc -g`) it can also say which source line put
// the instruction there. The decoder runs every line program of `.debug_line` into a row table of sequences. In a
// relocatable object each sequence starts with DW_LNE_set_address whose operand is still zero plus an R_X86_64_64
// relocation (against the code section's symbol, or a function's): the sequence is then keyed by that symbol's
// section and its addresses are offsets in it. DWARF 5 `DW_FORM_line_strp` names are found the same way through their
// R_X86_64_32 relocations against `.debug_line_str`. In a linked file the addresses are final and the sequences are
// keyed by address. Compressed debug sections are not read (the lookup just finds nothing).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tools/elf_file.hpp"

namespace gasket::tools {

/// One source position.
struct SourceLine {
  std::string file;   ///< as the line program names it: `dir/name` unless the directory is the compilation one
  uint64_t line = 0;
  uint64_t column = 0;
};

/// The decoded line programs of one file.
class LineTable {
 public:
  /// Decodes `file`'s `.debug_line` (an empty table if there is none). A malformed program stops decoding at that
  /// unit; `error` then says why and the units decoded so far stay usable.
  static LineTable load(const ElfFile& file, std::string& error);

  bool empty() const { return sequences_.empty(); }
  /// The source line of `offset` in section `section` (for linked files: of that section's address + offset).
  std::optional<SourceLine> lookup(const ElfFile& file, int section, uint64_t offset) const;

  struct Row {
    uint64_t address = 0;
    uint32_t file = 0;  ///< index into files_
    uint64_t line = 0;
    uint64_t column = 0;
  };
  struct Sequence {
    int section = -1;         ///< relocatable objects: the section the addresses are offsets in; -1: absolute
    uint64_t begin = 0, end = 0;
    std::vector<Row> rows;    ///< by address; the end_sequence row is not kept (its address is `end`)
  };

 private:
  std::vector<std::string> files_;
  std::vector<Sequence> sequences_;
  friend class LineProgramReader;
};

}  // namespace gasket::tools
