#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <array>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo {

std::string VoteEnglishOrSpanish(std::string_view text) {
  static constexpr std::array<std::string_view, 20> kEs = {
      "de", "la", "el", "los", "las", "en", "que", "y", "del", "al",
      "por", "con", "para", "una", "se", "su", "sus", "fue", "contra", "tras"};
  static constexpr std::array<std::string_view, 20> kEn = {
      "the", "of", "and", "to", "in", "is", "was", "for", "on", "by",
      "with", "that", "from", "at", "as", "were", "are", "his", "their", "after"};
  const std::string lower = FoldCase(text);
  int es = 0, en = 0;
  size_t pos = 0;
  while (pos < lower.size()) {
    const size_t start = pos;
    size_t next = pos;
    while (next < lower.size()) {
      size_t at = next;
      if (!IsLetter(DecodeUtf8(lower, &at))) break;
      next = at;
    }
    if (next > start) {
      const std::string_view word = std::string_view(lower).substr(start, next - start);
      es += std::find(kEs.begin(), kEs.end(), word) != kEs.end();
      en += std::find(kEn.begin(), kEn.end(), word) != kEn.end();
      pos = next;
    } else {
      DecodeUtf8(lower, &pos);  // skip one non-letter
    }
  }
  if (es >= 2 && es > 2 * en) return "es";
  if (en >= 2 && en > 2 * es) return "en";
  return "";
}

LanguageGuess DetectLanguage(std::string_view text, std::string_view hint) {
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  std::string hint_code(hint);
  if (!hint_code.empty()) hints.language_hint = CLD2::GetLanguageFromName(hint_code.c_str());

  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language top = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &hints,
      /*flags=*/0, language3, percent3, normalized_score3, /*resultchunkvector=*/nullptr,
      &text_bytes, &reliable);

  LanguageGuess guess;
  if (top == CLD2::UNKNOWN_LANGUAGE || top == CLD2::TG_UNKNOWN_LANGUAGE) {
    guess.code = "und";
    return guess;
  }
  guess.code = CLD2::LanguageCode(top);
  guess.reliable = reliable;
  guess.percent = percent3[0];
  return guess;
}

}  // namespace strabo
