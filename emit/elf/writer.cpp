// The ELF64 relocatable writer, laid out the way BFD lays out GNU as's output.
//
// Section header order: the null header, every SHT_GROUP section (BFD puts them first), then the sections in the
// order they were created, each followed at once by its .rela section, then .symtab, .strtab and .shstrtab.
// File order differs: the contents of the ordinary sections come first (each aligned to its sh_addralign,
// NOBITS taking an offset but no space), then .symtab and .strtab, then all .rela sections, then .shstrtab, then
// the header table aligned to 8. The symbol table holds the null symbol, FILE symbols, the section symbols that
// relocations use, the other local symbols in creation order, then the globals in creation order.
#include "emit/elf/writer.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "emit/elf/compress.hpp"
#include "emit/elf/strtab.hpp"
#include "emit/layout.hpp"

namespace gasket::elf {
namespace {

constexpr uint32_t SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_RELA = 4, SHT_NOBITS = 8, SHT_GROUP = 17;
constexpr uint64_t SHF_INFO_LINK = 0x40, SHF_GROUP = 0x200, SHF_COMPRESSED = 0x800;
constexpr uint16_t SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2;

struct OutSection {
  std::string_view name;
  uint32_t type = 0;
  uint64_t flags = 0;
  uint64_t size = 0;
  uint64_t offset = 0;
  uint64_t align = 1;
  uint64_t entsize = 0;
  uint32_t link = 0;
  uint32_t info = 0;
  uint32_t name_handle = 0;
  // What fills it.
  enum class Fill { None, Section, Rela, Group, Symtab, Strtab, Shstrtab } fill = Fill::None;
  SectionId src = kNoSection;
  uint32_t group = 0;
  std::optional<std::vector<uint8_t>> compressed;  ///< the contents as --compress-debug-sections writes them
};

struct Group {
  std::string_view signature;
  SymbolId sym = kNoSymbol;
  std::vector<SectionId> members;
  uint32_t out_index = 0;
};

template <class T> void put(std::vector<uint8_t>& buf, uint64_t at, T v) {
  std::memcpy(buf.data() + at, &v, sizeof(T));
}

uint64_t align_up(uint64_t v, uint64_t a) { return a <= 1 ? v : (v + a - 1) & ~(a - 1); }

// The bytes of a section as written: its frags, with the resolved fixups patched in.
void fill_contents(Assembly& as, const Section& s, uint8_t* base) {
  materialize(as, s, base);
  for (const Fixup& fx : s.fixups) {
    if (!fx.done) continue;
    uint64_t at = s.frags[fx.frag].address + fx.where;
    uint64_t v = static_cast<uint64_t>(fx.patch);
    for (unsigned b = 0; b < fx.size; ++b) base[at + b] = static_cast<uint8_t>(v >> (8 * b));
  }
}

}  // namespace

void VectorSink::write(const uint8_t* p, size_t n) { out_.insert(out_.end(), p, p + n); }

void FileSink::write(const uint8_t* p, size_t n) {
  if (ok_ && n != 0) ok_ = std::fwrite(p, 1, n, file_) == n;
}

bool write_object(Assembly& as, std::vector<uint8_t>& out) {
  return write_object(as, out, DebugCompression::None);
}

bool write_object(Assembly& as, std::vector<uint8_t>& out, DebugCompression compression) {
  out.clear();
  VectorSink sink(out);
  return write_object(as, sink, compression);
}

bool write_object(Assembly& as, ObjectSink& sink, DebugCompression compression) {
  auto& secs = as.sections();
  // Groups, in the order their first member was created; the signature symbol is made at the end if missing.
  std::vector<Group> groups;
  for (SectionId i = 0; i < secs.size(); ++i) {
    if (secs[i].group.empty()) continue;
    Group* g = nullptr;
    for (Group& gg : groups)
      if (gg.signature == secs[i].group) g = &gg;
    if (!g) {
      groups.push_back(Group{secs[i].group, kNoSymbol, {}, 0});
      g = &groups.back();
    }
    g->members.push_back(i);
  }
  for (Group& g : groups) {
    g.sym = as.find_symbol(g.signature);
    if (g.sym == kNoSymbol || (!as.symbol(g.sym).defined && as.symbol(g.sym).bind == SymBind::Local &&
                               !as.symbol(g.sym).used_in_reloc)) {
      if (g.sym == kNoSymbol) g.sym = as.find_or_make_symbol(g.signature);
      Symbol& s = as.symbol(g.sym);
      s.defined = true;
      s.section = kNoSection;
      s.frag = 0;
      s.offset = 0;
      s.is_temp = false;
      // Move to the end of creation order: gas creates it after everything else.
      as.symbols().push_back(s);
      as.symbol(g.sym).is_temp = true;
      as.symbol(g.sym).defined = false;
      const SymbolId moved = static_cast<SymbolId>(as.symbols().size() - 1);
      if (as.symbol(moved).is_common) as.set_common(moved, as.common(g.sym));
      g.sym = moved;
      as.symbol(g.sym).list_order = UINT32_MAX;
      as.enter_list(g.sym);
    }
  }

  // Symbol table.
  auto& syms = as.symbols();
  std::vector<SymbolId> order;
  // The first .file symbol heads the table (gas inserts it at the root of its symbol list); later ones stay
  // where they were made.
  SymbolId first_file = as.file_symbols().empty() ? kNoSymbol : as.file_symbols().front();
  if (first_file != kNoSymbol) order.push_back(first_file);
  // A symbol equated to an expression that resolve_fixups could not settle (an undefined or common target,
  // a difference) is not written at all.
  for (Symbol& s : syms)
    if (s.equated != kNoExpr) s.is_temp = true;
  auto emitted_local = [&](const Symbol& s) {
    if (s.is_file) return &s != &syms[first_file];
    // Section symbols sit where their section was created, and appear only when a relocation uses them.
    if (s.is_section_symbol) return s.used_in_reloc;
    if (s.is_temp) return s.used_in_reloc && s.defined;
    if (s.bind != SymBind::Local) return false;
    return s.defined || s.is_common;
  };
  auto emitted_global = [&](const Symbol& s) {
    if (s.is_section_symbol || s.is_file) return false;
    // An undefined `.L` symbol that a relocation names is written as an undefined global, as gas does.
    if (s.is_temp) return !s.defined && s.used_in_reloc && s.equated == kNoExpr && !s.is_common;
    if (s.bind != SymBind::Local) return true;
    if (s.defined || s.is_common) return false;
    return s.used_in_reloc || s.referenced;
  };
  // Locals, then globals, each in gas's symbol-list order.
  std::vector<SymbolId> listed;
  for (SymbolId i = 0; i < syms.size(); ++i)
    if (syms[i].list_order != UINT32_MAX && (emitted_local(syms[i]) || emitted_global(syms[i]))) listed.push_back(i);
  for (SymbolId i = 0; i < syms.size(); ++i)
    if (syms[i].list_order == UINT32_MAX && (emitted_local(syms[i]) || emitted_global(syms[i]))) {
      as.enter_list(i);
      listed.push_back(i);
    }
  std::stable_sort(listed.begin(), listed.end(),
                   [&](SymbolId x, SymbolId y) { return syms[x].list_order < syms[y].list_order; });
  for (SymbolId i : listed)
    if (emitted_local(syms[i])) order.push_back(i);
  const uint32_t first_global = static_cast<uint32_t>(order.size() + 1);
  for (SymbolId i : listed)
    if (emitted_global(syms[i])) order.push_back(i);

  // Section headers.
  std::vector<OutSection> outs(1);
  std::vector<uint32_t> sec_index(secs.size(), 0), rela_index(secs.size(), 0);
  for (Group& g : groups) {
    OutSection o;
    o.name = ".group";
    o.type = SHT_GROUP;
    o.align = 4;
    o.entsize = 4;
    o.fill = OutSection::Fill::Group;
    o.group = static_cast<uint32_t>(&g - groups.data());
    g.out_index = static_cast<uint32_t>(outs.size());
    outs.push_back(o);
  }
  for (SectionId i = 0; i < secs.size(); ++i) {
    const Section& s = secs[i];
    OutSection o;
    o.name = s.name;
    o.type = s.type;
    o.flags = s.flags | (s.group.empty() ? 0 : SHF_GROUP);
    o.size = s.size;
    o.align = uint64_t{1} << s.align_pow;
    o.entsize = s.entsize;
    o.info = s.info;
    if (o.entsize == 0 && (o.type == 14 || o.type == 15 || o.type == 16)) o.entsize = 8;
    o.fill = OutSection::Fill::Section;
    o.src = i;
    if (compression != DebugCompression::None && o.type != SHT_NOBITS && s.name.starts_with(".debug_") &&
        s.size >= 32) {
      std::vector<uint8_t> contents(s.size, 0);
      fill_contents(as, s, contents.data());
      o.compressed = compress_debug_contents(contents.data(), contents.size(), o.align, compression);
      if (o.compressed) {
        o.size = o.compressed->size();
        if (compression != DebugCompression::ZlibGnu) {
          o.flags |= SHF_COMPRESSED;
          o.align = 8;
        } else {
          o.name = as.intern(".z" + std::string(s.name.substr(1)));
          o.align = 1;
        }
      }
    }
    sec_index[i] = static_cast<uint32_t>(outs.size());
    outs.push_back(o);
    if (!s.relocs.empty()) {
      OutSection r;
      r.name = as.intern(std::string(".rela") + std::string(o.name));
      r.type = SHT_RELA;
      r.flags = SHF_INFO_LINK | (s.group.empty() ? 0 : SHF_GROUP);
      r.size = s.relocs.size() * 24;
      r.align = 8;
      r.entsize = 24;
      r.info = sec_index[i];
      r.fill = OutSection::Fill::Rela;
      r.src = i;
      rela_index[i] = static_cast<uint32_t>(outs.size());
      outs.push_back(r);
    }
  }
  for (SectionId i = 0; i < secs.size(); ++i) {
    if (secs[i].linked.empty()) continue;
    SectionId target = as.find_section(secs[i].linked);
    if (target == kNoSection) {
      SymbolId sym = as.find_symbol(secs[i].linked);
      if (sym != kNoSymbol) target = as.symbol_section(sym);
    }
    if (target < secs.size()) outs[sec_index[i]].link = sec_index[target];
  }
  // gas writes no symbol table at all when there is no symbol to put in it.
  bool any_relocs = false;
  for (const Section& s : secs) any_relocs |= !s.relocs.empty();
  const bool has_symtab = !order.empty() || any_relocs;
  const uint32_t symtab_idx = has_symtab ? static_cast<uint32_t>(outs.size()) : 0;
  const uint32_t strtab_idx = has_symtab ? symtab_idx + 1 : 0;
  const uint32_t shstrtab_idx = has_symtab ? symtab_idx + 2 : static_cast<uint32_t>(outs.size());
  {
    OutSection o;
    if (has_symtab) {
      o.name = ".symtab"; o.type = SHT_SYMTAB; o.align = 8; o.entsize = 24; o.link = strtab_idx;
      o.fill = OutSection::Fill::Symtab;
      outs.push_back(o);
      o = OutSection{};
      o.name = ".strtab"; o.type = SHT_STRTAB; o.fill = OutSection::Fill::Strtab;
      outs.push_back(o);
    }
    o = OutSection{};
    o.name = ".shstrtab"; o.type = SHT_STRTAB; o.fill = OutSection::Fill::Shstrtab;
    outs.push_back(o);
  }
  for (OutSection& o : outs)
    if (o.type == SHT_RELA) o.link = symtab_idx;

  if (has_symtab) {
    outs[symtab_idx].info = first_global;
    outs[symtab_idx].size = (order.size() + 1) * 24;
  }
  std::vector<uint32_t> sym_index(syms.size(), 0);
  for (size_t k = 0; k < order.size(); ++k) sym_index[order[k]] = static_cast<uint32_t>(k + 1);
  for (Group& g : groups) outs[g.out_index].info = sym_index[g.sym];
  for (Group& g : groups) outs[g.out_index].link = symtab_idx;
  for (Group& g : groups) {
    uint64_t n = 1;
    for (SectionId m : g.members) n += rela_index[m] ? 2 : 1;
    outs[g.out_index].size = n * 4;
  }

  StrTab strtab;
  std::vector<uint32_t> name_handle(order.size(), 0);
  for (size_t k = 0; k < order.size(); ++k) {
    const Symbol& s = syms[order[k]];
    if (!s.is_section_symbol) name_handle[k] = strtab.add(s.name) + 1;
  }
  strtab.finalize();
  if (has_symtab) outs[strtab_idx].size = strtab.bytes().size();

  StrTab shstr;
  uint32_t h_symtab = has_symtab ? shstr.add(".symtab") : 0;
  uint32_t h_strtab = has_symtab ? shstr.add(".strtab") : 0;
  uint32_t h_shstrtab = shstr.add(".shstrtab");
  for (OutSection& o : outs) {
    if (o.fill == OutSection::Fill::Section) {
      o.name_handle = shstr.add(o.name);
      uint32_t r = rela_index[o.src];
      if (r) outs[r].name_handle = shstr.add(outs[r].name);
    }
  }
  for (OutSection& o : outs)
    if (o.fill == OutSection::Fill::Group) o.name_handle = shstr.add(o.name);
  if (has_symtab) {
    outs[symtab_idx].name_handle = h_symtab;
    outs[strtab_idx].name_handle = h_strtab;
  }
  outs[shstrtab_idx].name_handle = h_shstrtab;
  shstr.finalize();
  outs[shstrtab_idx].size = shstr.bytes().size();

  // File layout.
  uint64_t off = 64;
  for (OutSection& o : outs) {
    if (o.fill != OutSection::Fill::Section && o.fill != OutSection::Fill::Group) continue;
    off = align_up(off, o.align);
    o.offset = off;
    if (o.type != SHT_NOBITS) off += o.size;
  }
  if (has_symtab) {
    off = align_up(off, 8);
    outs[symtab_idx].offset = off;
    off += outs[symtab_idx].size;
    outs[strtab_idx].offset = off;
    off += outs[strtab_idx].size;
  }
  for (OutSection& o : outs) {
    if (o.fill != OutSection::Fill::Rela) continue;
    off = align_up(off, 8);
    o.offset = off;
    off += o.size;
  }
  outs[shstrtab_idx].offset = off;
  off += outs[shstrtab_idx].size;
  off = align_up(off, 8);
  const uint64_t shoff = off;

  // The file is written front to back, a piece at a time: the ELF header, each section's contents with the
  // padding ahead of it, the section header table. A piece is made in `buf` and handed to the sink, so the
  // biggest section, not the whole object, is what is held at once.
  std::vector<uint8_t> buf;
  uint64_t written = 0;
  // Starts the piece of `size` bytes at file offset `offset`: zeros from the end of the last piece through the
  // piece. Returns where the piece starts in `buf`.
  auto begin_piece = [&](uint64_t offset, uint64_t size) {
    buf.assign(offset - written + size, 0);
    return offset - written;
  };
  auto end_piece = [&] {
    sink.write(buf.data(), buf.size());
    written += buf.size();
  };

  // ELF header.
  begin_piece(0, 64);
  static const uint8_t ident[16] = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  std::memcpy(buf.data(), ident, 16);
  // BFD marks the object ELFOSABI_GNU when it uses a GNU extension: SHF_GNU_RETAIN, SHF_GNU_MBIND,
  // STT_GNU_IFUNC or STB_GNU_UNIQUE.
  bool gnu = false;
  for (const Section& s : secs) gnu |= (s.flags & (0x200000 | 0x01000000)) != 0;
  for (SymbolId id : order) gnu |= syms[id].type == 10 || syms[id].gnu_unique;
  if (gnu) buf[7] = 3;
  put<uint16_t>(buf, 16, 1);      // ET_REL
  put<uint16_t>(buf, 18, 62);     // EM_X86_64
  put<uint32_t>(buf, 20, 1);
  put<uint64_t>(buf, 40, shoff);
  put<uint16_t>(buf, 52, 64);
  put<uint16_t>(buf, 58, 64);
  put<uint16_t>(buf, 60, static_cast<uint16_t>(outs.size()));
  put<uint16_t>(buf, 62, static_cast<uint16_t>(shstrtab_idx));

  end_piece();

  // Contents, in file order (the offsets only grow along it).
  std::vector<uint32_t> file_order;
  for (uint32_t i = 1; i < outs.size(); ++i)
    if (outs[i].fill != OutSection::Fill::None && outs[i].type != SHT_NOBITS) file_order.push_back(i);
  std::stable_sort(file_order.begin(), file_order.end(),
                   [&](uint32_t x, uint32_t y) { return outs[x].offset < outs[y].offset; });
  // One buffer, as big as the biggest piece, serves every piece.
  uint64_t biggest = outs.size() * 64, end = 64;
  for (uint32_t i : file_order) {
    biggest = std::max(biggest, outs[i].offset + outs[i].size - end);
    end = outs[i].offset + outs[i].size;
  }
  buf.reserve(biggest);
  for (uint32_t i : file_order) {
    const OutSection& o = outs[i];
    const uint64_t base = begin_piece(o.offset, o.size);
    switch (o.fill) {
      case OutSection::Fill::Section: {
        Section& s = secs[o.src];
        if (o.compressed)
          std::memcpy(buf.data() + base, o.compressed->data(), o.compressed->size());
        else
          fill_contents(as, s, buf.data() + base);
        break;
      }
      case OutSection::Fill::Rela: {
        uint64_t at = base;
        for (const Relocation& r : secs[o.src].relocs) {
          uint64_t symi = r.sym == kNoSymbol ? 0 : sym_index[r.sym];
          put<uint64_t>(buf, at, r.offset);
          put<uint64_t>(buf, at + 8, (symi << 32) | r.type);
          put<int64_t>(buf, at + 16, r.addend);
          at += 24;
        }
        break;
      }
      case OutSection::Fill::Group: {
        const Group& g = groups[o.group];
        uint64_t at = base;
        put<uint32_t>(buf, at, secs[g.members.front()].comdat ? 1 : 0);
        at += 4;
        for (SectionId m : g.members) {
          put<uint32_t>(buf, at, sec_index[m]);
          at += 4;
          if (rela_index[m]) {
            put<uint32_t>(buf, at, rela_index[m]);
            at += 4;
          }
        }
        break;
      }
      case OutSection::Fill::Symtab: {
        uint64_t at = base + 24;
        for (size_t k = 0; k < order.size(); ++k, at += 24) {
          Symbol& s = syms[order[k]];
          uint8_t bind = s.bind == SymBind::Global ? 1 : s.bind == SymBind::Weak ? 2 : 0;
          if (s.gnu_unique) bind = 10;
          if (s.bind == SymBind::Local && !s.defined && !s.is_common && !s.is_file) bind = 1;
          uint8_t type = s.type;
          if (s.is_file) type = 4;
          // A label in a TLS section, and a symbol used with a TLS specifier, are STT_TLS.
          if ((type == 0 || type == 1) && !s.is_section_symbol && s.section < secs.size() &&
              (secs[s.section].flags & 0x400))
            type = 6;
          if (type == 0 && s.tls) type = 6;
          uint16_t shndx = 0;
          uint64_t value = 0, size = 0;
          SectionId sec = s.is_file ? kAbsSection : as.symbol_section(order[k]);
          for (const Group& g : groups)
            if (g.sym == order[k] && !s.used_in_reloc && as.symbol(g.sym).bind == SymBind::Local &&
                s.section == kNoSection) {
              sec = kNoSection;
              shndx = static_cast<uint16_t>(g.out_index);
            }
          if (sec == kNoSection) {
          } else if (s.is_common && !s.defined) {
            shndx = SHN_COMMON;
            value = as.common(order[k]).align;
            size = as.common(order[k]).size;
          } else if (sec == kAbsSection) {
            shndx = SHN_ABS;
            value = s.is_file ? 0 : as.symbol_address(order[k]);
          } else if (sec < secs.size()) {
            shndx = static_cast<uint16_t>(sec_index[sec]);
            value = s.is_section_symbol ? 0 : as.symbol_address(order[k]);
          }
          if (s.size_expr != kNoExpr) {
            Value v = as.resolve(s.size_expr);
            if (v.is_const()) size = static_cast<uint64_t>(v.offset);
          } else if (s.is_common) {
            size = as.common(order[k]).size;
          }
          put<uint32_t>(buf, at, s.is_section_symbol ? 0 : strtab.offset(name_handle[k] - 1));
          buf[at + 4] = static_cast<uint8_t>((bind << 4) | (type & 0xf));
          buf[at + 5] = s.visibility;
          put<uint16_t>(buf, at + 6, shndx);
          put<uint64_t>(buf, at + 8, value);
          put<uint64_t>(buf, at + 16, size);
        }
        break;
      }
      case OutSection::Fill::Strtab:
        std::memcpy(buf.data() + base, strtab.bytes().data(), strtab.bytes().size());
        break;
      case OutSection::Fill::Shstrtab:
        std::memcpy(buf.data() + base, shstr.bytes().data(), shstr.bytes().size());
        break;
      case OutSection::Fill::None: break;
    }
    end_piece();
  }

  // Section headers.
  const uint64_t headers = begin_piece(shoff, outs.size() * 64);
  for (size_t i = 1; i < outs.size(); ++i) {
    const OutSection& o = outs[i];
    uint64_t at = headers + i * 64;
    const StrTab& names = shstr;
    put<uint32_t>(buf, at, names.offset(o.name_handle));
    put<uint32_t>(buf, at + 4, o.type);
    put<uint64_t>(buf, at + 8, o.flags);
    put<uint64_t>(buf, at + 24, o.offset);
    put<uint64_t>(buf, at + 32, o.size);
    put<uint32_t>(buf, at + 40, o.link);
    put<uint32_t>(buf, at + 44, o.info);
    put<uint64_t>(buf, at + 48, o.align);
    put<uint64_t>(buf, at + 56, o.entsize);
  }
  end_piece();
  return as.diag().error_count() == 0;
}

}  // namespace gasket::elf
