// Fast non-cryptographic hashing for ids, feature hashing and checksums.
// The values are part of strabo's file formats: do not change them.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace strabo {

// splitmix64 finaliser: spreads the bits of `x` over the whole word. Always
// inlined, as HashCombine: feature extraction calls them hundreds of times a
// word, and in a function as large as the parser's feature builder the
// compiler would otherwise emit calls.
[[gnu::always_inline]] inline uint64_t MixBits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// 64-bit hash of `data` (8 bytes at a time, then the tail), seeded.
inline uint64_t Hash64(std::string_view data, uint64_t seed = 0) {
  uint64_t h = seed ^ (0x9e3779b97f4a7c15ULL * (data.size() + 1));
  const char* p = data.data();
  size_t n = data.size();
  while (n >= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    h = MixBits(h ^ word) * 0x9e3779b97f4a7c15ULL;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return MixBits(h ^ tail ^ (uint64_t(n) << 56));
}

// Combines two hashes (order matters).
[[gnu::always_inline]] inline uint64_t HashCombine(uint64_t a, uint64_t b) {
  return MixBits(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

}  // namespace strabo
