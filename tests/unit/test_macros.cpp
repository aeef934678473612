// frontend/macro and frontend/input: parameter lists, argument binding, body substitution, the blank
// compaction gas's scrubber applies to operands, the conditional stack and the input stack. Expected values
// come from `as --64` runs on the same text (see tests/golden/mac_* for the byte-level twins).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "frontend/input.hpp"
#include "frontend/macro.hpp"

using namespace gasket;
using namespace gasket::frontend;

namespace {

Macro macro_with(std::string_view name, std::string_view params) {
  Macro m;
  m.name = name;
  std::string error;
  REQUIRE(parse_macro_params(params, m, error));
  return m;
}

std::string expand(const Macro& m, std::string_view args, std::vector<std::string>* errors = nullptr) {
  std::vector<std::string> values, errs;
  bool ok = bind_macro_args(m, args, values, errs);
  if (errors) *errors = errs;
  if (!ok) return "<not expanded>";
  std::vector<std::string_view> names, vals;
  for (size_t i = 0; i < m.params.size(); ++i) {
    names.push_back(m.params[i].name);
    vals.push_back(values[i]);
  }
  std::string out;
  substitute(m.body, names, vals, 0, out);
  return out;
}

}  // namespace

TEST_CASE("macro: blanks in operands are compacted as gas's scrubber does") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"1 + 2", "1+2"},       {"1 - 2", "1 - 2"},     {"1  2", "1 2"},          {"(1) (2)", "(1)(2)"},
      {"x(1) y", "x(1)y"},    {"$1 , $2", "$1,$2"},   {"a =1", "a=1"},          {"  lead", "lead"},
      {"\"a  b\" c", "\"a  b\" c"}, {"1 << 2", "1<<2"}, {"1 ( 2 )", "1 ( 2)"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    std::string out;
    compact_blanks(r.in, out);
    CHECK(out == r.out);
  }
}

TEST_CASE("macro: parameter lists") {
  Macro m = macro_with("m", "a, b=7 c:req, d:vararg");
  REQUIRE(m.params.size() == 4);
  CHECK(m.params[0].name == "a");
  CHECK(m.params[1].def == "7");
  CHECK(m.params[2].required);
  CHECK(m.params[3].vararg);

  Macro bad;
  bad.name = "q";
  std::string error;
  CHECK_FALSE(parse_macro_params("a, a", bad, error));
  CHECK(error == "A parameter named `a' already exists for macro `q'");
  bad.params.clear();
  CHECK_FALSE(parse_macro_params("a:foo", bad, error));
  CHECK(error == "`foo' is not a valid parameter qualifier for `a' in macro `q'");
  bad.params.clear();
  CHECK_FALSE(parse_macro_params("a b:vararg c", bad, error));
  CHECK(error == "Bad parameter list for macro `q'");
}

TEST_CASE("macro: positional, keyword, default and vararg arguments") {
  Macro m = macro_with("two", "a b");
  m.body = "\\a|\\b;\n";
  struct Row {
    const char* args;
    const char* out;
  };
  const Row rows[] = {
      {"1 2", "1|2;\n"},          {"1, 2", "1|2;\n"},     {",9", "|9;\n"},        {"b=5 a=4", "4|5;\n"},
      {"\"a,b\" c", "a,b|c;\n"},  {"1+ 2", "1+2|;\n"},    {"(1, 2) 3", "(1|2)3;\n"}, {"", "|;\n"},
      {"(1 2) 3", "(1 2)3|;\n"}, {"[1 2],3", "[1 2]|3;\n"}, {"x\"a b\" 3", "x\"a b\"|3;\n"},
      {"(1)) 2", "(1))2|;\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.args);
    CHECK(expand(m, r.args) == r.out);
  }

  Macro d = macro_with("df", "a=7, b=x");
  d.body = "\\a|\\b\n";
  CHECK(expand(d, "") == "7|x\n");
  CHECK(expand(d, ",") == "7|x\n");
  CHECK(expand(d, "1") == "1|x\n");

  Macro v = macro_with("va", "a, b:vararg");
  v.body = "<\\a|\\b>\n";
  CHECK(expand(v, "1 2 3") == "<1|2 3>\n");
  CHECK(expand(v, "1, 2, 3") == "<1|2,3>\n");
}

TEST_CASE("macro: argument errors use gas's messages") {
  Macro m = macro_with("r", "a:req, b");
  m.body = "\\a\n";
  std::vector<std::string> errors;
  CHECK(expand(m, "", &errors) == "\n");
  CHECK(errors == std::vector<std::string>{"Missing value for required parameter `a' of macro `r'"});
  expand(m, "c=1", &errors);
  CHECK(errors.size() == 2);
  CHECK(errors[0] == "Parameter named `c' does not exist for macro `r'");
  CHECK(expand(m, "1,2,3", &errors) == "<not expanded>");
  CHECK(errors == std::vector<std::string>{"too many positional arguments"});
}

TEST_CASE("macro: substitution of \\name, &name, \\() and \\@") {
  std::vector<std::string_view> names{"x", "name"};
  std::vector<std::string_view> values{"A", "foo"};
  struct Row {
    const char* body;
    const char* out;
  };
  const Row rows[] = {
      {"\\x", "A"},          {"\\name\\()_start:", "foo_start:"}, {"\\name_start", "\\name_start"},
      {"\\y\\()z", "\\yz"},  {".L\\@:", ".L42:"},                {"a\\", "a\\"},
      {"\"\\x\"", "\"A\""},    {"&x", "A"},                         {"p_&name&_q", "p_foo_q"},
      {"&&x", "&&x"},        {"&y&z", "&y&z"},                    {"&1&x", "&1A"},
      {"&x&x&x", "AxA"},     {"\"&name\"", "\"foo\""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.body);
    std::string out;
    substitute(r.body, names, values, 42, out);
    CHECK(out == r.out);
  }
  std::string out;
  substitute(".byte \\@", names, values, -1, out);
  CHECK(out == ".byte \\@");
}

TEST_CASE("macro: names are found without regard to case and can be purged") {
  MacroTable t;
  Macro m;
  m.name = "MixedCase";
  CHECK(t.add(std::move(m)));
  CHECK(t.find("mixedcase") != nullptr);
  CHECK(t.find("MIXEDCASE") != nullptr);
  Macro again;
  again.name = "mixedCASE";
  CHECK_FALSE(t.add(std::move(again)));
  CHECK(t.purge("MIXEDcase"));
  CHECK(t.find("MixedCase") == nullptr);
  CHECK_FALSE(t.purge("MixedCase"));
}

TEST_CASE("conditionals: branches, nesting and .else bookkeeping") {
  CondStack c;
  CHECK_FALSE(c.ignoring());
  c.open(false, SourceLoc{"f.s", 1});
  CHECK(c.ignoring());
  int evaluated = 0;
  CHECK(c.else_if([&] { ++evaluated; return true; }));
  CHECK_FALSE(c.ignoring());
  CHECK(c.else_if([&] { ++evaluated; return true; }));
  CHECK(c.ignoring());
  CHECK(evaluated == 1);  // a taken branch stops evaluation of later .elseif conditions
  bool dup = false;
  CHECK(c.else_(SourceLoc{"f.s", 5}, dup));
  CHECK_FALSE(dup);
  CHECK(c.ignoring());
  CHECK(c.else_(SourceLoc{"f.s", 6}, dup));
  CHECK(dup);
  CHECK(c.top().else_loc.line == 5);
  CHECK(c.close());
  CHECK_FALSE(c.close());

  // Inside a skipped block every branch is skipped and nothing is evaluated.
  c.open(false, {});
  c.open(true, {});
  CHECK(c.ignoring());
  CHECK(c.else_(SourceLoc{}, dup));
  CHECK(c.ignoring());
  c.truncate(0);
  CHECK(c.depth() == 0);
}

TEST_CASE("input: lines, expansion line numbers and macro context") {
  InputStack in;
  in.push_file("f.s", "a\nb\n", 0);
  std::string_view line;
  SourceLoc loc;
  REQUIRE(in.next_line(line, loc));
  CHECK(line == "a");
  CHECK(loc.line == 1);

  // A .rept of a 2-line body starting at line 10: numbers restart for each repetition.
  int buf = in.take_buffer();
  in.buffer(buf) = "x\ny\nx\ny\n";
  in.push_expansion(FrameKind::Repeat, buf, "f.s", 10, 2, SourceLoc{"f.s", 1}, 0);
  std::vector<uint32_t> lines;
  while (in.next_line(line, loc)) lines.push_back(loc.line);
  CHECK(lines == std::vector<uint32_t>{10, 11, 10, 11});
  in.pop();

  int mbuf = in.take_buffer();
  CHECK(mbuf == buf);  // buffers are reused
  in.buffer(mbuf) = "m\n";
  in.push_expansion(FrameKind::Macro, mbuf, "f.s", 3, 0, SourceLoc{"f.s", 2}, 0);
  std::string ctx;
  in.append_context(ctx);
  CHECK(ctx == "f.s:2:  Info: macro invoked from here\n");
  CHECK(in.expansion_depth() == 1);

  // cpp line markers renumber the innermost file.
  in.set_file_line("g.S", 100);
  CHECK(in.file_location().file == "g.S");
  in.pop();
  REQUIRE(in.next_line(line, loc));
  CHECK(loc.file == "g.S");
  CHECK(loc.line == 100);
  CHECK(in.physical_location().line == 2);
}
