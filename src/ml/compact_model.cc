#include "ml/compact_model.h"

#include <algorithm>

namespace strabo {

CompactLinearModel::CompactLinearModel(const LinearModel& model) : num_classes_(model.num_classes()) {
  // Rows in key order, so the layout does not depend on hash-map history.
  struct Row {
    uint64_t key;
    std::vector<Weight> weights;
  };
  std::vector<Row> rows;
  model.ForEachRow([&](uint64_t key, std::span<const uint16_t> classes, std::span<const float> weights) {
    Row r{key, {}};
    for (size_t i = 0; i < classes.size(); ++i) r.weights.push_back({classes[i], weights[i]});
    rows.push_back(std::move(r));
  });
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  size_t cap = 16;
  while (cap < rows.size() * 2) cap *= 2;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
  size_ = rows.size();
  for (const Row& r : rows) {
    size_t i = MixBits(r.key) & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = {r.key, static_cast<uint32_t>(weights_.size()), static_cast<uint32_t>(r.weights.size())};
    weights_.insert(weights_.end(), r.weights.begin(), r.weights.end());
  }
}

}  // namespace strabo
