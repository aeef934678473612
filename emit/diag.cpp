#include "emit/diag.hpp"

#include <cstdio>

namespace gasket {

void Diag::emit(SourceLoc loc, std::string_view kind, std::string_view text) {
  std::string out;
  if (!banner_done_) {
    out += fmt::format("{}: Assembler messages:\n", loc.file.empty() ? main_file_ : loc.file);
    banner_done_ = true;
  }
  if (loc.line != 0)
    out += fmt::format("{}:{}: {}: {}\n", loc.file, loc.line, kind, text);
  else
    out += fmt::format("{}: {}: {}\n", loc.file.empty() ? main_file_ : loc.file, kind, text);
  if (context_) context_->append_context(out);
  if (sink_)
    *sink_ += out;
  else
    std::fwrite(out.data(), 1, out.size(), stderr);
}

void Diag::fatal(SourceLoc loc, std::string_view text) {
  emit(loc, "Fatal error", text);
  ++errors_;
  throw FatalError{};
}

}  // namespace gasket
