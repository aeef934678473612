#include "tools/elf_file.hpp"

#include <elf.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

namespace gasket::tools {
namespace {

template <class T>
bool read_at(std::string_view data, uint64_t off, T& out) {
  if (off > data.size() || data.size() - off < sizeof(T)) return false;
  std::memcpy(&out, data.data() + off, sizeof(T));
  return true;
}

std::string c_string(std::string_view table, uint64_t off) {
  if (off >= table.size()) return {};
  std::string_view s = table.substr(off);
  return std::string(s.substr(0, s.find('\0')));
}

}  // namespace

std::optional<ElfFile> ElfFile::load(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  ElfFile f;
  f.path_ = path;
  f.data_ = ss.str();
  std::string_view d = f.data_;
  Elf64_Ehdr eh;
  if (!read_at(d, 0, eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) {
    error = path + ": not an ELF file";
    return std::nullopt;
  }
  if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB || eh.e_machine != EM_X86_64) {
    error = path + ": not an ELF64 little-endian x86-64 file";
    return std::nullopt;
  }
  f.type_ = eh.e_type;
  std::vector<Elf64_Shdr> raw(eh.e_shnum);
  for (uint16_t i = 0; i < eh.e_shnum; ++i)
    if (!read_at(d, eh.e_shoff + uint64_t{i} * sizeof(Elf64_Shdr), raw[i])) {
      error = path + ": truncated section headers";
      return std::nullopt;
    }
  std::string_view shstr;
  if (eh.e_shstrndx < raw.size() && raw[eh.e_shstrndx].sh_offset <= d.size())
    shstr = d.substr(raw[eh.e_shstrndx].sh_offset, raw[eh.e_shstrndx].sh_size);
  for (const Elf64_Shdr& h : raw) {
    ElfSection s;
    s.name = c_string(shstr, h.sh_name);
    s.type = h.sh_type;
    s.flags = h.sh_flags;
    s.addr = h.sh_addr;
    s.offset = h.sh_offset;
    s.size = h.sh_size;
    s.link = h.sh_link;
    s.info = h.sh_info;
    s.entsize = h.sh_entsize;
    if (s.type != SHT_NOBITS && (s.offset > d.size() || d.size() - s.offset < s.size)) {
      error = path + ": section " + s.name + " runs past the end of the file";
      return std::nullopt;
    }
    f.sections_.push_back(std::move(s));
  }
  for (const ElfSection& s : f.sections_) {
    if (s.type != SHT_SYMTAB) continue;
    std::string_view strtab = s.link < f.sections_.size() ? f.contents(s.link) : std::string_view{};
    for (uint64_t off = 0; off + sizeof(Elf64_Sym) <= s.size; off += sizeof(Elf64_Sym)) {
      Elf64_Sym raw_sym;
      read_at(d, s.offset + off, raw_sym);
      ElfSymbol sym;
      sym.name = c_string(strtab, raw_sym.st_name);
      sym.value = raw_sym.st_value;
      sym.size = raw_sym.st_size;
      sym.shndx = raw_sym.st_shndx;
      sym.type = ELF64_ST_TYPE(raw_sym.st_info);
      sym.bind = ELF64_ST_BIND(raw_sym.st_info);
      if (sym.type == STT_SECTION && sym.name.empty() && sym.shndx < f.sections_.size())
        sym.name = f.sections_[sym.shndx].name;
      f.symbols_.push_back(std::move(sym));
    }
    break;
  }
  return f;
}

std::string_view ElfFile::contents(uint32_t index) const {
  const ElfSection& s = sections_.at(index);
  if (s.type == SHT_NOBITS) return {};
  return std::string_view(data_).substr(s.offset, s.size);
}

std::vector<ElfReloc> ElfFile::relocations_for(uint32_t index) const {
  std::vector<ElfReloc> out;
  for (uint32_t i = 0; i < sections_.size(); ++i) {
    const ElfSection& s = sections_[i];
    if (s.type != SHT_RELA || s.info != index) continue;
    std::string_view d = contents(i);
    for (uint64_t off = 0; off + sizeof(Elf64_Rela) <= d.size(); off += sizeof(Elf64_Rela)) {
      Elf64_Rela r;
      std::memcpy(&r, d.data() + off, sizeof r);
      out.push_back(ElfReloc{r.r_offset, static_cast<uint32_t>(ELF64_R_TYPE(r.r_info)),
                             static_cast<uint32_t>(ELF64_R_SYM(r.r_info)), r.r_addend});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const ElfReloc& a, const ElfReloc& b) { return a.offset < b.offset; });
  return out;
}

int ElfFile::section_at(uint64_t addr) const {
  int best = -1;
  for (uint32_t i = 0; i < sections_.size(); ++i) {
    const ElfSection& s = sections_[i];
    if (!(s.flags & SHF_ALLOC) || s.size == 0) continue;
    if (addr >= s.addr && addr - s.addr < s.size) {
      // Overlaps only come from TLS NOBITS sections; prefer the section with bytes.
      if (best < 0 || sections_[best].type == SHT_NOBITS) best = static_cast<int>(i);
    }
  }
  return best;
}

const ElfSymbol* ElfFile::symbol_near(uint32_t shndx, uint64_t value) const {
  const ElfSymbol* best = nullptr;
  for (const ElfSymbol& s : symbols_) {
    if (s.shndx != shndx || s.name.empty() || s.type == STT_SECTION || s.type == STT_FILE) continue;
    if (s.value > value) continue;
    if (s.size != 0 && value - s.value >= s.size && s.type == STT_FUNC) continue;
    if (!best || s.value > best->value || (s.value == best->value && s.type == STT_FUNC && best->type != STT_FUNC))
      best = &s;
  }
  return best;
}

}  // namespace gasket::tools
