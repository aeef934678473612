// Reading the first bytes of a short name as one word.
//
// Names and directive operands are mostly shorter than eight bytes, and a byte loop or a variable-length
// memcpy over them costs more than the work done with the word. When the eight bytes at the address lie in
// one page, one unaligned load reads them: bytes past the end of the text belong to the same mapped page, so
// the load cannot fault, and they are masked off. AddressSanitizer would still report such a load, so it is
// kept out of its view; the byte loop remains for the last bytes of a page.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gasket {

/// The first `n` (at most eight) bytes at `p` as a little-endian word, bytes past `n` zero.
__attribute__((no_sanitize("address"))) inline uint64_t load_le(const char* p, size_t n) {
  uint64_t w = 0;
  if (n >= 8 || (reinterpret_cast<uintptr_t>(p) & 4095) <= 4096 - 8) {
    std::memcpy(&w, p, 8);
    if (n < 8) w &= (uint64_t{1} << (8 * n)) - 1;
    return w;
  }
  for (size_t k = 0; k < n; ++k) w |= uint64_t{static_cast<uint8_t>(p[k])} << (8 * k);
  return w;
}

}  // namespace gasket
