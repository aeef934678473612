#include "frontend/source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gasket::frontend {

bool read_source(const std::string& path, std::string& out, std::string& error) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool ok = !std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (!ok) error = "read error";
  return ok;
}

}  // namespace gasket::frontend
