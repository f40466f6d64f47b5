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
//   - the romanisations of the Arabic article become "al" before the word
//     they belong to: "Deir ez-Zor" = "Deir el-Zor" = "Deir al-Zor",
//     "Jisr ash Shughur" = "Jisr al-Shughur". "al", "el" and "ul" count
//     before any word; an assimilated form (a, e or u, then t, th, d, dh,
//     r, z, s, sh or n) only before a word that begins with its consonant
//     and then a vowel, "w", "y" (or "h" after d, s: "ad Dhale"), so that
//     French, Spanish and Vietnamese "en", "es", "et", "an" stay words
//     ("Aix-en-Provence", "Es Castell", "Vyle-et-Tharoul", "An Nhon");
//   - after such an article, "aa" is written "a" and a final "ah" or "eh"
//     (the ta marbuta) "a": "Al Hasakah" = "Al-Hasakeh" = "Al Hasaka".
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

// Appends an already folded key (words separated by single spaces) to the
// key of a phrase: the same key as folding the texts of both in one go, so a
// caller that folded each word once can build the keys of longer phrases.
void AppendFoldedWords(std::string_view folded, std::string* out);

// True when the folded word `word` is a romanisation of the Arabic article
// before the folded word `next`, by the rule above ("ez" before "zor", not
// "en" before "provence").
bool IsArabicArticle(std::string_view word, std::string_view next);

inline std::string FoldKey(std::string_view text) {
  std::string out;
  AppendFoldedKey(text, &out);
  return out;
}

}  // namespace strabo::geo
