// Features of the entity recogniser: words, shapes, affixes, context, word
// clusters and gazetteer matches (no part-of-speech tags, so the stage does
// not depend on the tagger).
//
// SentenceFeatures prepares a sentence once (folded words, shapes, affixes,
// gazetteer codes, all as hashes) and then emits, per word, the features
// that do not depend on earlier decisions (Static) and those that do (the
// previous two tags: Dynamic). The templates are part of the model format:
// changing them needs a new kFeatureVersion and retrained models.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "entities/clusters.h"
#include "entities/gazetteer.h"
#include "ml/features.h"

namespace strabo::ner {

inline constexpr int kFeatureVersion = 1;

class SentenceFeatures {
 public:
  // `words` are surface forms; they must outlive the calls below.
  // `clusters` may be null (a model trained without them).
  void Prepare(std::span<const std::string_view> words, const Gazetteer& gazetteer,
               const WordClusters* clusters);

  size_t size() const { return info_.size(); }

  void Static(size_t i, FeatureBuilder* fb) const;
  // `prev` and `prev2`: the tags of words i-1 and i-2 (-1 before the start);
  // `last_type`: the type of the last entity that ended before word i in
  // this sentence (-1: none), which carries a list "Kenitra, Chichaua and
  // Nador" from one item to the next.
  void Dynamic(size_t i, int prev, int prev2, int last_type, FeatureBuilder* fb) const;

 private:
  struct WordInfo {
    uint64_t lower = 0;       // folded word
    uint64_t form = 0;        // as written
    uint64_t shape = 0;       // "Xxxxx", "dd.dd", "XX-Xxxx" (runs capped at 4)
    uint64_t short_shape = 0; // runs collapsed: "Xx", "d.d"
    uint64_t prefix[4] = {};  // folded, 1..4 code points
    uint64_t suffix[4] = {};
    uint32_t gaz = 0;         // Gazetteer::Match codes
    uint8_t cap = 0;          // 0 lower/other, 1 Capitalised, 2 ALL CAPS, 3 digits
    bool quoted = false;      // between quotation marks
    uint16_t cluster = WordClusters::kNone;
  };
  std::vector<WordInfo> info_;
  std::vector<uint64_t> word_hashes_;
  std::vector<uint64_t> part_hashes_;  // words split at hyphens, for the gazetteer
  std::vector<uint32_t> part_word_;    // part → word
  bool caps_sentence_ = false;  // a headline or table row in capitals
};

}  // namespace strabo::ner
