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
#include <functional>
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

/// `.altmacro`: evaluates the expression at the start of `text` (after a `%`), reporting its own errors;
/// stores the value and returns the number of characters used.
using MacroEval = std::function<size_t(std::string_view text, int64_t& value)>;

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
/// `alt` (non-null in `.altmacro` mode) reads defaults as alternate-mode arguments.
bool parse_macro_params(std::string_view text, Macro& m, std::string& error, const MacroEval* alt = nullptr);

/// Reads one argument at `pos` of compacted `text`: quoted strings lose their quotes, the argument ends at a
/// blank or comma outside quotes. Advances `pos` past the argument and one separator (`,`, ` ` or ` , `).
/// In `.altmacro` mode (`alt` non-null), `%expr` becomes the expression's decimal value, `<...>` delimits a
/// string in which `!` escapes the next character, and quoted strings keep (double) quotes.
void read_macro_arg(std::string_view text, size_t& pos, std::string& out, const MacroEval* alt = nullptr);

/// Binds the arguments of an invocation to `m`'s formals: `values[i]` is the value of `m.params[i]`.
/// `NAME=VALUE` names a formal, except in `.altmacro` mode (`alt` non-null), where it is positional text.
/// Errors (gas's messages) are appended to `errors`; returns false when the macro must not be expanded.
bool bind_macro_args(const Macro& m, std::string_view args, std::vector<std::string>& values,
                     std::vector<std::string>& errors, const MacroEval* alt = nullptr);

/// Substitutes `\name` and `&name` (a formal in `names`, value in `values`; one `&` right after `&name` is
/// dropped), `\()` and, when `counter` >= 0, `\@` into `body`, appending the result to `out`. Unknown names
/// are copied unchanged, as is `&&`.
void substitute(std::string_view body, const std::vector<std::string_view>& names,
                const std::vector<std::string_view>& values, int64_t counter, std::string& out);

/// An error found while substituting: the body line (0-based) and gas's message.
struct SubstError {
  uint32_t line = 0;
  std::string text;
};

/// `.altmacro` substitution: as `substitute`, and also formals named without `\` (inside quotes
/// too), `name&` concatenation, `&name`, and, when `locals` is true, `LOCAL a, b` lines which bind
/// each name to a fresh `.LLxxxx` symbol (`local_counter` counts them over the whole assembly).
void substitute_alt(std::string_view body, const std::vector<std::string_view>& names,
                    const std::vector<std::string_view>& values, int64_t counter, bool locals,
                    int64_t& local_counter, std::string& out, std::vector<SubstError>& errors);

}  // namespace gasket::frontend
