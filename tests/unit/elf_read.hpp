// A small ELF64 reader for comparing objects field by field in unit tests, plus the test data lookup.
#pragma once
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace gasket::test {

/// One section header with its name resolved.
struct ElfSection {
  std::string name;
  uint32_t type = 0;
  uint64_t flags = 0, offset = 0, size = 0, addralign = 0, entsize = 0;
  uint32_t link = 0, info = 0;
  std::vector<uint8_t> contents;  ///< empty for SHT_NOBITS
};

/// A parsed relocatable ELF64 object: header fields, sections, symbols and relocations as text rows.
struct ElfObject {
  bool ok = false;
  std::string ident;  ///< e_ident as hex
  uint16_t type = 0, machine = 0, ehsize = 0, shentsize = 0, shnum = 0, shstrndx = 0, phnum = 0;
  uint32_t version = 0, flags = 0;
  uint64_t entry = 0, shoff = 0, phoff = 0;
  std::vector<ElfSection> sections;
  std::vector<std::string> symbols;      ///< "NAME type=T bind=B vis=V shndx=N value=X size=S"
  std::vector<std::string> relocations;  ///< "SECTION+OFFSET TYPE SYMBOL ADDEND"
};

namespace detail {
template <class T> T get(const std::vector<uint8_t>& d, uint64_t at) {
  T v{};
  if (at + sizeof(T) <= d.size()) std::memcpy(&v, d.data() + at, sizeof(T));
  return v;
}
inline std::string cstr(const std::vector<uint8_t>& d, uint64_t at) {
  std::string s;
  while (at < d.size() && d[at]) s.push_back(static_cast<char>(d[at++]));
  return s;
}
}  // namespace detail

/// Parses `d`; `ok` is false if it is not a well-formed ELF64 relocatable object.
inline ElfObject parse_elf(const std::vector<uint8_t>& d) {
  using detail::get;
  ElfObject o;
  if (d.size() < 64 || std::memcmp(d.data(), "\x7f" "ELF", 4) != 0) return o;
  for (int i = 0; i < 16; ++i) o.ident += fmt::format("{:02x}", d[i]);
  o.type = get<uint16_t>(d, 16);
  o.machine = get<uint16_t>(d, 18);
  o.version = get<uint32_t>(d, 20);
  o.entry = get<uint64_t>(d, 24);
  o.phoff = get<uint64_t>(d, 32);
  o.shoff = get<uint64_t>(d, 40);
  o.flags = get<uint32_t>(d, 48);
  o.ehsize = get<uint16_t>(d, 52);
  o.phnum = get<uint16_t>(d, 56);
  o.shentsize = get<uint16_t>(d, 58);
  o.shnum = get<uint16_t>(d, 60);
  o.shstrndx = get<uint16_t>(d, 62);
  if (o.shoff + uint64_t{o.shnum} * 64 > d.size() || o.shstrndx >= o.shnum) return o;
  std::vector<uint32_t> name_offsets;
  for (uint16_t i = 0; i < o.shnum; ++i) {
    uint64_t h = o.shoff + uint64_t{i} * 64;
    ElfSection s;
    name_offsets.push_back(get<uint32_t>(d, h));
    s.type = get<uint32_t>(d, h + 4);
    s.flags = get<uint64_t>(d, h + 8);
    s.offset = get<uint64_t>(d, h + 24);
    s.size = get<uint64_t>(d, h + 32);
    s.link = get<uint32_t>(d, h + 40);
    s.info = get<uint32_t>(d, h + 44);
    s.addralign = get<uint64_t>(d, h + 48);
    s.entsize = get<uint64_t>(d, h + 56);
    if (s.type != 8 && s.offset + s.size <= d.size())
      s.contents.assign(d.begin() + static_cast<long>(s.offset), d.begin() + static_cast<long>(s.offset + s.size));
    o.sections.push_back(std::move(s));
  }
  uint64_t shstr = o.sections[o.shstrndx].offset;
  for (uint16_t i = 0; i < o.shnum; ++i) o.sections[i].name = detail::cstr(d, shstr + name_offsets[i]);
  std::vector<std::string> symbol_names;
  for (const ElfSection& s : o.sections) {
    if (s.type != 2) continue;  // SHT_SYMTAB
    uint64_t strtab = s.link < o.sections.size() ? o.sections[s.link].offset : 0;
    for (uint64_t k = 0; k * 24 < s.size; ++k) {
      uint64_t e = s.offset + k * 24;
      std::string name = detail::cstr(d, strtab + get<uint32_t>(d, e));
      uint8_t info = get<uint8_t>(d, e + 4);
      uint8_t other = get<uint8_t>(d, e + 5);
      uint16_t shndx = get<uint16_t>(d, e + 6);
      if ((info & 0xf) == 3 && shndx < o.sections.size()) name = o.sections[shndx].name;  // STT_SECTION
      symbol_names.push_back(name);
      o.symbols.push_back(fmt::format("{} type={} bind={} vis={} shndx={} value={:#x} size={}", name, info & 0xf,
                                      info >> 4, other & 3, shndx, get<uint64_t>(d, e + 8),
                                      get<uint64_t>(d, e + 16)));
    }
  }
  for (const ElfSection& s : o.sections) {
    if (s.type != 4) continue;  // SHT_RELA
    std::string target = s.info < o.sections.size() ? o.sections[s.info].name : "?";
    for (uint64_t k = 0; k * 24 < s.size; ++k) {
      uint64_t e = s.offset + k * 24;
      uint64_t info = get<uint64_t>(d, e + 8);
      uint64_t sym = info >> 32;
      o.relocations.push_back(fmt::format("{}+{:#x} type={} {} {}", target, get<uint64_t>(d, e), info & 0xffffffff,
                                          sym < symbol_names.size() ? symbol_names[sym] : "?",
                                          get<int64_t>(d, e + 16)));
    }
  }
  o.ok = true;
  return o;
}

/// Finds tests/unit/data/NAME: $GASKET_UNIT_DATA, else upwards from the test executable and the working directory.
inline std::filesystem::path data_file(std::string_view name) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("GASKET_UNIT_DATA")) return fs::path(env) / name;
  std::vector<fs::path> starts;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) starts.push_back(exe.parent_path());
  starts.push_back(fs::current_path(ec));
  for (fs::path p : starts) {
    for (int up = 0; up < 5 && !p.empty(); ++up, p = p.parent_path()) {
      fs::path candidate = p / "tests" / "unit" / "data" / name;
      if (fs::exists(candidate, ec)) return candidate;
    }
  }
  return fs::path("tests/unit/data") / name;
}

/// Reads a whole file; empty if missing.
inline std::vector<uint8_t> read_bytes(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

}  // namespace gasket::test
