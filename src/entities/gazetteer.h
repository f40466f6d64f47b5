// A gazetteer of names (places, organisations, people, nationalities) for
// the entity recogniser's features.
//
// Names are sequences of words; matching is case-insensitive (full case
// folding) and exact otherwise. A name is stored as a 64-bit key (a chain of
// word hashes, see KeyOf) with a bit mask of the entity types it is listed
// as, so the table is small (9 bytes a name) and a lookup costs one probe.
// Serialised as one container section, format in doc/formats/ner-model.md.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ml/features.h"
#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::ner {

class Gazetteer {
 public:
  static constexpr int kMaxWords = 6;

  // The hash of one folded word, and of a name as the chain of its words.
  static uint64_t WordHash(std::string_view folded_word);
  // WordHash of `word` as written: case-folded, with ASCII apostrophes and
  // quotation marks (FoldTypography), so that "O’Brien" finds "O'Brien".
  static uint64_t WordHashOf(std::string_view word);
  static uint64_t Extend(uint64_t key, uint64_t word_hash);
  static constexpr uint64_t kEmptyKey = 0x67617a6574746565ULL;

  // Lists: one per entity type (EntityType order), then given names (first
  // words of people's names), country names and titles ("President",
  // "Gen.", "el rey": not part of a name), features of their own.
  static constexpr int kNumLists = 7;
  static constexpr int kGivenNames = 4;
  static constexpr int kCountries = 5;
  static constexpr int kTitles = 6;
  static constexpr uint8_t kPrefixBit = 0x80;  // the key starts a longer name

  // Adds `name` (words separated by spaces, any case) to `list`. Names with
  // more than kMaxWords words or no word are ignored; returns whether added.
  bool Add(std::string_view name, int list);
  bool Add(std::string_view name, EntityType type) { return Add(name, static_cast<int>(type)); }

  size_t size() const { return masks_.size(); }  // keys, prefixes included

  // For each word of a sentence (given as WordHash of its folded form),
  // `codes[i]` gets 4 bits per list (bits 4l..4l+3): 0 when no name of that
  // list covers the word, else 1 + the word's BILOU position in the longest
  // such name.
  void Match(std::span<const uint64_t> word_hashes, std::vector<uint32_t>* codes) const;

  // The list mask (bit l: list l) of an exact name, 0 when absent.
  uint8_t Lookup(std::span<const uint64_t> word_hashes) const;

  std::string Serialize() const;
  static Result<Gazetteer> Deserialize(std::string_view bytes, const std::string& origin);

 private:
  FeatureMap map_;              // key → row
  std::vector<uint8_t> masks_;  // row → type bits
};

}  // namespace strabo::ner
