// Phrase keys: how the event lexicons find multiword names and phrases in
// text, independently of how the tokeniser split them.
//
// A phrase is looked up by the folded surface text between token boundaries
// ("al-Qaeda" is one key whether the tokeniser made one token or three;
// Spanish "al" stays "al" although the tokens are "a" + "el").
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strabo/document.h"

namespace strabo::events {

// WordKey of `text` with every run of white space made one space and every
// dash made '-'.
std::string PhraseKey(std::string_view text);

// White space and dashes normalised as PhraseKey does, without folding.
std::string NormalizeSpacing(std::string_view text);

// A string hash that also takes string_views, for lookups without copies.
struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The phrase keys of one token sequence, computed once. The key of tokens
// [i, j] is their surface text's PhraseKey: the tokens' own keys joined by
// one space where the text has white space between them, by nothing where it
// has not ("al-Qaeda" as three tokens); the later parts of a multiword token
// ("del" = "de" + "el") share the first part's surface and add nothing.
class SurfaceKeys {
 public:
  SurfaceKeys(std::string_view text, std::span<const Token> tokens);

  size_t size() const { return keys_.size(); }
  const std::string& key(size_t i) const { return keys_[i]; }

  // Calls visit(j, key) for the spans [i, j], longest first, until visit
  // returns true; returns whether it did. `limit(prefix)` bounds the search:
  // given the first three bytes of a span key it returns the longest key the
  // caller's index holds with that prefix, 0 when none (the search stops).
  template <typename Limit, typename Visit>
  bool VisitFrom(size_t i, Limit&& limit, Visit&& visit) const {
    if (i >= keys_.size() || keys_[i].empty()) return false;
    std::string key = keys_[i];
    size_t max_bytes = static_cast<size_t>(-1);
    bool limited = false;
    auto bound = [&] {
      if (limited || key.size() < 3) return true;
      limited = true;
      max_bytes = limit(std::string_view(key).substr(0, 3));
      return max_bytes > 0;
    };
    ends_.clear();
    if (!bound()) return false;
    ends_.push_back(key.size());
    for (size_t j = i + 1; j < keys_.size(); ++j) {
      const size_t add = (keys_[j].empty() ? 0 : seps_[j] + keys_[j].size());
      if (key.size() + add > max_bytes) break;
      if (add) {
        if (seps_[j]) key.push_back(' ');
        key += keys_[j];
      }
      if (!bound()) break;
      ends_.push_back(key.size());
    }
    for (size_t k = ends_.size(); k-- > 0;)
      if ((ends_[k] < 3 || ends_[k] <= max_bytes) &&
          visit(i + k, std::string_view(key).substr(0, ends_[k])))
        return true;
    return false;
  }

 private:
  std::vector<std::string> keys_;
  std::vector<uint8_t> seps_;  // 1: white space before token j
  mutable std::vector<size_t> ends_;
};

}  // namespace strabo::events
