// Language identification of text blocks (CLD2).
#pragma once

#include <string>
#include <string_view>

namespace strabo {

struct LanguageGuess {
  std::string code;       // ISO 639-1 ("en", "es"); "und" when unknown
  bool reliable = false;  // CLD2 is confident (enough text, clear winner)
  int percent = 0;        // share of the text in that language
};

// Detects the language of UTF-8 `text`. `hint` ("en", "es", or empty) tips the
// balance for short or mixed text without overriding clear evidence.
LanguageGuess DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace strabo
