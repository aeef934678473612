#pragma once
#include <array>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "directives/state.hpp"
#include "frontend/input.hpp"
#include "frontend/insn_memo.hpp"
#include "frontend/macro.hpp"
#include "frontend/parser.hpp"

namespace gasket::frontend {

/// Turns source text into statements and hands them to directives or the instruction encoder; owns the
/// textual layer: the input stack, macros, `.rept`/`.irp`/`.irpc`, conditionals and `.include`.
class StatementReader {
 public:
  StatementReader(directives::State& st, Parser& parser);
  ~StatementReader();
  StatementReader(const StatementReader&) = delete;
  StatementReader& operator=(const StatementReader&) = delete;

  /// Directories searched for `.include` and `.incbin` after the current directory (`-I`).
  void set_include_dirs(std::vector<std::string> dirs) { include_dirs_ = std::move(dirs); }
  /// Assembles the whole text of one file named `file` (the text must outlive the reader).
  void assemble(std::string_view file, std::string_view text);
  /// End-of-input checks (unterminated conditionals); call once after the last file.
  void finish();

 private:
  /// What a body being collected will become.
  enum class CollectKind : uint8_t { None, Macro, Rept, Irp, Irpc };

  void run();
  void end_of_frame();
  /// Gives gas's scrubber warnings about how file frame `f` ends, once, where gas gives them.
  void note_file_end(InputFrame& f);
  /// What the caller already knows of a line: nothing, or whether it holds a byte the scrubber handles.
  enum class ScrubScan : uint8_t { Unknown, Plain, NeedsScrub };
  void line(std::string_view text, ScrubScan scan = ScrubScan::Unknown);
  /// Reads the lines of the file on top of the input that need nothing of the general path (no scrub character,
  /// no macro body or skipped conditional around them, not in the file's last scrub chunk), handing data
  /// statements straight to their directive. Returns before the first line it cannot read that way, and after
  /// any statement that is not data, since that may change what the general path must do.
  void read_plain_lines();
  /// The rest of statement(), for trimmed text that is not a data statement, read while nothing is being
  /// collected or skipped: labels, then a directive, macro call or instruction.
  void operation(std::string_view text);
  bool line_marker(std::string_view text);
  void statement(std::string_view text);
  void instruction(std::string_view text);
  /// The ShapeMemo shape of an instruction statement into shape_, with its name and specifier; false when it
  /// has none (no name, several, a prefix, braces, ...).
  bool shape(std::string_view text, std::string_view& name, RelocSpec& spec);
  /// True when a reference to `name` with `spec` would be an unknown value with that specifier for the encoder,
  /// as for every symbol that is not equated and not absolute; `id` receives the symbol, or kNoSymbol if new.
  bool plain_symbol(std::string_view name, RelocSpec spec, SymbolId& id) const;
  /// True when `enc` has fixups or a relaxable jump and each refers to nothing but symbol `sym` with `spec`.
  bool refers_only_to(const x86::Encoding& enc, SymbolId sym, RelocSpec spec) const;
  std::string_view skip_labels(std::string_view text);
  void error_no_context(SourceLoc loc, std::string_view text);

  // macro_directives.cpp
  bool textual_directive(std::string_view name, std::string_view args);
  bool conditional_directive(std::string_view name, std::string_view args);
  void collect(std::string_view text);
  void finish_collect();
  void invoke_macro(const Macro& m, std::string_view args);
  void expand_repeat(CollectKind kind);
  void d_macro(std::string_view args);
  const MacroEval* alt_eval();
  void substitute_body(std::string_view body, int64_t counter, bool locals, uint32_t first_line, std::string& out);
  void d_purgem(std::string_view args);
  void d_rept(std::string_view args, CollectKind kind);
  void d_exitm();
  void d_include(std::string_view args);
  void d_incbin(std::string_view args);
  void d_if(std::string_view name, std::string_view args);
  bool eval_if(std::string_view name, std::string_view args);
  bool file_name(directives::Args& a, std::string& name);
  bool open_file(std::string_view name, std::string& path, std::string& text, std::string& error);

  directives::State& st_;
  Parser& parser_;
  InputStack input_;
  CondStack conds_;
  MacroTable macros_;
  std::vector<std::string> include_dirs_;
  std::deque<std::string> sources_;  ///< text of included files, read once

  bool in_comment_ = false;
  bool stop_line_ = false;   ///< `.exitm`/`.end`: drop the rest of the line
  bool ended_ = false;       ///< `.end` seen
  std::string scrub_;
  /// A string left open at the end of a line continues on the next ones (gas's app.c keeps its string state
  /// across lines): the lines are gathered here and read as one statement when the string closes.
  std::string string_join_;
  uint32_t string_join_line_ = 0;
  bool joining_string_ = false;  ///< a statement continues on the next physical line (open string or `'`)
  bool join_in_string_ = false;  ///< ... and that line starts inside a string
  std::string string_buf_;       ///< a line completed at the end of the file
  std::vector<size_t> splits_;
  std::string lower_;
  x86::MnemonicCache mnemonics_;
  InsnMemo memo_;
  ShapeMemo shapes_;
  std::string shape_;  ///< the shape of the instruction being read (ShapeMemo)
  std::array<std::string, 4> prefix_buf_;
  uint32_t line_seq_ = 0;    ///< physical lines read, to tell lines apart while collecting
  int64_t macro_count_ = 0;  ///< expansions so far (`\@`)
  bool altmacro_ = false;    ///< `.altmacro` mode
  int64_t local_count_ = 0;  ///< `.altmacro` LOCAL names made so far
  MacroEval alt_eval_;       ///< `%expr` in `.altmacro` arguments
  std::vector<SubstError> subst_errors_;

  // A body being collected (.macro ... .endm, .rept ... .endr).
  CollectKind collect_ = CollectKind::None;
  int collect_nest_ = 0;
  uint32_t collect_seq_ = 0;
  uint32_t collect_lines_ = 0;
  uint32_t collect_first_line_ = 0;
  size_t collect_frame_ = 0;  ///< input depth where collection started
  SourceLoc collect_loc_;
  std::string collect_body_;
  Macro collect_macro_;
  int64_t rept_count_ = 0;
  std::string irp_args_;
  std::string irp_param_;

  // Reused by expansions.
  std::vector<std::string> arg_values_;
  std::vector<std::string> arg_errors_;
  std::vector<std::string_view> names_;
  std::vector<std::string_view> values_;
  std::string arg_buf_;
};

}  // namespace gasket::frontend
