// Folded keys: the one spelling under which the gazetteer files a name and
// the places stage looks a toponym up.
//
// FoldKey makes spellings that a reader would call "the same name" equal:
//   - Unicode case folding ("CASABLANCA" = "Casablanca");
//   - diacritics removed ("Aït Melloul" = "Ait Melloul", "Córdoba" = "Cordoba"),
//     including letters that do not decompose (ø → o, ł → l, đ → d, ı → i,
//     æ → ae, œ → oe, ß → ss);
//   - hyphens, dashes, slashes and underscores become a space
//     ("Inezgane-Ait Melloul" = "Inezgane Ait Melloul");
//   - apostrophes and full stops vanish ("N'Djamena" = "NDjamena",
//     "St. Louis" = "St Louis");
//   - other punctuation becomes a space; runs of spaces collapse to one and
//     the key has no leading or trailing space.
// Letters of caseless scripts (Arabic, CJK) pass through unchanged.
//
// The result is part of the gazetteer format (keys are hashed folded names):
// changing it requires a new gazetteer kind_version.
#pragma once

#include <string>
#include <string_view>

namespace strabo::geo {

// Appends the folded form of `text` to *out. When *out is not empty and the
// folded text is not empty, a single space separates them, so folding token
// after token yields the key of the whole phrase.
void AppendFoldedKey(std::string_view text, std::string* out);

inline std::string FoldKey(std::string_view text) {
  std::string out;
  AppendFoldedKey(text, &out);
  return out;
}

}  // namespace strabo::geo
