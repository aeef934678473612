// Code-alignment padding exactly as GNU as 2.40 lays it out for x86-64 (default -march).
//
// gas pads with the longest NOP it allows (11 bytes: `66 66 2e 0f 1f 84 00 00 00 00 00` unless `.nops`
// gives a smaller limit), repeated, followed by one shorter NOP for the remainder. When the pad reaches
// 88 bytes it first emits a jump over the rest (`eb rel8`, or `e9 rel32` once the distance passes 127),
// then pads what is left the same way.
#include <algorithm>
#include <array>
#include <cstring>

#include "emit/x86/insn.hpp"

namespace gasket::x86 {
namespace {

constexpr size_t kMaxNop = 11;
constexpr size_t kJumpOverThreshold = 88;

/// kNops[n] is gas's n-byte NOP.
constexpr std::array<std::array<uint8_t, kMaxNop>, kMaxNop + 1> kNops = {{
    {},
    {0x90},
    {0x66, 0x90},
    {0x0f, 0x1f, 0x00},
    {0x0f, 0x1f, 0x40, 0x00},
    {0x0f, 0x1f, 0x44, 0x00, 0x00},
    {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
    {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
}};

}  // namespace

void fill_nops(uint8_t* p, size_t n, size_t max_single) {
  size_t limit = max_single == 0 ? kMaxNop : std::min(max_single, kMaxNop);
  if (n >= kJumpOverThreshold) {
    size_t skip = n - 2;
    if (skip <= 127) {
      p[0] = 0xeb;
      p[1] = uint8_t(skip);
      p += 2, n -= 2;
    } else {
      skip = n - 5;
      p[0] = 0xe9;
      for (int i = 0; i < 4; ++i) p[1 + i] = uint8_t(skip >> (8 * i));
      p += 5, n -= 5;
    }
  }
  for (; n > limit; n -= limit, p += limit) std::memcpy(p, kNops[limit].data(), limit);
  std::memcpy(p, kNops[n].data(), n);
}

}  // namespace gasket::x86
