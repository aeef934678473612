// directives/table_map: the `.pushsection_table` mapping (README's table) and its glob matcher.
//
// The mapping is gasket's own; its expected rows are the README's table, and the lowered twins of
// tests/golden/table_*.s show GNU as producing the same objects for the mapped names. Glob rows follow shell
// (fnmatch(3)) semantics; each row is also checked against glibc's fnmatch so the table itself stays honest.
#include <doctest/doctest.h>
#include <fnmatch.h>

#include <string>

#include "directives/table_map.hpp"

using gasket::directives::glob_match;
using gasket::directives::TableMap;

namespace {

struct MapRow {
  const char* current;
  const char* expected;
};

void check_map(const TableMap& m, const char* table, std::initializer_list<MapRow> rows) {
  for (const MapRow& r : rows) {
    std::string current = r.current;
    CAPTURE(current);
    CAPTURE(table);
    CHECK(m.map(current, table) == r.expected);
  }
}

}  // namespace

TEST_CASE("table_map: default rules send init code tables to .init.NAME") {
  TableMap m;
  check_map(m, "__ex_table",
            {
                {".init.text", ".init.__ex_table"},
                {".init.data", ".init.__ex_table"},
                {".init.rodata.str", ".init.__ex_table"},
                {".init.", ".init.__ex_table"},  // `*` matches the empty rest
                {".text.init", ".init.__ex_table"},
                {".data.init", ".init.__ex_table"},
            });
}

TEST_CASE("table_map: default rules send exit code tables to .exit.NAME") {
  TableMap m;
  check_map(m, "__ex_table",
            {
                {".exit.text", ".exit.__ex_table"},
                {".exit.data", ".exit.__ex_table"},
                {".exit.", ".exit.__ex_table"},
                {".text.exit", ".exit.__ex_table"},
                {".data.exit", ".exit.__ex_table"},
            });
}

TEST_CASE("table_map: everything else keeps NAME") {
  TableMap m;
  check_map(m, "__ex_table",
            {
                {".text", "__ex_table"},
                {".data", "__ex_table"},
                {".bss", "__ex_table"},
                {".init", "__ex_table"},         // no dot after init: not `.init.*`
                {".initx.text", "__ex_table"},
                {".exit", "__ex_table"},
                {".text.init.x", "__ex_table"},  // `.text.init` is an exact rule, not a prefix
                {".text.initx", "__ex_table"},
                {".data.exit2", "__ex_table"},
                {".rodata.init", "__ex_table"},
                {"x.init.text", "__ex_table"},   // patterns are anchored at the start
                {".INIT.text", "__ex_table"},    // and case-sensitive
                {"", "__ex_table"},
            });
}

TEST_CASE("table_map: the prefix is prepended literally to NAME") {
  TableMap m;
  CHECK(m.map(".init.text", ".altinstr") == ".init..altinstr");
  CHECK(m.map(".exit.text", "x") == ".exit.x");
  CHECK(m.map(".text", ".altinstr") == ".altinstr");
}

TEST_CASE("table_map: a table pushed from a mapped table maps again from there") {
  // `.pushsection_table a` from .init.text pushes .init.a; a nested `.pushsection_table b` sees .init.a.
  TableMap m;
  std::string first = m.map(".init.text", "a");
  CHECK(first == ".init.a");
  CHECK(m.map(first, "b") == ".init.b");
  std::string exit_first = m.map(".text.exit", "a");
  CHECK(exit_first == ".exit.a");
  CHECK(m.map(exit_first, "b") == ".exit.b");
}

TEST_CASE("table_map: user rules come before the defaults, first match wins") {
  TableMap m;
  m.add_rule(".init.text", "boot.");
  m.add_rule(".init.*", "early.");
  m.add_rule(".my*", "my.");
  check_map(m, "t",
            {
                {".init.text", "boot.t"},   // first user rule
                {".init.data", "early.t"},  // second user rule beats the built-in .init.* rule
                {".mytext", "my.t"},
                {".text.init", ".init.t"},  // no user rule: built-in
                {".exit.text", ".exit.t"},
                {".text", "t"},
            });
}

TEST_CASE("table_map: a user rule may have an empty prefix and override a default") {
  TableMap m;
  m.add_rule(".exit.*", "");
  CHECK(m.map(".exit.text", "t") == "t");
  CHECK(m.map(".data.exit", "t") == ".exit.t");
}

TEST_CASE("table_map: without defaults only user rules apply") {
  SUBCASE("constructor") {
    TableMap m(false);
    CHECK(m.map(".init.text", "t") == "t");
    CHECK(m.map(".text.exit", "t") == "t");
    m.add_rule(".init.*", "I.");
    CHECK(m.map(".init.text", "t") == "I.t");
    CHECK(m.map(".exit.text", "t") == "t");
  }
  SUBCASE("set_defaults(false)") {
    TableMap m;
    CHECK(m.map(".init.text", "t") == ".init.t");
    m.set_defaults(false);
    CHECK(m.map(".init.text", "t") == "t");
    CHECK(m.map(".data.exit", "t") == "t");
    m.set_defaults(true);
    CHECK(m.map(".data.exit", "t") == ".exit.t");
  }
}

namespace {

struct GlobRow {
  const char* pattern;
  const char* text;
  bool expected;
};

void check_glob(std::initializer_list<GlobRow> rows) {
  for (const GlobRow& r : rows) {
    std::string pattern = r.pattern, text = r.text;
    CAPTURE(pattern);
    CAPTURE(text);
    REQUIRE((fnmatch(r.pattern, r.text, 0) == 0) == r.expected);  // the row itself agrees with the shell
    CHECK(glob_match(pattern, text) == r.expected);
  }
}

}  // namespace

TEST_CASE("glob: literals and `*`") {
  check_glob({
      {"", "", true},
      {"", "a", false},
      {"abc", "abc", true},
      {"abc", "abcd", false},
      {"abcd", "abc", false},
      {"*", "", true},
      {"*", ".anything.at.all", true},
      {"a*", "a", true},
      {"a*", "ba", false},
      {"*a", "bba", true},
      {"*a", "ab", false},
      {"a*b*c", "a_b_c", true},
      {"a*b*c", "abc", true},
      {"a*b*c", "acb", false},
      {"a*b*c", "abcbc", true},
      {"a*b", "abbbab", true},   // needs backtracking past the first `b`
      {"a*b", "abbba", false},
      {"**", "x", true},
      {"*.init", ".text.init", true},
      {"*.init", ".text.init.x", false},
  });
}

TEST_CASE("glob: `?` matches exactly one character") {
  check_glob({
      {"?", "a", true},
      {"?", "", false},
      {"?", "ab", false},
      {".?ata", ".data", true},
      {"a?c", "ac", false},
      {"*?", "", false},
      {"*?", "x", true},
      {"?*?", "x", false},
  });
}

TEST_CASE("glob: bracket sets and ranges") {
  check_glob({
      {"[abc]", "b", true},
      {"[abc]", "d", false},
      {"[abc]", "", false},
      {"[a-c]x", "bx", true},
      {"[a-c]x", "dx", false},
      {"[a-cx-z]", "y", true},
      {"[a-cx-z]", "m", false},
      {".[it]*", ".init.text", true},
      {".[it]*", ".data", false},
      {"[-a]", "-", true},    // a leading `-` is literal
      {"[a-]", "-", true},    // so is a trailing one
      {"[]a]", "]", true},    // `]` first in the set is literal
      {"[]a]", "a", true},
      {"[]a]", "b", false},
  });
}

TEST_CASE("glob: negated sets") {
  check_glob({
      {"[!abc]", "d", true},
      {"[!abc]", "a", false},
      {"[!a-c]", "b", false},
      {"[!a-c]", "z", true},
      {"[!]]", "]", false},
      {"[!]]", "a", true},
      {"[^a]", "b", true},    // glibc also takes `^` for negation
      {"[^a]", "a", false},
      {"[!a]", "", false},
  });
}

TEST_CASE("glob: an unclosed `[` is an ordinary character") {
  check_glob({
      {"[", "[", true},
      {"[ab", "[ab", true},
      {"[ab", "a", false},
      {"x[", "x[", true},
  });
}
