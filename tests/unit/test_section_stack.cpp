// directives: the section stack (.pushsection/.popsection/.previous/.subsection) and .pushsection_table.
//
// Stack rows replay GNU as 2.40 runs where a label after each directive shows (via readelf -s) which section
// and subsection gas was in. `.pushsection_table` rows follow the README and the lowered twins in
// tests/golden/table_*.gas.s (a table pushed with no flags becomes `.pushsection NAME, "a", @progbits` when new).
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "directives/handlers.hpp"
#include "tests/unit/unit_support.hpp"

using namespace gasket;
using gasket::test::Driver;

namespace {

constexpr uint64_t kWrite = 1, kAlloc = 2, kExec = 4;
constexpr uint32_t kProgbits = 1, kNobits = 8;

/// Runs one directive as line `line` of t.s.
void dir(Driver& d, uint32_t line, std::string_view name, std::string_view args = {}) {
  d.as.loc = SourceLoc{"t.s", line};
  REQUIRE(directives::run_directive(d.st, name, args));
}

/// Where the state is: "NAME/SUBSECTION".
std::string where(Driver& d) {
  return std::string(d.current_name()) + "/" + std::to_string(d.st.cur.subsection);
}

}  // namespace

TEST_CASE("sections: the state starts in .text with .data and .bss made and no previous") {
  Driver d;
  CHECK(where(d) == ".text/0");
  CHECK(d.as.find_section(".data") != kNoSection);
  CHECK(d.as.find_section(".bss") != kNoSection);
  CHECK(d.st.prev.sec == kNoSection);
  CHECK(d.st.stack.empty());
}

TEST_CASE("sections: .popsection and .previous with nothing to return to warn and stay") {
  // gas: `.popsection` first: Warning: .popsection without corresponding .pushsection; ignored
  //      `.previous` first:   Warning: .previous without corresponding .section; ignored
  Driver d;
  dir(d, 1, ".popsection");
  CHECK(where(d) == ".text/0");
  dir(d, 2, ".previous");
  CHECK(where(d) == ".text/0");
  CHECK(d.messages ==
        "t.s: Assembler messages:\n"
        "t.s:1: Warning: .popsection without corresponding .pushsection; ignored\n"
        "t.s:2: Warning: .previous without corresponding .section; ignored\n");
  CHECK(d.diag.error_count() == 0);
}

TEST_CASE("sections: push, previous and pop as gas tracks them") {
  // The gas run (label after each line):        section after
  //   .pushsection .a                            .a      (saves .text, previous none)
  //   .pushsection .b, 1                         .b/1    (saves .a, previous .text)
  //   .previous                                  .a
  //   .popsection                                .a      (previous back to .text)
  //   .previous                                  .text
  //   .popsection                                .text   (previous back to none)
  //   .previous                                  warning, stays in .text
  //   .popsection                                warning
  Driver d;
  struct Step {
    const char* name;
    const char* args;
    const char* expected;
  };
  const Step steps[] = {
      {".pushsection", ".a", ".a/0"},  {".pushsection", ".b, 1", ".b/1"}, {".previous", "", ".a/0"},
      {".popsection", "", ".a/0"},     {".previous", "", ".text/0"},      {".popsection", "", ".text/0"},
      {".previous", "", ".text/0"},    {".popsection", "", ".text/0"},
  };
  uint32_t line = 3;
  for (const Step& s : steps) {
    std::string step = std::string(s.name) + " " + s.args;
    CAPTURE(step);
    dir(d, line++, s.name, s.args);
    CHECK(where(d) == s.expected);
  }
  CHECK(d.messages ==
        "t.s: Assembler messages:\n"
        "t.s:9: Warning: .previous without corresponding .section; ignored\n"
        "t.s:10: Warning: .popsection without corresponding .pushsection; ignored\n");
  CHECK(d.st.stack.empty());
}

TEST_CASE("sections: .previous toggles between the last two sections") {
  // gas: .section .a / .section .b / .previous -> .a / .previous -> .b
  Driver d;
  dir(d, 1, ".section", ".a");
  dir(d, 2, ".section", ".b");
  dir(d, 3, ".previous");
  CHECK(where(d) == ".a/0");
  dir(d, 4, ".previous");
  CHECK(where(d) == ".b/0");
  CHECK(d.messages.empty());
}

TEST_CASE("sections: .popsection undoes a .section made after the push") {
  // gas: (in .b, previous .a) .pushsection .c / .section .d / .popsection -> .b / .previous -> .a
  Driver d;
  dir(d, 1, ".section", ".a");
  dir(d, 2, ".section", ".b");
  dir(d, 3, ".pushsection", ".c");
  dir(d, 4, ".section", ".d");
  CHECK(where(d) == ".d/0");
  dir(d, 5, ".popsection");
  CHECK(where(d) == ".b/0");
  dir(d, 6, ".previous");
  CHECK(where(d) == ".a/0");
  CHECK(d.messages.empty());
}

TEST_CASE("sections: .subsection switches within the section and .previous returns") {
  // gas: .text / .subsection 2 / .previous -> .text/0 / .previous -> .text/2
  Driver d;
  dir(d, 1, ".subsection", "2");
  CHECK(where(d) == ".text/2");
  dir(d, 2, ".previous");
  CHECK(where(d) == ".text/0");
  dir(d, 3, ".previous");
  CHECK(where(d) == ".text/2");
  dir(d, 4, ".subsection", "1+2");
  CHECK(where(d) == ".text/3");
}

TEST_CASE("sections: subsections are laid out in number order") {
  // gas: .byte 0 / .subsection 2 / s2: .byte 1 / .previous / s0: .byte 2 / .previous / s2b: .byte 3
  //   -> s2 = 2, s0 = 1, s2b = 3
  Driver d;
  d.run(".byte 0\n.subsection 2\ns2: .byte 1\n.previous\ns0: .byte 2\n.previous\ns2b: .byte 3\n");
  REQUIRE(d.messages.empty());
  layout(d.as);
  CHECK(d.as.symbol_address(d.as.find_symbol("s2")) == 2);
  CHECK(d.as.symbol_address(d.as.find_symbol("s0")) == 1);
  CHECK(d.as.symbol_address(d.as.find_symbol("s2b")) == 3);
}

TEST_CASE("sections: .pushsection takes flags, type and a subsection") {
  Driver d;
  SUBCASE("flags and type") {
    dir(d, 1, ".pushsection", ".f, \"aw\", @nobits");
    const Section& f = d.as.section(d.section(".f"));
    CHECK(f.flags == (kAlloc | kWrite));
    CHECK(f.type == kNobits);
  }
  SUBCASE("no flags: none, as gas gives a new non-special section") {
    dir(d, 1, ".pushsection", ".c");
    CHECK(d.as.section(d.section(".c")).flags == 0);
    CHECK(d.as.section(d.section(".c")).type == kProgbits);
  }
  SUBCASE("no flags: an existing section keeps its own") {
    dir(d, 1, ".section", "__ex_table, \"aw\"");
    dir(d, 2, ".text");
    dir(d, 3, ".pushsection", "__ex_table");
    CHECK(where(d) == "__ex_table/0");
    CHECK(d.as.section(d.section("__ex_table")).flags == (kAlloc | kWrite));
  }
  SUBCASE("numeric subsection") {
    dir(d, 1, ".pushsection", ".a, 3");
    CHECK(where(d) == ".a/3");
  }
  CHECK(d.messages.empty());
}

TEST_CASE("pushsection_table: the default mapping picks the section from the current one") {
  struct Row {
    const char* current;
    const char* table;
    const char* pushed;
  };
  const Row rows[] = {
      {".text", "__ex_table", "__ex_table"},
      {".init.text", "__ex_table", ".init.__ex_table"},
      {".text.init", "__ex_table", ".init.__ex_table"},
      {".data.init", "__ex_table", ".init.__ex_table"},
      {".exit.text", "__ex_table", ".exit.__ex_table"},
      {".text.exit", "__ex_table", ".exit.__ex_table"},
      {".data.exit", "__ex_table", ".exit.__ex_table"},
      {".init.text", ".altinstr", ".init..altinstr"},
      {".text.hot", "__ex_table", "__ex_table"},
  };
  for (const Row& r : rows) {
    std::string row = std::string(r.current) + " -> " + r.table;
    CAPTURE(row);
    Driver d;
    dir(d, 1, ".section", r.current);
    dir(d, 2, ".pushsection_table", r.table);
    CHECK(where(d) == std::string(r.pushed) + "/0");
    dir(d, 3, ".popsection");
    CHECK(where(d) == std::string(r.current) + "/0");
    CHECK(d.messages.empty());
  }
}

TEST_CASE("pushsection_table: a new table with no flags is \"a\", @progbits") {
  Driver d;
  dir(d, 1, ".section", ".init.text, \"ax\", @progbits");
  dir(d, 2, ".pushsection_table", "__ex_table");
  const Section& s = d.as.section(d.section(".init.__ex_table"));
  CHECK(s.flags == kAlloc);
  CHECK(s.type == kProgbits);
  CHECK(d.messages.empty());
}

TEST_CASE("pushsection_table: with no flags an existing table keeps its flags") {
  Driver d;
  dir(d, 1, ".section", ".init.__ex_table, \"aw\", @progbits");
  dir(d, 2, ".section", ".init.text, \"ax\", @progbits");
  dir(d, 3, ".pushsection_table", "__ex_table");
  CHECK(where(d) == ".init.__ex_table/0");
  const Section& s = d.as.section(d.section(".init.__ex_table"));
  CHECK(s.flags == (kAlloc | kWrite));
  CHECK(d.messages.empty());
  CHECK(d.diag.error_count() == 0);
}

TEST_CASE("pushsection_table: written flags are used as .pushsection uses them") {
  Driver d;
  dir(d, 1, ".pushsection_table", "tab, \"aw\", @nobits");
  const Section& s = d.as.section(d.section("tab"));
  CHECK(s.flags == (kAlloc | kWrite));
  CHECK(s.type == kNobits);
  dir(d, 2, ".popsection");
  CHECK(where(d) == ".text/0");
}

TEST_CASE("pushsection_table: a table pushed from a table maps from the pushed section") {
  Driver d;
  dir(d, 1, ".section", ".init.text, \"ax\", @progbits");
  dir(d, 2, ".pushsection_table", "a");
  CHECK(where(d) == ".init.a/0");
  dir(d, 3, ".pushsection_table", "b");
  CHECK(where(d) == ".init.b/0");
  dir(d, 4, ".popsection");
  CHECK(where(d) == ".init.a/0");
  dir(d, 5, ".popsection");
  CHECK(where(d) == ".init.text/0");
  CHECK(d.messages.empty());
}

TEST_CASE("pushsection_table: .previous inside a table returns to the code") {
  // As .pushsection: the pushed section's previous is the section it was pushed from.
  Driver d;
  dir(d, 1, ".section", ".init.text, \"ax\", @progbits");
  dir(d, 2, ".pushsection_table", "__ex_table");
  dir(d, 3, ".previous");
  CHECK(where(d) == ".init.text/0");
  dir(d, 4, ".popsection");
  CHECK(where(d) == ".init.text/0");
}

TEST_CASE("pushsection_table: command-line rules, then .table_map rules, then the defaults") {
  directives::Options opts;
  opts.table_maps = {{".init.text", "cl."}};
  Driver d(opts);
  dir(d, 1, ".table_map", "\".init.*\", \"src.\"");
  struct Row {
    const char* current;
    const char* pushed;
  };
  const Row rows[] = {
      {".init.text", "cl.t"},
      {".init.data", "src.t"},
      {".exit.text", ".exit.t"},
      {".text", "t"},
  };
  for (const Row& r : rows) {
    std::string current = r.current;
    CAPTURE(current);
    dir(d, 2, ".section", current);
    dir(d, 3, ".pushsection_table", "t");
    CHECK(where(d) == std::string(r.pushed) + "/0");
    dir(d, 4, ".popsection");
  }
  CHECK(d.messages.empty());
}

TEST_CASE("pushsection_table: --no-default-table-map leaves unmatched tables as NAME") {
  directives::Options opts;
  opts.default_table_map = false;
  Driver d(opts);
  dir(d, 1, ".section", ".init.text, \"ax\", @progbits");
  dir(d, 2, ".pushsection_table", "__ex_table");
  CHECK(where(d) == "__ex_table/0");
}

TEST_CASE("pushsection_table: assembled text lands in the mapped table") {
  // The lowered twin (tests/golden/table_ex_table_init.gas.s style): entries go to .init.__ex_table, code
  // continues in .init.text after .popsection.
  Driver d;
  d.run(".section .init.text, \"ax\", @progbits\n"
        "1: nop\n"
        ".pushsection_table __ex_table\n"
        ".long 7\n"
        ".popsection\n"
        "nop\n");
  CHECK(d.messages.empty());
  const Section& tab = d.as.section(d.section(".init.__ex_table"));
  const Section& code = d.as.section(d.section(".init.text"));
  CHECK(std::vector<uint8_t>(tab.data.begin(), tab.data.end()) == std::vector<uint8_t>{7, 0, 0, 0});
  CHECK(std::vector<uint8_t>(code.data.begin(), code.data.end()) == std::vector<uint8_t>{0x90, 0x90});
}

// Formerly a gasket bug: gas's subsection numbers are signed: `.subsection -1; .byte 1; .subsection 0; .byte 2` gives
// .text = 01 02 with gas (subsection -1 first) and 02 01 with gasket (-1 read as 4294967295).
TEST_CASE("sections: a negative subsection comes before subsection 0") {
  Driver d;
  d.run(".subsection -1\nm: .byte 1\n.subsection 0\nz: .byte 2\n");
  layout(d.as);
  CHECK(d.as.symbol_address(d.as.find_symbol("m")) == 0);
  CHECK(d.as.symbol_address(d.as.find_symbol("z")) == 1);
}

// Formerly a gasket bug: gas's .popsection/.previous do not read operands; what follows is read as the next statement,
// and .pushsection with a third operand after the subsection complains about the name:
//   `.popsection x`  gas: Warning: .popsection without corresponding .pushsection; ignored
//                         Error: no such instruction: `x'
//   `.previous x`    gas: Warning: .previous without corresponding .section; ignored
//                         Error: no such instruction: `x'
//   `.pushsection .a, 1, 2`  gas: Error: character following name is not '#'
// gasket prints `junk at end of line, first unrecognized character is ...` for all three.
TEST_CASE("sections: messages for extra operands as gas prints them") {
  struct Row {
    const char* text;
    const char* gas;
  };
  const Row rows[] = {
      {".popsection x\n",
       "t.s: Assembler messages:\n"
       "t.s:1: Warning: .popsection without corresponding .pushsection; ignored\n"
       "t.s:1: Error: no such instruction: `x'\n"},
      {".previous x\n",
       "t.s: Assembler messages:\n"
       "t.s:1: Warning: .previous without corresponding .section; ignored\n"
       "t.s:1: Error: no such instruction: `x'\n"},
      {".pushsection .a, 1, 2\n", "t.s: Assembler messages:\nt.s:1: Error: character following name is not '#'\n"},
  };
  for (const Row& r : rows) {
    std::string text = r.text;
    CAPTURE(text);
    Driver d;
    d.run(text);
    CHECK(d.messages == std::string(r.gas));
  }
}
