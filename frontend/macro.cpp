#include "frontend/macro.hpp"

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

void read_macro_arg(std::string_view text, size_t& pos, std::string& out) {
  out.clear();
  while (pos < text.size()) {
    char c = text[pos];
    if (c == ' ' || c == ',') break;
    if (c == '"') {
      // A quoted string is copied without its quotes and ends the argument.
      size_t j = pos + 1;
      while (j < text.size() && text[j] != '"') {
        if (text[j] == '\\' && j + 1 < text.size()) out.push_back(text[j++]);
        out.push_back(text[j++]);
      }
      pos = j < text.size() ? j + 1 : j;
      break;
    }
    out.push_back(c);
    ++pos;
  }
  if (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && text[pos] == ',') {
    ++pos;
    if (pos < text.size() && text[pos] == ' ') ++pos;
  }
}

bool parse_macro_params(std::string_view text, Macro& m, std::string& error) {
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
      read_macro_arg(s, pos, p.def);
    } else {
      if (pos < s.size() && s[pos] == ' ') ++pos;
      if (pos < s.size() && s[pos] == ',') ++pos;
    }
    m.params.push_back(std::move(p));
  }
  return true;
}

bool bind_macro_args(const Macro& m, std::string_view args, std::vector<std::string>& values,
                     std::vector<std::string>& errors) {
  std::string compact;
  compact_blanks(args, compact);
  std::string_view s = compact;
  values.resize(m.params.size());
  std::vector<bool> given(m.params.size(), false);
  size_t positional = 0;
  size_t pos = 0;
  std::string value;
  while (pos < s.size()) {
    // A keyword argument: NAME=VALUE.
    size_t n = pos;
    while (n < s.size() && directives::is_name_char(s[n])) ++n;
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
      read_macro_arg(s, pos, value);
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
    read_macro_arg(s, pos, value);
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

void substitute(std::string_view body, const std::vector<std::string_view>& names,
                const std::vector<std::string_view>& values, int64_t counter, std::string& out) {
  size_t i = 0;
  while (i < body.size()) {
    size_t bs = body.find('\\', i);
    if (bs == std::string_view::npos) {
      out.append(body.substr(i));
      return;
    }
    out.append(body.substr(i, bs - i));
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
