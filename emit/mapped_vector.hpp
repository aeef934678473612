// A vector of trivially copyable elements whose big buffers grow without copying.
//
// Why: the arrays an assembly builds (section bytes, fragments, fixups, relocations, symbols, expression nodes)
// reach tens of megabytes on compiler output with -g. std::vector grows by allocating a block twice as big,
// copying the elements over and freeing the old block, so every growth faults in fresh pages while the old ones
// are still mapped: the copy costs time, peak RSS goes up, and the kernel spends its time clearing pages. Here a
// buffer of kMapBytes or more is an anonymous mapping of its own, and growing it is mremap(MREMAP_MAYMOVE): the
// kernel moves the page table entries, no byte is copied, and no page is touched before it is needed. Pages are
// made present ahead of the writes, a stretch at a time (MADV_POPULATE_WRITE), rather than one page fault per
// 4 KiB: the kernel must clear each page either way, but a fault per page costs as much again in traps. Smaller
// buffers live on the heap, so a source with tens of thousands of small sections does not
// spend a mapping on each (the kernel limits a process to vm.max_map_count of them).
//
// The elements must be trivially copyable and destructible: moving the buffer moves their bytes and nothing is
// destroyed. The buffer moves when it grows, as std::vector's does, so pointers into it last until the next
// growth; begin() and end() are pointers, so range-for, std::span and the standard algorithms work on it.
#pragma once
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace gasket {

/// A growable array of trivially copyable `T`; a buffer of kMapBytes or more grows by remapping, never copying.
template <class T>
class MappedVector {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "the buffer is moved by its bytes and never destroyed element by element");

 public:
  /// Buffers at least this big are anonymous mappings; smaller ones are heap blocks.
  static constexpr size_t kMapBytes = size_t{1} << 17;
  /// A mapped buffer's pages are made present this many bytes at a time, ahead of the writes.
  static constexpr size_t kPopulateBytes = size_t{1} << 18;

  MappedVector() = default;
  MappedVector(const MappedVector&) = delete;
  MappedVector& operator=(const MappedVector&) = delete;
  MappedVector(MappedVector&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)),
        capacity_(std::exchange(o.capacity_, 0)), mapped_bytes_(std::exchange(o.mapped_bytes_, 0)) {}
  MappedVector& operator=(MappedVector&& o) noexcept {
    if (this != &o) {
      release();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      capacity_ = std::exchange(o.capacity_, 0);
      mapped_bytes_ = std::exchange(o.mapped_bytes_, 0);
    }
    return *this;
  }
  ~MappedVector() { release(); }

  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  /// Elements the buffer holds before it must move.
  size_t capacity() const { return mapped_bytes_ != 0 ? mapped_capacity() : capacity_; }
  bool empty() const { return size_ == 0; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& front() { return data_[0]; }
  const T& front() const { return data_[0]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }
  operator std::span<T>() { return {data_, size_}; }
  operator std::span<const T>() const { return {data_, size_}; }

  /// Appends a copy of `v`.
  void push_back(const T& v) {
    // `v` may live in this buffer, which growing can move.
    T copy = v;
    if (size_ == capacity_) grow(size_ + 1);
    std::memcpy(static_cast<void*>(data_ + size_), &copy, sizeof(T));
    ++size_;
  }
  /// Appends an element made from `args` and returns it.
  template <class... A>
  T& emplace_back(A&&... args) {
    T made(std::forward<A>(args)...);
    push_back(made);
    return back();
  }
  /// Appends the `n` elements at `p` (which must not point into this vector).
  void append(const T* p, size_t n) {
    if (n == 0) return;
    if (size_ + n > capacity_) grow(size_ + n);
    std::memcpy(static_cast<void*>(data_ + size_), p, n * sizeof(T));
    size_ += n;
  }
  /// Appends the low `n` (at most 8) bytes of `value`, little-endian: one 8-byte store when there is room.
  void append_le(uint64_t value, size_t n)
    requires(sizeof(T) == 1)
  {
    uint8_t bytes[8];
    for (size_t i = 0; i < 8; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
    if (size_ + 8 > capacity_) grow(size_ + 8);
    std::memcpy(static_cast<void*>(data_ + size_), bytes, 8);
    size_ += n;
  }
  /// Appends `n` copies of `v`.
  void append(size_t n, const T& v) {
    T copy = v;
    if (size_ + n > capacity_) grow(size_ + n);
    for (size_t i = 0; i < n; ++i) std::memcpy(static_cast<void*>(data_ + size_ + i), &copy, sizeof(T));
    size_ += n;
  }
  /// Shrinks to `n` elements, or grows to `n` with value-initialized ones.
  void resize(size_t n) {
    if (n > capacity_) grow(n);
    for (size_t i = size_; i < n; ++i) ::new (static_cast<void*>(data_ + i)) T();
    size_ = n;
  }
  /// Makes room for `n` elements. A mapped buffer only takes address space until it is written.
  void reserve(size_t n) {
    if (n > capacity_ && n > mapped_capacity()) reallocate(n);
  }
  void clear() { size_ = 0; }

 private:
  size_t mapped_capacity() const { return mapped_bytes_ / sizeof(T); }

  void grow(size_t need) {
    if (need > mapped_capacity()) {
      // Most sections stay small, but few hold only one or two fragments or fixups: start at 256 bytes'
      // worth (at least four elements) rather than regrow through the smallest sizes.
      const size_t have = mapped_bytes_ != 0 ? mapped_capacity() : capacity_;
      size_t n = have != 0 ? have * 2 : sizeof(T) < 64 ? 256 / sizeof(T) : 4;
      reallocate(n < need ? need : n);
    }
    if (mapped_bytes_ != 0) populate(need);
  }

  /// Moves the buffer to one of at least `n` elements. A mapped buffer's capacity stays what is present.
  void reallocate(size_t n) {
    if (n > SIZE_MAX / sizeof(T) / 2) throw std::bad_alloc();
    size_t bytes = n * sizeof(T);
    void* p = nullptr;
    if (bytes < kMapBytes) {
      p = std::realloc(data_, bytes);
      if (!p) throw std::bad_alloc();
      data_ = static_cast<T*>(p);
      capacity_ = bytes / sizeof(T);
      return;
    }
    // Whole pages: the rest of the last one is capacity too. (The kernel rounds lengths up to its own page
    // size, so this is right whatever that is.)
    bytes = (bytes + 4095) & ~size_t{4095};
    if (mapped_bytes_ != 0) {
      p = ::mremap(data_, mapped_bytes_, bytes, MREMAP_MAYMOVE);
      if (p == MAP_FAILED) throw std::bad_alloc();
    } else {
      p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      if (size_) std::memcpy(p, data_, size_ * sizeof(T));
      std::free(data_);
      capacity_ = size_;
    }
    mapped_bytes_ = bytes;
    data_ = static_cast<T*>(p);
  }

  /// Makes the pages for `need` elements, and up to kPopulateBytes beyond them, present and counts them as
  /// capacity. Where the kernel cannot (before Linux 5.14), the pages fault in as they are written.
  void populate(size_t need) {
    if (need <= capacity_) return;
    const size_t from = (capacity_ * sizeof(T)) & ~size_t{4095};
    size_t to = (need * sizeof(T) + kPopulateBytes) & ~(kPopulateBytes - 1);
    if (to > mapped_bytes_) to = mapped_bytes_;
#ifdef MADV_POPULATE_WRITE
    if (to > from) ::madvise(reinterpret_cast<char*>(data_) + from, to - from, MADV_POPULATE_WRITE);
#endif
    capacity_ = to / sizeof(T);
  }

  void release() {
    if (mapped_bytes_ != 0)
      ::munmap(data_, mapped_bytes_);
    else
      std::free(data_);
    data_ = nullptr;
    mapped_bytes_ = 0;
  }

  T* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;      ///< elements that fit without the slow path: the heap block, or the present pages
  size_t mapped_bytes_ = 0;  ///< length of the mapping, or 0 while the buffer is a heap block
};

}  // namespace gasket
