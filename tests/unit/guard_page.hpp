// A readable page followed by one that faults on any access, for tests of loads that must stop at the end
// of a text.
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>

namespace gasket::test {

/// Maps a readable and writable page with an unreadable one after it; unmaps both when destroyed.
class GuardPage {
 public:
  GuardPage() : page_(static_cast<size_t>(sysconf(_SC_PAGESIZE))) {
    void* m = mmap(nullptr, 2 * page_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return;
    base_ = static_cast<char*>(m);
    if (mprotect(base_ + page_, page_, PROT_NONE) != 0) {
      munmap(base_, 2 * page_);
      base_ = nullptr;
    }
  }
  GuardPage(const GuardPage&) = delete;
  GuardPage& operator=(const GuardPage&) = delete;
  ~GuardPage() {
    if (base_) munmap(base_, 2 * page_);
  }
  /// False if the pages could not be set up.
  bool ok() const { return base_ != nullptr; }
  /// The first byte after the readable page: `end() - n` starts the last `n` readable bytes.
  char* end() const { return base_ + page_; }

 private:
  size_t page_;
  char* base_ = nullptr;
};

}  // namespace gasket::test
