#include "directives/table_map.hpp"

namespace gasket::directives {

bool glob_match(std::string_view p, std::string_view t) {
  size_t pi = 0, ti = 0, star_p = std::string_view::npos, star_t = 0;
  while (ti < t.size()) {
    if (pi < p.size()) {
      char c = p[pi];
      if (c == '*') { star_p = pi++; star_t = ti; continue; }
      if (c == '?') { ++pi; ++ti; continue; }
      if (c == '[') {
        size_t j = pi + 1;
        bool negate = j < p.size() && (p[j] == '!' || p[j] == '^');
        if (negate) ++j;
        bool matched = false, closed = false;
        size_t first = j;
        for (; j < p.size(); ++j) {
          if (p[j] == ']' && j != first) { closed = true; break; }
          if (j + 2 < p.size() && p[j + 1] == '-' && p[j + 2] != ']') {
            if (t[ti] >= p[j] && t[ti] <= p[j + 2]) matched = true;
            j += 2;
          } else if (p[j] == t[ti]) {
            matched = true;
          }
        }
        if (closed && matched != negate) { pi = j + 1; ++ti; continue; }
        if (!closed && c == t[ti]) { ++pi; ++ti; continue; }
      } else if (c == t[ti]) {
        ++pi; ++ti; continue;
      }
    }
    if (star_p == std::string_view::npos) return false;
    pi = star_p + 1;
    ti = ++star_t;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::string TableMap::map(std::string_view current, std::string_view table) const {
  for (const TableRule& r : user_)
    if (glob_match(r.pattern, current)) return r.prefix + std::string(table);
  if (defaults_) {
    static constexpr std::string_view kInit[] = {".init.*", ".text.init", ".data.init"};
    static constexpr std::string_view kExit[] = {".exit.*", ".text.exit", ".data.exit"};
    for (std::string_view p : kInit)
      if (glob_match(p, current)) return ".init." + std::string(table);
    for (std::string_view p : kExit)
      if (glob_match(p, current)) return ".exit." + std::string(table);
  }
  return std::string(table);
}

}  // namespace gasket::directives
