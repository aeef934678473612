// emit/elf/strtab: suffix merging and layout as BFD's elf-strtab.c does it.
//
// Expected tables are the `.shstrtab`/`.strtab` bytes and sh_name/st_name offsets of GNU as 2.40 objects:
//   .text; call foo / .section .x.text,"ax" / .section .data.rel,"aw"; .quad foo / .section .rel,"a" /
//   .section tab,"a" / .section ab,"a" / .section b,"a"
// (BFD adds .symtab, .strtab, .shstrtab first, then each section name followed by its .rela name), and
//   .globl xfoo, foo, yfoo, oo, bar / xfoo: foo: yfoo: oo: bar: / .globl zzbar / zzbar:
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "emit/elf/strtab.hpp"

using gasket::elf::StrTab;
using namespace std::string_view_literals;

TEST_CASE("strtab: an empty table is one NUL byte") {
  StrTab t;
  t.finalize();
  CHECK(t.bytes() == std::string(1, '\0'));
}

TEST_CASE("strtab: unrelated names are laid out in insertion order") {
  StrTab t;
  uint32_t b = t.add("beta");
  uint32_t a = t.add("alpha");
  uint32_t g = t.add("gamma");
  t.finalize();
  CHECK(t.bytes() == "\0beta\0alpha\0gamma\0"sv);
  CHECK(t.offset(b) == 1);
  CHECK(t.offset(a) == 6);
  CHECK(t.offset(g) == 12);
}

TEST_CASE("strtab: adding a name twice returns the same handle and stores it once") {
  StrTab t;
  uint32_t a = t.add("x1");
  uint32_t b = t.add("y2");
  uint32_t a2 = t.add(std::string("x1"));  // equal text from different storage
  CHECK(a == a2);
  CHECK(a != b);
  t.finalize();
  CHECK(t.bytes() == "\0x1\0y2\0"sv);
}

TEST_CASE("strtab: a suffix points into the longer name, whichever came first") {
  SUBCASE("suffix added after") {
    StrTab t;
    uint32_t rela = t.add(".rela.text");
    uint32_t text = t.add(".text");
    t.finalize();
    CHECK(t.bytes() == "\0.rela.text\0"sv);
    CHECK(t.offset(rela) == 1);
    CHECK(t.offset(text) == 6);
  }
  SUBCASE("suffix added before") {
    StrTab t;
    uint32_t text = t.add(".text");
    uint32_t rela = t.add(".rela.text");
    t.finalize();
    CHECK(t.bytes() == "\0.rela.text\0"sv);
    CHECK(t.offset(rela) == 1);
    CHECK(t.offset(text) == 6);
  }
}

TEST_CASE("strtab: a name is not merged into an equal-length or shorter one") {
  StrTab t;
  uint32_t a = t.add("abc");
  uint32_t b = t.add("xbc");
  uint32_t c = t.add("bc");
  t.finalize();
  CHECK(t.bytes() == "\0abc\0xbc\0"sv);
  CHECK(t.offset(a) == 1);
  CHECK(t.offset(b) == 5);
  CHECK(t.offset(c) == 2);  // into "abc": it sorts before "xbc" reversed
}

TEST_CASE("strtab: chains of suffixes all point into the longest") {
  StrTab t;
  uint32_t a = t.add("a");
  uint32_t ba = t.add("ba");
  uint32_t cba = t.add("cba");
  t.finalize();
  CHECK(t.bytes() == "\0cba\0"sv);
  CHECK(t.offset(cba) == 1);
  CHECK(t.offset(ba) == 2);
  CHECK(t.offset(a) == 3);
}

TEST_CASE("strtab: gas's .shstrtab for a mixed object") {
  StrTab t;
  struct Name {
    const char* text;
    uint32_t gas_offset;  ///< sh_name in the gas object
  };
  const Name names[] = {
      {".symtab", 0x1},      {".strtab", 0x9},     {".shstrtab", 0x11},   {".text", 0x20},
      {".rela.text", 0x1b},  {".data", 0x26},      {".bss", 0x2c},        {".x.text", 0x31},
      {".data.rel", 0x3e},   {".rela.data.rel", 0x39}, {".rel", 0x43},    {"tab", 0x5},
      {"ab", 0x6},           {"b", 0x7},
  };
  std::vector<uint32_t> handles;
  for (const Name& n : names) handles.push_back(t.add(n.text));
  t.finalize();
  CHECK(t.bytes() == "\0.symtab\0.strtab\0.shstrtab\0.rela.text\0.data\0.bss\0.x.text\0.rela.data.rel\0"sv);
  for (size_t i = 0; i < std::size(names); ++i) {
    std::string name = names[i].text;
    CAPTURE(name);
    CHECK(t.offset(handles[i]) == names[i].gas_offset);
  }
}

TEST_CASE("strtab: a suffix of several names goes where BFD's reverse sort puts it") {
  // `.text` is a suffix of both `.rela.text` and `.x.text`; reversed, ".rela.text" sorts first, so gas puts
  // `.text` at .rela.text+5 even when .x.text was added earlier.
  StrTab t;
  uint32_t x = t.add(".x.text");
  uint32_t text = t.add(".text");
  uint32_t rela = t.add(".rela.text");
  t.finalize();
  CHECK(t.bytes() == "\0.x.text\0.rela.text\0"sv);
  CHECK(t.offset(x) == 1);
  CHECK(t.offset(rela) == 9);
  CHECK(t.offset(text) == 14);
}

TEST_CASE("strtab: gas's .strtab for global symbols") {
  StrTab t;
  uint32_t xfoo = t.add("xfoo");
  uint32_t foo = t.add("foo");
  uint32_t yfoo = t.add("yfoo");
  uint32_t oo = t.add("oo");
  uint32_t bar = t.add("bar");
  uint32_t zzbar = t.add("zzbar");
  t.finalize();
  CHECK(t.bytes() == "\0xfoo\0yfoo\0zzbar\0"sv);
  CHECK(t.offset(xfoo) == 1);
  CHECK(t.offset(foo) == 2);
  CHECK(t.offset(yfoo) == 6);
  CHECK(t.offset(oo) == 3);
  CHECK(t.offset(bar) == 13);
  CHECK(t.offset(zzbar) == 11);
}
