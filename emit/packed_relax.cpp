#include "emit/packed_relax.hpp"

#include <algorithm>
#include <bit>
#include <numeric>

namespace gasket {

PackedRelax::PackedRelax(std::vector<VarFrag> vars) : vars_(std::move(vars)) {
  const size_t n = vars_.size();
  tree_.assign(n + 1, 0);
  lo_fwd_.resize(n);
  hi_bwd_.resize(n);
  std::iota(lo_fwd_.begin(), lo_fwd_.end(), 0u);
  std::iota(hi_bwd_.begin(), hi_bwd_.end(), 0u);
  // A forward jump j spans the VarFrags after it up to its anchor; the first j to reach a VarFrag is the least.
  size_t filled = 0;
  for (size_t j = 0; j < n; ++j) {
    const VarFrag& v = vars_[j];
    if (v.align || !v.forward || v.anchor == kNoAnchor) continue;
    for (size_t g = std::max(j + 1, filled); g <= v.anchor; ++g) lo_fwd_[g] = static_cast<uint32_t>(j);
    filled = std::max<size_t>(filled, size_t{v.anchor} + 1);
  }
  // A backward jump j spans its anchor (or the section start) up to the VarFrag before it; the last j wins.
  size_t unfilled = n;  // hi_bwd_ is final from here on
  for (size_t j = n; j-- > 0;) {
    const VarFrag& v = vars_[j];
    if (v.align || v.forward) continue;
    const size_t lo = v.anchor == kNoAnchor ? 0 : v.anchor;
    for (size_t g = std::min(j, unfilled); g-- > lo;) hi_bwd_[g] = static_cast<uint32_t>(j);
    unfilled = std::min(unfilled, lo);
  }
  unsigned max_pow = 0;
  for (const VarFrag& v : vars_)
    if (v.align) max_pow = std::max<unsigned>(max_pow, v.align_pow);
  aligns_at_least_.resize(max_pow + 1);
  for (size_t i = 0; i < n; ++i) {
    const VarFrag& v = vars_[i];
    if (v.align)
      for (unsigned p = 1; p <= v.align_pow; ++p) aligns_at_least_[p].push_back(static_cast<uint32_t>(i));
  }
}

int64_t PackedRelax::shift(size_t i) const {
  int64_t s = 0;
  for (size_t k = i; k > 0; k &= k - 1) s += tree_[k];
  return s;
}

void PackedRelax::add_growth(size_t i, int64_t growth) {
  for (size_t k = i + 1; k < tree_.size(); k += k & (~k + 1)) tree_[k] += growth;
}

size_t PackedRelax::next_align(size_t i, int64_t stretch) const {
  const size_t p = static_cast<size_t>(std::countr_zero(static_cast<uint64_t>(stretch))) + 1;
  if (p >= aligns_at_least_.size()) return vars_.size();
  const std::vector<uint32_t>& list = aligns_at_least_[p];
  auto it = std::lower_bound(list.begin(), list.end(), static_cast<uint32_t>(i));
  return it == list.end() ? vars_.size() : *it;
}

size_t PackedRelax::next_visit(size_t i, int64_t stretch, size_t& prev_cursor, size_t& stale_cursor) {
  if (i < bwd_until_) return i;
  size_t best = vars_.size();
  while (prev_cursor < prev_growth_.size() &&
         (prev_growth_[prev_cursor] <= i || lo_fwd_[prev_growth_[prev_cursor]] >= prev_growth_[prev_cursor]))
    ++prev_cursor;
  if (prev_cursor < prev_growth_.size()) best = std::max<size_t>(i, lo_fwd_[prev_growth_[prev_cursor]]);
  if (stretch != 0 && best > i) best = std::min(best, next_align(i, stretch));
  // Stale jumps before `best` see the stretch there is now: with at least their threshold gas's comparison
  // with the old target still fits, so they stay pending without a visit.
  for (; stale_cursor < prev_stale_.size() && prev_stale_[stale_cursor].index < best; ++stale_cursor) {
    const Stale& st = prev_stale_[stale_cursor];
    if (st.index < i) continue;
    if (stretch < st.threshold) return st.index;
    stale_.push_back(st);
  }
  return best;
}

int PackedRelax::run() {
  int pass = 0;
  const size_t n = vars_.size();
  for (;;) {
    growth_.clear();
    stale_.clear();
    bwd_until_ = 0;
    int64_t stretch = 0;
    size_t prev_cursor = 0, stale_cursor = 0;
    for (size_t i = 0;; ++i) {
      if (!first_pass_) i = next_visit(i, stretch, prev_cursor, stale_cursor);
      if (i >= n) break;
      VarFrag& v = vars_[i];
      const int64_t address = static_cast<int64_t>(v.addr0) + shift(i);
      const int64_t was = address - stretch;
      int64_t growth = 0;
      if (v.align) {
        uint64_t padding = 0;
        growth = realign(static_cast<uint64_t>(was) + v.fixed, static_cast<uint64_t>(address) + v.fixed,
                         v.align_pow, v.max_skip, padding);
        v.var = static_cast<uint32_t>(padding);
      } else if (!v.long_form) {
        int64_t target = v.delta;
        if (v.anchor != kNoAnchor) {
          const VarFrag& a = vars_[v.anchor];
          // A target not passed yet in this pass is still where the previous pass left it.
          target += static_cast<int64_t>(a.addr0) + shift(v.anchor) - (v.forward ? stretch : 0);
          if (!v.anchor_start) target += a.fixed + a.var;
        }
        const int64_t from = address + v.fixed;
        bool stays = false;
        if (stretch != 0 && v.forward) {
          if (stretch < 0 || v.target_region == v.region) {
            target += stretch;
          } else {
            // gas compares against the old target. Only if the true distance no longer fits does a later pass
            // have to look again; else the outcome stays until something in the span grows.
            const int64_t true_aim = target + stretch - from;
            if (!(true_aim < 0 ? true_aim >= -127 : true_aim <= 128))
              stale_.push_back(Stale{static_cast<uint32_t>(i), true_aim - 128});
            if (target < from) stays = true;
          }
        }
        const int64_t aim = target - from;
        if (!stays && !(aim < 0 ? aim >= -127 : aim <= 128)) {
          v.long_form = true;
          v.var += v.grow;
          growth = v.grow;
        }
      }
      if (growth != 0) {
        add_growth(i, growth);
        stretch += growth;
        growth_.push_back(static_cast<uint32_t>(i));
        if (hi_bwd_[i] > i) bwd_until_ = std::max<size_t>(bwd_until_, size_t{hi_bwd_[i]} + 1);
      }
    }
    first_pass_ = false;
    ++pass;
    const bool grew = !growth_.empty();
    prev_growth_.swap(growth_);
    prev_stale_.swap(stale_);
    if (!grew || pass > 1000) break;
  }
  return pass;
}

}  // namespace gasket
