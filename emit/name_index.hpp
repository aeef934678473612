// A flat hash index from names to ids, for symbols (hundreds of thousands in compiler output with -g).
//
// Open addressing with linear probing over a power-of-two array of 32-bit ids; the names themselves live in
// the owner's arena and are reached through a callback, so an insert allocates nothing except when the
// array doubles. std::unordered_map allocated a node per symbol and was a visible share of run time.
#pragma once
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "emit/load_word.hpp"
#include "emit/mapped_vector.hpp"

namespace gasket {

/// Hash of a name, eight bytes at a time (C++ mangled names run to hundreds of bytes).
inline uint64_t hash_name(std::string_view s) {
  constexpr uint64_t k = 0x9e3779b97f4a7c15ull;
  uint64_t h = s.size() * k;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 32;
  }
  const uint64_t tail = i < s.size() ? load_le(s.data() + i, s.size() - i) : 0;
  h = (h ^ tail) * k;
  return h ^ (h >> 29);
}

/// Maps names to ids; `NameOf` returns the name of an id.
template <class NameOf>
class NameIndex {
 public:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  explicit NameIndex(NameOf name_of) : name_of_(name_of), slots_(1024) {}

  /// The id stored under `name`, or kEmpty.
  uint32_t find(std::string_view name) const {
    const uint32_t h = static_cast<uint32_t>(hash_name(name));
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& sl = slots_[i];
      if (sl.id == kEmpty) return kEmpty;
      if (sl.hash == h && name_of_(sl.id) == name) return sl.id;
    }
  }

  /// The id stored under `name`, or, if there is none, `make()`'s id stored under it (hashing `name` once).
  template <class Make>
  uint32_t find_or_insert(std::string_view name, Make make) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const uint32_t h = static_cast<uint32_t>(hash_name(name));
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
      const Slot& sl = slots_[i];
      if (sl.id == kEmpty) break;
      if (sl.hash == h && name_of_(sl.id) == name) return sl.id;
    }
    const uint32_t id = make();
    slots_[i] = Slot{id, h};
    ++count_;
    return id;
  }

  /// Stores `id` under its name, which must not be present yet.
  void insert(uint32_t id) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    place(Slot{id, static_cast<uint32_t>(hash_name(name_of_(id)))});
    ++count_;
  }

 private:
  /// An id and the low half of its name's hash: probes compare names only when the hashes agree, and growing
  /// re-places slots without hashing names again.
  struct Slot {
    uint32_t id = kEmpty;
    uint32_t hash = 0;
  };

  void place(Slot s) {
    size_t mask = slots_.size() - 1;
    size_t i = s.hash & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = s;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.id != kEmpty) place(s);
  }

  NameOf name_of_;
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

/// gcc's internal labels `.L<kind><n>` (.LVL12, .LVU7, .LBB3, .LFB20, .L42) are most of the symbols of -g
/// output, defined and referenced in nearly ascending order of n. They are kept in one array per kind indexed
/// by n, so a lookup is a short prefix match and an array read near the previous one, where hashing the name
/// cost a cache miss on the hash slot, another on the symbol and a third on its name. The arrays are made of
/// pages of kPageIds ids, allocated when a number in them is first used and never moved: numbers are sparse
/// for some kinds (.LFB counts functions gcc never emitted), and a doubling array filled its unused half and
/// copied itself on each growth, which was a fifth of the page faults of an object without -g.
class NumberedLabels {
 public:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  /// Prefixes beyond this many (only in odd input) are hashed like other names. gcc -g output of C++ has
  /// about forty kinds, and the busiest (.LASF, .LLST, .LVUS) first appear late, in the debug sections.
  static constexpr size_t kMaxKinds = 256;
  /// The arrays of all kinds together hold at most this many ids by default (128 MiB; 2^20 ids of every
  /// kind in 32 kinds). A kind whose next page would pass it stops growing, and its names outside the pages
  /// it has are hashed from then on, so a name's place never changes.
  static constexpr size_t kMaxSlots = size_t{1} << 25;
  /// Ids per page of a kind's array.
  static constexpr size_t kPageIds = 1024;

  explicit NumberedLabels(size_t max_slots = kMaxSlots) : max_slots_(max_slots) {}

  /// The id slot for `name` if it has the form `.L<prefix><decimal n>` (see parse) and its kind has room;
  /// nullptr for any other name. A fresh slot holds kEmpty.
  uint32_t* slot(std::string_view name) {
    size_t digits;
    uint32_t n;
    PrefixKey key;
    if (!parse(name, digits, n, key)) return nullptr;
    const std::string_view prefix = name.substr(0, name.size() - digits);
    size_t slot_index = 0;
    size_t k = kind(prefix, key, slot_index);
    if (k == kinds_.size()) {
      if (kinds_.size() >= kMaxKinds) return nullptr;
      kinds_.push_back(Kind{std::string(prefix), {}, key, false});
      kind_slots_[slot_index] = static_cast<uint32_t>(k);
    }
    Kind& kd = kinds_[k];
    const size_t page = n / kPageIds;
    if (page >= kd.pages.size() || kd.pages[page] == 0) {
      if (kd.frozen || used_slots_ + kPageIds > max_slots_) {
        kd.frozen = true;
        return nullptr;
      }
      if (page >= kd.pages.size()) kd.pages.resize(page + 1, 0);
      kd.pages[page] = static_cast<uint32_t>(pool_.size() / kPageIds + 1);
      pool_.append(kPageIds, kEmpty);
      used_slots_ += kPageIds;
    }
    return &pool_[pool_index(kd, n)];
  }

  /// True if `name` has the numbered form; `id` is then its id or kEmpty.
  bool find(std::string_view name, uint32_t& id) const {
    size_t digits;
    uint32_t n;
    PrefixKey key;
    if (!parse(name, digits, n, key)) return false;
    size_t slot_index = 0;
    const size_t k = kind(name.substr(0, name.size() - digits), key, slot_index);
    if (k == kinds_.size()) {
      id = kEmpty;
      return kinds_.size() < kMaxKinds;  // past kMaxKinds, hashed like any other name
    }
    const Kind& kd = kinds_[k];
    const size_t page = n / kPageIds;
    if (page < kd.pages.size() && kd.pages[page] != 0) {
      id = pool_[pool_index(kd, n)];
      return true;
    }
    id = kEmpty;
    return !kd.frozen;
  }

 private:
  /// What tells two prefixes apart without a string compare: the bytes after `.L`, up to eight, packed in a
  /// word (every prefix gcc uses fits), and a hash of all of them with the length.
  struct PrefixKey {
    uint64_t packed = 0;
    uint32_t hash = 0;
  };
  static constexpr size_t kPackedBytes = 8;

  struct Kind {
    std::string prefix;
    std::vector<uint32_t> pages;  ///< 1 + the index in pool_ of the page holding ids from kPageIds * i; 0: none
    PrefixKey key;
    bool frozen = false;  ///< refused a page once: names outside its pages are hashed
  };

  /// Splits `.L<prefix><n>`: n is the trailing decimal number (no leading zero, below 2^20). Any prefix will
  /// do: prefix and number give back the whole name, so two names never share a slot.
  static bool parse(std::string_view name, size_t& digits, uint32_t& n, PrefixKey& key) {
    const size_t size = name.size();
    if (size < 3 || name[0] != '.' || name[1] != 'L' || name[size - 1] < '0' || name[size - 1] > '9') return false;
    size_t j = size - 1;
    uint32_t value = uint32_t(name[j] - '0'), scale = 1;
    while (j > 2 && name[j - 1] >= '0' && name[j - 1] <= '9') {
      if (size - j >= 7) return false;
      scale *= 10;
      value += uint32_t(name[--j] - '0') * scale;
    }
    if ((name[j] == '0' && j + 1 != size) || value >= (1u << 20)) return false;
    digits = size - j;
    const size_t prefix = j - 2;
    const uint64_t packed = load_le(name.data() + 2, prefix < kPackedBytes ? prefix : kPackedBytes);
    uint32_t h = static_cast<uint32_t>(j);
    for (size_t i = 2 + kPackedBytes; i < j; ++i) h = h * 31 + uint8_t(name[i]);
    n = value;
    key.packed = packed;
    key.hash = static_cast<uint32_t>(((packed ^ h) * 0x9e3779b97f4a7c15ull) >> 32);
    return true;
  }

  /// Where id `n` of kind `kd` is in pool_ (its page must exist).
  static size_t pool_index(const Kind& kd, uint32_t n) {
    return (kd.pages[n / kPageIds] - 1) * kPageIds + n % kPageIds;
  }

  /// The index of `prefix` in kinds_, or kinds_.size() with `slot_index` at the free slot for it. The table
  /// is fixed: it has room for twice kMaxKinds, and the prefix's hash comes with parsing the name.
  size_t kind(std::string_view prefix, const PrefixKey& key, size_t& slot_index) const {
    constexpr size_t kMask = kKindSlots - 1;
    for (size_t i = key.hash & kMask;; i = (i + 1) & kMask) {
      const uint32_t k = kind_slots_[i];
      if (k == kEmpty) {
        slot_index = i;
        return kinds_.size();
      }
      const Kind& kd = kinds_[k];
      if (kd.key.hash == key.hash && kd.key.packed == key.packed && kd.prefix.size() == prefix.size() &&
          (prefix.size() <= 2 + kPackedBytes || kd.prefix == prefix))
        return k;
    }
  }

  static constexpr size_t kKindSlots = 2 * kMaxKinds;
  size_t max_slots_;
  size_t used_slots_ = 0;
  std::vector<Kind> kinds_;
  MappedVector<uint32_t> pool_;  ///< the pages of every kind
  std::array<uint32_t, kKindSlots> kind_slots_ = [] {
    std::array<uint32_t, kKindSlots> slots{};
    slots.fill(kEmpty);
    return slots;
  }();
};

}  // namespace gasket
