#include "ml/linear_model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

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

void LinearModel::BuildIndex() {
  size_t cap = 16;
  while (cap < map_.size() * 2) cap <<= 1;  // load factor at most 1/2
  slots_.assign(cap, Slot{0, 0, 0});
  slot_mask_ = cap - 1;
  entries_.resize(classes_.size());
  for (size_t e = 0; e < classes_.size(); ++e) entries_[e] = Entry{weights_[e], classes_[e]};
  map_.ForEach([&](uint64_t key, uint32_t row) {
    size_t i = MixBits(key) & slot_mask_;
    while (slots_[i].key != 0) i = (i + 1) & slot_mask_;
    slots_[i] = Slot{key, begin_[row], begin_[row + 1]};
  });
}

void LinearModel::BuildFixedIndex(std::span<const uint32_t> keys, std::span<const int16_t> q, float scale) {
  scale_ = scale;
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;  // load factor at most 1/2
  fixed_slots_.assign(cap, FixedSlot{0, 0});
  slot_mask_ = cap - 1;
  const size_t n_classes = static_cast<size_t>(num_classes_);
  cells_.clear();
  cells_.reserve(keys.size() + 2 * q.size());  // when every row is sparse
  // Rows in file order, so the layout does not depend on hash-map history.
  for (uint32_t row = 0; row < keys.size(); ++row) {
    const uint32_t key = keys[row];
    const uint32_t b = begin_[row], e = begin_[row + 1];
    const bool dense = n_classes < 1 + 2 * size_t{e - b};
    const uint64_t offset = cells_.size();
    if (dense) {
      cells_.resize(offset + n_classes, 0);
      for (uint32_t i = b; i < e; ++i) cells_[offset + classes_[i]] = static_cast<uint16_t>(q[i]);
    } else {
      cells_.push_back(static_cast<uint16_t>(e - b));
      for (uint32_t i = b; i < e; ++i) {
        cells_.push_back(classes_[i]);
        cells_.push_back(static_cast<uint16_t>(q[i]));
      }
    }
    size_t i = MixBits(key) & slot_mask_;
    while (fixed_slots_[i].key != 0) i = (i + 1) & slot_mask_;
    fixed_slots_[i] = FixedSlot{key, static_cast<uint32_t>(offset << 1 | (dense ? 1 : 0))};
  }
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  if (scale_ != 0) return ScoreFixed(features, scores);
  std::fill(scores, scores + num_classes_, 0.0f);
  if (slots_.empty()) return;
  // In batches: hash and prefetch every slot, then find each feature's entry
  // range and prefetch it, then add; the cache misses of a batch overlap.
  constexpr size_t kBatch = 64;
  uint64_t keys[kBatch];
  size_t where[kBatch];
  uint32_t begin[kBatch], end[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const size_t n = std::min(kBatch, features.size() - start);
    for (size_t i = 0; i < n; ++i) {
      keys[i] = Key(features[start + i]);
      where[i] = MixBits(keys[i]) & slot_mask_;
      __builtin_prefetch(&slots_[where[i]]);
    }
    for (size_t i = 0; i < n; ++i) {
      begin[i] = end[i] = 0;
      for (size_t j = where[i];; j = (j + 1) & slot_mask_) {
        const Slot& slot = slots_[j];
        if (slot.key == keys[i]) {
          begin[i] = slot.begin;
          end[i] = slot.end;
          __builtin_prefetch(&entries_[slot.begin]);
          break;
        }
        if (slot.key == 0) break;
      }
    }
    for (size_t i = 0; i < n; ++i)
      for (uint32_t e = begin[i]; e < end[i]; ++e) scores[entries_[e].cls] += entries_[e].weight;
  }
}

void LinearModel::ScoreFixed(std::span<const uint64_t> features, float* scores) const {
  const size_t n_classes = static_cast<size_t>(num_classes_);
  std::fill(scores, scores + n_classes, 0.0f);
  // Sums in int32: exact while fewer than 65536 weights of |q| ≤ 32767 are
  // added per class, so features go in chunks of at most that many, each
  // chunk's sums scaled into `scores` (one chunk for any real feature set).
  thread_local std::vector<int32_t> acc;
  acc.resize(n_classes);
  constexpr size_t kChunk = 65535;
  constexpr size_t kBatch = 64;
  uint32_t keys[kBatch];
  size_t where[kBatch];
  uint32_t found[kBatch];
  for (size_t chunk = 0; chunk < features.size(); chunk += kChunk) {
    const size_t chunk_end = std::min(features.size(), chunk + kChunk);
    std::fill(acc.begin(), acc.end(), 0);
    int32_t* const a = acc.data();
    // In batches, as in Score: hash and prefetch every slot, then probe and
    // prefetch each row, then add, so that the cache misses overlap.
    for (size_t start = chunk; start < chunk_end; start += kBatch) {
      const size_t n = std::min(kBatch, chunk_end - start);
      for (size_t i = 0; i < n; ++i) {
        keys[i] = static_cast<uint32_t>(Key(features[start + i]));
        where[i] = MixBits(keys[i]) & slot_mask_;
        __builtin_prefetch(&fixed_slots_[where[i]]);
      }
      size_t hits = 0;
      for (size_t i = 0; i < n; ++i) {
        for (size_t j = where[i];; j = (j + 1) & slot_mask_) {
          const FixedSlot& slot = fixed_slots_[j];
          if (slot.key == keys[i]) {
            // A dense row spans several cache lines, all of which are read.
            const uint16_t* row = &cells_[slot.where >> 1];
            const size_t lines = slot.where & 1 ? (n_classes * 2 + 63) / 64 : 1;
            for (size_t l = 0; l < lines; ++l) __builtin_prefetch(row + 32 * l);
            found[hits++] = slot.where;
            break;
          }
          if (slot.key == 0) break;
        }
      }
      for (size_t i = 0; i < hits; ++i) {
        const uint16_t* row = cells_.data() + (found[i] >> 1);
        if (found[i] & 1) {
          // Dense: one weight per class; a loop the compiler vectorises.
          const int16_t* w = reinterpret_cast<const int16_t*>(row);
          for (size_t c = 0; c < n_classes; ++c) a[c] += w[c];
        } else {
          const uint32_t count = row[0];
          for (uint32_t k = 0; k < count; ++k) a[row[1 + 2 * k]] += static_cast<int16_t>(row[2 + 2 * k]);
        }
      }
    }
    for (size_t c = 0; c < n_classes; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
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

// Layout: u32 magic "LMc1" | u32 num_classes | u64 rows | f32 scale | per
// row: u32 fingerprint (the low 32 bits of the feature key, 1 when 0), u8
// or u16 entry count (u16 when num_classes > 255), then entries of (class:
// u8 or u16, i16 quantised weight). Rows sorted by fingerprint.
std::string LinearModel::SerializeCompact(float min_abs_weight) const {
  const bool wide = num_classes_ > 255;
  // Rows by fingerprint; rows whose fingerprints collide are merged.
  std::vector<std::pair<uint32_t, uint32_t>> order;  // (fingerprint, row)
  order.reserve(map_.size());
  map_.ForEach([&](uint64_t key, uint32_t row) {
    const uint32_t fp = static_cast<uint32_t>(key);
    order.emplace_back(fp == 0 ? 1 : fp, row);
  });
  std::sort(order.begin(), order.end());
  std::vector<std::pair<uint32_t, std::vector<std::pair<uint16_t, float>>>> rows;
  float max_abs = 0;
  for (size_t i = 0; i < order.size();) {
    std::map<uint16_t, float> merged;
    size_t j = i;
    for (; j < order.size() && order[j].first == order[i].first; ++j) {
      const uint32_t row = order[j].second;
      for (uint32_t e = begin_[row]; e < begin_[row + 1]; ++e)
        if (std::fabs(weights_[e]) >= min_abs_weight && weights_[e] != 0.0f) merged[classes_[e]] += weights_[e];
    }
    if (!merged.empty()) {
      rows.emplace_back(order[i].first, std::vector<std::pair<uint16_t, float>>(merged.begin(), merged.end()));
      for (const auto& [cls, w] : merged) max_abs = std::max(max_abs, std::fabs(w));
    }
    i = j;
  }
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  ByteWriter w;
  w.U32(0x31634d4c);  // "LMc1"
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U64(rows.size());
  w.F32(scale);
  for (const auto& [fp, entries] : rows) {
    w.U32(fp);
    if (wide) {
      const uint16_t n = static_cast<uint16_t>(entries.size());
      w.Raw(&n, 2);
    } else {
      w.U8(static_cast<uint8_t>(entries.size()));
    }
    for (const auto& [cls, weight] : entries) {
      if (wide) w.Raw(&cls, 2);
      else w.U8(static_cast<uint8_t>(cls));
      const int16_t q = static_cast<int16_t>(std::lround(weight / scale));
      w.Raw(&q, 2);
    }
  }
  return std::move(w.bytes());
}

Result<LinearModel> LinearModel::DeserializeCompact(std::string_view bytes, const std::string& origin) {
  ByteReader r(bytes);
  r.U32();
  LinearModel m;
  m.key_mask_ = 0xFFFFFFFFull;
  m.num_classes_ = static_cast<int>(r.U32());
  const uint64_t rows = r.U64();
  const float scale = r.F32();
  if (!r.ok() || m.num_classes_ <= 0 || m.num_classes_ > 65535 || rows > bytes.size() / 5 ||
      !(scale > 0) || !std::isfinite(scale))
    return Status::Corrupt(origin + ": linear model header is damaged");
  // The scoring index addresses its cells (fewer than the section's bytes)
  // with 31 bits.
  if (bytes.size() >= (size_t{1} << 31))
    return Status::Corrupt(origin + ": linear model is larger than 2 GB, which compact models cannot be");
  const bool wide = m.num_classes_ > 255;
  m.map_.Reserve(rows);
  m.begin_.reserve(rows + 1);
  m.classes_.reserve(bytes.size() / 3);  // at least 3 bytes per entry
  m.weights_.reserve(bytes.size() / 3);
  std::vector<int16_t> quantised;
  quantised.reserve(bytes.size() / 3);
  std::vector<uint32_t> fingerprints;
  fingerprints.reserve(rows);
  m.begin_.push_back(0);
  for (uint64_t i = 0; i < rows && r.ok(); ++i) {
    const uint64_t key = r.U32();
    uint32_t n = 0;
    if (wide) {
      uint16_t n16 = 0;
      r.Raw(&n16, 2);
      n = n16;
    } else {
      n = r.U8();
    }
    if (key == 0 || n > static_cast<uint32_t>(m.num_classes_) || m.map_.FindOrInsert(key) != i)
      return Status::Corrupt(origin + ": linear model row " + std::to_string(i) + " is damaged");
    fingerprints.push_back(static_cast<uint32_t>(key));
    for (uint32_t e = 0; e < n && r.ok(); ++e) {
      uint16_t cls = 0;
      if (wide) r.Raw(&cls, 2);
      else cls = r.U8();
      int16_t q = 0;
      r.Raw(&q, 2);
      if (cls >= m.num_classes_) return Status::Corrupt(origin + ": class out of range");
      m.classes_.push_back(cls);
      m.weights_.push_back(static_cast<float>(q) * scale);
      quantised.push_back(q);
    }
    m.begin_.push_back(static_cast<uint32_t>(m.classes_.size()));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": linear model is truncated");
  m.BuildFixedIndex(fingerprints, quantised, scale);
  return m;
}

Result<LinearModel> LinearModel::Deserialize(std::string_view bytes, const std::string& origin) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == "LMc1") return DeserializeCompact(bytes, origin);
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
  m.BuildIndex();
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
  m.BuildIndex();
  return m;
}

}  // namespace strabo
