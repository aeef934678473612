// Diagnostics in GNU as's format.
//
// gas prints "FILE: Assembler messages:" once, before the first message, then one line per message:
// "FILE:LINE: Error: TEXT" or "FILE:LINE: Warning: TEXT"; the banner names the file of the first message.
// Messages without a line (end-of-file checks) are printed as "FILE: Error: TEXT". Every error makes the run fail (exit 1, no output file).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/core.h>

namespace gasket {

/// Where a statement came from: an interned file name and a 1-based line number (0 = no line).
struct SourceLoc {
  std::string_view file;
  uint32_t line = 0;
};

/// Lines printed after each message, such as the frontend's "macro invoked from here".
class MessageContext {
 public:
  virtual ~MessageContext() = default;
  /// Appends the context lines (each ending in a newline) to `out`.
  virtual void append_context(std::string& out) const = 0;
};

/// Thrown by Diag::fatal; the driver catches it and exits with status 1.
struct FatalError {};

/// Collects and prints assembler messages; counts errors so the driver can decide whether to write output.
class Diag {
 public:
  /// `main_file` names the file in the "Assembler messages:" banner.
  explicit Diag(std::string_view main_file) : main_file_(main_file) {}

  /// Reports an error at `loc`.
  void error(SourceLoc loc, std::string_view text) { emit(loc, "Error", text); ++errors_; }
  /// Reports a warning at `loc` (an error under --fatal-warnings, nothing under -W).
  void warning(SourceLoc loc, std::string_view text) {
    if (no_warn_) return;
    emit(loc, "Warning", text);
    ++warnings_;
  }
  /// Reports a formatted error.
  template <class... A> void errorf(SourceLoc loc, fmt::format_string<A...> f, A&&... a) {
    error(loc, fmt::format(f, std::forward<A>(a)...));
  }
  /// Reports a formatted warning.
  template <class... A> void warningf(SourceLoc loc, fmt::format_string<A...> f, A&&... a) {
    warning(loc, fmt::format(f, std::forward<A>(a)...));
  }

  /// Reports a fatal error and ends the assembly by throwing FatalError.
  [[noreturn]] void fatal(SourceLoc loc, std::string_view text);

  /// Number of errors so far.
  int error_count() const { return errors_; }
  /// Number of errors and warnings printed so far.
  int message_count() const { return errors_ + warnings_; }
  /// Under --fatal-warnings, turns the warnings so far into one closing error, as gas does at the end.
  void finish() {
    if (fatal_warnings_ && warnings_ > 0)
      errorf(SourceLoc{}, "{} warning{}, treating warnings as errors", warnings_, warnings_ == 1 ? "" : "s");
  }
  void set_no_warn(bool v) { no_warn_ = v; }
  void set_fatal_warnings(bool v) { fatal_warnings_ = v; }
  /// Context printed after every message from now on (nullptr: none).
  void set_context(const MessageContext* context) { context_ = context; }
  /// Redirects output into a string (unit tests).
  void capture_to(std::string* sink) { sink_ = sink; }

 private:
  void emit(SourceLoc loc, std::string_view kind, std::string_view text);

  std::string_view main_file_;
  int errors_ = 0;
  int warnings_ = 0;
  bool banner_done_ = false;
  bool no_warn_ = false;
  bool fatal_warnings_ = false;
  std::string* sink_ = nullptr;
  const MessageContext* context_ = nullptr;
};

}  // namespace gasket
