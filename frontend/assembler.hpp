#pragma once
#include <array>
#include <string>
#include <string_view>

#include "directives/state.hpp"
#include "frontend/parser.hpp"

namespace gasket::frontend {

/// Turns source text into statements and hands them to directives or the instruction encoder.
class StatementReader {
 public:
  StatementReader(directives::State& st, Parser& parser) : st_(st), parser_(parser) {}

  /// Assembles the whole text of one file named `file`.
  void assemble(std::string_view file, std::string_view text);

 private:
  void line(std::string_view text);
  void statement(std::string_view text);
  void instruction(std::string_view text);

  directives::State& st_;
  Parser& parser_;
  bool in_comment_ = false;
  std::string scrub_;
  std::string lower_;
  std::array<std::string, 4> prefix_buf_;
};

}  // namespace gasket::frontend
