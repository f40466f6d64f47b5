// Hashed sparse features for strabo's linear models.
//
// A feature is a 64-bit hash of a template id and its values ("suffix3=ted",
// "w-1|w+1=the|of"). Templates are small integers chosen by each model; the
// hash never returns 0 (the empty key of FeatureMap).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace strabo {

class FeatureBuilder {
 public:
  void Clear() { features_.clear(); }

  void Add(uint32_t templ, std::string_view value) {
    Push(Hash64(value, Seed(templ)));
  }
  void Add(uint32_t templ, std::string_view a, std::string_view b) {
    Push(HashCombine(Hash64(a, Seed(templ)), Hash64(b, 0x51ed27)));
  }
  void Add(uint32_t templ, std::string_view a, std::string_view b, std::string_view c) {
    Push(HashCombine(HashCombine(Hash64(a, Seed(templ)), Hash64(b, 0x51ed27)), Hash64(c, 0x7a3b)));
  }
  // A feature over precomputed value ids (word ids, tag ids, labels).
  // Always inlined: the callers (the parser adds over a hundred per move)
  // pass constant template ids, so Seed(templ) folds into a constant.
  [[gnu::always_inline]] void AddIds(uint32_t templ, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    Push(HashCombine(HashCombine(HashCombine(Seed(templ), a), b), c));
  }
  // A feature with no value: a bias or an indicator.
  void AddFlag(uint32_t templ) { Push(MixBits(Seed(templ))); }

  std::span<const uint64_t> features() const { return features_; }
  size_t size() const { return features_.size(); }

 private:
  static uint64_t Seed(uint32_t templ) { return MixBits(0x9e3779b97f4a7c15ULL + templ); }
  [[gnu::always_inline]] void Push(uint64_t h) { features_.push_back(h == 0 ? 1 : h); }

  std::vector<uint64_t> features_;
};

// Open-addressing hash map from feature keys (never 0) to dense row indices.
class FeatureMap {
 public:
  static constexpr uint32_t kMissing = 0xFFFFFFFFu;

  // The row of `key`, or kMissing.
  uint32_t Find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    for (size_t i = MixBits(key) & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return rows_[i];
      if (keys_[i] == 0) return kMissing;
    }
  }

  // The row of `key`, inserting it as row size() when absent.
  uint32_t FindOrInsert(uint64_t key) {
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    for (size_t i = MixBits(key) & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == key) return rows_[i];
      if (keys_[i] == 0) {
        keys_[i] = key;
        rows_[i] = static_cast<uint32_t>(size_);
        return static_cast<uint32_t>(size_++);
      }
    }
  }

  size_t size() const { return size_; }
  void Reserve(size_t n) {
    while (keys_.size() < n * 2) Grow();
  }

  // Calls f(key, row) for every entry.
  template <typename F>
  void ForEach(F&& f) const {
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != 0) f(keys_[i], rows_[i]);
  }

 private:
  void Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_rows = std::move(rows_);
    const size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(cap, 0);
    rows_.assign(cap, 0);
    mask_ = cap - 1;
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == 0) continue;
      size_t j = MixBits(old_keys[i]) & mask_;
      while (keys_[j] != 0) j = (j + 1) & mask_;
      keys_[j] = old_keys[i];
      rows_[j] = old_rows[i];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace strabo
