// Finding where a line ends and whether the scrubber must see it, sixteen bytes at a time.
//
// Both questions are asked of every input byte, so they are answered in one pass: a byte-compare against `\n`
// and against the five characters that give comments, separators and quotes a meaning (`#/;"'`). Most lines
// are shorter than sixteen bytes, so a short tail is loaded whole when those sixteen bytes lie in one page
// (reading past the end of the text there cannot fault) and the bytes beyond it are masked off; the loads
// that may do so are kept out of AddressSanitizer's view.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gasket::frontend {

/// True for the characters after which a line must go through the scrubber.
inline bool is_scrub_char(char c) { return c == '#' || c == '/' || c == ';' || c == '"' || c == '\''; }

#if defined(__SSE2__)
/// Bit masks over 16 bytes: which are `\n`, and which are scrub characters.
struct Hits16 {
  unsigned newline;
  unsigned scrub;
};

/// The hits in the 16 bytes at `at`, which may run past the end of a text but never across a page.
__attribute__((no_sanitize("address"))) inline Hits16 hits16(const char* at) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const __m128i scrub =
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('#')), _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))),
                   _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(';')),
                                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')))));
  return {static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))),
          static_cast<unsigned>(_mm_movemask_epi8(scrub))};
}

/// True if the 16 bytes at `p` can be loaded without crossing into the next page.
inline bool load16_in_page(const char* p) { return (reinterpret_cast<uintptr_t>(p) & 4095) <= 4096 - 16; }
#endif

/// A line found by scan_line.
struct LineScan {
  size_t length = 0;         ///< bytes before the `\n` (or the end of the text)
  bool needs_scrub = false;  ///< the line holds one of `#/;"'`
};

/// The line at the start of `text`.
inline LineScan scan_line(std::string_view text) {
  const char* const start = text.data();
  const char* p = start;
  size_t n = text.size();
  bool scrub = false;
#if defined(__SSE2__)
  for (;;) {
    if (n >= 16 || (n > 0 && load16_in_page(p))) {
      Hits16 h = hits16(p);
      if (n < 16) {
        const unsigned valid = (1u << n) - 1;
        h.newline &= valid;
        h.scrub &= valid;
      }
      if (h.newline != 0) {
        const unsigned at = static_cast<unsigned>(__builtin_ctz(h.newline));
        return {static_cast<size_t>(p - start) + at, scrub || (h.scrub & ((1u << at) - 1)) != 0};
      }
      scrub = scrub || h.scrub != 0;
      if (n <= 16) return {text.size(), scrub};
      p += 16;
      n -= 16;
      continue;
    }
    break;
  }
#endif
  for (; n > 0 && *p != '\n'; ++p, --n) scrub = scrub || is_scrub_char(*p);
  return {static_cast<size_t>(p - start), scrub};
}

/// True if `text` holds one of `#/;"'`, so it must go through the scrubber.
inline bool needs_scrub(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size();
#if defined(__SSE2__)
  for (; n >= 16; p += 16, n -= 16)
    if (hits16(p).scrub != 0) return true;
  if (n == 0) return false;
  if (load16_in_page(p)) return (hits16(p).scrub & ((1u << n) - 1)) != 0;
#endif
  for (; n > 0; ++p, --n)
    if (is_scrub_char(*p)) return true;
  return false;
}

}  // namespace gasket::frontend
