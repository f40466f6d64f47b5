#include "events/discards.h"

#include <algorithm>

#include "events/plover.h"
#include "events/word_key.h"

namespace strabo::events {

bool Discard::Blocks(std::string_view type) const {
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

const std::vector<std::string_view>& DiscardList::Columns() {
  static const std::vector<std::string_view> columns = {"phrase", "scope", "types", "reason"};
  return columns;
}

Result<DiscardList> DiscardList::Load(const std::string& path, std::string_view lang) {
  auto file = LexiconFile::Open(path, kKind, kVersion, Columns());
  if (!file.ok()) return file.status();
  return FromFile(*file, lang);
}

Result<DiscardList> DiscardList::FromFile(const LexiconFile& file, std::string_view lang) {
  if (file.Setting("lang") != lang)
    return Status::InvalidInput(file.origin() + ": lang=" + file.Setting("lang") +
                                ", expected lang=" + std::string(lang));
  DiscardList list;
  list.lang_ = std::string(lang);
  for (const LexiconRow& row : file.rows()) {
    Discard d;
    d.line = row.line;
    for (std::string_view w : SplitList(row.Get(0), ' ')) {
      if (w.empty()) return file.RowError(row, "phrase has a double space");
      d.words.push_back(WordKey(w));
    }
    if (d.words.empty()) return file.RowError(row, "empty phrase");
    const auto scope = row.Get(1);
    if (scope != "sentence" && scope != "story")
      return file.RowError(row, "scope '" + std::string(scope) + "' (sentence or story)");
    d.story = scope == "story";
    if (row.Get(2) != "*") {
      for (std::string_view t : SplitList(row.Get(2), '|')) {
        if (!IsPloverType(t)) return file.RowError(row, "'" + std::string(t) + "' is not a PLOVER type");
        d.types.emplace_back(t);
      }
    }
    d.reason = std::string(row.Get(3));
    list.by_first_word_[d.words.front()].push_back(list.entries_.size());
    list.entries_.push_back(std::move(d));
  }
  return list;
}

std::vector<const Discard*> DiscardList::Find(std::span<const Token> tokens) const {
  // Each token's keys: its form and, when tagged, its lemma.
  std::vector<std::vector<std::string>> keys;
  keys.reserve(tokens.size());
  for (const Token& t : tokens) {
    std::vector<std::string> k = {WordKey(t.form)};
    if (!t.lemma.empty() && WordKey(t.lemma) != k.front()) k.push_back(WordKey(t.lemma));
    keys.push_back(std::move(k));
  }
  auto has = [&](size_t i, const std::string& w) {
    return std::find(keys[i].begin(), keys[i].end(), w) != keys[i].end();
  };
  std::vector<const Discard*> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const std::string& k : keys[i]) {
      const auto it = by_first_word_.find(k);
      if (it == by_first_word_.end()) continue;
      for (size_t e : it->second) {
        const Discard& d = entries_[e];
        if (i + d.words.size() > tokens.size()) continue;
        bool all = true;
        for (size_t w = 1; w < d.words.size() && all; ++w) all = has(i + w, d.words[w]);
        if (all && std::find(out.begin(), out.end(), &d) == out.end()) out.push_back(&d);
      }
    }
  }
  return out;
}

}  // namespace strabo::events
