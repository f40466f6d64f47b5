// Per-language abbreviation tables for the segmenter.
#pragma once

#include <string_view>

namespace strabo {

enum class AbbreviationKind : unsigned char {
  kNone,
  kTitle,    // precedes a name and never ends a sentence: "Gen.", "Dr.", "Sr."
  kGeneral,  // may end a sentence when a new one clearly starts: "etc.", "Inc."
  kNumeral,  // an abbreviation only before a number: "No. 5", "art. 24"
};

// Looks up `word` (without its final period, any case) in the table of
// `lang` ("en", "es"; other languages use both tables).
AbbreviationKind LookupAbbreviation(std::string_view word, std::string_view lang);

// True for words that commonly open a sentence ("The", "He", "El", "La"):
// after an ambiguous abbreviation such as "U.S.", such a word starts a new one.
bool IsCommonSentenceStarter(std::string_view word);

}  // namespace strabo
