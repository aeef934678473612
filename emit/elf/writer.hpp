#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "emit/assembly.hpp"

namespace gasket::elf {

/// Takes an object file's bytes from write_object, front to back.
class ObjectSink {
 public:
  virtual ~ObjectSink() = default;
  /// Appends the `n` bytes at `p` to the file.
  virtual void write(const uint8_t* p, size_t n) = 0;
};

/// Collects the object in a byte vector.
class VectorSink final : public ObjectSink {
 public:
  explicit VectorSink(std::vector<uint8_t>& out) : out_(out) {}
  void write(const uint8_t* p, size_t n) override;

 private:
  std::vector<uint8_t>& out_;
};

/// Writes the object to a stdio stream.
class FileSink final : public ObjectSink {
 public:
  explicit FileSink(std::FILE* file) : file_(file) {}
  void write(const uint8_t* p, size_t n) override;
  /// Whether every write so far succeeded.
  bool ok() const { return ok_; }

 private:
  std::FILE* file_;
  bool ok_ = true;
};

/// Builds the relocatable ELF64 object for a laid-out assembly whose fixups are resolved, byte for byte as
/// GNU as 2.40 (via BFD) lays it out. Returns false (after reporting) when the object cannot be built.
bool write_object(Assembly& as, std::vector<uint8_t>& out);

}  // namespace gasket::elf
