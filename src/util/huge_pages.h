// An allocator for large read-mostly tables probed at random (the scoring
// indexes of linear models): arrays of 2 MiB or more are placed on 2 MiB
// boundaries and the kernel is asked to back them with transparent huge
// pages (madvise MADV_HUGEPAGE, which Linux honours in its default "madvise"
// THP mode).
//
// Why: a model's hash slots are looked up at random, so with 4 KiB pages
// nearly every lookup also misses the TLB, and the page walk costs about as
// much as the cache miss itself. With 2 MiB pages the whole table needs a
// handful of TLB entries. Where huge pages are unavailable (another OS, THP
// "never", no free huge pages) the memory is ordinary memory: the advice
// changes speed, never behaviour.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace strabo {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocators convert implicitly

  T* allocate(size_t n) {
    if (n > (static_cast<size_t>(-1) - kHugePage) / sizeof(T)) throw std::bad_array_new_length();
    const size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      // Cache-line aligned, which also honours any alignas(T) up to 64.
      static_assert(alignof(T) <= 64, "HugePageAllocator aligns to cache lines at most");
      void* p = std::aligned_alloc(64, (bytes + 63) / 64 * 64 + (bytes == 0 ? 64 : 0));
      if (p == nullptr) throw std::bad_alloc();
      return static_cast<T*>(p);
    }
    // aligned_alloc wants a multiple of the alignment.
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    (void)madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure is harmless
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// A vector whose storage follows the policy above.
template <typename T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace strabo
