// emit/elf/writer (with emit/layout): objects built by gasket compared with GNU as 2.40's objects for the same
// text, tests/unit/data/X.s -> X.o (regenerate with tests/unit/data/regen.sh). Each area (header, sections,
// symbols, relocations, contents) is compared on its own so a failure names the field and the case; the
// explicit rows below restate what those gas objects show (readelf -hSsrW), so the rules stay readable here.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "emit/elf/compress.hpp"
#include "emit/elf/writer.hpp"
#include "emit/layout.hpp"
#include "tests/unit/elf_read.hpp"
#include "tests/unit/unit_support.hpp"

using namespace gasket;
using gasket::test::Driver;
using gasket::test::ElfObject;

namespace {

constexpr const char* kCases[] = {"empty", "nop_ret", "symbols", "relocs", "relax", "sections"};

/// gas's object and gasket's object for tests/unit/data/NAME.s.
struct Pair {
  std::vector<uint8_t> gas_bytes, our_bytes;
  ElfObject gas, ours;
  std::string messages;
};

Pair assemble_case(const std::string& name) {
  Pair p;
  p.gas_bytes = test::read_bytes(test::data_file(name + ".o"));
  std::vector<uint8_t> src = test::read_bytes(test::data_file(name + ".s"));
  REQUIRE_MESSAGE(!p.gas_bytes.empty(), "missing " << test::data_file(name + ".o").string());
  std::string text(src.begin(), src.end());
  Driver d;
  d.run(text, name + ".s");
  p.our_bytes = d.object();
  p.messages = d.messages;
  p.gas = test::parse_elf(p.gas_bytes);
  p.ours = test::parse_elf(p.our_bytes);
  REQUIRE(p.gas.ok);
  return p;
}

std::string hex(const std::vector<uint8_t>& v) {
  std::string s;
  for (uint8_t b : v) s += fmt::format("{:02x}", b);
  return s;
}

/// Section headers as comparable text, one row per section.
std::vector<std::string> section_rows(const ElfObject& o) {
  std::vector<std::string> rows;
  for (const test::ElfSection& s : o.sections)
    rows.push_back(fmt::format("{} type={} flags={:#x} off={:#x} size={:#x} link={} info={} align={} entsize={}",
                               s.name, s.type, s.flags, s.offset, s.size, s.link, s.info, s.addralign, s.entsize));
  return rows;
}

std::vector<std::string> section_names(const ElfObject& o) {
  std::vector<std::string> names;
  for (const test::ElfSection& s : o.sections) names.push_back(s.name);
  return names;
}

/// CHECKs two row lists equal row by row, so a failure shows the first differing row.
void check_rows(const std::vector<std::string>& ours, const std::vector<std::string>& gas) {
  CHECK(ours.size() == gas.size());
  for (size_t i = 0; i < std::min(ours.size(), gas.size()); ++i) {
    CAPTURE(i);
    CHECK(ours[i] == gas[i]);
  }
}

}  // namespace

TEST_CASE("elf: every case assembles without messages") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    CHECK(p.messages.empty());
    CHECK(p.ours.ok);
  }
}

TEST_CASE("elf: header fields match gas") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    REQUIRE(p.ours.ok);
    CHECK(p.ours.ident == p.gas.ident);
    CHECK(p.ours.type == p.gas.type);
    CHECK(p.ours.machine == p.gas.machine);
    CHECK(p.ours.version == p.gas.version);
    CHECK(p.ours.entry == p.gas.entry);
    CHECK(p.ours.phoff == p.gas.phoff);
    CHECK(p.ours.phnum == p.gas.phnum);
    CHECK(p.ours.shoff == p.gas.shoff);
    CHECK(p.ours.flags == p.gas.flags);
    CHECK(p.ours.ehsize == p.gas.ehsize);
    CHECK(p.ours.shentsize == p.gas.shentsize);
    CHECK(p.ours.shnum == p.gas.shnum);
    CHECK(p.ours.shstrndx == p.gas.shstrndx);
  }
}

TEST_CASE("elf: gas's header: ELF64, little-endian, REL, x86-64, SYSV ABI, no program headers") {
  Pair p = assemble_case("nop_ret");
  REQUIRE(p.ours.ok);
  CHECK(p.ours.ident == "7f454c46020101000000000000000000");
  CHECK(p.ours.type == 1);     // ET_REL
  CHECK(p.ours.machine == 62); // EM_X86_64
  CHECK(p.ours.version == 1);
  CHECK(p.ours.ehsize == 64);
  CHECK(p.ours.shentsize == 64);
  CHECK(p.ours.phnum == 0);
  CHECK(p.ours.phoff == 0);
}

TEST_CASE("elf: section headers match gas") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    REQUIRE(p.ours.ok);
    check_rows(section_rows(p.ours), section_rows(p.gas));
  }
}

TEST_CASE("elf: gas's section order") {
  SUBCASE("empty input: no .symtab or .strtab") {
    Pair p = assemble_case("empty");
    REQUIRE(p.ours.ok);
    CHECK(section_names(p.ours) == std::vector<std::string>{"", ".text", ".data", ".bss", ".shstrtab"});
  }
  SUBCASE("groups first, each .rela after its section, then .symtab .strtab .shstrtab") {
    Pair p = assemble_case("sections");
    REQUIRE(p.ours.ok);
    CHECK(section_names(p.ours) ==
          std::vector<std::string>{"", ".group", ".text", ".data", ".rela.data", ".bss", ".rodata.str1.1",
                                   ".text.hot", ".tbss", ".note.GNU-stack", ".text.f", ".symtab", ".strtab",
                                   ".shstrtab"});
  }
}

TEST_CASE("elf: symbol tables match gas") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    REQUIRE(p.ours.ok);
    check_rows(p.ours.symbols, p.gas.symbols);
  }
}

TEST_CASE("elf: gas's symbol order") {
  // FILE first; section symbols only for sections some relocation uses, at their section's position; locals
  // by first mention (r in .rodata has no relocation, so .rodata has no section symbol); then globals and
  // weaks by first mention (.globl g2 before g1), undefined ones included.
  Pair p = assemble_case("symbols");
  REQUIRE(p.ours.ok);
  std::vector<std::string> names;
  for (const std::string& s : p.ours.symbols) names.push_back(s.substr(0, s.find(' ')));
  CHECK(names == std::vector<std::string>{"", "symbols.s", ".text", ".data", "l1", "l2", "d1", "later", "r", "g2",
                                          "g1", "ext", "w"});
  const test::ElfSection* symtab = nullptr;
  for (const test::ElfSection& s : p.ours.sections)
    if (s.name == ".symtab") symtab = &s;
  REQUIRE(symtab);
  CHECK(symtab->info == 9);  // first non-local symbol
}

TEST_CASE("elf: relocations match gas") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    REQUIRE(p.ours.ok);
    check_rows(p.ours.relocations, p.gas.relocations);
  }
}

TEST_CASE("elf: gas's relocations for locals, externals and specifiers") {
  // readelf -rW relocs.o: locals go through their section symbol with the offset in the addend; a GOTPCREL
  // load of a 64-bit register becomes REX_GOTPCRELX; `.long x - .` in one section needs no relocation.
  Pair p = assemble_case("relocs");
  REQUIRE(p.ours.ok);
  check_rows(p.ours.relocations, std::vector<std::string>{
                                     ".text+0x2 type=2 .data -4",     // movl x(%rip): PC32 .data-4
                                     ".text+0x9 type=11 ext 0",       // movq $ext: 32S
                                     ".text+0x10 type=11 ext 8",      // movl ext+8: 32S
                                     ".text+0x15 type=4 ext -4",      // call ext@PLT: PLT32
                                     ".text+0x1c type=42 ext -4",     // REX_GOTPCRELX
                                     ".text+0x23 type=2 .data 0",     // leaq .Lloc(%rip): .data+4-4
                                     ".data+0x4 type=1 ext -4",       // .quad ext - 4
                                     ".data+0xc type=10 ext 0",       // .long ext: R_X86_64_32
                                     ".data+0x10 type=12 ext 0",      // .word
                                     ".data+0x12 type=14 ext 0",      // .byte
                                     ".data+0x13 type=1 .text 0",     // .quad f
                                     ".data+0x1f type=1 .data 20",    // .quad .Lloc + 16
                                 });
}

TEST_CASE("elf: section contents match gas") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    REQUIRE(p.ours.ok);
    REQUIRE(p.ours.sections.size() == p.gas.sections.size());
    for (size_t i = 0; i < p.gas.sections.size(); ++i) {
      std::string section = p.gas.sections[i].name;
      CAPTURE(section);
      CHECK(hex(p.ours.sections[i].contents) == hex(p.gas.sections[i].contents));
    }
  }
}

TEST_CASE("elf: objects are byte-identical to gas's") {
  for (const char* c : kCases) {
    std::string name = c;
    CAPTURE(name);
    Pair p = assemble_case(name);
    CHECK(p.our_bytes.size() == p.gas_bytes.size());
    CHECK(p.our_bytes == p.gas_bytes);
  }
}

TEST_CASE("elf: an assembly built through the API writes gas's object") {
  // The same object as `.text; nop; ret` (nop_ret.o), without the frontend: the three default sections, two
  // bytes, layout, fixups, write.
  std::string messages;
  Diag diag("nop_ret.s");
  diag.capture_to(&messages);
  Assembly as(diag);
  SectionId text = as.add_section(".text", 1, 0x6);
  as.add_section(".data", 1, 0x3);
  as.add_section(".bss", 8, 0x3);
  const uint8_t code[] = {0x90, 0xc3};
  as.append(text, code, 2);
  layout(as);
  resolve_fixups(as);
  std::vector<uint8_t> out;
  REQUIRE(elf::write_object(as, out));
  std::vector<uint8_t> gas = test::read_bytes(test::data_file("nop_ret.o"));
  REQUIRE(!gas.empty());
  CHECK(hex(out) == hex(gas));
  CHECK(messages.empty());
}

namespace {

/// Keeps what write_object hands over, piece by piece.
struct PieceSink final : elf::ObjectSink {
  std::vector<std::vector<uint8_t>> pieces;
  void write(const uint8_t* p, size_t n) override { pieces.emplace_back(p, p + n); }
};

/// `sections.s` read and laid out, ready to write.
void prepare_sections_case(Driver& d) {
  std::vector<uint8_t> src = test::read_bytes(test::data_file("sections.s"));
  d.run(std::string(src.begin(), src.end()), "sections.s");
  d.st.check_local_labels();
  layout(d.as);
  resolve_fixups(d.as);
}

}  // namespace

TEST_CASE("elf: the object goes to the sink front to back, one piece per section, padding included") {
  Driver d;
  prepare_sections_case(d);
  PieceSink sink;
  REQUIRE(elf::write_object(d.as, sink, elf::DebugCompression::None));
  std::vector<uint8_t> joined;
  size_t biggest = 0;
  for (const auto& p : sink.pieces) {
    joined.insert(joined.end(), p.begin(), p.end());
    biggest = std::max(biggest, p.size());
  }
  std::vector<uint8_t> gas = test::read_bytes(test::data_file("sections.o"));
  REQUIRE(!gas.empty());
  CHECK(hex(joined) == hex(gas));
  CHECK(sink.pieces.front().size() == 64);
  CHECK(sink.pieces.size() > 4);
  CHECK(biggest < gas.size());
}

TEST_CASE("elf: FileSink writes the object to a stream") {
  Driver d;
  prepare_sections_case(d);
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  elf::FileSink sink(f);
  REQUIRE(elf::write_object(d.as, sink, elf::DebugCompression::None));
  CHECK(sink.ok());
  std::vector<uint8_t> back(static_cast<size_t>(std::ftell(f)));
  std::rewind(f);
  CHECK(std::fread(back.data(), 1, back.size(), f) == back.size());
  std::fclose(f);
  CHECK(hex(back) == hex(test::read_bytes(test::data_file("sections.o"))));
}
