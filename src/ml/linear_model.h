// Sparse multi-class linear models and their averaged-perceptron trainer.
//
// score(c) = Σ over active features f of w[f][c]. Each feature keeps weights
// only for the classes it was ever updated for, so models over many features
// and tens of classes stay small. Shared by the tagger, the parser and the
// entity recogniser.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ml/features.h"
#include "strabo/status.h"

namespace strabo {

// The trained, read-only model.
class LinearModel {
 public:
  LinearModel() = default;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return map_.size(); }
  size_t num_weights() const { return classes_.size(); }

  // Sets scores[0, num_classes) to the score of each class. Unknown features
  // contribute nothing.
  void Score(std::span<const uint64_t> features, float* scores) const;

  // The best class (lowest index on ties) among those with allowed[c] true
  // (all classes when `allowed` is empty).
  int Predict(std::span<const uint64_t> features, std::span<const bool> allowed = {}) const;

  // Calls f(key, classes, weights) for every feature row, in no set order
  // (for compact read-only copies such as CompactLinearModel).
  template <typename F>
  void ForEachRow(F&& f) const {
    map_.ForEach([&](uint64_t key, uint32_t row) {
      const uint32_t b = begin_[row], e = begin_[row + 1];
      f(key, std::span<const uint16_t>(classes_.data() + b, e - b),
        std::span<const float>(weights_.data() + b, e - b));
    });
  }

  // Binary form, stored as one container section (doc/formats/linear-model.md).
  std::string Serialize() const;
  // A smaller binary form ("LMc1") for shipped models: weights below
  // `min_abs_weight` dropped, 32-bit feature fingerprints instead of 64-bit
  // keys, weights as 16-bit fixed point with one scale per model. Scores
  // differ from the full model by the quantisation (relative error < 2^-15 of
  // the largest weight) and by the rare fingerprint collision.
  std::string SerializeCompact(float min_abs_weight = 0.0f) const;
  // Reads either form.
  static Result<LinearModel> Deserialize(std::string_view bytes, const std::string& origin);

 private:
  friend class PerceptronTrainer;

  // Compact models store 32-bit fingerprints: lookups mask features the same way.
  uint64_t Key(uint64_t feature) const {
    const uint64_t k = feature & key_mask_;
    return k == 0 ? 1 : k;
  }
  static Result<LinearModel> DeserializeCompact(std::string_view bytes, const std::string& origin);
  // Builds slots_ and entries_ from map_, begin_, classes_ and weights_.
  void BuildIndex();

  // The scoring index of a full-precision model: one open-addressing slot per
  // feature holding its key and its entry range, and the entries (weight,
  // class) side by side, so a lookup costs two cache misses, which Score
  // overlaps across features by prefetching.
  struct Slot {
    uint64_t key;  // 0: empty
    uint32_t begin, end;
  };
  struct Entry {
    float weight;
    uint32_t cls;
  };
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  uint64_t slot_mask_ = 0;

  // The scoring index of a compact model, which keeps the file's 16-bit
  // fixed-point weights: half the bytes of the float index, so more of it
  // stays in cache, and scores are exact integer sums scaled once.
  //
  // A slot is 8 bytes: the 32-bit fingerprint and where its row starts in
  // `cells_` (offset << 1 | dense). A sparse row is its entry count n then n
  // (class, weight) pairs; a dense row, used when that is smaller, is one
  // weight per class. The count sits next to the first weights, so a
  // lookup costs two cache misses, the same as above, for half the memory.
  struct FixedSlot {
    uint32_t key;    // 0: empty
    uint32_t where;  // offset into cells_ << 1 | 1 for a dense row
  };
  // Builds fixed_slots_ and cells_ from begin_, classes_, the fingerprint of
  // each row and the quantised weights q (weight e is q[e] · scale).
  void BuildFixedIndex(std::span<const uint32_t> keys, std::span<const int16_t> q, float scale);
  void ScoreFixed(std::span<const uint64_t> features, float* scores) const;
  std::vector<FixedSlot> fixed_slots_;
  std::vector<uint16_t> cells_;
  float scale_ = 0;  // weight = q · scale_; 0 when the model is full precision

  int num_classes_ = 0;
  uint64_t key_mask_ = ~uint64_t{0};
  FeatureMap map_;                 // feature → row
  std::vector<uint32_t> begin_;    // row → first entry; begin_[rows] = end
  std::vector<uint16_t> classes_;  // entry → class
  std::vector<float> weights_;     // entry → weight
};

// Trains a LinearModel with the averaged perceptron (Collins 2002), with
// lazily updated averages so an update costs O(features touched).
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }

  // Scores with the current (not averaged) weights.
  void Score(std::span<const uint64_t> features, float* scores) const;
  int Predict(std::span<const uint64_t> features, std::span<const bool> allowed = {}) const;

  // Moves weight towards `truth` and away from `guess` for every feature, by
  // `step`. Does nothing when they are equal.
  void Update(std::span<const uint64_t> features, int truth, int guess, float step = 1.0f);

  // Advances the averaging clock; call once per training instance.
  void Tick() { ++now_; }

  // The averaged model. Weights whose magnitude is below `min_abs_weight` are
  // dropped, and features with no weight left.
  LinearModel Average(float min_abs_weight = 0.0f) const;

  size_t num_features() const { return map_.size(); }

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    double total;     // Σ weight over time, up to `stamp`
    uint64_t stamp;   // when `total` was last brought up to date
  };
  void Add(uint32_t row, int cls, float delta);

  int num_classes_;
  uint64_t now_ = 1;
  FeatureMap map_;
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace strabo
