// Statements from lines, as gas's app.c and read.c see them.
//
// A physical line is first scrubbed: `/* */` comments (which may span lines) and `#` comments are removed,
// outside of strings and character constants. The result is split at `;` into statements. Each statement may
// start with any number of labels (`name:`, `"quoted name":`, `1:`); then comes `NAME = EXPR`, a directive
// (`.name`), or an instruction with optional prefixes (`lock`, `rep`, `{disp32}`, ...).
#include "frontend/assembler.hpp"

#include "directives/handlers.hpp"
#include "frontend/line_scan.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <fmt/format.h>

namespace gasket::frontend {
namespace {

/// `\t \v \f \r` and space, tested as one bit of a word.
bool is_blank(char c) {
  constexpr uint64_t kBlanks = (uint64_t{1} << ' ') | (1u << '\t') | (1u << '\v') | (1u << '\f') | (1u << '\r');
  const auto u = static_cast<unsigned char>(c);
  return u <= ' ' && ((kBlanks >> u) & 1) != 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

constexpr std::string_view kPrefixes[] = {"lock", "rep", "repe", "repz", "repne", "repnz", "data16", "data32",
                                          "addr16", "addr32", "cs", "ds", "es", "fs", "gs", "ss", "rex", "rex64",
                                          "notrack", "xacquire", "xrelease", "bnd", "wait"};

bool is_prefix(std::string_view m) {
  if (m.size() < 2 || m.size() > 8) return false;
  switch (m.front()) {
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'l': case 'n': case 'r': case 's':
    case 'x':
      break;
    default:
      return false;
  }
  if (m.starts_with("rex.")) return true;
  for (std::string_view p : kPrefixes)
    if (p == m && m != "wait") return true;
  return false;
}

}  // namespace

StatementReader::StatementReader(directives::State& st, Parser& parser) : st_(st), parser_(parser) {
  st_.diag.set_context(&input_);
}

StatementReader::~StatementReader() { st_.diag.set_context(nullptr); }

void StatementReader::assemble(std::string_view file, std::string_view text) {
  if (ended_) return;
  input_.push_file(st_.as.intern(file), text, conds_.depth());
  run();
}

namespace {

/// Where a line leaves the double-quote state: false if every string that opens on it (outside comments and
/// character constants) also closes on it. `in_string` is the state at the start of the line.
/// gas's scrubber fills 32 KiB buffers and gives its end-of-file warnings while filling the last one, so
/// they come among the messages of the lines parsed by then: after those that end before this offset,
/// numbered with the last of them (no number while no line has been read). The buffers hold scrubbed text,
/// so in a file with comments or runs of blanks gas's point is later than this raw offset; for gcc's
/// output and for files without those it is the same.
size_t scrub_chunk_start(size_t file_size) {
  constexpr size_t kBuffer = 32 * 1024;
  return file_size == 0 ? 0 : (file_size - 1) / kBuffer * kBuffer;
}

/// How a physical line ends for gas's scrubber: inside a string, right after the `'` of a character
/// constant (whose character is then the newline, the next line continuing the statement), or neither.
enum class LineEnd : uint8_t { Closed, InString, InCharConstant };

LineEnd line_end(std::string_view s, bool in_string) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '\'' && i + 1 == s.size()) return LineEnd::InCharConstant;
    else if (c == '\'') i += i + 1 < s.size() && s[i + 1] == '\\' ? 2 : 1;
    else if (c == '#') return LineEnd::Closed;
    else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') return LineEnd::Closed;
  }
  return in_string ? LineEnd::InString : LineEnd::Closed;
}

/// True if the scrubber would give `line` back unchanged: its only scrub characters are the quotes of strings
/// that close on it, and what those strings hold (`.string "a;b"`, most string lines of compiler output).
bool scrubs_to_itself(std::string_view line) {
  size_t i = 0;
  for (;;) {
    while (i < line.size() && !is_scrub_char(line[i])) ++i;
    if (i == line.size()) return true;
    if (line[i] != '"') return false;
    const size_t close = line.find('"', i + 1);
    if (close == std::string_view::npos) return false;
    if (std::memchr(line.data() + i + 1, '\\', close - i - 1) == nullptr) {
      i = close + 1;
      continue;
    }
    // An escape may hide a quote: step over each backslash and what it escapes.
    ++i;
    while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
    if (i >= line.size()) return false;
    ++i;
  }
}

/// gas's scrubber writes a character constant `'c` (or `'\\c`, `\\b \\f \\n \\r \\t` being the only escapes with
/// another value than `c`) as its decimal value, dropping a closing `'` and the blanks after it: `m 'x y` passes
/// one macro argument `120y`. `i` is the position after the `'`; returns the position after the constant.
size_t scrub_char_constant(std::string_view text, size_t i, std::string& out) {
  auto c = static_cast<unsigned char>(text[i++]);
  if (c == '\\' && i < text.size()) {
    c = static_cast<unsigned char>(text[i++]);
    switch (c) {
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'n': c = '\n'; break;
      case 'r': c = '\r'; break;
      case 't': c = '\t'; break;
      default: break;
    }
  }
  if (i < text.size() && text[i] == '\'') ++i;
  while (i < text.size() && is_blank(text[i])) ++i;
  fmt::format_to(std::back_inserter(out), "{}", c);
  return i;
}

}  // namespace

void StatementReader::read_plain_lines() {
  InputFrame& f = input_.top();
  const size_t limit = scrub_chunk_start(f.text.size());
  while (f.pos < limit) {
    const LineScan scan = scan_line(f.text.substr(f.pos));
    // Past `limit`, note_file_end may have something to say first.
    if (f.pos + scan.length + 1 > limit) return;
    std::string_view text = f.text.substr(f.pos, scan.length);
    if (scan.needs_scrub && !scrubs_to_itself(text)) return;
    text = trim(text);
    st_.loc = f.take_file_line(scan.length);
    ++line_seq_;
    if (text.size() > 2 && text.front() == '.' && directives::run_data_statement(st_, text)) continue;
    stop_line_ = false;
    operation(text);
    return;
  }
}

void StatementReader::run() {
  std::string_view text;
  while (!input_.empty()) {
    if (input_.top().kind == FrameKind::File && !in_comment_ && !joining_string_ &&
        collect_ == CollectKind::None && !conds_.ignoring() && !st_.lines.opts.generate) {
      const size_t before = input_.top().pos;
      read_plain_lines();
      if (input_.empty() || input_.top().pos != before) continue;
    }
    bool needs = false;
    if (!input_.next_line(text, st_.loc, needs)) {
      if (joining_string_ && input_.top().kind == FrameKind::File) {
        // gas inserts the missing quote at the end of the file, and says so before anything about the lines.
        if (join_in_string_) {
          st_.diag.warning(SourceLoc{}, "end of file in string; '\"' inserted");
          string_join_ += '"';
        }
        joining_string_ = false;
        uint32_t end_line = st_.loc.line;
        st_.loc.line = string_join_line_;
        line(string_join_);
        st_.loc.line = end_line;
      }
      end_of_frame();
      continue;
    }
    ++line_seq_;
    if (st_.lines.opts.generate) st_.lines.macro_call = input_.macro_call();
    InputFrame& f = input_.top();
    const bool last_without_newline = f.kind == FrameKind::File && f.pos > f.text.size();
    if (f.kind == FrameKind::File && !f.end_noted && f.pos > scrub_chunk_start(f.text.size())) note_file_end(f);
    if (last_without_newline && !in_comment_ && !text.empty() && text.back() == '\'' &&
        line_end(text, joining_string_ && join_in_string_) == LineEnd::InCharConstant) {
      // The quote has no character at all: gas takes NUL.
      std::string& joined = joining_string_ ? string_join_ : string_buf_;
      if (!joining_string_) {
        joined.clear();
        string_join_line_ = st_.loc.line;
      }
      joined.append(text);
      joined.push_back('\0');
      joining_string_ = false;
      const uint32_t end_line = st_.loc.line;
      st_.loc.line = string_join_line_;
      line(joined);
      st_.loc.line = end_line;
      continue;
    }

    // One scan tells both whether the line needs the scrubber and whether it may hold a quote.
    const bool plain = !in_comment_ && !joining_string_ && !needs;
    if (f.kind == FrameKind::File && !in_comment_ && !plain &&
        (joining_string_ || text.find('"') != std::string_view::npos || text.back() == '\'')) {
      const LineEnd end = line_end(text, joining_string_ && join_in_string_);
      const bool open = end != LineEnd::Closed;
      if (!joining_string_ && open) {
        joining_string_ = true;
        string_join_line_ = st_.loc.line;
        string_join_.assign(text);
      } else if (joining_string_) {
        string_join_.append(text);
      }
      if (joining_string_ && open) {
        join_in_string_ = end == LineEnd::InString;
        // The newline is the character constant's character, not the end of a line: gas numbers the lines
        // after it one less.
        if (!join_in_string_) --f.line;
        // A backslash at the end of the line escapes the newline: gas keeps it as the two characters `\n`.
        size_t bs = 0;
        if (join_in_string_)
          for (size_t k = string_join_.size(); k > 0 && string_join_[k - 1] == '\\'; --k) ++bs;
        string_join_ += (bs % 2 == 1) ? "\\n" : "\n";
        continue;
      }
      if (joining_string_) {
        joining_string_ = false;
        uint32_t end_line = st_.loc.line;
        st_.loc.line = string_join_line_;
        line(string_join_);
        st_.loc.line = end_line;
        continue;
      }
    }
    line(text, needs ? ScrubScan::NeedsScrub : ScrubScan::Plain);
  }
}

void StatementReader::note_file_end(InputFrame& f) {
  f.end_noted = true;
  if (f.text.empty() || f.text.back() == '\n') return;
  const size_t last = f.text.rfind('\n');
  const std::string_view last_line = f.text.substr(last == std::string_view::npos ? 0 : last + 1);
  const SourceLoc at{f.file, f.line - 1};
  if (last_line.back() == '\'' && line_end(last_line, false) == LineEnd::InCharConstant)
    st_.diag.warning(at, "end of file after a one-character quote; \\0 inserted");
  st_.diag.warning(at, "end of file not at end of a line; newline inserted");
}

void StatementReader::end_of_frame() {
  InputFrame& f = input_.top();
  if (collect_ != CollectKind::None && collect_frame_ == input_.depth()) {
    if (collect_ == CollectKind::Macro) {
      st_.diag.errorf(collect_loc_, "unexpected end of file in macro `{}' definition", collect_macro_.name);
    } else if (collect_ == CollectKind::Rept) {
      st_.diag.error(SourceLoc{st_.loc.file, st_.loc.line + 1}, "REPT without ENDR");
    } else {
      st_.diag.error(collect_loc_, "unexpected end of file in irp or irpc");
    }
    collect_ = CollectKind::None;
  }
  if ((f.kind == FrameKind::Macro || f.kind == FrameKind::Repeat) && conds_.depth() > f.cond_depth) {
    st_.diag.error(st_.loc, "end of macro inside conditional");
    error_no_context(conds_.at(f.cond_depth).if_loc, "here is the start of the unterminated conditional");
    conds_.truncate(f.cond_depth);
  }
  input_.pop();
}

void StatementReader::error_no_context(SourceLoc loc, std::string_view text) {
  st_.diag.set_context(nullptr);
  st_.diag.error(loc, text);
  st_.diag.set_context(&input_);
}

void StatementReader::finish() {
  if (conds_.depth() > 0) {
    st_.diag.error(SourceLoc{}, "end of file inside conditional");
    st_.diag.error(conds_.top().if_loc, "here is the start of the unterminated conditional");
  }
}

bool StatementReader::line_marker(std::string_view text) {
  // cpp's `# 123 "file.S" 1 3`: the next line is line 123 of file.S.
  size_t i = 1;
  while (i < text.size() && is_blank(text[i])) ++i;
  if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  uint32_t n = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
    n = n * 10 + static_cast<uint32_t>(text[i++] - '0');
  // gas takes it as a marker only with a quoted file name after the number; `# 12-byte ...` is a comment.
  while (i < text.size() && is_blank(text[i])) ++i;
  if (i >= text.size() || text[i] != '"') return false;
  std::string_view file = input_.top().file;
  if (i < text.size() && text[i] == '"') {
    std::string name;
    size_t j = i + 1;
    while (j < text.size() && text[j] != '"') {
      if (text[j] == '\\' && j + 1 < text.size()) ++j;
      name.push_back(text[j++]);
    }
    file = st_.as.intern(name);
  }
  input_.set_file_line(file, n);
  return true;
}

void StatementReader::line(std::string_view text, ScrubScan scan) {
  const bool needs = scan == ScrubScan::Unknown ? needs_scrub(text) : scan == ScrubScan::NeedsScrub;
  if (!in_comment_ && !needs) {
    stop_line_ = false;
    statement(text);
    return;
  }
  if (!in_comment_ && !text.empty() && text.front() == '#' && input_.top().kind == FrameKind::File &&
      line_marker(text))
    return;
  scrub_.clear();
  size_t i = 0;
  std::vector<size_t>& splits = splits_;
  splits.clear();
  while (i < text.size()) {
    char c = text[i];
    if (in_comment_) {
      if (c == '*' && i + 1 < text.size() && text[i + 1] == '/') {
        in_comment_ = false;
        i += 2;
        scrub_.push_back(' ');
      } else {
        ++i;
      }
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      in_comment_ = true;
      i += 2;
      continue;
    }
    if (c == '#') break;
    if (c == '/' && trim(scrub_).empty() && splits.empty()) break;
    if (c == '"') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
      j = j < text.size() ? j + 1 : text.size();
      scrub_.append(text.substr(i, j - i));
      i = j;
      continue;
    }
    if (c == '\'' && i + 1 < text.size()) {
      i = scrub_char_constant(text, i + 1, scrub_);
      continue;
    }
    if (c == ';') {
      splits.push_back(scrub_.size());
      scrub_.push_back('\n');
      ++i;
      continue;
    }
    scrub_.push_back(c);
    ++i;
  }
  std::string_view s = scrub_;
  size_t start = 0;
  stop_line_ = false;
  for (size_t k = 0; k <= splits.size(); ++k) {
    size_t at = k < splits.size() ? splits[k] : s.size();
    size_t depth = input_.depth();
    statement(s.substr(start, at - start));
    start = at + 1;
    if (stop_line_ || k == splits.size()) break;
    if (input_.depth() > depth) {
      // The statement pushed an expansion or a file: the rest of this line comes after it.
      std::string rest(s.substr(start));
      for (char& c : rest)
        if (c == '\n') c = ';';
      input_.push_remainder(rest, st_.loc);
      break;
    }
  }
}

std::string_view StatementReader::skip_labels(std::string_view text) {
  for (;;) {
    size_t i = 0;
    while (i < text.size() && directives::is_name_char(text[i])) ++i;
    size_t k = i;
    while (k < text.size() && is_blank(text[k])) ++k;
    if (i == 0 || k >= text.size() || text[k] != ':') return text;
    text = trim(text.substr(k + 1));
  }
}

void StatementReader::statement(std::string_view text) {
  text = trim(text);
  if (collect_ != CollectKind::None) {
    collect(text);
    return;
  }
  if (conds_.ignoring()) {
    std::string_view d = skip_labels(text);
    if (d.size() < 3 || d.front() != '.' || ((d[1] | 0x20) != 'e' && (d[1] | 0x20) != 'i')) return;
    size_t i = 1;
    while (i < d.size() && !is_blank(d[i])) ++i;
    to_lower(d.substr(0, i), lower_);
    conditional_directive(lower_, d.substr(i));
    return;
  }
  if (text.size() > 2 && text.front() == '.' && directives::run_data_statement(st_, text)) return;
  operation(text);
}

void StatementReader::operation(std::string_view text) {
  // Labels. `name_end` keeps how far the last name scan got, so a directive's name is not scanned twice.
  size_t name_end = 0;
  while (!text.empty()) {
    size_t i = 0;
    std::string quoted;
    std::string_view name;
    if (text.front() == '"') {
      size_t j = 1;
      while (j < text.size() && text[j] != '"') {
        if (text[j] == '\\' && j + 1 < text.size()) ++j;
        quoted.push_back(text[j++]);
      }
      if (j >= text.size()) break;
      i = j + 1;
      name = quoted;
    } else {
      while (i < text.size() && directives::is_name_char(text[i])) ++i;
      name = text.substr(0, i);
      name_end = i;
    }
    if (name.empty()) break;
    size_t k = i;
    while (k < text.size() && is_blank(text[k])) ++k;
    if (k < text.size() && text[k] == ':' && !(k + 1 < text.size() && text[k + 1] == ':')) {
      bool numeric = quoted.empty() && std::isdigit(static_cast<unsigned char>(name.front()));
      if (numeric) {
        bool all_digits = true;
        uint64_t n = 0;
        for (char c : name) {
          if (!std::isdigit(static_cast<unsigned char>(c))) all_digits = false;
          else n = n * 10 + static_cast<uint64_t>(c - '0');
        }
        if (all_digits)
          st_.define_local_label(n);
        else
          st_.diag.errorf(st_.loc, "junk at end of line, first unrecognized character is `{}'", name.front());
      } else {
        st_.define_label(name);
      }
      text = trim(text.substr(k + 1));
      name_end = 0;
      continue;
    }
    if (k < text.size() && text[k] == '=' && !(k + 1 < text.size() && text[k + 1] == '=') && quoted.empty()) {
      std::string n(name);
      directives::Args a(st_, text.substr(k + 1));
      directives::assign_symbol(st_, n, a, directives::kSet);
      return;
    }
    break;
  }
  if (text.empty()) return;
  if (!directives::is_name_start(text.front()) && text.front() != '{') {
    st_.diag.errorf(st_.loc, "junk at end of line, first unrecognized character is `{}'", text.front());
    return;
  }
  if (text.front() == '.') {
    size_t i = name_end > 1 ? name_end : 1;
    while (i < text.size() && !is_blank(text[i])) ++i;
    std::string_view name = text.substr(0, i);
    // Directive names are nearly always written in lower case already; only others are copied to lower it.
    std::string_view key = name;
    if (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      to_lower(name, lower_);
      key = lower_;
    }
    if (textual_directive(key, text.substr(i))) return;
    if (directives::run_directive(st_, key, text.substr(i))) {
      // A few directives leave the rest of the line to be read as another statement, as in gas.
      if (!st_.reread.empty()) {
        std::string_view rest = st_.reread;
        st_.reread = {};
        statement(rest);
      }
      return;
    }
    if (!macros_.empty()) {
      if (const Macro* m = macros_.find(name)) {
        invoke_macro(*m, text.substr(i));
        return;
      }
    }
    to_lower(name, lower_);
    st_.diag.errorf(st_.loc, "unknown pseudo-op: `{}'", lower_);
    return;
  }
  if (!macros_.empty()) {
    size_t i = 0;
    while (i < text.size() && directives::is_name_char(text[i])) ++i;
    if (const Macro* m = macros_.find(text.substr(0, i))) {
      invoke_macro(*m, text.substr(i));
      return;
    }
  }
  instruction(text);
}

bool StatementReader::shape(std::string_view text, std::string_view& name, RelocSpec& spec) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z') return false;
  size_t i = 0;
  while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= '0' && text[i] <= '9'))) ++i;
  if (i < text.size() && !is_blank(text[i]) && text[i] != '*' && text[i] != '$' && text[i] != '%') return false;
  if (is_prefix(text.substr(0, i))) return false;
  return ShapeMemo::shape_of(text, i, shape_, name, spec);
}

bool StatementReader::plain_symbol(std::string_view name, RelocSpec spec, SymbolId& id) const {
  if (spec != RelocSpec::None && !st_.allow_reloc_spec) return false;
  id = st_.as.find_symbol(name);
  if (id == kNoSymbol) return true;
  const Symbol& s = st_.as.symbol(id);
  return s.equated == kNoExpr && !(s.defined && s.section == kAbsSection);
}

bool StatementReader::refers_only_to(const x86::Encoding& enc, SymbolId sym, RelocSpec spec) const {
  auto is_sym = [&](const ExprRef& r) {
    if (r.id == kNoExpr || r.known || r.spec != spec) return false;
    const ExprNode& n = st_.as.exprs()[r.id];
    return n.op == ExprOp::Sym && n.sym == sym && n.spec == spec;
  };
  if (enc.nfixups == 0 && enc.relax == x86::JumpRelax::None) return false;
  for (uint8_t i = 0; i < enc.nfixups; ++i)
    if (!is_sym(enc.fixups[i].value)) return false;
  return enc.relax == x86::JumpRelax::None || is_sym(enc.target);
}

void StatementReader::instruction(std::string_view text) {
  if (const InsnMemo::Entry* e = memo_.find(text)) {
    st_.emit_insn_bytes(e->bytes, e->size, e->pieces);
    return;
  }
  std::string_view name;
  RelocSpec spec = RelocSpec::None;
  const bool shaped = shape(text, name, spec);
  if (shaped) {
    const ShapeMemo::Entry* e = shapes_.find(shape_);
    SymbolId id = kNoSymbol;
    if (e && plain_symbol(name, spec, id)) {
      st_.emit_insn_template(e->tmpl, e->mov64, name, id, spec);
      return;
    }
  }
  x86::Insn insn;
  insn.text = text;
  std::string_view rest = text;
  for (;;) {
    while (!rest.empty() && rest.front() == '{') {
      size_t close = rest.find('}');
      if (close == std::string_view::npos) break;
      std::string_view pp = rest.substr(1, close - 1);
      if (pp == "disp8") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Disp8);
      else if (pp == "disp32") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Disp32);
      else if (pp == "load") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Load);
      else if (pp == "store") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Store);
      else if (pp == "vex") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Vex);
      else if (pp == "vex3") insn.pseudo |= static_cast<uint8_t>(x86::PseudoPrefix::Vex3);
      rest = trim(rest.substr(close + 1));
    }
    size_t i = 0;
    while (i < rest.size() && !is_blank(rest[i]) && rest[i] != '*' && rest[i] != '$' && rest[i] != '%') ++i;
    std::string_view m = rest.substr(0, i);
    lower_.assign(m);
    for (char& c : lower_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    std::string_view after = trim(rest.substr(i));
    if (is_prefix(lower_) && !after.empty() && std::isalpha(static_cast<unsigned char>(after.front())) &&
        insn.nprefixes < insn.prefixes.size()) {
      prefix_buf_[insn.nprefixes] = lower_;
      insn.prefixes[insn.nprefixes] = prefix_buf_[insn.nprefixes];
      ++insn.nprefixes;
      rest = after;
      continue;
    }
    insn.mnemonic = lower_;
    rest = after;
    break;
  }
  std::string err;
  insn.resolved = mnemonics_.resolve(insn.mnemonic);
  if (!x86::MnemonicCache::known(insn.resolved)) {
    x86::Encoding unused;
    x86::encode(insn, unused, err);
    st_.diag.error(st_.loc, err);
    return;
  }
  st_.begin_insn();
  if (!parser_.parse_operands(rest, insn, err)) {
    st_.diag.error(st_.loc, err);
    return;
  }
  const int messages = st_.diag.message_count();
  const SymbolId ref = shaped ? st_.single_insn_ref() : kNoSymbol;
  x86::Encoding enc;
  if (!st_.assemble_insn(insn, text, enc) || st_.diag.message_count() != messages) return;
  SymbolId found = kNoSymbol;
  if (enc.nfixups == 0 && enc.relax == x86::JumpRelax::None && InsnMemo::symbol_free(rest)) {
    memo_.remember(text, enc.bytes.data(), enc.size, enc.pieces);
  } else if (ref != kNoSymbol && insn.nprefixes == 0 && insn.pseudo == 0 && plain_symbol(name, spec, found) &&
             found == ref && refers_only_to(enc, ref, spec)) {
    shapes_.remember(shape_, ShapeMemo::Entry{enc, directives::State::mov64_form(insn)});
  }
}

}  // namespace gasket::frontend
