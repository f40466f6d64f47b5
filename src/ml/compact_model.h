// A read-only copy of a LinearModel laid out for fast scoring.
//
// LinearModel::Score touches five arrays per feature (keys, rows, row
// starts, classes, weights); at tens of features per word that memory
// traffic is most of a tagger's time. Here each hash slot holds its key and
// the location of its weights, and a row's (class, weight) pairs are
// contiguous: one cache miss for the slot and usually one for the weights.
// Scores are the same as LinearModel's (same sums, same order per row).
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "ml/linear_model.h"

namespace strabo {

class CompactLinearModel {
 public:
  CompactLinearModel() = default;
  explicit CompactLinearModel(const LinearModel& model);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return size_; }

  // Adds (not sets) the score of each class to scores[0, num_classes).
  // Lookups are done in two passes with prefetches, so that the cache
  // misses of all features overlap instead of following one another.
  void AddScores(std::span<const uint64_t> features, float* scores) const {
    if (slots_.empty()) return;
    constexpr size_t kBatch = 64;
    const Slot* found[kBatch];
    for (size_t base = 0; base < features.size(); base += kBatch) {
      const size_t n = std::min(kBatch, features.size() - base);
      for (size_t j = 0; j < n; ++j) __builtin_prefetch(&slots_[MixBits(features[base + j]) & mask_]);
      size_t hits = 0;
      for (size_t j = 0; j < n; ++j) {
        const uint64_t f = features[base + j];
        for (size_t i = MixBits(f) & mask_;; i = (i + 1) & mask_) {
          const Slot& s = slots_[i];
          if (s.key == f) {
            __builtin_prefetch(weights_.data() + s.begin);
            found[hits++] = &s;
            break;
          }
          if (s.key == 0) break;
        }
      }
      for (size_t j = 0; j < hits; ++j) {
        const Weight* w = weights_.data() + found[j]->begin;
        for (uint32_t k = 0; k < found[j]->count; ++k) scores[w[k].cls] += w[k].weight;
      }
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t begin = 0;
    uint32_t count = 0;
  };
  struct Weight {
    uint32_t cls;
    float weight;
  };
  int num_classes_ = 0;
  size_t size_ = 0;
  size_t mask_ = 0;
  std::vector<Slot> slots_;
  std::vector<Weight> weights_;
};

}  // namespace strabo
