#include "time/lexicon.h"

#include "util/text.h"

namespace strabo::time {

std::string Lexicon::Key(std::string_view form) {
  std::string folded = FoldCase(form);
  std::string key;
  key.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    // Two-byte UTF-8 sequences of á é í ó ú ü (ñ is kept: "año" is not "ano").
    if (c == 0xC3 && i + 1 < folded.size()) {
      const unsigned char d = static_cast<unsigned char>(folded[i + 1]);
      char plain = 0;
      switch (d) {
        case 0xA1: plain = 'a'; break;
        case 0xA9: plain = 'e'; break;
        case 0xAD: plain = 'i'; break;
        case 0xB3: plain = 'o'; break;
        case 0xBA: case 0xBC: plain = 'u'; break;
        default: break;
      }
      if (plain) {
        key.push_back(plain);
        ++i;
        continue;
      }
    }
    key.push_back(static_cast<char>(c));
  }
  if (key.size() > 1 && key.back() == '.') key.pop_back();
  return key;
}

Lexicon::Lexicon(const std::vector<LexRow>& rows) {
  for (const LexRow& row : rows) {
    Entry entry{row.kind, row.value, row.unit, row.code};
    std::vector<std::string> words;
    size_t start = 0;
    for (;;) {
      size_t space = row.phrase.find(' ', start);
      words.push_back(Key(row.phrase.substr(start, space - start)));
      if (space == std::string_view::npos) break;
      start = space + 1;
    }
    if (words.size() == 1) {
      words_[words[0]].push_back(entry);
    } else {
      std::string first = words[0];
      phrases_[first].push_back({std::move(words), entry});
    }
  }
}

const std::vector<Entry>* Lexicon::Lookup(const std::string& key) const {
  auto it = words_.find(key);
  return it == words_.end() ? nullptr : &it->second;
}

const Lexicon::Phrases* Lexicon::PhrasesFrom(const std::string& key) const {
  auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

size_t Lexicon::MatchPhrase(const Phrases* phrases, const std::vector<std::string>& keys,
                            size_t from, Kind kind, Entry* entry) {
  if (!phrases || from >= keys.size()) return 0;
  size_t best = 0;
  for (const Phrase& p : *phrases) {
    if (p.entry.kind != kind || p.words.size() <= best || from + p.words.size() > keys.size())
      continue;
    bool match = true;
    for (size_t k = 1; k < p.words.size() && match; ++k) match = keys[from + k] == p.words[k];
    if (match) {
      best = p.words.size();
      if (entry) *entry = p.entry;
    }
  }
  return best;
}

const Lexicon* Lexicon::ForLanguage(std::string_view lang) {
  // Function-local statics: built on first use, thread-safe, never freed.
  if (lang == "en") {
    static const Lexicon* en = new Lexicon(EnglishRows());
    return en;
  }
  if (lang == "es") {
    static const Lexicon* es = new Lexicon(SpanishRows());
    return es;
  }
  return nullptr;
}

}  // namespace strabo::time
