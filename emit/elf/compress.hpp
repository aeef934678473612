#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "emit/assembly.hpp"
#include "emit/elf/writer.hpp"

namespace gasket::elf {

/// --compress-debug-sections: how gas 2.40 writes the .debug_* sections.
enum class DebugCompression {
  None,      ///< as they are (the default, and --nocompress-debug-sections)
  ZlibGabi,  ///< zlib, zlib-gabi: SHF_COMPRESSED, an Elf64_Chdr with ELFCOMPRESS_ZLIB, sh_addralign 8
  ZlibGnu,   ///< zlib-gnu: renamed .zdebug_*, "ZLIB" and the big-endian 64-bit size ahead of the stream
  ZstdGabi,  ///< zstd: SHF_COMPRESSED, an Elf64_Chdr with ELFCOMPRESS_ZSTD, sh_addralign 8
};

/// The section contents compressed the way gas 2.40 does it (one zlib stream at zlib's default level, or one zstd
/// frame at zstd's default level for ZstdGabi, header included), or nothing when gas keeps the section as it is:
/// when the section holds fewer than 32 bytes, or when the compressed form, header included, is not smaller.
std::optional<std::vector<uint8_t>> compress_debug_contents(const uint8_t* data, size_t size, uint64_t align,
                                                            DebugCompression mode);

/// write_object (emit/elf/writer.hpp) with the debug sections compressed as --compress-debug-sections asks.
bool write_object(Assembly& as, std::vector<uint8_t>& out, DebugCompression compression);
/// As above, handing the file to `sink` a piece at a time instead of building it whole; on false (errors were
/// reported) what the sink got is not an object.
bool write_object(Assembly& as, ObjectSink& sink, DebugCompression compression);

}  // namespace gasket::elf
