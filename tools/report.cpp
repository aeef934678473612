#include "tools/report.hpp"

#include <fmt/format.h>

namespace gasket::tools {
namespace {

std::string target_with_symbol(const Violation& v) {
  const Target& t = v.target;
  std::string s = describe_target(t);
  if (!t.symbol.empty())
    s += t.symbol_offset ? fmt::format(" <{}+{:#x}>", t.symbol, t.symbol_offset) : fmt::format(" <{}>", t.symbol);
  if (v.source) s += fmt::format(" ({}:{})", v.source->file, v.source->line);
  return s;
}

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        else
          out.push_back(c);
    }
  }
  return out + "\"";
}

}  // namespace

void print_text(std::FILE* out, const std::vector<FileReport>& reports, bool verbose) {
  for (const FileReport& f : reports) {
    if (!f.error.empty()) {
      fmt::print(out, "{}: error: {}\n", f.path, f.error);
      continue;
    }
    if (f.tables.empty()) fmt::print(out, "{}: no table sections found\n", f.path);
    uint64_t errors = 0;
    for (const TableReport& t : f.tables) {
      std::string linked = t.linked_to.empty() ? "" : fmt::format(", linked to {}", t.linked_to);
      fmt::print(out, "{}: {} [{}] ({} table, {}-byte {} entries{}): {} entries\n", f.path, t.section, t.index,
                 t.family, t.entry_size, t.layout, linked, t.entries);
      if (!t.error.empty()) {
        fmt::print(out, "  error: {}\n", t.error);
        ++errors;
        continue;
      }
      for (const auto& [family, secs] : t.families) {
        uint64_t n = 0;
        std::string list;
        for (const auto& [name, count] : secs) {
          n += count;
          list += fmt::format("{}{} {}", list.empty() ? "" : ", ", name, count);
        }
        fmt::print(out, "  {:<9} {:>5}   ({})\n", family, n, list);
      }
      for (const Violation& v : t.violations)
        fmt::print(out, "  VIOLATION entry {} {} -> {}: {}\n", v.entry, v.field, target_with_symbol(v),
                   v.message);
    }
    uint64_t n = f.violation_count();
    if (!f.line_error.empty()) fmt::print(out, "{}: note: source lines may be missing: {}\n", f.path, f.line_error);
    if (verbose || n || errors)
      fmt::print(out, "{}: {} violation{} in {} table section{}{}\n", f.path, n, n == 1 ? "" : "s",
                 f.tables.size(), f.tables.size() == 1 ? "" : "s",
                 errors ? fmt::format(", {} unreadable", errors) : std::string());
    else
      fmt::print(out, "{}: clean ({} table section{})\n", f.path, f.tables.size(), f.tables.size() == 1 ? "" : "s");
  }
}

void print_json(std::FILE* out, const std::vector<FileReport>& reports) {
  uint64_t violations = 0, errors = 0;
  std::string s = "{\"files\": [";
  for (size_t fi = 0; fi < reports.size(); ++fi) {
    const FileReport& f = reports[fi];
    s += fi ? ", " : "";
    s += fmt::format("{{\"file\": {}, \"kind\": {}", json_string(f.path), json_string(f.kind));
    if (!f.error.empty()) {
      ++errors;
      s += fmt::format(", \"error\": {}", json_string(f.error));
    }
    if (!f.line_error.empty()) s += fmt::format(", \"line_error\": {}", json_string(f.line_error));
    s += ", \"tables\": [";
    for (size_t ti = 0; ti < f.tables.size(); ++ti) {
      const TableReport& t = f.tables[ti];
      s += ti ? ", " : "";
      s += fmt::format("{{\"section\": {}, \"index\": {}, \"family\": {}, \"layout\": {}, \"entry_size\": {}, "
                       "\"entries\": {}, \"linked_to\": {}",
                       json_string(t.section), t.index, json_string(t.family), json_string(t.layout), t.entry_size,
                       t.entries, t.linked_to.empty() ? "null" : json_string(t.linked_to));
      if (!t.error.empty()) {
        ++errors;
        s += fmt::format(", \"error\": {}", json_string(t.error));
      }
      s += ", \"families\": {";
      bool first_family = true;
      for (const auto& [family, secs] : t.families) {
        s += fmt::format("{}{}: {{", first_family ? "" : ", ", json_string(family));
        first_family = false;
        bool first = true;
        for (const auto& [name, count] : secs) {
          s += fmt::format("{}{}: {}", first ? "" : ", ", json_string(name), count);
          first = false;
        }
        s += "}";
      }
      s += "}, \"violations\": [";
      for (size_t vi = 0; vi < t.violations.size(); ++vi) {
        const Violation& v = t.violations[vi];
        ++violations;
        const Target& tg = v.target;
        s += vi ? ", " : "";
        s += fmt::format("{{\"entry\": {}, \"field\": {}, \"target\": {{\"kind\": {}, \"section\": {}, "
                         "\"offset\": {}, \"symbol\": {}, \"symbol_offset\": {}}}, \"family\": {}, "
                         "\"message\": {}, \"source\": {}}}",
                         v.entry, json_string(v.field),
                         json_string(tg.kind == Target::Kind::Section     ? "section"
                                     : tg.kind == Target::Kind::Undefined ? "undefined"
                                                                          : "nowhere"),
                         tg.kind == Target::Kind::Nowhere ? "null" : json_string(tg.name), tg.offset,
                         tg.symbol.empty() ? "null" : json_string(tg.symbol), tg.symbol_offset,
                         json_string(v.target_family), json_string(v.message),
                         v.source ? fmt::format("{{\"file\": {}, \"line\": {}, \"column\": {}}}",
                                                json_string(v.source->file), v.source->line, v.source->column)
                                  : std::string("null"));
      }
      s += "]}";
    }
    s += "]}";
  }
  s += fmt::format("], \"violations\": {}, \"errors\": {}}}\n", violations, errors);
  std::fputs(s.c_str(), out);
}

}  // namespace gasket::tools
