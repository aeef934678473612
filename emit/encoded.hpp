// Variable-length encodings of values only known after layout.
//
// Some fields change size with their value: LEB128 numbers (`.uleb128 a-b`), DWARF call-frame advances
// (DW_CFA_advance_loc*) and DWARF line-program address advances. gas keeps each in a fragment whose tail is
// resized on every relaxation pass (rs_leb128, rs_cfa, rs_dwarf2dbg); gasket does the same with
// FragKind::Encoded, and this table says how big each encoding is for a value and how it is written. Sizes may
// shrink as well as grow between passes, as in gas.
#pragma once
#include <cstddef>
#include <cstdint>

namespace gasket {

/// Which encoding an Encoded fragment's tail holds.
enum class ValueEncoding : uint8_t {
  Uleb128,     ///< unsigned LEB128 of the value
  Sleb128,     ///< signed LEB128 of the value
  CfaAdvance,  ///< DW_CFA_advance_loc/1/2/4 of the value (code alignment 1); nothing for 0
  DwarfLine,   ///< a line-program row: advance the line by `param` and the address by the value
};

/// Number of bytes `enc` needs for `value` (with `param` for DwarfLine).
size_t encoded_size(ValueEncoding enc, int64_t value, int64_t param);

/// Writes the encoding of `value` to `out`, which has room for encoded_size() bytes.
void encode_value(ValueEncoding enc, int64_t value, int64_t param, uint8_t* out);

/// Size of the unsigned LEB128 encoding of `v`.
size_t uleb128_size(uint64_t v);
/// Size of the signed LEB128 encoding of `v`.
size_t sleb128_size(int64_t v);
/// Writes unsigned LEB128; returns the number of bytes.
size_t write_uleb128(uint64_t v, uint8_t* out);
/// Writes signed LEB128; returns the number of bytes.
size_t write_sleb128(int64_t v, uint8_t* out);

}  // namespace gasket
