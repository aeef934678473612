// Compression of the DWARF sections for --compress-debug-sections, as gas 2.40 does it: a .debug_* section with
// contents and at least 32 bytes is compressed into a single stream and kept only when the result, header
// included, is smaller than the section. zlib streams are one deflate at Z_DEFAULT_COMPRESSION; zstd frames are
// streamed at the default level without a pledged size, so the frame header records no content size. Both come
// from the system libraries gas links, so the bytes match.
#include "emit/elf/compress.hpp"

#include <zlib.h>
#include <zstd.h>

#include <memory>

namespace gasket::elf {

namespace {

constexpr uint32_t kElfCompressZlib = 1;
constexpr uint32_t kElfCompressZstd = 2;
constexpr size_t kChdrSize = 24;
constexpr size_t kGnuHeaderSize = 12;

/// Deflates `size` bytes to `out` after `header` bytes; false when zlib fails.
bool deflate_into(std::vector<uint8_t>& out, size_t header, const uint8_t* data, size_t size) {
  uLongf zsize = compressBound(static_cast<uLong>(size));
  out.resize(header + zsize);
  if (compress2(out.data() + header, &zsize, data, static_cast<uLong>(size), Z_DEFAULT_COMPRESSION) != Z_OK)
    return false;
  out.resize(header + zsize);
  return true;
}

/// One zstd frame of `size` bytes after `header` bytes, fed as a stream and ended separately (no content size
/// in the frame header); false when zstd fails.
bool zstd_into(std::vector<uint8_t>& out, size_t header, const uint8_t* data, size_t size) {
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> ctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
  if (!ctx) return false;
  out.resize(header + ZSTD_compressBound(size));
  ZSTD_outBuffer ob{out.data() + header, out.size() - header, 0};
  ZSTD_inBuffer ib{data, size, 0};
  while (ib.pos < ib.size)
    if (ZSTD_isError(ZSTD_compressStream2(ctx.get(), &ob, &ib, ZSTD_e_continue))) return false;
  ZSTD_inBuffer end{nullptr, 0, 0};
  for (;;) {
    size_t left = ZSTD_compressStream2(ctx.get(), &ob, &end, ZSTD_e_end);
    if (ZSTD_isError(left)) return false;
    if (left == 0) break;
  }
  out.resize(header + ob.pos);
  return true;
}

}  // namespace

std::optional<std::vector<uint8_t>> compress_debug_contents(const uint8_t* data, size_t size, uint64_t align,
                                                            DebugCompression mode) {
  if (mode == DebugCompression::None || size < 32) return std::nullopt;
  const size_t header = mode == DebugCompression::ZlibGnu ? kGnuHeaderSize : kChdrSize;
  std::vector<uint8_t> out;
  bool ok = mode == DebugCompression::ZstdGabi ? zstd_into(out, header, data, size)
                                                : deflate_into(out, header, data, size);
  if (!ok || out.size() >= size) return std::nullopt;
  auto le = [&](size_t at, uint64_t v, unsigned n) {
    for (unsigned b = 0; b < n; ++b) out[at + b] = static_cast<uint8_t>(v >> (8 * b));
  };
  if (mode == DebugCompression::ZlibGnu) {
    out[0] = 'Z'; out[1] = 'L'; out[2] = 'I'; out[3] = 'B';
    for (unsigned b = 0; b < 8; ++b) out[4 + b] = static_cast<uint8_t>(static_cast<uint64_t>(size) >> (8 * (7 - b)));
  } else {
    le(0, mode == DebugCompression::ZstdGabi ? kElfCompressZstd : kElfCompressZlib, 4);  // ch_type
    le(4, 0, 4);       // ch_reserved
    le(8, size, 8);    // ch_size
    le(16, align, 8);  // ch_addralign
  }
  return out;
}

}  // namespace gasket::elf
