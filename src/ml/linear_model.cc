#include "ml/linear_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "util/container.h"

namespace strabo {
namespace {

int ArgMax(int n, const float* scores, std::span<const bool> allowed) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int c = 0; c < n; ++c) {
    if (!allowed.empty() && !allowed[c]) continue;
    if (best < 0 || scores[c] > best_score) best = c, best_score = scores[c];
  }
  return best < 0 ? 0 : best;
}

}  // namespace

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t f : features) {
    const uint32_t row = map_.Find(f);
    if (row == FeatureMap::kMissing) continue;
    for (uint32_t e = begin_[row]; e < begin_[row + 1]; ++e) scores[classes_[e]] += weights_[e];
  }
}

int LinearModel::Predict(std::span<const uint64_t> features, std::span<const bool> allowed) const {
  float stack_scores[64];
  std::vector<float> heap_scores;
  float* scores = stack_scores;
  if (num_classes_ > 64) {
    heap_scores.resize(num_classes_);
    scores = heap_scores.data();
  }
  Score(features, scores);
  return ArgMax(num_classes_, scores, allowed);
}

// Layout: u32 magic "LMv1" | u32 num_classes | u64 rows | per row: u64 key,
// u32 entry count, then (u16 class, f32 weight) per entry.
std::string LinearModel::Serialize() const {
  ByteWriter w;
  w.U32(0x31764d4c);  // "LMv1"
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U64(map_.size());
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  rows.reserve(map_.size());
  map_.ForEach([&](uint64_t key, uint32_t row) { rows.emplace_back(key, row); });
  std::sort(rows.begin(), rows.end());  // deterministic files
  for (const auto& [key, row] : rows) {
    w.U64(key);
    w.U32(begin_[row + 1] - begin_[row]);
    for (uint32_t e = begin_[row]; e < begin_[row + 1]; ++e) {
      uint16_t cls = classes_[e];
      w.Raw(&cls, 2);
      w.F32(weights_[e]);
    }
  }
  return std::move(w.bytes());
}

Result<LinearModel> LinearModel::Deserialize(std::string_view bytes, const std::string& origin) {
  ByteReader r(bytes);
  if (r.U32() != 0x31764d4c) return Status::Corrupt(origin + ": not a linear model section");
  LinearModel m;
  m.num_classes_ = static_cast<int>(r.U32());
  const uint64_t rows = r.U64();
  if (!r.ok() || m.num_classes_ <= 0 || m.num_classes_ > 65535 || rows > bytes.size() / 12)
    return Status::Corrupt(origin + ": linear model header is damaged");
  m.map_.Reserve(rows);
  m.begin_.reserve(rows + 1);
  m.begin_.push_back(0);
  for (uint64_t i = 0; i < rows && r.ok(); ++i) {
    const uint64_t key = r.U64();
    const uint32_t n = r.U32();
    if (n > static_cast<uint32_t>(m.num_classes_) || m.map_.FindOrInsert(key) != i)
      return Status::Corrupt(origin + ": linear model row " + std::to_string(i) + " is damaged");
    for (uint32_t e = 0; e < n; ++e) {
      uint16_t cls = 0;
      r.Raw(&cls, 2);
      const float weight = r.F32();
      if (cls >= m.num_classes_) return Status::Corrupt(origin + ": class out of range");
      m.classes_.push_back(cls);
      m.weights_.push_back(weight);
    }
    m.begin_.push_back(static_cast<uint32_t>(m.classes_.size()));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": linear model is truncated");
  return m;
}

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}

void PerceptronTrainer::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t f : features) {
    const uint32_t row = map_.Find(f);
    if (row == FeatureMap::kMissing) continue;
    for (const Entry& e : rows_[row]) scores[e.cls] += e.weight;
  }
}

int PerceptronTrainer::Predict(std::span<const uint64_t> features, std::span<const bool> allowed) const {
  std::vector<float> scores(num_classes_);
  Score(features, scores.data());
  return ArgMax(num_classes_, scores.data(), allowed);
}

void PerceptronTrainer::Add(uint32_t row, int cls, float delta) {
  std::vector<Entry>& entries = rows_[row];
  for (Entry& e : entries) {
    if (e.cls != cls) continue;
    e.total += static_cast<double>(e.weight) * static_cast<double>(now_ - e.stamp);
    e.stamp = now_;
    e.weight += delta;
    return;
  }
  entries.push_back({static_cast<uint16_t>(cls), delta, 0.0, now_});
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int truth, int guess, float step) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    const uint32_t row = map_.FindOrInsert(f);
    if (row == rows_.size()) rows_.emplace_back();
    Add(row, truth, step);
    Add(row, guess, -step);
  }
}

LinearModel PerceptronTrainer::Average(float min_abs_weight) const {
  LinearModel m;
  m.num_classes_ = num_classes_;
  m.begin_.push_back(0);
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  map_.ForEach([&](uint64_t key, uint32_t row) { rows.emplace_back(key, row); });
  std::sort(rows.begin(), rows.end());
  for (const auto& [key, row] : rows) {
    const size_t first = m.classes_.size();
    std::vector<Entry> entries = rows_[row];
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    for (const Entry& e : entries) {
      const double total = e.total + static_cast<double>(e.weight) * static_cast<double>(now_ - e.stamp);
      const float avg = static_cast<float>(total / static_cast<double>(now_));
      if (std::fabs(avg) < min_abs_weight || avg == 0.0f) continue;
      m.classes_.push_back(e.cls);
      m.weights_.push_back(avg);
    }
    if (m.classes_.size() == first) continue;
    m.map_.FindOrInsert(key);
    m.begin_.push_back(static_cast<uint32_t>(m.classes_.size()));
  }
  return m;
}

}  // namespace strabo
