// The input stack and the conditional stack: what gets read next, and whether it is assembled or skipped.
//
// gas reads its input as a stack of buffers: the files named on the command line, files pulled in by
// `.include`, and the text that macro and `.rept`/`.irp`/`.irpc` expansions produce. gasket does the same.
// A file is read once into a buffer that lives as long as the assembly (messages and macro bodies may refer to
// its name); an expansion is built into a buffer taken from a small pool and given back when the expansion is
// finished, so a long `.rept` or a macro invoked in a loop allocates nothing per line.
//
// Line numbers follow gas 2.40: a line of a file reports its (possibly `# N "file"`-remapped) number; a line
// of an expansion reports the line of the macro or `.rept` body it came from, in the file the expansion was
// started from. Each macro expansion remembers where it was invoked, which gas prints after every message as
// "macro invoked from here", indented one column deeper per expansion level (`.rept` levels indent but print
// nothing).
//
// The conditional stack is separate from the input stack because conditionals may open in one file and close
// in another; an expansion only remembers how deep the stack was when it started, so `.exitm` and the end of a
// macro can drop the conditionals the macro opened.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "emit/diag.hpp"

namespace gasket::frontend {

/// What an input frame reads from.
enum class FrameKind : uint8_t {
  File,       ///< a source file (command line or .include)
  Macro,      ///< a macro expansion
  Repeat,     ///< a .rept/.irp/.irpc expansion
  Remainder,  ///< the rest of a line whose earlier statement pushed a new frame
};

/// One level of the input stack.
struct InputFrame {
  FrameKind kind = FrameKind::File;
  std::string_view text;
  size_t pos = 0;
  std::string_view file;          ///< logical file name for messages
  uint32_t line = 0;              ///< line number reported for the line read last
  std::string_view phys_file;     ///< File: the file's own name and line, whatever line markers say
  uint32_t phys_line = 0;
  uint32_t first_line = 0;        ///< expansions: line number of the body's first line
  uint32_t body_lines = 0;        ///< expansions: lines per repetition (line numbers restart each time)
  uint32_t lines_read = 0;
  uint32_t cond_depth = 0;        ///< conditional stack depth when the frame was entered
  SourceLoc invoked_from;         ///< Macro: the invocation
  int buffer = -1;                ///< pool buffer owned by the frame, or -1
  bool end_noted = false;         ///< File: the scrubber's end-of-file warnings were given

  /// File: steps past a line of `length` bytes and its newline; returns the line's location.
  SourceLoc take_file_line(size_t length) {
    pos += length + 1;
    ++line;
    ++phys_line;
    ++lines_read;
    return SourceLoc{file, line};
  }
};

/// The stack of inputs being read; also renders gas's "macro invoked from here" context for messages.
class InputStack final : public MessageContext {
 public:
  /// Starts reading a file whose text is `text` (kept alive by the caller) under the name `file`.
  void push_file(std::string_view file, std::string_view text, uint32_t cond_depth);
  /// Takes a buffer from the pool to build an expansion's text into; pass its index to push_expansion.
  int take_buffer();
  std::string& buffer(int index) { return *buffers_[static_cast<size_t>(index)]; }
  /// Starts reading an expansion built in buffer `buf`.
  void push_expansion(FrameKind kind, int buf, std::string_view file, uint32_t first_line, uint32_t body_lines,
                      SourceLoc invoked_from, uint32_t cond_depth);
  /// Inserts under the top frame a frame that reads `rest`, the remainder of a line at `loc`.
  void push_remainder(std::string_view rest, SourceLoc loc);
  /// Reads the next line into `line` and its location into `loc`, and tells whether it holds one of `#/;"'`
  /// (see line_scan.hpp). Returns false at the end of the top frame (call pop() and retry) or when the stack
  /// is empty.
  bool next_line(std::string_view& line, SourceLoc& loc, bool& needs_scrub);
  /// As above, without the scrub test.
  bool next_line(std::string_view& line, SourceLoc& loc) {
    bool unused;
    return next_line(line, loc, unused);
  }
  /// True if the top frame has nothing left to read.
  bool top_finished() const { return !frames_.empty() && frames_.back().pos >= frames_.back().text.size(); }
  /// Removes the top frame, returning its buffer to the pool.
  void pop();
  bool empty() const { return frames_.empty(); }
  size_t depth() const { return frames_.size(); }
  InputFrame& top() { return frames_.back(); }
  const std::vector<InputFrame>& frames() const { return frames_; }
  /// Number of macro and repeat frames (gas's macro nesting level).
  uint32_t expansion_depth() const;
  /// The call of the outermost macro expansion being read, or an empty location outside macros. gas gives the
  /// -g line-table rows of every statement of an expansion (nested macros, `.rept` and `.include` in it) this
  /// location instead of the statement's own.
  SourceLoc macro_call() const;
  /// The innermost file frame's current location (gas reports conditionals there).
  SourceLoc file_location() const;
  /// The innermost file frame's own name and line (line markers ignored).
  SourceLoc physical_location() const;
  /// Makes the next line of the innermost file frame number `line` in `file` (cpp line markers).
  void set_file_line(std::string_view file, uint32_t next_line);
  /// Appends gas's "FILE:LINE:  Info: macro invoked from here" lines for the active expansions.
  void append_context(std::string& out) const override;

 private:
  std::vector<InputFrame> frames_;
  std::vector<std::unique_ptr<std::string>> buffers_;
  std::vector<int> free_;
};

/// One open `.if` block.
struct CondFrame {
  SourceLoc if_loc;            ///< where the `.if` was (the innermost file's location)
  SourceLoc else_loc;          ///< where the `.else` was, if else_seen
  bool outer_ignoring = false; ///< the enclosing context was being skipped when the `.if` was read
  bool taken = false;          ///< some branch was assembled already
  bool ignoring = false;       ///< the current branch is skipped
  bool else_seen = false;
};

/// The stack of open conditionals (gas's cond.c).
class CondStack {
 public:
  /// True if statements are being skipped.
  bool ignoring() const { return !frames_.empty() && frames_.back().ignoring; }
  /// Opens a block; `value` is ignored when already skipping.
  void open(bool value, SourceLoc loc);
  /// `.elseif`: returns false if there is no open block. `evaluate` is asked for the condition only when the
  /// branch could be taken.
  template <class F> bool else_if(F&& evaluate);
  /// `.else`: returns false if there is no open block; sets `duplicate` when an `.else` was seen already.
  bool else_(SourceLoc loc, bool& duplicate);
  /// `.endif`: returns false if there is no open block.
  bool close();
  uint32_t depth() const { return static_cast<uint32_t>(frames_.size()); }
  /// Drops blocks down to `depth` (end of a macro, `.exitm`).
  void truncate(uint32_t depth) { frames_.resize(depth); }
  const CondFrame& top() const { return frames_.back(); }
  const CondFrame& at(uint32_t i) const { return frames_[i]; }

 private:
  std::vector<CondFrame> frames_;
};

template <class F> bool CondStack::else_if(F&& evaluate) {
  if (frames_.empty()) return false;
  CondFrame& f = frames_.back();
  if (f.outer_ignoring || f.taken) {
    f.ignoring = true;
    return true;
  }
  bool v = evaluate();
  f.ignoring = !v;
  f.taken = v;
  return true;
}

}  // namespace gasket::frontend
