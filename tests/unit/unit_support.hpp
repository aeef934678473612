// A tiny in-test driver: the passes of frontend/main.cpp over a string, with messages captured.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "directives/state.hpp"
#include "emit/assembly.hpp"
#include "emit/diag.hpp"
#include "emit/elf/writer.hpp"
#include "emit/layout.hpp"
#include "frontend/assembler.hpp"
#include "frontend/parser.hpp"

namespace gasket::test {

/// One assembly of in-memory text named `t.s`; `messages` collects what gas would print on stderr.
struct Driver {
  explicit Driver(const directives::Options& opts = {})
      : diag("t.s"), as(diag), st(as, opts), parser(st), reader(st, parser) {
    diag.capture_to(&messages);
    st.reader = &parser;
  }

  /// Reads `text` as the file `file` (pass 1).
  Driver& run(std::string_view text, std::string_view file = "t.s") {
    try {
      reader.assemble(file, text);
    } catch (const FatalError&) {
      fatal = true;
    }
    return *this;
  }

  /// Parses `expr` as if it appeared now and folds it as the parser would.
  Value fold(std::string_view expr) {
    ExprId e = parser.read_expr(expr);
    REQUIRE_MESSAGE(e != kNoExpr, "expression did not parse");
    return as.fold(e);
  }

  /// The remaining passes: layout, fixups, the object. Empty when an error was reported.
  std::vector<uint8_t> object() {
    st.check_local_labels();
    layout(as);
    resolve_fixups(as);
    std::vector<uint8_t> out;
    if (diag.error_count() > 0 || !elf::write_object(as, out)) out.clear();
    return out;
  }

  /// The id of a section by name (REQUIREs it exists).
  SectionId section(std::string_view name) {
    SectionId s = as.find_section(name);
    REQUIRE_MESSAGE(s != kNoSection, "no section " << std::string(name));
    return s;
  }
  std::string_view current_name() { return as.section(st.cur.sec).name; }

  std::string messages;
  bool fatal = false;
  Diag diag;
  Assembly as;
  directives::State st;
  frontend::Parser parser;
  frontend::StatementReader reader;
};

}  // namespace gasket::test
