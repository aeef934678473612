// Reading the input: a file (or stdin) is read once into one buffer; lines are views into it.
#pragma once
#include <string>
#include <string_view>

namespace gasket::frontend {

/// Reads `path` ("-" = standard input) into `out`. Returns false with `error` set on failure.
bool read_source(const std::string& path, std::string& out, std::string& error);

}  // namespace gasket::frontend
