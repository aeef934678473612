// Why code sections relax over a packed, sparsely visited array.
//
// gas relaxes a section in passes: each pass walks every fragment in order, moves it by the growth so far
// ("stretch"), re-pads alignments and lets short jumps that no longer reach become near ones, until a pass
// grows nothing. A long code section can take hundreds of passes, because a jump that grows pushes an
// earlier jump over the limit only on the next pass, and so on back; walking everything every pass made
// gasket's time per MiB grow with the input (bench/asmgen: 330 passes over 380k such fragments at 100 MiB).
//
// PackedRelax computes the same passes while visiting only fragments whose outcome can differ from their
// last visit. It holds just the fragments whose size can change (VarFrag: alignments and short jumps), and
// reads an address as the estimate plus the growth of all earlier VarFrags from a Fenwick tree, so a pass
// can jump from one visit to the next. A VarFrag is visited in a pass when:
//  - it is an alignment and the stretch there is not a multiple of its alignment (else its padding stays);
//  - it is a jump whose span (the VarFrags between it and its target's anchor) holds a VarFrag that grew
//    since the jump was last visited: a growth earlier in this pass for a backward jump (hi_bwd), a growth
//    later in the previous pass for a forward one (lo_fwd);
//  - it is a forward jump across an alignment that was last seen with a positive stretch while its true
//    distance no longer fitted (gas then compares against the target's old address and keeps it short), and
//    the stretch before it now is small enough for that comparison to fail (Stale). Where the true distance
//    fits, the comparison with the old address cannot fail: a distance short of -127 means a target behind
//    the jump, which gas leaves alone;
//  - it is the first pass.
// Any other fragment would compute what it computed last time: nothing in its distance moved. A visit
// itself does gas's arithmetic exactly, with the old address of a target not yet passed in this pass.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gasket {

/// Bytes that pad `addr` up to a multiple of 2^pow.
inline uint64_t align_pad(uint64_t addr, unsigned pow) {
  const uint64_t a = uint64_t{1} << pow;
  return (a - (addr & (a - 1))) & (a - 1);
}

/// An alignment's padding once its start moves from `was` to `now`, in `padding`, and the change from before
/// (a padding over a nonzero `max_skip` is none).
inline int64_t realign(uint64_t was, uint64_t now, unsigned pow, uint32_t max_skip, uint64_t& padding) {
  uint64_t oldoff = align_pad(was, pow);
  padding = align_pad(now, pow);
  if (max_skip != 0) {
    if (oldoff > max_skip) oldoff = 0;
    if (padding > max_skip) padding = 0;
  }
  return static_cast<int64_t>(padding) - static_cast<int64_t>(oldoff);
}

/// gas's relaxation passes over the alignments and short jumps of one code section (see the top of the file).
class PackedRelax {
 public:
  static constexpr uint32_t kNoAnchor = UINT32_MAX;

  /// An alignment or a short jump, in layout order.
  struct VarFrag {
    uint64_t addr0 = 0;           ///< start address in the estimate
    int64_t delta = 0;            ///< Jump: target minus its anchor's start (anchor_start) or end, or absolute
    uint32_t anchor = kNoAnchor;  ///< Jump: the VarFrag the target is measured from (kNoAnchor: none before it)
    uint32_t region = 0;          ///< alignment/org region of the fragment
    uint32_t target_region = 0;   ///< Jump: region of the target's fragment
    uint32_t fixed = 0;           ///< bytes before the variable tail
    uint32_t var = 0;             ///< current size of the variable tail
    uint32_t max_skip = 0;        ///< Align: 0 = no limit
    bool align = false;           ///< an alignment, else a jump
    uint8_t align_pow = 0;
    uint8_t grow = 0;             ///< Jump: bytes the near form adds
    bool long_form = false;       ///< Jump: grown to the near form
    bool forward = false;         ///< Jump: the target's fragment comes later in layout order
    bool anchor_start = false;    ///< Jump: measured from the anchor's start (the target is in it)
  };

  /// Takes the VarFrags of a section whose estimate has been made.
  explicit PackedRelax(std::vector<VarFrag> vars);

  /// Runs gas's passes until one grows nothing, or past 1000 passes; returns how many ran.
  int run();

  /// The VarFrags with their final tails.
  const std::vector<VarFrag>& vars() const { return vars_; }

 private:
  int64_t shift(size_t i) const;           ///< growth of the VarFrags before i, this pass's included
  void add_growth(size_t i, int64_t growth);
  size_t next_visit(size_t i, int64_t stretch, size_t& prev_cursor, size_t& stale_cursor);
  size_t next_align(size_t i, int64_t stretch) const;

  std::vector<VarFrag> vars_;
  std::vector<int64_t> tree_;              ///< Fenwick tree of growth per VarFrag (1-based)
  std::vector<uint32_t> lo_fwd_;           ///< for VarFrag g: the first forward jump whose span holds g, or g
  std::vector<uint32_t> hi_bwd_;           ///< for VarFrag g: the last backward jump whose span holds g, or g
  std::vector<std::vector<uint32_t>> aligns_at_least_;  ///< [p]: alignments with align_pow >= p
  std::vector<uint32_t> prev_growth_;      ///< VarFrags that grew in the previous pass
  std::vector<uint32_t> growth_;           ///< VarFrags that grew in this pass
  /// A forward jump across an alignment whose true distance no longer fits but which gas, comparing with the
  /// target's old address, kept short: it grows in the first pass where the stretch before it is below
  /// `threshold` (the true distance less 128), unless something in its span grows first.
  struct Stale {
    uint32_t index = 0;
    int64_t threshold = 0;
  };
  std::vector<Stale> prev_stale_;          ///< stale jumps pending from the previous pass
  std::vector<Stale> stale_;               ///< stale jumps pending for the next pass
  size_t bwd_until_ = 0;                   ///< visit every VarFrag before this one (growth reaches them)
  bool first_pass_ = true;
};

}  // namespace gasket
