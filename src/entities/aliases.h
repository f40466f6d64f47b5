// Known aliases of organisations that news names in many ways: "Daesh",
// "ISIS", "ISIL" and "Estado Islámico" are all the Islamic State.
//
// Each alias is a word sequence matched case-sensitively (or in capitals, in
// an all-caps headline) with its type and canonical name. A *weak* alias
// ("IS", "UN", "EU") is too ambiguous to create an entity on its own: it only
// names (and types) an entity the model or an acronym definition found.
// Sources: data/ner/aliases.tsv, and the forms of two words or more of
// data/ner/organisations.tsv as aliases of their line's first form (strong:
// "Man Utd" names "Manchester United"; not a form that starts with "The"),
// compiled into each model (section "aliases").
#pragma once

#include <bitset>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "strabo/document.h"
#include "strabo/status.h"

namespace strabo::ner {

struct Alias {
  std::vector<std::string> words;
  EntityType type = EntityType::kOrg;
  std::string canonical;
  bool weak = false;
};

struct AliasMatch {
  uint32_t begin = 0, end = 0;  // words of the sentence
  uint32_t alias = 0;           // index into AliasTable::at
};

class AliasTable {
 public:
  void Add(Alias alias);
  size_t size() const { return aliases_.size(); }
  const Alias& at(size_t i) const { return aliases_[i]; }

  // Every alias occurrence in a sentence, longest first at each start,
  // non-overlapping, left to right.
  std::vector<AliasMatch> Match(std::span<const std::string_view> words) const;

  std::string Serialize() const;
  static Result<AliasTable> Deserialize(std::string_view bytes, const std::string& origin);

  // Reads the TSV source: "canonical<TAB>TYPE<TAB>alias|alias*|..." per line,
  // '#' comments; a trailing '*' marks a weak alias. Aliases are split into
  // words at spaces.
  static Result<AliasTable> ReadTsv(const std::string& path);
  // The same from the text of such a file; `origin` names it in errors.
  static Result<AliasTable> ParseTsv(std::string_view text, const std::string& origin);

 private:
  std::vector<Alias> aliases_;
  // Looked up by string_view (no string built for each word of a sentence).
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
  };
  std::unordered_multimap<std::string, uint32_t, WordHash, std::equal_to<>> by_first_;  // first word → alias
  // A one-hash Bloom filter of by_first_'s keys (bit FirstWordBit(key)):
  // most words of a sentence start no alias and are passed over without a
  // look in the table (with some 3,000 aliases, the letters they start with
  // are most letters).
  static size_t FirstWordBit(std::string_view word);
  std::bitset<1u << 16> first_words_;
};

std::optional<EntityType> ParseEntityType(std::string_view name);

}  // namespace strabo::ner
