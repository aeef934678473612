#include "tools/dwarf_line.hpp"

#include <elf.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string_view>

namespace gasket::tools {
namespace {

// DWARF constants (DWARF 5 §7.22, §7.7.1 forms).
constexpr uint8_t DW_LNS_copy = 1, DW_LNS_advance_pc = 2, DW_LNS_advance_line = 3, DW_LNS_set_file = 4,
                  DW_LNS_set_column = 5, DW_LNS_negate_stmt = 6, DW_LNS_set_basic_block = 7,
                  DW_LNS_const_add_pc = 8, DW_LNS_fixed_advance_pc = 9, DW_LNS_set_prologue_end = 10,
                  DW_LNS_set_epilogue_begin = 11, DW_LNS_set_isa = 12;
constexpr uint8_t DW_LNE_end_sequence = 1, DW_LNE_set_address = 2, DW_LNE_define_file = 3,
                  DW_LNE_set_discriminator = 4;
constexpr uint64_t DW_LNCT_path = 1, DW_LNCT_directory_index = 2;
constexpr uint64_t DW_FORM_block2 = 0x03, DW_FORM_block4 = 0x04, DW_FORM_data2 = 0x05, DW_FORM_data4 = 0x06,
                   DW_FORM_data8 = 0x07, DW_FORM_string = 0x08, DW_FORM_block = 0x09, DW_FORM_block1 = 0x0a,
                   DW_FORM_data1 = 0x0b, DW_FORM_sdata = 0x0d, DW_FORM_strp = 0x0e, DW_FORM_udata = 0x0f,
                   DW_FORM_data16 = 0x1e, DW_FORM_line_strp = 0x1f;

struct Malformed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A bounds-checked little-endian cursor over one section.
struct Cursor {
  std::string_view d;
  uint64_t pos = 0;
  uint64_t end = 0;

  void need(uint64_t n) const {
    if (pos > end || end - pos < n) throw Malformed("runs past the end of its unit");
  }
  uint64_t fixed(unsigned n) {
    need(n);
    uint64_t v = 0;
    std::memcpy(&v, d.data() + pos, n);  // x86-64 files are little-endian, as is the host
    pos += n;
    return v;
  }
  uint8_t u8() { return static_cast<uint8_t>(fixed(1)); }
  uint64_t uleb() {
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
      uint8_t b = u8();
      if (shift < 64) v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  int64_t sleb() {
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t b;
    do {
      b = u8();
      if (shift < 64) v |= static_cast<uint64_t>(b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~uint64_t{0} << shift;
    return static_cast<int64_t>(v);
  }
  std::string cstr() {
    need(1);
    size_t z = d.find('\0', pos);
    if (z == std::string_view::npos || z >= end) throw Malformed("unterminated string");
    std::string s(d.substr(pos, z - pos));
    pos = z + 1;
    return s;
  }
  void skip(uint64_t n) {
    need(n);
    pos += n;
  }
};

}  // namespace

/// Decodes the units of one `.debug_line` into a LineTable.
class LineProgramReader {
 public:
  LineProgramReader(const ElfFile& file, LineTable& out) : file_(file), out_(out) {}

  void run(uint32_t index) {
    data_ = file_.contents(index);
    if (file_.relocatable()) relocs_ = file_.relocations_for(index);
    for (uint32_t i = 0; i < file_.sections().size(); ++i) {
      const std::string& n = file_.sections()[i].name;
      if (n == ".debug_line_str") line_str_ = static_cast<int>(i);
      if (n == ".debug_str") str_ = static_cast<int>(i);
    }
    uint64_t pos = 0;
    while (data_.size() - pos >= 4) pos = unit(pos);
  }

 private:
  const ElfFile& file_;
  LineTable& out_;
  std::string_view data_;
  std::vector<ElfReloc> relocs_;
  int line_str_ = -1, str_ = -1;

  const ElfReloc* reloc_at(uint64_t offset) const {
    auto it = std::lower_bound(relocs_.begin(), relocs_.end(), offset,
                               [](const ElfReloc& r, uint64_t o) { return r.offset < o; });
    return it != relocs_.end() && it->offset == offset ? &*it : nullptr;
  }

  /// A section offset field (a `strp`): the value, or in an object its relocation's symbol + addend.
  uint64_t offset_field(Cursor& c, unsigned size) {
    uint64_t at = c.pos;
    uint64_t v = c.fixed(size);
    if (const ElfReloc* r = reloc_at(at); r && r->sym < file_.symbols().size())
      v = file_.symbols()[r->sym].value + static_cast<uint64_t>(r->addend);
    return v;
  }

  std::string string_in(int section, uint64_t offset) const {
    if (section < 0) throw Malformed("a string form refers to a missing string section");
    std::string_view s = file_.contents(static_cast<uint32_t>(section));
    if (offset >= s.size()) throw Malformed("a string offset is past its section");
    size_t z = s.find('\0', offset);
    return std::string(s.substr(offset, z == std::string_view::npos ? std::string_view::npos : z - offset));
  }

  /// Reads one attribute of a DWARF 5 directory or file entry; strings go to `str`, numbers to `num`.
  void form(Cursor& c, uint64_t f, unsigned offset_size, std::string& str, uint64_t& num) {
    switch (f) {
      case DW_FORM_string: str = c.cstr(); break;
      case DW_FORM_line_strp: str = string_in(line_str_, offset_field(c, offset_size)); break;
      case DW_FORM_strp: str = string_in(str_, offset_field(c, offset_size)); break;
      case DW_FORM_udata: num = c.uleb(); break;
      case DW_FORM_sdata: num = static_cast<uint64_t>(c.sleb()); break;
      case DW_FORM_data1: num = c.fixed(1); break;
      case DW_FORM_data2: num = c.fixed(2); break;
      case DW_FORM_data4: num = c.fixed(4); break;
      case DW_FORM_data8: num = c.fixed(8); break;
      case DW_FORM_data16: c.skip(16); break;  // the MD5
      case DW_FORM_block: c.skip(c.uleb()); break;
      case DW_FORM_block1: c.skip(c.fixed(1)); break;
      case DW_FORM_block2: c.skip(c.fixed(2)); break;
      case DW_FORM_block4: c.skip(c.fixed(4)); break;
      default: throw Malformed("unsupported form " + std::to_string(f) + " in an entry format");
    }
  }

  /// Reads a DWARF 5 entry-format description and its entries: (path, directory index) per entry.
  std::vector<std::pair<std::string, uint64_t>> entries(Cursor& c, unsigned offset_size) {
    uint8_t nformat = c.u8();
    std::vector<std::pair<uint64_t, uint64_t>> format;
    for (uint8_t i = 0; i < nformat; ++i) {
      uint64_t type = c.uleb();
      format.emplace_back(type, c.uleb());
    }
    uint64_t count = c.uleb();
    std::vector<std::pair<std::string, uint64_t>> out;
    for (uint64_t i = 0; i < count; ++i) {
      std::string path;
      uint64_t dir = 0;
      for (const auto& [type, f] : format) {
        std::string s;
        uint64_t n = 0;
        form(c, f, offset_size, s, n);
        if (type == DW_LNCT_path) path = std::move(s);
        if (type == DW_LNCT_directory_index) dir = n;
      }
      out.emplace_back(std::move(path), dir);
    }
    return out;
  }

  /// Decodes the unit at `start`; returns where the next one starts.
  uint64_t unit(uint64_t start) {
    Cursor c{data_, start, data_.size()};
    uint64_t length = c.fixed(4);
    unsigned offset_size = 4;
    if (length == 0xffffffff) {
      length = c.fixed(8);
      offset_size = 8;
    }
    if (length > data_.size() - c.pos) throw Malformed("unit length runs past the section");
    uint64_t unit_end = c.pos + length;
    c.end = unit_end;
    unsigned version = static_cast<unsigned>(c.fixed(2));
    if (version < 2 || version > 5) throw Malformed("line program version " + std::to_string(version));
    unsigned address_size = 8;
    if (version >= 5) {
      address_size = c.u8();
      c.u8();  // segment selector size
    }
    uint64_t header_length = c.fixed(offset_size);
    if (header_length > unit_end - c.pos) throw Malformed("header length runs past the unit");
    uint64_t program = c.pos + header_length;
    uint8_t min_inst = c.u8();
    uint8_t max_ops = version >= 4 ? c.u8() : 1;
    if (max_ops == 0) max_ops = 1;
    bool default_is_stmt = c.u8() != 0;
    (void)default_is_stmt;
    int8_t line_base = static_cast<int8_t>(c.u8());
    uint8_t line_range = c.u8();
    uint8_t opcode_base = c.u8();
    if (line_range == 0) throw Malformed("line_range is 0");
    std::vector<uint8_t> std_lengths;
    for (unsigned i = 1; i < opcode_base; ++i) std_lengths.push_back(c.u8());

    // Unit file index -> index in out_.files_.
    std::vector<uint32_t> files;
    std::vector<std::string> dirs;
    auto add_file = [&](const std::string& name, uint64_t dir) {
      std::string path = name;
      // Directory 0 is the compilation directory in every version: names relative to it stay as written.
      if (!name.starts_with('/') && dir != 0) {
        uint64_t d = version >= 5 ? dir : dir - 1;
        if (d < dirs.size() && !dirs[d].empty()) path = dirs[d] + "/" + name;
      }
      out_.files_.push_back(std::move(path));
      files.push_back(static_cast<uint32_t>(out_.files_.size() - 1));
    };
    if (version >= 5) {
      for (auto& [path, d] : entries(c, offset_size)) dirs.push_back(std::move(path));
      for (auto& [path, d] : entries(c, offset_size)) add_file(path, d);
    } else {
      for (std::string s = c.cstr(); !s.empty(); s = c.cstr()) dirs.push_back(std::move(s));
      files.push_back(UINT32_MAX);  // file 0 is not a file before DWARF 5
      for (std::string s = c.cstr(); !s.empty(); s = c.cstr()) {
        uint64_t dir = c.uleb();
        c.uleb();  // mtime
        c.uleb();  // length
        add_file(s, dir);
      }
    }

    c.pos = program;
    LineTable::Sequence seq;
    LineTable::Row row;
    uint64_t file = 1, op_index = 0;
    auto reset = [&] {
      seq = LineTable::Sequence{};
      row = LineTable::Row{};
      row.line = 1;
      file = 1;
      op_index = 0;
    };
    reset();
    auto emit = [&] {
      row.file = file < files.size() ? files[file] : UINT32_MAX;
      if (seq.rows.empty()) seq.begin = row.address;
      seq.rows.push_back(row);
    };
    auto advance = [&](uint64_t operation_advance) {
      uint64_t ops = op_index + operation_advance;
      row.address += min_inst * (ops / max_ops);
      op_index = ops % max_ops;
    };
    while (c.pos < unit_end) {
      uint8_t op = c.u8();
      if (op >= opcode_base) {
        unsigned adjusted = op - opcode_base;
        advance(adjusted / line_range);
        row.line += static_cast<uint64_t>(static_cast<int64_t>(line_base) + adjusted % line_range);
        emit();
        continue;
      }
      switch (op) {
        case 0: {
          uint64_t len = c.uleb();
          if (len == 0) break;
          c.need(len);
          uint64_t next = c.pos + len;
          uint8_t sub = c.u8();
          if (sub == DW_LNE_end_sequence) {
            seq.end = row.address;
            if (!seq.rows.empty()) {
              std::stable_sort(seq.rows.begin(), seq.rows.end(),
                               [](const LineTable::Row& a, const LineTable::Row& b) { return a.address < b.address; });
              seq.begin = std::min(seq.begin, seq.rows.front().address);
              out_.sequences_.push_back(std::move(seq));
            }
            reset();
          } else if (sub == DW_LNE_set_address) {
            uint64_t at = c.pos;
            unsigned n = static_cast<unsigned>(len - 1);
            if (n == 0 || n > 8) throw Malformed("set_address with a " + std::to_string(n) + "-byte operand");
            row.address = c.fixed(n);
            op_index = 0;
            if (file_.relocatable()) {
              const ElfReloc* r = reloc_at(at);
              seq.section = -2;  // no relocation: the address means nothing in an object
              if (r && r->sym < file_.symbols().size()) {
                const ElfSymbol& s = file_.symbols()[r->sym];
                if (s.shndx != SHN_UNDEF && s.shndx < file_.sections().size()) {
                  seq.section = s.shndx;
                  row.address = s.value + static_cast<uint64_t>(r->addend);
                }
              }
            }
          } else if (sub == DW_LNE_define_file) {
            std::string name = c.cstr();
            uint64_t dir = c.uleb();
            add_file(name, dir);
          } else if (sub == DW_LNE_set_discriminator) {
            c.uleb();
          }
          (void)address_size;
          c.pos = next;
          break;
        }
        case DW_LNS_copy: emit(); break;
        case DW_LNS_advance_pc: advance(c.uleb()); break;
        case DW_LNS_advance_line: row.line += static_cast<uint64_t>(c.sleb()); break;
        case DW_LNS_set_file: file = c.uleb(); break;
        case DW_LNS_set_column: row.column = c.uleb(); break;
        case DW_LNS_negate_stmt:
        case DW_LNS_set_basic_block:
        case DW_LNS_set_prologue_end:
        case DW_LNS_set_epilogue_begin: break;
        case DW_LNS_const_add_pc: advance((255u - opcode_base) / line_range); break;
        case DW_LNS_fixed_advance_pc:
          row.address += c.fixed(2);
          op_index = 0;
          break;
        case DW_LNS_set_isa: c.uleb(); break;
        default:  // an opcode this version does not know: skip its ULEB operands
          for (unsigned i = 0; i < std_lengths[op - 1]; ++i) c.uleb();
      }
    }
    return unit_end;
  }
};

LineTable LineTable::load(const ElfFile& file, std::string& error) {
  LineTable t;
  for (uint32_t i = 0; i < file.sections().size(); ++i) {
    const ElfSection& s = file.sections()[i];
    if (s.name != ".debug_line" || s.type == SHT_NOBITS) continue;
    if (s.flags & SHF_COMPRESSED) {
      error = ".debug_line is compressed (not supported)";
      break;
    }
    try {
      LineProgramReader(file, t).run(i);
    } catch (const Malformed& e) {
      error = std::string(".debug_line: ") + e.what();
    }
    break;
  }
  return t;
}

std::optional<SourceLine> LineTable::lookup(const ElfFile& file, int section, uint64_t offset) const {
  if (section < 0 || static_cast<size_t>(section) >= file.sections().size()) return std::nullopt;
  bool rel = file.relocatable();
  uint64_t addr = rel ? offset : file.sections()[static_cast<size_t>(section)].addr + offset;
  for (const Sequence& s : sequences_) {
    if (rel ? s.section != section : s.section != -1) continue;
    if (!rel && s.begin == 0) continue;  // a sequence of code the linker dropped
    if (addr < s.begin || addr >= s.end) continue;
    auto it = std::upper_bound(s.rows.begin(), s.rows.end(), addr,
                               [](uint64_t a, const Row& r) { return a < r.address; });
    if (it == s.rows.begin()) continue;
    const Row& r = *std::prev(it);
    SourceLine out;
    out.file = r.file < files_.size() ? files_[r.file] : "?";
    out.line = r.line;
    out.column = r.column;
    return out;
  }
  return std::nullopt;
}

}  // namespace gasket::tools
