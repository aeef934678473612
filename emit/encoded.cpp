#include "emit/encoded.hpp"

#include "emit/dwarf_line.hpp"

namespace gasket {

size_t uleb128_size(uint64_t v) {
  size_t n = 1;
  while (v >>= 7) ++n;
  return n;
}

size_t sleb128_size(int64_t v) {
  size_t n = 0;
  for (;;) {
    uint8_t byte = static_cast<uint8_t>(v & 0x7f);
    v >>= 7;
    ++n;
    if ((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40))) return n;
  }
}

size_t write_uleb128(uint64_t v, uint8_t* out) {
  size_t n = 0;
  do {
    uint8_t byte = static_cast<uint8_t>(v & 0x7f);
    v >>= 7;
    out[n++] = static_cast<uint8_t>(byte | (v ? 0x80 : 0));
  } while (v);
  return n;
}

size_t write_sleb128(int64_t v, uint8_t* out) {
  size_t n = 0;
  for (;;) {
    uint8_t byte = static_cast<uint8_t>(v & 0x7f);
    v >>= 7;
    bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
    out[n++] = static_cast<uint8_t>(byte | (done ? 0 : 0x80));
    if (done) return n;
  }
}

size_t encoded_size(ValueEncoding enc, int64_t value, int64_t param) {
  switch (enc) {
    case ValueEncoding::Uleb128: return uleb128_size(static_cast<uint64_t>(value));
    case ValueEncoding::Sleb128: return sleb128_size(value);
    case ValueEncoding::CfaAdvance: {
      uint64_t d = static_cast<uint64_t>(value);
      if (d == 0) return 0;
      if (d < 0x40) return 1;
      if (d < 0x100) return 2;
      if (d < 0x10000) return 3;
      return 5;
    }
    case ValueEncoding::DwarfLine: return line_advance_size(param, static_cast<uint64_t>(value));
  }
  return 0;
}

void encode_value(ValueEncoding enc, int64_t value, int64_t param, uint8_t* out) {
  switch (enc) {
    case ValueEncoding::Uleb128: write_uleb128(static_cast<uint64_t>(value), out); return;
    case ValueEncoding::Sleb128: write_sleb128(value, out); return;
    case ValueEncoding::CfaAdvance: {
      uint64_t d = static_cast<uint64_t>(value);
      if (d == 0) return;
      if (d < 0x40) {
        out[0] = static_cast<uint8_t>(0x40 | d);  // DW_CFA_advance_loc
      } else if (d < 0x100) {
        out[0] = 0x02;  // DW_CFA_advance_loc1
        out[1] = static_cast<uint8_t>(d);
      } else if (d < 0x10000) {
        out[0] = 0x03;  // DW_CFA_advance_loc2
        out[1] = static_cast<uint8_t>(d);
        out[2] = static_cast<uint8_t>(d >> 8);
      } else {
        out[0] = 0x04;  // DW_CFA_advance_loc4
        for (int i = 0; i < 4; ++i) out[1 + i] = static_cast<uint8_t>(d >> (8 * i));
      }
      return;
    }
    case ValueEncoding::DwarfLine: write_line_advance(param, static_cast<uint64_t>(value), out); return;
  }
}

}  // namespace gasket
