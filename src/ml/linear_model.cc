#include "ml/linear_model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "util/container.h"

namespace strabo {
namespace {

// Rows of a compact model: (fingerprint, (class, quantised weight) pairs).
using QuantisedRows = std::vector<std::pair<uint32_t, std::vector<std::pair<uint16_t, int16_t>>>>;

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

Status LinearModel::BuildIndex(std::span<const uint64_t> keys, std::span<const uint32_t> begin,
                               const std::string& origin) {
  num_rows_ = keys.size();
  num_entries_ = entries_.size();
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;  // load factor at most 1/2
  slots_.assign(cap, Slot{0, 0, 0});
  slot_mask_ = cap - 1;
  for (size_t row = 0; row < keys.size(); ++row) {
    size_t i = MixBits(keys[row]) & slot_mask_;
    for (; slots_[i].key != 0; i = (i + 1) & slot_mask_)
      if (slots_[i].key == keys[row])
        return Status::Corrupt(origin + ": linear model row " + std::to_string(row) + " repeats a key");
    slots_[i] = Slot{keys[row], begin[row], begin[row + 1]};
  }
  return Status::Ok();
}

Status LinearModel::BuildFixedIndex(std::span<const uint32_t> keys, std::span<const uint32_t> begin,
                                    std::span<const uint16_t> classes, std::span<const int16_t> q,
                                    float scale, const std::string& origin) {
  scale_ = scale;
  num_rows_ = keys.size();
  num_entries_ = classes.size();
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;  // load factor at most 1/2
  slot_mask_ = cap - 1;
  if (num_classes_ <= kMaxSmallClasses) {
    fixed_slots_.clear();
    cells_.clear();
    small_slots_.assign(cap, SmallSlot{0, {}});
    for (uint32_t row = 0; row < keys.size(); ++row) {
      SmallSlot filled{keys[row], {}};
      for (uint32_t e = begin[row]; e < begin[row + 1]; ++e) filled.q[classes[e]] = q[e];
      size_t i = MixBits(keys[row]) & slot_mask_;
      for (; small_slots_[i].key != 0; i = (i + 1) & slot_mask_)
        if (small_slots_[i].key == keys[row])
          return Status::Corrupt(origin + ": linear model row " + std::to_string(row) + " repeats a fingerprint");
      small_slots_[i] = filled;
    }
    return Status::Ok();
  }
  small_slots_.clear();
  fixed_slots_.assign(cap, FixedSlot{0, 0});
  const size_t n_classes = static_cast<size_t>(num_classes_);
  const bool can_inline = num_classes_ <= kMaxInlineClasses;
  cells_.clear();
  cells_.reserve(keys.size() + 2 * q.size());  // when every row is sparse
  // Rows in file order, so the layout does not depend on hash-map history.
  for (uint32_t row = 0; row < keys.size(); ++row) {
    const uint32_t key = keys[row];
    const uint32_t b = begin[row], e = begin[row + 1];
    uint32_t where = 0;
    if (e - b == 1 && can_inline) {
      where = uint32_t{static_cast<uint16_t>(q[b])} << 16 | uint32_t{classes[b]} << 2 | kInline;
    } else if (n_classes <= kDenseRowClassesPerWeight * size_t{e - b}) {
      where = static_cast<uint32_t>(cells_.size() << 2 | kDense);
      const size_t offset = cells_.size();
      cells_.resize(offset + n_classes, 0);
      for (uint32_t i = b; i < e; ++i) cells_[offset + classes[i]] = static_cast<uint16_t>(q[i]);
    } else {
      where = static_cast<uint32_t>(cells_.size() << 2 | kSparse);
      cells_.push_back(static_cast<uint16_t>(e - b));
      for (uint32_t i = b; i < e; ++i) {
        cells_.push_back(classes[i]);
        cells_.push_back(static_cast<uint16_t>(q[i]));
      }
    }
    size_t i = MixBits(key) & slot_mask_;
    for (; fixed_slots_[i].key != 0; i = (i + 1) & slot_mask_)
      if (fixed_slots_[i].key == key)
        return Status::Corrupt(origin + ": linear model row " + std::to_string(row) + " repeats a fingerprint");
    fixed_slots_[i] = FixedSlot{key, where};
  }
  return Status::Ok();
}

void LinearModel::ForEachFixedRow(
    const std::function<void(uint32_t, std::span<const uint16_t>, std::span<const int16_t>)>& f) const {
  const size_t n_classes = static_cast<size_t>(num_classes_);
  std::vector<uint16_t> classes;
  std::vector<int16_t> q;
  for (const SmallSlot& slot : small_slots_) {
    if (slot.key == 0) continue;
    classes.clear();
    q.clear();
    for (size_t c = 0; c < n_classes; ++c) {
      if (slot.q[c] == 0) continue;
      classes.push_back(static_cast<uint16_t>(c));
      q.push_back(slot.q[c]);
    }
    f(slot.key, classes, q);
  }
  for (const FixedSlot& slot : fixed_slots_) {
    if (slot.key == 0) continue;
    classes.clear();
    q.clear();
    const uint16_t* row = cells_.data() + (slot.where >> 2);
    switch (slot.where & 3) {
      case kInline:
        classes.push_back(static_cast<uint16_t>((slot.where >> 2) & (kMaxInlineClasses - 1)));
        q.push_back(static_cast<int16_t>(slot.where >> 16));
        break;
      case kDense:
        for (size_t c = 0; c < n_classes; ++c) {
          if (row[c] == 0) continue;
          classes.push_back(static_cast<uint16_t>(c));
          q.push_back(static_cast<int16_t>(row[c]));
        }
        break;
      default:
        for (uint32_t k = 0; k < row[0]; ++k) {
          classes.push_back(row[1 + 2 * k]);
          q.push_back(static_cast<int16_t>(row[2 + 2 * k]));
        }
        break;
    }
    f(slot.key, classes, q);
  }
}

void LinearModel::ForEachRow(const RowVisitor& f) const {
  if (scale_ != 0) {
    std::vector<float> weights;
    ForEachFixedRow([&](uint32_t key, std::span<const uint16_t> classes, std::span<const int16_t> q) {
      weights.clear();
      for (int16_t x : q) weights.push_back(static_cast<float>(x) * scale_);
      f(key, classes, weights);
    });
    return;
  }
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  for (const Slot& slot : slots_) {
    if (slot.key == 0) continue;
    classes.clear();
    weights.clear();
    for (uint32_t e = slot.begin; e < slot.end; ++e) {
      classes.push_back(static_cast<uint16_t>(entries_[e].cls));
      weights.push_back(entries_[e].weight);
    }
    f(slot.key, classes, weights);
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
  // Sums in int32: exact while fewer than 65536 weights of |q| ≤ 32767 are
  // added per class, so features go in chunks of at most that many, each
  // chunk's sums scaled into `scores` (one chunk for any real feature set).
  const size_t n_classes = static_cast<size_t>(num_classes_);
  std::fill(scores, scores + n_classes, 0.0f);
  thread_local std::vector<int32_t> acc;
  acc.resize(n_classes);
  constexpr size_t kChunk = 65535;
  for (size_t chunk = 0; chunk < features.size(); chunk += kChunk) {
    std::fill(acc.begin(), acc.end(), 0);
    AddScores(features.subspan(chunk, std::min(kChunk, features.size() - chunk)), acc.data());
    for (size_t c = 0; c < n_classes; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
  }
}

STRABO_VECTOR_CLONES void LinearModel::AddRows(std::span<const uint64_t> features,
                                               int32_t* a) const {
  constexpr size_t kBatch = 64;
  uint32_t keys[kBatch];
  size_t where[kBatch];
  if (!small_slots_.empty()) {
    // One miss per feature: hash and prefetch a batch of slots, then probe
    // and add each whole row.
    for (size_t start = 0; start < features.size(); start += kBatch) {
      const size_t n = std::min(kBatch, features.size() - start);
      for (size_t i = 0; i < n; ++i) {
        keys[i] = static_cast<uint32_t>(Key(features[start + i]));
        where[i] = MixBits(keys[i]) & slot_mask_;
        __builtin_prefetch(&small_slots_[where[i]]);
      }
      for (size_t i = 0; i < n; ++i) {
        for (size_t j = where[i];; j = (j + 1) & slot_mask_) {
          const SmallSlot& slot = small_slots_[j];
          if (slot.key == keys[i]) {
            for (int c = 0; c < num_classes_; ++c) a[c] += slot.q[c];
            break;
          }
          if (slot.key == 0) break;
        }
      }
    }
    return;
  }
  const size_t n_classes = static_cast<size_t>(num_classes_);
  uint32_t found[kBatch];
  // In batches, as in Score: hash and prefetch every slot, then probe
  // (adding an inline row at once) and prefetch each other row, then add
  // those, so that the cache misses overlap.
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const size_t n = std::min(kBatch, features.size() - start);
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
          const uint32_t w = slot.where;
          if ((w & 3) == kInline) {
            a[(w >> 2) & (kMaxInlineClasses - 1)] += static_cast<int16_t>(w >> 16);
            break;
          }
          // Prefetch the cache lines the row will be read from: all of a
          // dense row's; for a sparse row, whose length is not known yet,
          // the next line too when the row starts near the end of one
          // (a row of n entries is 2 + 4n bytes; most have n ≤ 4).
          const uint16_t* row = &cells_[w >> 2];
          const uintptr_t in_line = reinterpret_cast<uintptr_t>(row) & 63;
          const char* line = reinterpret_cast<const char*>(row) - in_line;
          const size_t lines = (w & 3) == kDense ? (in_line + n_classes * 2 + 63) / 64 : in_line + 18 > 64 ? 2 : 1;
          for (size_t l = 0; l < lines; ++l) __builtin_prefetch(line + 64 * l);
          found[hits++] = w;
          break;
        }
        if (slot.key == 0) break;
      }
    }
    for (size_t i = 0; i < hits; ++i) {
      const uint16_t* row = cells_.data() + (found[i] >> 2);
      if ((found[i] & 3) == kDense) {
        // Dense: one weight per class; a loop the compiler vectorises (AVX2
        // widens and adds eight weights an instruction where the CPU has it).
        const int16_t* w = reinterpret_cast<const int16_t*>(row);
        for (size_t c = 0; c < n_classes; ++c) a[c] += w[c];
      } else {
        const uint32_t count = row[0];
        for (uint32_t k = 0; k < count; ++k) a[row[1 + 2 * k]] += static_cast<int16_t>(row[2 + 2 * k]);
      }
    }
  }
}

void LinearModel::AddScores(std::span<const uint64_t> features, int32_t* acc) const {
  AddRows(features, acc);
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
  if (scale_ != 0) return SerializeCompact();
  ByteWriter w;
  w.U32(0x31764d4c);  // "LMv1"
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U64(num_rows_);
  std::vector<std::pair<uint64_t, size_t>> rows;  // (key, slot)
  rows.reserve(num_rows_);
  for (size_t i = 0; i < slots_.size(); ++i)
    if (slots_[i].key != 0) rows.emplace_back(slots_[i].key, i);
  std::sort(rows.begin(), rows.end());  // deterministic files
  for (const auto& [key, i] : rows) {
    const Slot& slot = slots_[i];
    w.U64(key);
    w.U32(slot.end - slot.begin);
    for (uint32_t e = slot.begin; e < slot.end; ++e) {
      const uint16_t cls = static_cast<uint16_t>(entries_[e].cls);
      w.Raw(&cls, 2);
      w.F32(entries_[e].weight);
    }
  }
  return std::move(w.bytes());
}

// Layout: u32 magic "LMc1" | u32 num_classes | u64 rows | f32 scale | per
// row: u32 fingerprint (the low 32 bits of the feature key, 1 when 0), u8
// or u16 entry count (u16 when num_classes > 255), then entries of (class:
// u8 or u16, i16 quantised weight). Rows sorted by fingerprint.
std::string LinearModel::SerializeCompact(float min_abs_weight) const {
  QuantisedRows rows;
  float scale = scale_;
  if (scale_ != 0 && min_abs_weight == 0.0f) {
    // A compact model writes back its own rows: same fingerprints, scale and
    // quantised weights, so the bytes it was read from.
    rows.reserve(num_rows_);
    ForEachFixedRow([&](uint32_t fp, std::span<const uint16_t> classes, std::span<const int16_t> q) {
      std::vector<std::pair<uint16_t, int16_t>> entries;
      for (size_t i = 0; i < classes.size(); ++i) entries.emplace_back(classes[i], q[i]);
      rows.emplace_back(fp, std::move(entries));
    });
    std::sort(rows.begin(), rows.end());
  } else {
    // Rows by fingerprint, then key; rows whose fingerprints collide are
    // merged, in key order.
    struct KeyedRow {
      uint32_t fp;
      uint64_t key;
      std::vector<std::pair<uint16_t, float>> entries;
    };
    std::vector<KeyedRow> by_fp;
    by_fp.reserve(num_rows_);
    ForEachRow([&](uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights) {
      const uint32_t fp = static_cast<uint32_t>(key);
      KeyedRow row{fp == 0 ? 1 : fp, key, {}};
      for (size_t i = 0; i < classes.size(); ++i) row.entries.emplace_back(classes[i], weights[i]);
      by_fp.push_back(std::move(row));
    });
    std::sort(by_fp.begin(), by_fp.end(),
              [](const KeyedRow& a, const KeyedRow& b) { return a.fp != b.fp ? a.fp < b.fp : a.key < b.key; });
    std::vector<std::pair<uint32_t, std::map<uint16_t, float>>> merged_rows;
    float max_abs = 0;
    for (size_t i = 0; i < by_fp.size();) {
      std::map<uint16_t, float> merged;
      size_t j = i;
      for (; j < by_fp.size() && by_fp[j].fp == by_fp[i].fp; ++j)
        for (const auto& [cls, weight] : by_fp[j].entries)
          if (std::fabs(weight) >= min_abs_weight && weight != 0.0f) merged[cls] += weight;
      for (const auto& [cls, w] : merged) max_abs = std::max(max_abs, std::fabs(w));
      if (!merged.empty()) merged_rows.emplace_back(by_fp[i].fp, std::move(merged));
      i = j;
    }
    scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
    rows.reserve(merged_rows.size());
    for (const auto& [fp, merged] : merged_rows) {
      std::vector<std::pair<uint16_t, int16_t>> entries;
      for (const auto& [cls, weight] : merged)
        entries.emplace_back(cls, static_cast<int16_t>(std::lround(weight / scale)));
      rows.emplace_back(fp, std::move(entries));
    }
  }
  ByteWriter w;
  w.U32(0x31634d4c);  // "LMc1"
  w.U32(static_cast<uint32_t>(num_classes_));
  w.U64(rows.size());
  w.F32(scale);
  const bool wide = num_classes_ > 255;
  for (const auto& [fp, entries] : rows) {
    w.U32(fp);
    if (wide) {
      const uint16_t n = static_cast<uint16_t>(entries.size());
      w.Raw(&n, 2);
    } else {
      w.U8(static_cast<uint8_t>(entries.size()));
    }
    for (const auto& [cls, q] : entries) {
      if (wide) w.Raw(&cls, 2);
      else w.U8(static_cast<uint8_t>(cls));
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
  // with 30 bits.
  if (bytes.size() >= (size_t{1} << 30))
    return Status::Corrupt(origin + ": linear model is larger than 1 GB, which compact models cannot be");
  const bool wide = m.num_classes_ > 255;
  // The rows as read; only the scoring index built from them is kept.
  std::vector<uint32_t> fingerprints, begin;
  std::vector<uint16_t> classes;
  std::vector<int16_t> quantised;
  fingerprints.reserve(rows);
  begin.reserve(rows + 1);
  classes.reserve(bytes.size() / 3);  // at least 3 bytes per entry
  quantised.reserve(bytes.size() / 3);
  begin.push_back(0);
  for (uint64_t i = 0; i < rows && r.ok(); ++i) {
    const uint32_t key = r.U32();
    uint32_t n = 0;
    if (wide) {
      uint16_t n16 = 0;
      r.Raw(&n16, 2);
      n = n16;
    } else {
      n = r.U8();
    }
    if (key == 0 || n > static_cast<uint32_t>(m.num_classes_))
      return Status::Corrupt(origin + ": linear model row " + std::to_string(i) + " is damaged");
    fingerprints.push_back(key);
    for (uint32_t e = 0; e < n && r.ok(); ++e) {
      uint16_t cls = 0;
      if (wide) r.Raw(&cls, 2);
      else cls = r.U8();
      int16_t q = 0;
      r.Raw(&q, 2);
      if (cls >= m.num_classes_) return Status::Corrupt(origin + ": class out of range");
      classes.push_back(cls);
      quantised.push_back(q);
    }
    begin.push_back(static_cast<uint32_t>(classes.size()));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": linear model is truncated");
  Status built = m.BuildFixedIndex(fingerprints, begin, classes, quantised, scale, origin);
  if (!built.ok()) return built;
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
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin;
  keys.reserve(rows);
  begin.reserve(rows + 1);
  begin.push_back(0);
  for (uint64_t i = 0; i < rows && r.ok(); ++i) {
    const uint64_t key = r.U64();
    const uint32_t n = r.U32();
    if (key == 0 || n > static_cast<uint32_t>(m.num_classes_))
      return Status::Corrupt(origin + ": linear model row " + std::to_string(i) + " is damaged");
    keys.push_back(key);
    for (uint32_t e = 0; e < n && r.ok(); ++e) {
      uint16_t cls = 0;
      r.Raw(&cls, 2);
      const float weight = r.F32();
      if (cls >= m.num_classes_) return Status::Corrupt(origin + ": class out of range");
      m.entries_.push_back(Entry{weight, cls});
    }
    if (m.entries_.size() > std::numeric_limits<uint32_t>::max())
      return Status::Corrupt(origin + ": linear model has more than 2^32 weights");
    begin.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": linear model is truncated");
  Status built = m.BuildIndex(keys, begin, origin);
  if (!built.ok()) return built;
  return m;
}

Result<LinearModel> LinearModel::Mean(std::span<const LinearModel* const> models, float min_abs_weight,
                                      const std::string& origin) {
  if (models.empty()) return Status::InvalidInput(origin + ": no models to average");
  for (size_t i = 0; i < models.size(); ++i) {
    if (models[i]->scale_ != 0)
      return Status::InvalidInput(origin + ": run " + std::to_string(i + 1) +
                                  " is a compact model; only full-precision models can be averaged");
    if (models[i]->num_classes_ != models[0]->num_classes_)
      return Status::InvalidInput(origin + ": run " + std::to_string(i + 1) + " has " +
                                  std::to_string(models[i]->num_classes_) + " classes, run 1 has " +
                                  std::to_string(models[0]->num_classes_) + ": the label sets differ");
  }
  // Every weight as (key, class, run), sorted: the runs' weights of one
  // (key, class) are then adjacent and in run order.
  struct Weight {
    uint64_t key;
    uint32_t cls;
    uint32_t run;
    float weight;
  };
  std::vector<Weight> all;
  size_t total = 0;
  for (const LinearModel* m : models) total += m->num_entries_;
  all.reserve(total);
  for (size_t run = 0; run < models.size(); ++run)
    models[run]->ForEachRow([&](uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights) {
      for (size_t i = 0; i < classes.size(); ++i)
        all.push_back(Weight{key, classes[i], static_cast<uint32_t>(run), weights[i]});
    });
  std::sort(all.begin(), all.end(), [](const Weight& a, const Weight& b) {
    return a.key != b.key ? a.key < b.key : a.cls != b.cls ? a.cls < b.cls : a.run < b.run;
  });
  LinearModel m;
  m.num_classes_ = models[0]->num_classes_;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin = {0};
  const double n = static_cast<double>(models.size());
  for (size_t i = 0; i < all.size();) {
    const uint64_t key = all[i].key;
    const size_t first = m.entries_.size();
    while (i < all.size() && all[i].key == key) {
      const uint32_t cls = all[i].cls;
      double sum = 0;
      for (; i < all.size() && all[i].key == key && all[i].cls == cls; ++i) sum += all[i].weight;
      const float mean = static_cast<float>(sum / n);
      if (mean == 0.0f || std::fabs(mean) < min_abs_weight) continue;
      m.entries_.push_back(Entry{mean, cls});
    }
    if (m.entries_.size() == first) continue;
    if (m.entries_.size() > std::numeric_limits<uint32_t>::max())
      return Status::InvalidInput(origin + ": the mean model has more than 2^32 weights");
    keys.push_back(key);
    begin.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  STRABO_RETURN_IF_ERROR(m.BuildIndex(keys, begin, origin));
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
  std::vector<std::pair<uint64_t, uint32_t>> rows;
  map_.ForEach([&](uint64_t key, uint32_t row) { rows.emplace_back(key, row); });
  std::sort(rows.begin(), rows.end());  // entries in key order: the same model, the same layout
  std::vector<uint64_t> keys;
  std::vector<uint32_t> begin = {0};
  for (const auto& [key, row] : rows) {
    const size_t first = m.entries_.size();
    std::vector<Entry> entries = rows_[row];
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    for (const Entry& e : entries) {
      const double total = e.total + static_cast<double>(e.weight) * static_cast<double>(now_ - e.stamp);
      const float avg = static_cast<float>(total / static_cast<double>(now_));
      if (std::fabs(avg) < min_abs_weight || avg == 0.0f) continue;
      m.entries_.push_back(LinearModel::Entry{avg, e.cls});
    }
    if (m.entries_.size() == first) continue;
    keys.push_back(key);
    begin.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  (void)m.BuildIndex(keys, begin, "averaged model");  // keys are distinct: cannot fail
  return m;
}

}  // namespace strabo
