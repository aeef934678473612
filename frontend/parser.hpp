// The Spirit X3 expression and operand parser, behind a Boost-free interface.
#pragma once
#include <string>
#include <string_view>

#include "directives/state.hpp"
#include "emit/x86/insn.hpp"

namespace gasket::frontend {

/// Parses gas expressions and AT&T operands into the assembly's expression pool and x86::Insn.
class Parser final : public directives::ExprReader {
 public:
  explicit Parser(directives::State& st) : st_(st) {}

  /// Parses one expression at the front of `text`, advancing it. kNoExpr if there is none.
  ExprId read_expr(std::string_view& text) override;

  /// Parses a comma-separated operand list into `insn.ops`. On failure returns false and sets `error` to gas's
  /// message text.
  bool parse_operands(std::string_view text, x86::Insn& insn, std::string& error);

 private:
  directives::State& st_;
};

}  // namespace gasket::frontend
