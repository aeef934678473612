#include "frontend/source.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

SourceText::~SourceText() {
  if (map_) munmap(map_, size_);
}

bool SourceText::open(const std::string& path, std::string& error) {
  if (path != "-") {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      error = std::strerror(errno);
      return false;
    }
    struct stat st {};
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        madvise(p, static_cast<size_t>(st.st_size), MADV_SEQUENTIAL);
        map_ = p;
        size_ = static_cast<size_t>(st.st_size);
        ::close(fd);
        return true;
      }
    }
    ::close(fd);
  }
  return read_source(path, buf_, error);
}

}  // namespace gasket::frontend
