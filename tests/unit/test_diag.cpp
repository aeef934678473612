// emit/diag: message text and counting as GNU as 2.40 prints them. Expected lines were taken from `as --64`
// runs on small inputs (`.error "y"`, `.warning "x"`, `.abort`, `jmp 1f` with no `1:`, `--fatal-warnings`, `-W`).
#include <doctest/doctest.h>

#include <string>

#include "emit/diag.hpp"

using gasket::Diag;
using gasket::FatalError;
using gasket::SourceLoc;

TEST_CASE("diag: the banner comes once, before the first message") {
  std::string out;
  Diag d("m.s");
  d.capture_to(&out);
  d.error(SourceLoc{"m.s", 1}, ".err encountered");
  d.warning(SourceLoc{"m.s", 2}, "x");
  d.error(SourceLoc{"m.s", 3}, "y");
  CHECK(out ==
        "m.s: Assembler messages:\n"
        "m.s:1: Error: .err encountered\n"
        "m.s:2: Warning: x\n"
        "m.s:3: Error: y\n");
  CHECK(d.error_count() == 2);
}

TEST_CASE("diag: no messages, no banner") {
  std::string out;
  Diag d("m.s");
  d.capture_to(&out);
  CHECK(out.empty());
  CHECK(d.error_count() == 0);
}

TEST_CASE("diag: a warning starts the banner too and is not an error") {
  std::string out;
  Diag d("w.s");
  d.capture_to(&out);
  d.warning(SourceLoc{"w.s", 1}, "division by zero");
  CHECK(out == "w.s: Assembler messages:\nw.s:1: Warning: division by zero\n");
  CHECK(d.error_count() == 0);
}

TEST_CASE("diag: messages without a line name only the file") {
  // gas: `l.s: Error: local label `"1" (instance number 1 of a fb label)' is not defined`
  std::string out;
  Diag d("l.s");
  d.capture_to(&out);
  SUBCASE("file given") {
    d.error(SourceLoc{"l.s", 0}, "local label `\"1\" (instance number 1 of a fb label)' is not defined");
    CHECK(out ==
          "l.s: Assembler messages:\n"
          "l.s: Error: local label `\"1\" (instance number 1 of a fb label)' is not defined\n");
  }
  SUBCASE("no file: the main file") {
    d.error(SourceLoc{}, "x");
    CHECK(out == "l.s: Assembler messages:\nl.s: Error: x\n");
  }
  CHECK(d.error_count() == 1);
}

TEST_CASE("diag: the banner names the file of the first message") {
  // gas on main.s = `.include "inc.s"` with a bad line 1 in inc.s:
  //   inc.s: Assembler messages:
  //   inc.s:1: Warning: no instruction mnemonic suffix given ...
  std::string out;
  Diag d("main.s");
  d.capture_to(&out);
  d.error(SourceLoc{"inc.s", 4}, "junk at end of line, first unrecognized character is `x'");
  d.error(SourceLoc{"main.s", 2}, "y");
  CHECK(out ==
        "inc.s: Assembler messages:\n"
        "inc.s:4: Error: junk at end of line, first unrecognized character is `x'\n"
        "main.s:2: Error: y\n");
}

TEST_CASE("diag: context lines follow every message") {
  struct Context final : gasket::MessageContext {
    void append_context(std::string& out) const override { out += "t.s:9:  Info: macro invoked from here\n"; }
  } context;
  std::string out;
  Diag d("t.s");
  d.capture_to(&out);
  d.error(SourceLoc{"t.s", 1}, "a");
  d.set_context(&context);
  d.warning(SourceLoc{"t.s", 2}, "b");
  d.set_context(nullptr);
  d.error(SourceLoc{"t.s", 3}, "c");
  CHECK(out ==
        "t.s: Assembler messages:\n"
        "t.s:1: Error: a\n"
        "t.s:2: Warning: b\n"
        "t.s:9:  Info: macro invoked from here\n"
        "t.s:3: Error: c\n");
}

TEST_CASE("diag: errorf and warningf format with fmt") {
  std::string out;
  Diag d("s.s");
  d.capture_to(&out);
  d.warningf(SourceLoc{"s.s", 7}, "shift count out of range ({} is not between 0 and {})", 64, 63);
  d.errorf(SourceLoc{"s.s", 8}, "invalid operands ({} and {} sections) for `{}'", "*UND*", "*ABS*", "*");
  CHECK(out ==
        "s.s: Assembler messages:\n"
        "s.s:7: Warning: shift count out of range (64 is not between 0 and 63)\n"
        "s.s:8: Error: invalid operands (*UND* and *ABS* sections) for `*'\n");
  CHECK(d.error_count() == 1);
}

TEST_CASE("diag: -W drops warnings but not errors") {
  // gas -W on `.quad 1/0`: no output, exit 0.
  std::string out;
  Diag d("w.s");
  d.capture_to(&out);
  d.set_no_warn(true);
  d.warning(SourceLoc{"w.s", 1}, "division by zero");
  CHECK(out.empty());
  CHECK(d.error_count() == 0);
  d.error(SourceLoc{"w.s", 2}, "y");
  CHECK(out == "w.s: Assembler messages:\nw.s:2: Error: y\n");
  CHECK(d.error_count() == 1);
}

TEST_CASE("diag: --fatal-warnings keeps the Warning: text and fails at the end as gas does") {
  // gas 2.40 --fatal-warnings prints the message as a warning and ends with a summary error line:
  //   w.s: Assembler messages:
  //   w.s:1: Warning: division by zero
  //   w.s: Error: 1 warning, treating warnings as errors
  std::string out;
  Diag d("w.s");
  d.capture_to(&out);
  d.set_fatal_warnings(true);
  d.warning(SourceLoc{"w.s", 1}, "division by zero");
  CHECK(out == "w.s: Assembler messages:\nw.s:1: Warning: division by zero\n");
  CHECK(d.error_count() == 0);
  d.finish();
  CHECK(d.error_count() == 1);
  CHECK(out == "w.s: Assembler messages:\nw.s:1: Warning: division by zero\n"
               "w.s: Error: 1 warning, treating warnings as errors\n");
}

TEST_CASE("diag: --fatal-warnings counts warnings in the summary") {
  std::string out;
  Diag d("w.s");
  d.capture_to(&out);
  d.set_fatal_warnings(true);
  d.warning(SourceLoc{"w.s", 2}, "division by zero");
  d.warning(SourceLoc{"w.s", 3}, "division by zero");
  d.finish();
  CHECK(out.ends_with("w.s: Error: 2 warnings, treating warnings as errors\n"));
}

TEST_CASE("diag: without --fatal-warnings finish adds nothing") {
  std::string out;
  Diag d("w.s");
  d.capture_to(&out);
  d.warning(SourceLoc{"w.s", 1}, "x");
  d.finish();
  CHECK(d.error_count() == 0);
}

TEST_CASE("diag: fatal prints `Fatal error:` and throws") {
  // gas on `.abort` at line 2: `ab.s:2: Fatal error: .abort detected.  Abandoning ship.`
  std::string out;
  Diag d("ab.s");
  d.capture_to(&out);
  CHECK_THROWS_AS(d.fatal(SourceLoc{"ab.s", 2}, ".abort detected.  Abandoning ship."), FatalError);
  CHECK(out == "ab.s: Assembler messages:\nab.s:2: Fatal error: .abort detected.  Abandoning ship.\n");
  CHECK(d.error_count() == 1);
}

TEST_CASE("diag: fatal after other messages adds no second banner") {
  std::string out;
  Diag d("ab.s");
  d.capture_to(&out);
  d.warning(SourceLoc{"ab.s", 1}, "x");
  CHECK_THROWS_AS(d.fatal(SourceLoc{"ab.s", 2}, "stop"), FatalError);
  CHECK(out == "ab.s: Assembler messages:\nab.s:1: Warning: x\nab.s:2: Fatal error: stop\n");
}
