#include "ml/clusters.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "util/container.h"
#include "util/hash.h"

namespace strabo {
namespace {

constexpr uint32_t kMagic = 0x31764c43;  // "CLv1"

inline double F(double x) { return x > 0 ? x * std::log(x) : 0.0; }

}  // namespace

uint64_t WordClusters::Key(std::string_view word) {
  const uint64_t k = Hash64(word, 0x636c7573);
  return k == 0 ? 1 : k;
}

void WordClusters::Set(std::string_view word, uint16_t cluster) {
  const uint32_t row = map_.FindOrInsert(Key(word));
  if (row == ids_.size()) ids_.push_back(cluster);
  ids_[row] = cluster;
}

uint16_t WordClusters::Find(std::string_view word) const {
  const uint32_t row = map_.Find(Key(word));
  return row == FeatureMap::kMissing ? kNone : ids_[row];
}

WordClusters WordClusters::Induce(const std::vector<std::vector<std::string>>& sentences,
                                  const Options& o) {
  auto log = [&](const std::string& s) {
    if (o.log) o.log(s);
  };
  // Vocabulary by frequency (ties by spelling: deterministic).
  std::unordered_map<std::string, uint32_t> counts;
  for (const auto& s : sentences)
    for (const std::string& w : s) ++counts[w];
  std::vector<std::pair<std::string, uint32_t>> vocab;
  for (auto& [w, n] : counts)
    if (static_cast<int>(n) >= o.min_count) vocab.emplace_back(w, n);
  std::sort(vocab.begin(), vocab.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  const uint32_t V = static_cast<uint32_t>(vocab.size());
  const int C = o.clusters + 1;  // the last cluster holds rare words and sentence bounds, fixed
  const uint32_t kRare = V;      // word id of rare words and boundaries
  std::unordered_map<std::string_view, uint32_t> id;
  for (uint32_t i = 0; i < V; ++i) id.emplace(vocab[i].first, i);

  // Word bigram lists: for each word, its right and left neighbours with counts.
  std::vector<std::unordered_map<uint32_t, uint32_t>> right(V), left(V);
  auto wid = [&](const std::string& w) {
    auto it = id.find(w);
    return it == id.end() ? kRare : it->second;
  };
  for (const auto& s : sentences) {
    uint32_t prev = kRare;
    for (size_t i = 0; i <= s.size(); ++i) {
      const uint32_t cur = i < s.size() ? wid(s[i]) : kRare;
      if (prev != kRare) ++right[prev][cur];
      if (cur != kRare) ++left[cur][prev];
      prev = cur;
    }
  }
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> R(V), L(V);
  for (uint32_t w = 0; w < V; ++w) {
    R[w].assign(right[w].begin(), right[w].end());
    L[w].assign(left[w].begin(), left[w].end());
    std::sort(R[w].begin(), R[w].end());
    std::sort(L[w].begin(), L[w].end());
  }
  right.clear();
  left.clear();

  std::vector<int> cls(V + 1);
  for (uint32_t w = 0; w < V; ++w) cls[w] = static_cast<int>(w % o.clusters);
  cls[kRare] = C - 1;
  // Class bigram counts N[c*C+d], and class totals as left / right members.
  std::vector<double> N(static_cast<size_t>(C) * C, 0), Nl(C, 0), Nr(C, 0);
  for (uint32_t w = 0; w < V; ++w)
    for (auto [x, n] : R[w]) {
      N[cls[w] * C + cls[x]] += n;
      Nl[cls[w]] += n;
      Nr[cls[x]] += n;
    }
  for (uint32_t w = 0; w < V; ++w)
    for (auto [x, n] : L[w])
      if (x == kRare) {
        N[cls[x] * C + cls[w]] += n;
        Nl[cls[x]] += n;
        Nr[cls[w]] += n;
      }

  std::vector<double> to_right(C), to_left(C);  // word w's bigrams by neighbour class
  std::vector<int> touched_r, touched_l;
  for (int iter = 1; iter <= o.iterations; ++iter) {
    uint32_t moves = 0;
    for (uint32_t w = 0; w < V; ++w) {
      // Counts of w's bigrams per neighbouring class; self bigrams aside.
      touched_r.clear();
      touched_l.clear();
      double self = 0, out_w = 0, in_w = 0;
      for (auto [x, n] : R[w]) {
        out_w += n;
        if (x == w) {
          self += n;
          continue;
        }
        const int d = cls[x];
        if (to_right[d] == 0) touched_r.push_back(d);
        to_right[d] += n;
      }
      for (auto [x, n] : L[w]) {
        in_w += n;
        if (x == w) continue;
        const int d = cls[x];
        if (to_left[d] == 0) touched_l.push_back(d);
        to_left[d] += n;
      }
      // Take w out of its class.
      const int a = cls[w];
      for (int d : touched_r) N[a * C + d] -= to_right[d];
      for (int d : touched_l) N[d * C + a] -= to_left[d];
      N[a * C + a] -= self;
      Nl[a] -= out_w;
      Nr[a] -= in_w;
      // Gain of putting it into each class b.
      int best = a;
      double best_gain = -1e300;
      for (int b = 0; b < C - 1; ++b) {
        double gain = 0;
        for (int d : touched_r) {
          const double before = N[b * C + d];
          gain += F(before + to_right[d]) - F(before);
        }
        for (int d : touched_l) {
          const double before = N[d * C + b];
          // (b, b) was counted in the right pass when d == b.
          const double extra = d == b ? to_right[b] : 0;
          gain += F(before + extra + to_left[d]) - F(before + extra);
        }
        {
          // Self bigrams land in (b, b) too; to_* are 0 for untouched classes.
          const double before = N[b * C + b] + to_right[b] + to_left[b];
          gain += F(before + self) - F(before);
        }
        gain -= F(Nl[b] + out_w) - F(Nl[b]);
        gain -= F(Nr[b] + in_w) - F(Nr[b]);
        if (gain > best_gain + 1e-9) best_gain = gain, best = b;
      }
      // Put it there.
      for (int d : touched_r) N[best * C + d] += to_right[d];
      for (int d : touched_l) N[d * C + best] += to_left[d];
      N[best * C + best] += self;
      Nl[best] += out_w;
      Nr[best] += in_w;
      if (best != a) ++moves;
      cls[w] = best;
      for (int d : touched_r) to_right[d] = 0;
      for (int d : touched_l) to_left[d] = 0;
    }
    log("clusters: pass " + std::to_string(iter) + ": " + std::to_string(moves) + " of " +
        std::to_string(V) + " words moved");
    if (moves == 0) break;
  }
  WordClusters out;
  out.num_clusters_ = o.clusters;
  out.map_.Reserve(V);
  for (uint32_t w = 0; w < V; ++w) out.Set(vocab[w].first, static_cast<uint16_t>(cls[w]));
  return out;
}

WordClusters WordClusters::FromCodes(int num_codes, const std::vector<std::pair<std::string, uint16_t>>& codes) {
  WordClusters out;
  out.num_clusters_ = num_codes;
  out.map_.Reserve(codes.size());
  for (const auto& [word, code] : codes)
    if (code < num_codes) out.Set(word, code);
  return out;
}

// Layout: u32 magic "CLv1" | u32 clusters | u64 count | count × (u64 word
// key, u16 cluster), sorted by key.
std::string WordClusters::Serialize() const {
  std::vector<std::pair<uint64_t, uint16_t>> entries;
  map_.ForEach([&](uint64_t key, uint32_t row) { entries.emplace_back(key, ids_[row]); });
  std::sort(entries.begin(), entries.end());
  ByteWriter w;
  w.U32(kMagic);
  w.U32(static_cast<uint32_t>(num_clusters_));
  w.U64(entries.size());
  for (const auto& [key, c] : entries) {
    w.U64(key);
    w.Raw(&c, 2);
  }
  return std::move(w.bytes());
}

Result<WordClusters> WordClusters::Deserialize(std::string_view bytes, const std::string& origin) {
  ByteReader r(bytes);
  if (r.U32() != kMagic) return Status::Corrupt(origin + ": not a word-cluster section");
  WordClusters c;
  c.num_clusters_ = static_cast<int>(r.U32());
  const uint64_t count = r.U64();
  if (!r.ok() || c.num_clusters_ <= 0 || c.num_clusters_ >= kNone || count > r.remaining() / 10)
    return Status::Corrupt(origin + ": word-cluster header is damaged");
  c.map_.Reserve(count);
  c.ids_.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t key = r.U64();
    uint16_t id = 0;
    r.Raw(&id, 2);
    if (key == 0 || id >= c.num_clusters_ || c.map_.FindOrInsert(key) != i)
      return Status::Corrupt(origin + ": word-cluster entry " + std::to_string(i) + " is damaged");
    c.ids_.push_back(id);
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": word-cluster section is truncated");
  return c;
}

}  // namespace strabo
