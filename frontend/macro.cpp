#include "frontend/macro.hpp"

#include <deque>

#include <fmt/format.h>

#include "directives/state.hpp"

namespace gasket::frontend {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

/// Characters next to which gas's scrubber keeps a blank in an operand field.
bool keeps_blank(char c) {
  return directives::is_name_char(c) || c == '*' || c == '%' || c == '-' || c == '(' || c == '[' || c == '{' ||
         c == '}' || c == '"' || c == '\'';
}

}  // namespace

void to_lower(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

const Macro* MacroTable::find(std::string_view name) {
  to_lower(name, key_);
  auto it = map_.find(key_);
  return it == map_.end() ? nullptr : &it->second;
}

bool MacroTable::add(Macro&& m) {
  to_lower(m.name, key_);
  return map_.try_emplace(key_, std::move(m)).second;
}

bool MacroTable::purge(std::string_view name) {
  to_lower(name, key_);
  return map_.erase(key_) > 0;
}

void compact_blanks(std::string_view in, std::string& out) {
  out.clear();
  size_t i = 0;
  while (i < in.size() && is_blank(in[i])) ++i;
  while (i < in.size()) {
    char c = in[i];
    if (c == '"') {
      size_t j = i + 1;
      while (j < in.size() && in[j] != '"') j += in[j] == '\\' ? 2 : 1;
      j = j < in.size() ? j + 1 : in.size();
      out.append(in.substr(i, j - i));
      i = j;
      continue;
    }
    if (is_blank(c)) {
      size_t j = i;
      while (j < in.size() && is_blank(in[j])) ++j;
      if (j < in.size() && !out.empty() && keeps_blank(out.back()) && keeps_blank(in[j])) out.push_back(' ');
      i = j;
      continue;
    }
    out.push_back(c);
    ++i;
  }
}

namespace {

/// Alternate-mode strings at `pos`: `<...>` (nesting, `!` escapes), `"..."` and `'...'` (`!` escapes, doubled
/// or backslashed quotes), one after the other.
void read_alt_strings(std::string_view text, size_t& pos, std::string& out) {
  while (pos < text.size() && (text[pos] == '<' || text[pos] == '"' || text[pos] == '\'')) {
    char open = text[pos++];
    if (open == '<') {
      int nest = 0;
      while (pos < text.size() && (text[pos] != '>' || nest > 0)) {
        char c = text[pos];
        if (c == '!' && pos + 1 < text.size()) {
          out.push_back(text[pos + 1]);
          pos += 2;
          continue;
        }
        if (c == '<') ++nest;
        if (c == '>') --nest;
        out.push_back(c);
        ++pos;
      }
      if (pos < text.size()) ++pos;
      continue;
    }
    while (pos < text.size()) {
      char c = text[pos];
      if (c == '!' && pos + 1 < text.size()) {
        out.push_back(text[pos + 1]);
        pos += 2;
      } else if (c == '\\' && pos + 1 < text.size() && text[pos + 1] == open) {
        out.push_back('\\');
        out.push_back(open);
        pos += 2;
      } else if (c == open) {
        ++pos;
        if (pos < text.size() && text[pos] == open) {
          out.push_back(open);
          ++pos;
        } else {
          break;
        }
      } else {
        out.push_back(c);
        ++pos;
      }
    }
  }
}

void skip_arg_separator(std::string_view text, size_t& pos) {
  if (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && text[pos] == ',') {
    ++pos;
    if (pos < text.size() && text[pos] == ' ') ++pos;
  }
}

/// An argument that does not start with a string: it ends at a comma, or at a blank outside `(...)`/`[...]`
/// (and, in `.altmacro` mode, at `<`); strings inside it keep their quotes.
void read_plain_arg(std::string_view text, size_t& pos, std::string& out, bool alt) {
  int depth = 0;
  while (pos < text.size()) {
    char c = text[pos];
    if (c == ',' || (c == ' ' && depth <= 0) || (alt && c == '<')) break;
    if (c == '(' || c == '[') ++depth;
    else if (c == ')' || c == ']') --depth;
    out.push_back(c);
    ++pos;
    if (c == '"' || (alt && c == '\'')) {
      while (pos < text.size() && text[pos] != c) {
        if (text[pos] == '\\' && pos + 1 < text.size()) out.push_back(text[pos++]);
        out.push_back(text[pos++]);
      }
      if (pos < text.size()) out.push_back(text[pos++]);
    }
  }
}

void read_alt_arg(std::string_view text, size_t& pos, std::string& out, const MacroEval& eval) {
  out.clear();
  if (pos < text.size() && text[pos] == '%') {
    int64_t v = 0;
    pos += 1 + eval(text.substr(pos + 1), v);
    fmt::format_to(std::back_inserter(out), "{}", v);
  } else if (pos < text.size() && text[pos] == '<') {
    read_alt_strings(text, pos, out);
  } else if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
    out.push_back('"');
    read_alt_strings(text, pos, out);
    out.push_back('"');
  } else {
    read_plain_arg(text, pos, out, true);
  }
  skip_arg_separator(text, pos);
}

}  // namespace

void read_macro_arg(std::string_view text, size_t& pos, std::string& out, const MacroEval* alt) {
  if (alt) {
    read_alt_arg(text, pos, out, *alt);
    return;
  }
  out.clear();
  if (pos < text.size() && text[pos] == '"') {
    // A quoted string is copied without its quotes and ends the argument.
    size_t j = pos + 1;
    while (j < text.size() && text[j] != '"') {
      if (text[j] == '\\' && j + 1 < text.size()) out.push_back(text[j++]);
      out.push_back(text[j++]);
    }
    pos = j < text.size() ? j + 1 : j;
  } else {
    read_plain_arg(text, pos, out, false);
  }
  skip_arg_separator(text, pos);
}

bool parse_macro_params(std::string_view text, Macro& m, std::string& error, const MacroEval* alt) {
  std::string compact;
  compact_blanks(text, compact);
  std::string_view s = compact;
  size_t pos = 0;
  if (pos < s.size() && s[pos] == ',') ++pos;
  while (pos < s.size()) {
    if (s[pos] == ' ' || s[pos] == ',') {
      ++pos;
      continue;
    }
    size_t start = pos;
    while (pos < s.size() && directives::is_name_char(s[pos])) ++pos;
    MacroParam p;
    p.name.assign(s.substr(start, pos - start));
    if (p.name.empty()) {
      error = fmt::format("Bad parameter list for macro `{}'", m.name);
      return false;
    }
    for (const MacroParam& q : m.params)
      if (q.name == p.name) {
        error = fmt::format("A parameter named `{}' already exists for macro `{}'", p.name, m.name);
        return false;
      }
    if (pos < s.size() && s[pos] == ':') {
      size_t q = ++pos;
      while (pos < s.size() && directives::is_name_char(s[pos])) ++pos;
      std::string_view qual = s.substr(q, pos - q);
      if (qual == "req") {
        p.required = true;
      } else if (qual == "vararg") {
        p.vararg = true;
      } else {
        error = fmt::format("`{}' is not a valid parameter qualifier for `{}' in macro `{}'", qual, p.name, m.name);
        return false;
      }
    }
    if (!m.params.empty() && m.params.back().vararg) {
      error = fmt::format("Bad parameter list for macro `{}'", m.name);
      return false;
    }
    if (pos < s.size() && s[pos] == '=') {
      ++pos;
      read_macro_arg(s, pos, p.def, alt);
    } else {
      if (pos < s.size() && s[pos] == ' ') ++pos;
      if (pos < s.size() && s[pos] == ',') ++pos;
    }
    m.params.push_back(std::move(p));
  }
  return true;
}

bool bind_macro_args(const Macro& m, std::string_view args, std::vector<std::string>& values,
                     std::vector<std::string>& errors, const MacroEval* alt) {
  std::string compact;
  compact_blanks(args, compact);
  std::string_view s = compact;
  values.resize(m.params.size());
  std::vector<bool> given(m.params.size(), false);
  size_t positional = 0;
  size_t pos = 0;
  std::string value;
  while (pos < s.size()) {
    // A keyword argument: NAME=VALUE (not in .altmacro mode, where it is a positional argument's text).
    size_t n = pos;
    while (!alt && n < s.size() && directives::is_name_char(s[n])) ++n;
    if (n > pos && n < s.size() && s[n] == '=' && !(n + 1 < s.size() && s[n + 1] == '=')) {
      std::string_view name = s.substr(pos, n - pos);
      pos = n + 1;
      size_t idx = m.params.size();
      for (size_t i = 0; i < m.params.size(); ++i)
        if (m.params[i].name == name) idx = i;
      if (idx < m.params.size() && m.params[idx].vararg) {
        values[idx].assign(s.substr(pos));
        given[idx] = true;
        break;
      }
      read_macro_arg(s, pos, value, alt);
      if (idx == m.params.size()) {
        errors.push_back(fmt::format("Parameter named `{}' does not exist for macro `{}'", name, m.name));
        continue;
      }
      values[idx] = value;
      given[idx] = true;
      continue;
    }
    while (positional < m.params.size() && given[positional]) ++positional;
    if (positional >= m.params.size()) {
      errors.push_back("too many positional arguments");
      return false;
    }
    if (m.params[positional].vararg) {
      values[positional].assign(s.substr(pos));
      given[positional] = true;
      break;
    }
    read_macro_arg(s, pos, value, alt);
    if (value.empty()) {
      values[positional] = m.params[positional].def;
      given[positional] = !m.params[positional].required;
    } else {
      values[positional] = value;
      given[positional] = true;
    }
    ++positional;
  }
  for (size_t i = 0; i < m.params.size(); ++i) {
    if (given[i]) continue;
    if (m.params[i].required)
      errors.push_back(fmt::format("Missing value for required parameter `{}' of macro `{}'", m.params[i].name,
                                   m.name));
    values[i] = m.params[i].def;
  }
  return true;
}

namespace {

/// `&name` at `body[i]`: the value of formal `name` (one `&` after it is dropped), or the text unchanged.
/// `&&` is copied as is, so `&&name` keeps `name`. Returns the position after what was read.
size_t substitute_amp(std::string_view body, size_t i, const std::vector<std::string_view>& names,
                      const std::vector<std::string_view>& values, std::string& out) {
  size_t j = i + 1;
  if (j < body.size() && directives::is_name_start(body[j]))
    while (j < body.size() && directives::is_name_char(body[j])) ++j;
  std::string_view name = body.substr(i + 1, j - i - 1);
  const bool amp = j < body.size() && body[j] == '&';
  for (size_t k = 0; k < names.size() && !name.empty(); ++k)
    if (names[k] == name) {
      out.append(values[k]);
      return amp ? j + 1 : j;
    }
  out.push_back('&');
  out.append(name);
  if (amp) out.push_back('&');
  return amp ? j + 1 : j;
}

}  // namespace

void substitute(std::string_view body, const std::vector<std::string_view>& names,
                const std::vector<std::string_view>& values, int64_t counter, std::string& out) {
  size_t i = 0;
  while (i < body.size()) {
    size_t bs = body.find_first_of(names.empty() ? std::string_view("\\") : std::string_view("\\&"), i);
    if (bs == std::string_view::npos) {
      out.append(body.substr(i));
      return;
    }
    out.append(body.substr(i, bs - i));
    if (body[bs] == '&') {
      i = substitute_amp(body, bs, names, values, out);
      continue;
    }
    i = bs + 1;
    if (i >= body.size()) {
      out.push_back('\\');
      return;
    }
    char c = body[i];
    if (c == '(' && i + 1 < body.size() && body[i + 1] == ')') {
      i += 2;
      continue;
    }
    if (c == '@' && counter >= 0) {
      fmt::format_to(std::back_inserter(out), "{}", counter);
      ++i;
      continue;
    }
    if (directives::is_name_start(c)) {
      size_t j = i;
      while (j < body.size() && directives::is_name_char(body[j])) ++j;
      std::string_view name = body.substr(i, j - i);
      size_t k = 0;
      while (k < names.size() && names[k] != name) ++k;
      if (k < names.size()) {
        out.append(values[k]);
      } else {
        out.push_back('\\');
        out.append(name);
      }
      i = j;
      continue;
    }
    out.push_back('\\');
  }
}

}  // namespace gasket::frontend

namespace gasket::frontend {

void substitute_alt(std::string_view body, const std::vector<std::string_view>& names,
                    const std::vector<std::string_view>& values, int64_t counter, bool locals,
                    int64_t& local_counter, std::string& out, std::vector<SubstError>& errors) {
  std::vector<std::string_view> all_names(names);
  std::vector<std::string_view> all_values(values);
  std::deque<std::string> local_values;
  auto lookup = [&](std::string_view name) -> const std::string_view* {
    for (size_t k = 0; k < all_names.size(); ++k)
      if (all_names[k] == name) return &all_values[k];
    return nullptr;
  };
  auto token_end = [&](size_t i) {
    while (i < body.size() && directives::is_name_char(body[i])) ++i;
    return i;
  };
  uint32_t line = 0;
  bool inquote = false;
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '\n') {
      ++line;
      out.push_back(c);
      ++i;
      continue;
    }
    if (c == '"') {
      inquote = !inquote;
      out.push_back(c);
      ++i;
      continue;
    }
    if (c == '\\') {
      ++i;
      if (i >= body.size()) {
        out.push_back('\\');
        break;
      }
      char d = body[i];
      if (d == '(' && i + 1 < body.size() && body[i + 1] == ')') {
        i += 2;
      } else if (d == '@' && counter >= 0) {
        fmt::format_to(std::back_inserter(out), "{}", counter);
        ++i;
      } else if (directives::is_name_start(d)) {
        size_t j = token_end(i);
        std::string_view name = body.substr(i, j - i);
        if (const std::string_view* v = lookup(name)) {
          out.append(*v);
        } else {
          out.push_back('\\');
          out.append(name);
        }
        i = j;
      } else {
        out.push_back('\\');
        // An escaped quote does not open or close a string.
        if (d == '"') {
          out.push_back(d);
          ++i;
        }
      }
      continue;
    }
    if (c == '&') {
      i = substitute_amp(body, i, all_names, all_values, out);
      continue;
    }
    if (directives::is_name_start(c)) {
      size_t j = token_end(i);
      std::string_view name = body.substr(i, j - i);
      if (locals && !inquote && name.size() == 5 && j < body.size() && (body[j] == ' ' || body[j] == '\t')) {
        std::string lower;
        to_lower(name, lower);
        if (lower == "local") {
          // LOCAL a, b: each name becomes a fresh local symbol for the rest of the expansion.
          i = j;
          for (;;) {
            while (i < body.size() && is_blank(body[i])) ++i;
            if (i >= body.size() || body[i] == '\n' || body[i] == ';') break;
            size_t e = token_end(i);
            if (e == i) {
              ++i;
              continue;
            }
            std::string_view lname = body.substr(i, e - i);
            if (lookup(lname)) {
              errors.push_back(
                  {line, fmt::format("`{}' was already used as parameter (or another local) name", lname)});
            } else {
              local_values.push_back(fmt::format(".LL{:04x}", ++local_counter));
              all_names.push_back(lname);
              all_values.push_back(local_values.back());
            }
            i = e;
            while (i < body.size() && is_blank(body[i])) ++i;
            if (i < body.size() && body[i] == ',') ++i;
          }
          continue;
        }
      }
      if (const std::string_view* v = lookup(name)) out.append(*v);
      else out.append(name);
      i = j;
      if (i < body.size() && body[i] == '&') ++i;
      continue;
    }
    out.push_back(c);
    ++i;
  }
}

}  // namespace gasket::frontend
