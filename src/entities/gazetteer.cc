#include "entities/gazetteer.h"

#include <algorithm>

#include "entities/labels.h"
#include "util/container.h"
#include "util/lines.h"
#include "util/text.h"

namespace strabo::ner {
namespace {
constexpr uint32_t kMagic = 0x31765a47;  // "GZv1"
}

uint64_t Gazetteer::WordHash(std::string_view folded_word) { return Hash64(folded_word, 0x67617a); }

uint64_t Gazetteer::WordHashOf(std::string_view word) {
  std::string scratch;
  return WordHash(FoldCase(FoldTypography(word, &scratch)));
}

uint64_t Gazetteer::Extend(uint64_t key, uint64_t word_hash) {
  const uint64_t k = HashCombine(key, word_hash);
  return k == 0 ? 1 : k;
}

bool Gazetteer::Add(std::string_view name, int list) {
  const std::vector<std::string_view> words = SplitFields(name, ' ', false);
  if (words.empty() || words.size() > static_cast<size_t>(kMaxWords)) return false;
  // Every proper prefix is marked, so that matching stops as soon as no
  // name can continue.
  uint64_t key = kEmptyKey;
  for (size_t i = 0; i < words.size(); ++i) {
    key = Extend(key, WordHashOf(words[i]));
    const uint32_t row = map_.FindOrInsert(key);
    if (row == masks_.size()) masks_.push_back(0);
    masks_[row] |= i + 1 < words.size() ? kPrefixBit : static_cast<uint8_t>(1u << list);
  }
  return true;
}

uint8_t Gazetteer::Lookup(std::span<const uint64_t> word_hashes) const {
  uint64_t key = kEmptyKey;
  for (uint64_t h : word_hashes) key = Extend(key, h);
  const uint32_t row = map_.Find(key);
  return row == FeatureMap::kMissing ? 0 : masks_[row] & ~kPrefixBit;
}

void Gazetteer::Match(std::span<const uint64_t> word_hashes, std::vector<uint32_t>* codes) const {
  const size_t n = word_hashes.size();
  codes->assign(n, 0);
  if (masks_.empty()) return;
  std::vector<uint8_t> best(n * kNumLists, 0);  // length of the longest name covering
  for (size_t i = 0; i < n; ++i) {
    uint64_t key = kEmptyKey;
    for (size_t len = 1; len <= static_cast<size_t>(kMaxWords) && i + len <= n; ++len) {
      key = Extend(key, word_hashes[i + len - 1]);
      const uint32_t row = map_.Find(key);
      if (row == FeatureMap::kMissing) break;  // no listed name goes on
      const uint8_t mask = masks_[row];
      for (int t = 0; t < kNumLists; ++t) {
        if (!(mask >> t & 1)) continue;
        for (size_t j = i; j < i + len; ++j) {
          uint8_t& b = best[j * kNumLists + t];
          if (len <= b) continue;
          b = static_cast<uint8_t>(len);
          const int code = len == 1 ? kU : j == i ? kB : j + 1 == i + len ? kL : kI;
          uint32_t& c = (*codes)[j];
          c = (c & ~(0xFu << (4 * t))) | (static_cast<uint32_t>(code + 1) << (4 * t));
        }
      }
      if (!(mask & kPrefixBit)) break;
    }
  }
}

// Layout: u32 magic "GZv1" | u64 count | count × (u64 key, u8 list mask),
// sorted by key. Mask bit 7 marks a key that is a proper prefix of a name.
std::string Gazetteer::Serialize() const {
  std::vector<std::pair<uint64_t, uint8_t>> entries;
  entries.reserve(masks_.size());
  map_.ForEach([&](uint64_t key, uint32_t row) { entries.emplace_back(key, masks_[row]); });
  std::sort(entries.begin(), entries.end());
  ByteWriter w;
  w.U32(kMagic);
  w.U64(entries.size());
  for (const auto& [key, mask] : entries) {
    w.U64(key);
    w.U8(mask);
  }
  return std::move(w.bytes());
}

Result<Gazetteer> Gazetteer::Deserialize(std::string_view bytes, const std::string& origin) {
  ByteReader r(bytes);
  if (r.U32() != kMagic) return Status::Corrupt(origin + ": not a gazetteer section");
  const uint64_t count = r.U64();
  if (!r.ok() || count > r.remaining() / 9) return Status::Corrupt(origin + ": gazetteer header is damaged");
  Gazetteer g;
  g.map_.Reserve(count);
  g.masks_.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t key = r.U64();
    const uint8_t mask = r.U8();
    if (key == 0 || mask == 0 || (mask & ~kPrefixBit) >= (1u << kNumLists) || g.map_.FindOrInsert(key) != i)
      return Status::Corrupt(origin + ": gazetteer entry " + std::to_string(i) + " is damaged");
    g.masks_.push_back(mask);
  }
  if (!r.ok() || !r.at_end()) return Status::Corrupt(origin + ": gazetteer is truncated");
  return g;
}

}  // namespace strabo::ner
