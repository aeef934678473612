// Writing audit reports: text for people, JSON for tools.
#pragma once
#include <cstdio>
#include <vector>

#include "tools/audit.hpp"

namespace gasket::tools {

/// Prints `reports` for people: per table its entry counts by family and section, then each violation.
void print_text(std::FILE* out, const std::vector<FileReport>& reports, bool verbose);

/// Prints `reports` as one JSON object: {"files": [...], "violations": N, "errors": N}.
void print_json(std::FILE* out, const std::vector<FileReport>& reports);

}  // namespace gasket::tools
