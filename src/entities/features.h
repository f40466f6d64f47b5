// Features of the entity recogniser: words, shapes, affixes, context, word
// clusters, the word's usual case, gazetteer matches and what the article
// said earlier about the same word (no part-of-speech tags, so the stage
// does not depend on the tagger).
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
#include <unordered_map>
#include <vector>

#include "ml/clusters.h"
#include "entities/gazetteer.h"
#include "ml/features.h"

namespace strabo::ner {

inline constexpr int kFeatureVersion = 2;

class SentenceFeatures;

// What the tagger said earlier in the same article about each capitalised
// word (the "extended prediction history" of Ratinov & Roth 2009): for a
// word as folded, the types its earlier capitalised occurrences were given,
// and whether one was left outside any name in mid-sentence. A name is
// usually written in full first and repeated alone later ("Javier Colomina
// Piriz" ... "Colomina"), and the first mention has the clearer context.
// One per article; the tagger reads it for every word and adds each
// sentence once tagged.
class DocumentMemory {
 public:
  static constexpr uint8_t kOutside = 1u << 4;  // bits 0-3: EntityType

  void Clear() { seen_.clear(); }
  // The key of a word (folded, then hashed as SentenceFeatures does).
  static uint64_t KeyOf(std::string_view word);
  // Bits of the earlier types of a word (by KeyOf), 0 when it was not seen
  // capitalised.
  uint8_t Find(uint64_t word) const {
    auto it = seen_.find(word);
    return it == seen_.end() ? 0 : it->second;
  }
  // Adds a tagged sentence (`tags`: one BILOU tag per word of `sf`).
  void Record(const SentenceFeatures& sf, std::span<const int> tags);

 private:
  std::unordered_map<uint64_t, uint8_t> seen_;
};

class SentenceFeatures {
 public:
  // `words` are surface forms; they must outlive the calls below.
  // `clusters` (word clusters), `casing` (a folded word's usual case, see
  // CaseCode) and `memory` may be null: a model trained without them, or a
  // sentence outside any article.
  void Prepare(std::span<const std::string_view> words, const Gazetteer& gazetteer,
               const WordClusters* clusters, const WordClusters* casing = nullptr,
               const DocumentMemory* memory = nullptr);

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
    uint8_t memory = 0;       // DocumentMemory bits
    uint16_t cluster = WordClusters::kNone;
    uint16_t casing = WordClusters::kNone;
  };
  friend class DocumentMemory;
  std::vector<WordInfo> info_;
  std::vector<uint64_t> word_hashes_;
  std::vector<uint64_t> part_hashes_;  // words split at hyphens, for the gazetteer
  std::vector<uint32_t> part_word_;    // part → word
  bool caps_sentence_ = false;  // a headline or table row in capitals
};

// The usual case of a word, from how often raw text writes it in lower
// case and capitalised in mid-sentence, and whether a word list has it in
// lower case or only capitalised: tells "Kingdom" or a sentence-initial
// "Hotels" from a name, also in an all-caps headline. 0 means no evidence.
// Codes are 1 + 4 × ratio bucket + word-list bits (bit 0: listed in lower
// case, bit 1: listed capitalised only), ratio buckets 0 (seen fewer than
// twice) and 1–4 (capitalised share < 5%, < 50%, < 95%, above).
inline constexpr int kNumCaseCodes = 21;
uint16_t CaseCode(uint32_t lower, uint32_t capitalised, bool listed_lower, bool listed_capitalised);

}  // namespace strabo::ner
