// A part-of-speech dictionary: which parts of speech a word can be.
//
// A table from words to a few bits of what a dictionary (WordNet, through
// scripts/make-en-pos-dictionary) says each can be: a noun, a plural noun, a
// verb and which verb form, an adjective or its comparative, an adverb. The
// tagger reads a word's classes, and its neighbours', as features, so that
// a word the treebank never showed still gets the tags its classes allow
// ("unfurled", "gendarmes", "bellicose"). The table is part of the tagger
// model (section `pos_dictionary`, doc/formats/tagger.md) and keys words by a
// 32-bit hash of their case-folded form; it is immutable once built and safe
// to read from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strabo {

class PosDictionary {
 public:
  // The class letters of a table line, in bit order: noun, plural noun,
  // verb, verb -s form, past tense or participle, -ing form, adjective,
  // comparative or superlative, adverb.
  static constexpr std::string_view kLetters = "npvsdgacr";
  // Find's answer for a word the table does not list.
  static constexpr uint16_t kUnlisted = 0x8000;

  // The bits of a letter string such as "nv"; nothing when a character is
  // not one of kLetters or the string is empty.
  static std::optional<uint16_t> ParseLetters(std::string_view letters);

  // Adds classes to `word` (case-folded, apostrophes ASCII: as DescribeWord's
  // `lower`). Two words whose keys collide share their classes.
  void Add(std::string_view word, uint16_t classes);
  // The classes of `lower`, kUnlisted when it is not in the table.
  uint16_t Find(std::string_view lower) const;

  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

  // The `pos_dictionary` section: u32 count, then per word, by ascending key,
  // u32 key and u16 classes (little-endian).
  std::string Serialize() const;
  // False when the bytes are damaged or truncated.
  static bool Deserialize(std::string_view bytes, PosDictionary* out);

 private:
  static uint32_t Key(std::string_view word);
  void Insert(uint32_t key, uint16_t classes);
  // Open addressing over (key << 16 | classes), 0 = empty, a power of two
  // long and at most half full.
  std::vector<uint64_t> slots_;
  size_t count_ = 0;
};

}  // namespace strabo
