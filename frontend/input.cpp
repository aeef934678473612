#include "frontend/input.hpp"

#include "frontend/line_scan.hpp"

#include <cassert>

#include <fmt/format.h>

namespace gasket::frontend {

void InputStack::push_file(std::string_view file, std::string_view text, uint32_t cond_depth) {
  InputFrame f;
  f.kind = FrameKind::File;
  f.text = text;
  f.file = file;
  f.phys_file = file;
  f.cond_depth = cond_depth;
  frames_.push_back(f);
}

int InputStack::take_buffer() {
  if (!free_.empty()) {
    int i = free_.back();
    free_.pop_back();
    buffers_[static_cast<size_t>(i)]->clear();
    return i;
  }
  buffers_.push_back(std::make_unique<std::string>());
  return static_cast<int>(buffers_.size() - 1);
}

void InputStack::push_expansion(FrameKind kind, int buf, std::string_view file, uint32_t first_line,
                                uint32_t body_lines, SourceLoc invoked_from, uint32_t cond_depth) {
  InputFrame f;
  f.kind = kind;
  f.text = buffer(buf);
  f.file = file;
  f.first_line = first_line;
  f.line = first_line;
  f.body_lines = body_lines;
  f.invoked_from = invoked_from;
  f.cond_depth = cond_depth;
  f.buffer = buf;
  frames_.push_back(f);
}

void InputStack::push_remainder(std::string_view rest, SourceLoc loc) {
  int buf = take_buffer();
  buffer(buf).assign(rest);
  InputFrame f;
  f.kind = FrameKind::Remainder;
  f.text = buffer(buf);
  f.file = loc.file;
  f.first_line = loc.line;
  f.line = loc.line;
  f.buffer = buf;
  f.cond_depth = frames_.empty() ? 0 : frames_.back().cond_depth;
  frames_.insert(frames_.end() - 1, f);
}

bool InputStack::next_line(std::string_view& line, SourceLoc& loc, bool& needs_scrub) {
  if (frames_.empty()) return false;
  InputFrame& f = frames_.back();
  if (f.pos >= f.text.size()) return false;
  const LineScan scan = scan_line(f.text.substr(f.pos));
  line = f.text.substr(f.pos, scan.length);
  needs_scrub = scan.needs_scrub;
  if (f.kind == FrameKind::File) {
    loc = f.take_file_line(scan.length);
    return true;
  }
  f.pos += scan.length + 1;
  if (f.kind == FrameKind::Remainder) {
    f.line = f.first_line;
  } else {
    f.line = f.first_line + (f.body_lines ? f.lines_read % f.body_lines : f.lines_read);
  }
  ++f.lines_read;
  loc = SourceLoc{f.file, f.line};
  return true;
}

void InputStack::pop() {
  assert(!frames_.empty() && "pop of an empty input stack");
  if (frames_.back().buffer >= 0) free_.push_back(frames_.back().buffer);
  frames_.pop_back();
}

uint32_t InputStack::expansion_depth() const {
  uint32_t n = 0;
  for (const InputFrame& f : frames_)
    if (f.kind == FrameKind::Macro || f.kind == FrameKind::Repeat) ++n;
  return n;
}

SourceLoc InputStack::macro_call() const {
  for (const InputFrame& f : frames_)
    if (f.kind == FrameKind::Macro) return f.invoked_from;
  return {};
}

SourceLoc InputStack::file_location() const {
  for (size_t i = frames_.size(); i-- > 0;)
    if (frames_[i].kind == FrameKind::File) return SourceLoc{frames_[i].file, frames_[i].line};
  return {};
}

SourceLoc InputStack::physical_location() const {
  for (size_t i = frames_.size(); i-- > 0;)
    if (frames_[i].kind == FrameKind::File) return SourceLoc{frames_[i].phys_file, frames_[i].phys_line};
  return {};
}

void InputStack::set_file_line(std::string_view file, uint32_t next_line) {
  for (size_t i = frames_.size(); i-- > 0;) {
    if (frames_[i].kind != FrameKind::File) continue;
    frames_[i].file = file;
    frames_[i].line = next_line - 1;
    return;
  }
}

void InputStack::append_context(std::string& out) const {
  size_t level = 0;
  for (size_t i = frames_.size(); i-- > 0;) {
    const InputFrame& f = frames_[i];
    if (f.kind == FrameKind::File) break;
    if (f.kind == FrameKind::Remainder) continue;
    ++level;
    if (f.kind == FrameKind::Macro)
      out += fmt::format("{}:{}:{:{}}Info: macro invoked from here\n", f.invoked_from.file, f.invoked_from.line, "",
                         level + 1);
  }
}

void CondStack::open(bool value, SourceLoc loc) {
  CondFrame f;
  f.if_loc = loc;
  f.outer_ignoring = ignoring();
  f.taken = !f.outer_ignoring && value;
  f.ignoring = f.outer_ignoring || !value;
  frames_.push_back(f);
}

bool CondStack::else_(SourceLoc loc, bool& duplicate) {
  if (frames_.empty()) return false;
  CondFrame& f = frames_.back();
  duplicate = f.else_seen;
  if (duplicate) return true;
  f.else_seen = true;
  f.else_loc = loc;
  f.ignoring = f.outer_ignoring || f.taken;
  f.taken = true;
  return true;
}

bool CondStack::close() {
  if (frames_.empty()) return false;
  frames_.pop_back();
  return true;
}

}  // namespace gasket::frontend
