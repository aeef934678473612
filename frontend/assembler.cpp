// Statements from lines, as gas's app.c and read.c see them.
//
// A physical line is first scrubbed: `/* */` comments (which may span lines) and `#` comments are removed,
// outside of strings and character constants. The result is split at `;` into statements. Each statement may
// start with any number of labels (`name:`, `"quoted name":`, `1:`); then comes `NAME = EXPR`, a directive
// (`.name`), or an instruction with optional prefixes (`lock`, `rep`, `{disp32}`, ...).
#include "frontend/assembler.hpp"

#include "directives/handlers.hpp"

#include <cctype>

#include <fmt/format.h>

namespace gasket::frontend {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  // A blank right after ' is a character constant, not trailing space.
  while (!s.empty() && is_blank(s.back()) && !(s.size() >= 2 && s[s.size() - 2] == '\'' &&
                                               (s.size() < 3 || s[s.size() - 3] != '\\')))
    s.remove_suffix(1);
  return s;
}

constexpr std::string_view kPrefixes[] = {"lock", "rep", "repe", "repz", "repne", "repnz", "data16", "data32",
                                          "addr16", "addr32", "cs", "ds", "es", "fs", "gs", "ss", "rex", "rex64",
                                          "notrack", "xacquire", "xrelease", "bnd", "wait"};

bool is_prefix(std::string_view m) {
  if (m.starts_with("rex.")) return true;
  for (std::string_view p : kPrefixes)
    if (p == m && m != "wait") return true;
  return false;
}

}  // namespace

void StatementReader::assemble(std::string_view file, std::string_view text) {
  st_.loc.file = file;
  st_.loc.line = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++st_.loc.line;
    line(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

void StatementReader::line(std::string_view text) {
  // Fast path: nothing to scrub.
  bool plain = !in_comment_;
  if (plain)
    for (char c : text)
      if (c == '#' || c == '/' || c == ';' || c == '"' || c == '\'') { plain = false; break; }
  if (plain) {
    statement(text);
    return;
  }
  scrub_.clear();
  size_t i = 0;
  std::vector<size_t> splits;
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
    if (c == '\'') {
      scrub_.push_back(c);
      ++i;
      if (i < text.size()) {
        if (text[i] == '\\' && i + 1 < text.size()) {
          scrub_.append(text.substr(i, 2));
          i += 2;
        } else {
          scrub_.push_back(text[i++]);
        }
      }
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
  for (size_t at : splits) {
    statement(s.substr(start, at - start));
    start = at + 1;
  }
  statement(s.substr(start));
}

void StatementReader::statement(std::string_view text) {
  text = trim(text);
  // Labels.
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
    size_t i = 1;
    while (i < text.size() && !is_blank(text[i])) ++i;
    std::string_view name = text.substr(0, i);
    lower_.assign(name);
    for (char& c : lower_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!directives::run_directive(st_, lower_, text.substr(i)))
      st_.diag.errorf(st_.loc, "unknown pseudo-op: `{}'", lower_);
    return;
  }
  instruction(text);
}

void StatementReader::instruction(std::string_view text) {
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
    for (char& c : lower_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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
  if (!x86::is_mnemonic(insn.mnemonic)) {
    x86::Encoding unused;
    x86::encode(insn, unused, err);
    st_.diag.error(st_.loc, err);
    return;
  }
  if (!parser_.parse_operands(rest, insn, err)) {
    st_.diag.error(st_.loc, err);
    return;
  }
  st_.assemble_insn(insn, text);
}

}  // namespace gasket::frontend
