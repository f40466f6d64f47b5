// Sparse multi-class linear models and their averaged-perceptron trainer.
//
// score(c) = Σ over active features f of w[f][c]. Each feature keeps weights
// only for the classes it was ever updated for, so models over many features
// and tens of classes stay small. Shared by the tagger, the parser and the
// entity recogniser. A model is nothing but its scoring index (one of two
// layouts, below): rows are read back from it to write the model out.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ml/features.h"
#include "strabo/status.h"
#include "util/huge_pages.h"

// A function compiled twice on x86-64, for AVX2 and for the baseline, the
// dynamic loader picking the one the CPU runs. Only for functions called from
// their own file: gcc and clang resolve clones called from elsewhere
// differently.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define STRABO_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define STRABO_VECTOR_CLONES
#endif

namespace strabo {

// The trained, read-only model.
class LinearModel {
 public:
  LinearModel() = default;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_rows_; }
  size_t num_weights() const { return num_entries_; }

  // Sets scores[0, num_classes) to the score of each class. Unknown features
  // contribute nothing.
  void Score(std::span<const uint64_t> features, float* scores) const;

  // Whether the model is compact (read from an "LMc1" section): its scores
  // are then integer sums scaled once, which AddScores and Scale expose so
  // that a caller can keep and reuse the sum over part of its features.
  bool compact() const { return scale_ != 0; }
  // Compact models only: adds the quantised weights of `features` (at most
  // 65,535) to acc[0, num_classes); Scale then sets scores[c] to acc[c] times
  // the scale, giving exactly what Score gives for all the features summed.
  void AddScores(std::span<const uint64_t> features, int32_t* acc) const;
  void Scale(const int32_t* acc, float* scores) const {
    for (int c = 0; c < num_classes_; ++c) scores[c] = static_cast<float>(acc[c]) * scale_;
  }

  // The best class (lowest index on ties) among those with allowed[c] true
  // (all classes when `allowed` is empty).
  int Predict(std::span<const uint64_t> features, std::span<const bool> allowed = {}) const;

  // Calls f(key, classes, weights) for every feature row, classes ascending,
  // rows in no set order. For a compact model the key is the row's 32-bit fingerprint, the weights
  // are q · scale, and a dense row reports only its nonzero weights.
  using RowVisitor =
      std::function<void(uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights)>;
  void ForEachRow(const RowVisitor& f) const;

  // Binary form, stored as one container section (doc/formats/linear-model.md):
  // "LMv1" for a full-precision model; a compact model (read from "LMc1")
  // has only its compact form, so it writes SerializeCompact().
  std::string Serialize() const;
  // A smaller binary form ("LMc1") for shipped models: weights below
  // `min_abs_weight` dropped, 32-bit feature fingerprints instead of 64-bit
  // keys, weights as 16-bit fixed point with one scale per model. Scores
  // differ from the full model by the quantisation (relative error < 2^-15 of
  // the largest weight) and by the rare fingerprint collision. A compact
  // model with min_abs_weight 0 writes back the bytes it was read from, less
  // any entry of quantised weight 0 in a dense row.
  std::string SerializeCompact(float min_abs_weight = 0.0f) const;
  // Reads either form.
  static Result<LinearModel> Deserialize(std::string_view bytes, const std::string& origin);

  // The mean of `models`' weights, feature by feature and class by class, a
  // weight a model lacks counting as 0: parameter averaging of runs trained
  // on the same features and classes (e.g. with different seeds), which
  // scores as fast as one run. The sum is taken in double precision, in the
  // order of `models`, so the result is deterministic. Weights whose
  // magnitude is below `min_abs_weight`, and zeros, are dropped. Fails, naming
  // `origin`, on an empty list, on models with different numbers of classes
  // and on compact models (their 32-bit fingerprints are not feature keys).
  // Whether the runs hashed the same features the same way is for the caller
  // to check: the weights cannot tell.
  static Result<LinearModel> Mean(std::span<const LinearModel* const> models, float min_abs_weight,
                                  const std::string& origin);

 private:
  friend class PerceptronTrainer;

  // Compact models store 32-bit fingerprints: lookups mask features the same way.
  uint64_t Key(uint64_t feature) const {
    const uint64_t k = feature & key_mask_;
    return k == 0 ? 1 : k;
  }
  static Result<LinearModel> DeserializeCompact(std::string_view bytes, const std::string& origin);
  // Builds slots_ over entries_ (already filled) from rows given as their
  // keys and entry ranges (row r is entries_[begin[r], begin[r + 1])). Fails
  // on a repeated key.
  Status BuildIndex(std::span<const uint64_t> keys, std::span<const uint32_t> begin, const std::string& origin);

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
  // Huge pages (util/huge_pages.h): lookups are random, so with small pages
  // most would also miss the TLB.
  HugePageVector<Slot> slots_;
  HugePageVector<Entry> entries_;
  uint64_t slot_mask_ = 0;

  // The scoring index of a compact model, which keeps the file's 16-bit
  // fixed-point weights and nothing else (no float copy, no row map): half
  // the bytes of the float index, so more of it stays in cache, and scores
  // are exact integer sums scaled once.
  //
  // A slot is 8 bytes: the 32-bit fingerprint and `where`, whose low two
  // bits say what the other 30 are (doc/formats/linear-model.md):
  //   kSparse, kDense  the row's offset in `cells_`. A sparse row is its
  //                    entry count n then n (class, weight) pairs; a dense
  //                    row, used when that is smaller, one weight per class.
  //   kInline          a row of one weight, held in the slot itself:
  //                    class in bits 2..15, i16 weight in bits 16..31.
  // A lookup costs one cache miss for an inline row (about a third of the
  // parser's rows) and two for the others.
  struct FixedSlot {
    uint32_t key;    // 0: empty
    uint32_t where;  // see above
  };
  enum : uint32_t { kSparse = 0, kDense = 1, kInline = 2 };
  // A row of n > 1 weights (C classes) is stored dense when
  // C ≤ kDenseRowClassesPerWeight · n, although a sparse row (2 + 4n bytes)
  // is the smaller while n < (C - 1) / 2: a dense row is added by a vector
  // loop of fixed length, a sparse one by a scalar loop whose length the
  // branch predictor misses, and that, more than the bytes, is what a lookup
  // costs. Measured (README.md, "Speed and memory": denser rows): tag + parse
  // 1.2× as fast as with rows dense only where smaller, for 20 MB more
  // index over the four shipped taggers and parsers (doc/formats/linear-model.md).
  static constexpr size_t kDenseRowClassesPerWeight = 24;
  // Inline rows need the class to fit in 14 bits.
  static constexpr int kMaxInlineClasses = 1 << 14;
  // Builds fixed_slots_ and cells_ from rows given as their fingerprints,
  // entry ranges (row r is entries [begin[r], begin[r + 1])), classes and
  // quantised weights q (weight e is q[e] · scale). Fails on a repeated
  // fingerprint.
  Status BuildFixedIndex(std::span<const uint32_t> keys, std::span<const uint32_t> begin,
                         std::span<const uint16_t> classes, std::span<const int16_t> q, float scale,
                         const std::string& origin);
  // Calls f(fingerprint, classes, q) for every row of a compact model, in
  // slot order; dense rows report their nonzero weights.
  void ForEachFixedRow(
      const std::function<void(uint32_t, std::span<const uint16_t>, std::span<const int16_t>)>& f) const;
  void ScoreFixed(std::span<const uint64_t> features, float* scores) const;
  // AddScores' work, compiled for AVX2 too: dense rows are most of tag +
  // parse time, and AVX2 adds twice the weights per instruction.
  STRABO_VECTOR_CLONES void AddRows(std::span<const uint64_t> features, int32_t* acc) const;
  HugePageVector<FixedSlot> fixed_slots_;

  // The scoring index of a compact model with at most kMaxSmallClasses
  // classes (the parser's move model), used instead of fixed_slots_ and
  // cells_: each 16-byte slot holds its whole row, one weight per class, so a
  // lookup costs one cache miss and no row is ever visited.
  static constexpr int kMaxSmallClasses = 14;
  struct alignas(32) SmallSlot {
    uint32_t key;  // 0: empty
    int16_t q[kMaxSmallClasses];
  };
  static_assert(sizeof(SmallSlot) == 32, "two slots per cache line");
  HugePageVector<SmallSlot> small_slots_;
  HugePageVector<uint16_t> cells_;
  float scale_ = 0;  // weight = q · scale_; 0 when the model is full precision

  int num_classes_ = 0;
  size_t num_rows_ = 0, num_entries_ = 0;
  uint64_t key_mask_ = ~uint64_t{0};
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
