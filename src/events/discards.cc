#include "events/discards.h"

#include <algorithm>

#include "events/inflect.h"
#include "events/phrase_key.h"
#include "events/plover.h"
#include "util/text.h"

namespace strabo::events {

bool Discard::Blocks(std::string_view type, std::string_view mode) const {
  for (const auto& [t, m] : spared)
    if (t == type && m == mode) return false;
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

const std::vector<std::string_view>& DiscardList::Columns() {
  static const std::vector<std::string_view> columns = {"phrase", "scope", "types", "reason"};
  return columns;
}

Result<DiscardList> DiscardList::Load(const std::string& path, std::string_view lang) {
  return LoadTable<DiscardList>(path, lang);
}

Result<DiscardList> DiscardList::FromFile(const LexiconFile& file, std::string_view lang) {
  STRABO_RETURN_IF_ERROR(CheckLanguage(file, lang));
  DiscardList list;
  for (const LexiconRow& row : file.rows()) {
    Discard d;
    d.line = row.line;
    d.phrase = std::string(row.Get(0));
    if (d.phrase.empty() || FoldCase(d.phrase) != d.phrase)
      return file.RowError(row, "the phrase must be lower-case words");
    const auto scope = row.Get(1);
    if (scope != "sentence" && scope != "story")
      return file.RowError(row, "scope '" + std::string(scope) + "' (sentence or story)");
    d.story = scope == "story";
    for (std::string_view t : SplitList(row.Get(2), '|')) {
      if (t == "*") continue;
      if (t.starts_with('!')) {
        const size_t slash = t.find('/');
        const std::string_view type = t.substr(1, slash == std::string_view::npos ? 0 : slash - 1);
        if (slash == std::string_view::npos || !IsPloverType(type) || slash + 1 == t.size())
          return file.RowError(row, Quoted(t) + " is not !TYPE/mode with a PLOVER type");
        d.spared.emplace_back(type, t.substr(slash + 1));
        continue;
      }
      if (!IsPloverType(t)) return file.RowError(row, Quoted(t) + " is not a PLOVER type");
      d.types.emplace_back(t);
    }
    d.reason = std::string(row.Get(3));
    std::vector<std::string> forms = NounPlurals(lang, d.phrase);
    forms.insert(forms.begin(), d.phrase);
    for (const std::string& form : forms) {
      const std::string key = PhraseKey(form);
      auto& entries = list.by_key_[key];
      if (entries.empty() || entries.back() != list.entries_.size())
        entries.push_back(list.entries_.size());
      if (key.size() >= 3) {
        size_t& longest = list.prefix_max_[key.substr(0, 3)];
        longest = std::max(longest, key.size());
      }
    }
    list.entries_.push_back(std::move(d));
  }
  return list;
}

std::vector<const Discard*> DiscardList::Find(std::string_view text,
                                              std::span<const Token> tokens) const {
  std::vector<const Discard*> out;
  const SurfaceKeys keys(text, tokens);
  auto limit = [&](std::string_view prefix) {
    const auto it = prefix_max_.find(prefix);
    return it == prefix_max_.end() ? size_t{0} : it->second;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    keys.VisitFrom(i, limit, [&](size_t, std::string_view key) {
      const auto it = by_key_.find(key);
      if (it == by_key_.end()) return false;
      for (size_t e : it->second)
        if (std::find(out.begin(), out.end(), &entries_[e]) == out.end()) out.push_back(&entries_[e]);
      return false;  // keep looking: a shorter phrase may be another discard
    });
  }
  return out;
}

}  // namespace strabo::events
