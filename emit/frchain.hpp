// Where gas's own frags begin and end, for the one output that depends on it.
//
// gas keeps the frags of each subsection (a frchain) on an obstack: a 160-byte frag header, then the frag's
// bytes, in chunks of 4064 bytes (what a 4096-byte malloc block holds). When a request for bytes finds too little
// room left in the chunk (frag_grow, for frag_more and frag_var; one byte or none left, for FRAG_APPEND_1_CHAR),
// gas closes the current frag (frag_wane) and starts the next one in a fresh chunk. So a long run of code is cut
// into frags every ~3.9 KB, at places that depend on the size of each request, and a constant `.skip`, `.fill` or
// `.nops` gets a frag of its own (frag_var), where gasket keeps plain fixed bytes. None of these frags changes a
// byte of the output but one: whether a `view -0` line row restarts the address (DwarfLines::process_entries
// compares its frag with the previous row's). FrchainModel replays a frchain's obstack use; Section::gas_breaks
// records the frag ends gas has and gasket's fragments do not.
#pragma once
#include <cstdint>

namespace gasket {

/// How an encoded instruction's bytes reach gas's obstack: bit i of `starts` begins a request at byte i (bit 0 is
/// always set); bit i of `chars` marks a request that is one FRAG_APPEND_1_CHAR (a prefix, a one-byte opcode,
/// ModRM, SIB) rather than a frag_more (VEX, a longer opcode, a displacement, an immediate).
struct InsnPieces {
  uint16_t starts = 1;
  uint16_t chars = 0;
};

/// A frag end gas has inside gasket's fragment `frag`: gas's frag's fixed part ends at offset `fix_end`, and gas's
/// next frag starts at `next_start` (after a variable part that gasket holds as fixed bytes, or at `fix_end`).
/// A label at `fix_end` belongs to the frag that ends there.
struct GasBreak {
  uint32_t frag = 0;
  uint32_t fix_end = 0;
  uint32_t next_start = 0;
};

/// gas's obstack for one frchain: the chunk offset of the next free byte and the size of the current chunk.
/// Each request returns true when gas closes the current frag for want of room before taking the bytes.
class FrchainModel {
 public:
  static constexpr uint64_t kChunkSize = 4064;    ///< obstack's default chunk: 4096 less malloc's overhead
  static constexpr uint64_t kChunkHeader = 16;    ///< the chunk's limit and previous-chunk pointers
  static constexpr uint64_t kFragHeader = 160;    ///< SIZEOF_STRUCT_FRAG of x86-64 gas 2.40
  static constexpr uint64_t kFragAlign = 8;       ///< a new frag header is aligned as fragS

  /// True if `n` bytes in any requests fit without closing the frag.
  bool roomy(uint64_t n) const { return limit_ - pos_ > n; }
  /// Takes `n` bytes known to fit (roomy).
  void take(uint64_t n) { pos_ += n; }
  /// frag_grow(n): makes room for `n` bytes in the current frag.
  bool grow(uint64_t n) {
    if (limit_ - pos_ >= n) return false;
    grow_slow(n);
    return true;
  }
  /// frag_more(n).
  bool more(uint64_t n) {
    const bool waned = grow(n);
    pos_ += n;
    return waned;
  }
  /// FRAG_APPEND_1_CHAR.
  bool append_1_char() {
    const bool waned = limit_ - pos_ <= 1;
    if (waned) new_frag(kChunkSize);
    pos_ += 1;
    return waned;
  }
  /// frag_var with `max_chars` bytes of room: ends the current frag and starts the next.
  bool var(uint64_t max_chars) {
    const bool waned = grow(max_chars);
    pos_ += max_chars;
    new_frag(kChunkSize);
    return waned;
  }

 private:
  void grow_slow(uint64_t n);
  /// frag_new: aligns the obstack and allocates the next frag's header, in a new chunk of at least `chunk_size`
  /// bytes when the current one has no room for it.
  void new_frag(uint64_t chunk_size);

  uint64_t pos_ = kChunkHeader + kFragHeader;
  uint64_t limit_ = kChunkSize;
};

inline void FrchainModel::new_frag(uint64_t chunk_size) {
  pos_ = (pos_ + kFragAlign - 1) & ~(kFragAlign - 1);
  if (pos_ > limit_) pos_ = limit_;
  if (limit_ - pos_ < kFragHeader) {
    limit_ = chunk_size;
    pos_ = kChunkHeader;
  }
  pos_ += kFragHeader;
}

inline void FrchainModel::grow_slow(uint64_t n) {
  uint64_t chunk = (n < 0x10000 ? 2 * n : n + 0x10000) + kFragHeader;
  if (chunk < kChunkSize) chunk = kChunkSize;
  while (limit_ - pos_ < n) new_frag(chunk);
}

}  // namespace gasket
