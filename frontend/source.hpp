// Reading the input: a file (or stdin) is read once into one buffer; lines are views into it.
#pragma once
#include <string>
#include <string_view>

namespace gasket::frontend {

/// Reads `path` ("-" = standard input) into `out`. Returns false with `error` set on failure.
bool read_source(const std::string& path, std::string& out, std::string& error);

/// A main input's bytes. A regular file is mapped read-only: no copy, and no fresh zeroed pages for the
/// kernel to fault in (for a 50 MB input both were visible in profiles). Standard input and anything that
/// cannot be mapped are read into a string instead.
class SourceText {
 public:
  SourceText() = default;
  ~SourceText();
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;
  /// Opens `path` ("-" = standard input). Returns false with `error` set on failure.
  bool open(const std::string& path, std::string& error);
  /// The whole input; valid while this object lives.
  std::string_view text() const { return map_ ? std::string_view(static_cast<const char*>(map_), size_) : buf_; }

 private:
  void* map_ = nullptr;
  size_t size_ = 0;
  std::string buf_;
};

}  // namespace gasket::frontend
