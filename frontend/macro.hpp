// Macros as gas's macro.c sees them: a name, formal parameters, and a body of text.
//
// Everything here is textual and independent of the assembler state, so it is unit-tested on its own:
// parsing a parameter list, binding an invocation's arguments to the formals, and substituting `\formal`,
// `\()` and `\@` into the body. The reader (assembler.cpp, macro_directives.cpp) decides when to do what.
//
// Argument text is first compacted the way gas's input scrubber leaves an operand field: runs of blanks
// become one blank between two characters that may continue a symbol or an x86 operand (letters, digits,
// `_ . $`, and `* % - ( [ { }`), and vanish elsewhere. Blanks and commas then separate arguments, so
// `m 1 + 2` passes one argument `1+2` while `m 1 - 2` passes three: gas does the same.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gasket::frontend {

/// A formal parameter of a macro.
struct MacroParam {
  std::string name;
  std::string def;        ///< default value
  bool required = false;  ///< `:req`
  bool vararg = false;    ///< `:vararg`: takes the rest of the arguments, commas and all
};

/// A macro definition.
struct Macro {
  std::string name;
  std::vector<MacroParam> params;
  std::string body;        ///< one '\n'-terminated line per source line
  uint32_t first_line = 0; ///< line number of the body's first line
  uint32_t body_lines = 0;
};

/// Macros by name; gas compares macro names without regard to case.
class MacroTable {
 public:
  /// The macro called `name`, or nullptr.
  const Macro* find(std::string_view name);
  /// Adds `m`; returns false if a macro of that name exists.
  bool add(Macro&& m);
  /// Removes the macro called `name`; returns false if there is none.
  bool purge(std::string_view name);
  bool empty() const { return map_.empty(); }

 private:
  std::unordered_map<std::string, Macro> map_;
  std::string key_;
};

/// Lower-cases `s` into `out`.
void to_lower(std::string_view s, std::string& out);

/// Compacts blanks in operand text as gas's scrubber does (see the file comment).
void compact_blanks(std::string_view in, std::string& out);

/// Parses the parameter list after `.macro NAME` into `m.params`. On failure returns false with gas's message.
bool parse_macro_params(std::string_view text, Macro& m, std::string& error);

/// Reads one argument at `pos` of compacted `text`: quoted strings lose their quotes, the argument ends at a
/// blank or comma outside quotes. Advances `pos` past the argument and one separator (`,`, ` ` or ` , `).
void read_macro_arg(std::string_view text, size_t& pos, std::string& out);

/// Binds the arguments of an invocation to `m`'s formals: `values[i]` is the value of `m.params[i]`.
/// Errors (gas's messages) are appended to `errors`; returns false when the macro must not be expanded.
bool bind_macro_args(const Macro& m, std::string_view args, std::vector<std::string>& values,
                     std::vector<std::string>& errors);

/// Substitutes `\name` (a formal in `names`, value in `values`), `\()` and, when `counter` >= 0, `\@` into
/// `body`, appending the result to `out`. Unknown `\name` is copied unchanged.
void substitute(std::string_view body, const std::vector<std::string_view>& names,
                const std::vector<std::string_view>& values, int64_t counter, std::string& out);

}  // namespace gasket::frontend
