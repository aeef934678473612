// Compression of the DWARF sections for --compress-debug-sections, as gas 2.40 does it (gas/write.c
// compress_debug): a .debug_* section with contents and at least 32 bytes is deflated into a single zlib
// stream at Z_DEFAULT_COMPRESSION, and kept only when the result, header included, is smaller than the section.
// The stream comes from the system zlib, as gas's does, so the bytes match.
#include "emit/elf/compress.hpp"

#include <zlib.h>

namespace gasket::elf {

std::optional<std::vector<uint8_t>> compress_debug_contents(const uint8_t* data, size_t size, uint64_t align,
                                                            DebugCompression mode) {
  if (mode == DebugCompression::None || size < 32) return std::nullopt;
  const size_t header = mode == DebugCompression::ZlibGabi ? 24 : 12;
  uLongf zsize = compressBound(static_cast<uLong>(size));
  std::vector<uint8_t> out(header + zsize);
  if (compress2(out.data() + header, &zsize, data, static_cast<uLong>(size), Z_DEFAULT_COMPRESSION) != Z_OK)
    return std::nullopt;
  if (header + zsize >= size) return std::nullopt;
  out.resize(header + zsize);
  auto le = [&](size_t at, uint64_t v, unsigned n) {
    for (unsigned b = 0; b < n; ++b) out[at + b] = static_cast<uint8_t>(v >> (8 * b));
  };
  if (mode == DebugCompression::ZlibGabi) {
    le(0, 1, 4);       // ch_type = ELFCOMPRESS_ZLIB
    le(4, 0, 4);       // ch_reserved
    le(8, size, 8);    // ch_size
    le(16, align, 8);  // ch_addralign
  } else {
    out[0] = 'Z'; out[1] = 'L'; out[2] = 'I'; out[3] = 'B';
    for (unsigned b = 0; b < 8; ++b) out[4 + b] = static_cast<uint8_t>(static_cast<uint64_t>(size) >> (8 * (7 - b)));
  }
  return out;
}

}  // namespace gasket::elf
