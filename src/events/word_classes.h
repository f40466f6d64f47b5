// Word classes (data/events/classes.<lang>.tsv): named sets of lemmas that
// trigger constraints refer to as @CLASS ("seize" + @WEAPON is a weapons
// seizure; "attack" with a dependent in @MEDICAL is a heart attack).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "events/lexicon_file.h"
#include "strabo/status.h"

namespace strabo::events {

class WordClasses {
 public:
  static constexpr std::string_view kKind = "word-classes";
  static constexpr int kVersion = 1;
  static const std::vector<std::string_view>& Columns();

  static Result<WordClasses> FromFile(const LexiconFile& file, std::string_view lang);
  static Result<WordClasses> Load(const std::string& path, std::string_view lang);

  bool HasClass(std::string_view name) const { return classes_.count(std::string(name)) > 0; }
  // Whether `word` (any spelling; WordKey-folded here) is in class `name`.
  bool Contains(std::string_view name, std::string_view word) const;
  // Whether one of `keys` (already word keys) is in class `name`.
  bool ContainsAny(std::string_view name, const std::vector<std::string>& keys) const;
  size_t size() const;
  std::vector<std::string> ClassNames() const;

 private:
  std::unordered_map<std::string, std::unordered_set<std::string>> classes_;
};

}  // namespace strabo::events
