#include "events/word_classes.h"

#include <algorithm>

#include "events/inflect.h"
#include "events/word_key.h"
#include "util/text.h"

namespace strabo::events {

const std::vector<std::string_view>& WordClasses::Columns() {
  static const std::vector<std::string_view> columns = {"class", "words"};
  return columns;
}

Result<WordClasses> WordClasses::Load(const std::string& path, std::string_view lang) {
  return LoadTable<WordClasses>(path, lang);
}

Result<WordClasses> WordClasses::FromFile(const LexiconFile& file, std::string_view lang) {
  STRABO_RETURN_IF_ERROR(CheckLanguage(file, lang));
  WordClasses out;
  for (const LexiconRow& row : file.rows()) {
    const std::string_view name = row.Get(0);
    if (name.empty() || !std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '_';
        }))
      return file.RowError(row, "class names are upper-case letters and '_': '" +
                                    std::string(name) + "'");
    auto& words = out.classes_[std::string(name)];
    for (std::string_view word : SplitList(row.Get(1), '|')) {
      if (word.empty()) return file.RowError(row, "empty word in the list");
      // Nouns are listed in the singular; their plurals are members too, so
      // the class also works on untagged text.
      words.insert(WordKey(word));
      for (const std::string& plural : NounPlurals(lang, FoldCase(word)))
        words.insert(WordKey(plural));
    }
  }
  return out;
}

bool WordClasses::Contains(std::string_view name, std::string_view word) const {
  const auto it = classes_.find(std::string(name));
  return it != classes_.end() && it->second.count(WordKey(word)) > 0;
}

bool WordClasses::ContainsAny(std::string_view name, const std::vector<std::string>& keys) const {
  const auto it = classes_.find(std::string(name));
  if (it == classes_.end()) return false;
  for (const std::string& k : keys)
    if (it->second.count(k)) return true;
  return false;
}

size_t WordClasses::size() const {
  size_t n = 0;
  for (const auto& [name, words] : classes_) n += words.size();
  return n;
}

std::vector<std::string> WordClasses::ClassNames() const {
  std::vector<std::string> out;
  for (const auto& [name, words] : classes_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace strabo::events
