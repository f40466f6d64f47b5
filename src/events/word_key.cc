#include "events/word_key.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {
namespace {

// Removes combining marks after canonical decomposition, and maps the few
// Latin letters that carry their diacritic without decomposing; typographic
// apostrophes and quotes become ASCII (FoldTypography).
std::string StripDiacritics(std::string_view written) {
  std::string scratch;
  const std::string_view text = FoldTypography(written, &scratch);
  if (IsAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(
          icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
      status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (U_GET_GC_MASK(cp) & U_GC_M_MASK) continue;
    switch (cp) {
      case 0x00F8: kept.append(UChar32('o')); break;  // ø
      case 0x00D8: kept.append(UChar32('O')); break;  // Ø
      case 0x0142: kept.append(UChar32('l')); break;  // ł
      case 0x0141: kept.append(UChar32('L')); break;  // Ł
      case 0x0111: kept.append(UChar32('d')); break;  // đ
      case 0x0110: kept.append(UChar32('D')); break;  // Đ
      case 0x0131: kept.append(UChar32('i')); break;  // dotless ı
      default: kept.append(cp);
    }
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string WordKey(std::string_view text) { return StripDiacritics(FoldCase(Trim(text))); }

std::string CaseSensitiveKey(std::string_view text) { return StripDiacritics(Trim(text)); }

bool IsAcronym(std::string_view text) {
  int letters = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = DecodeUtf8(text, &pos);
    if (!IsLetter(cp)) continue;
    if (IsLower(cp)) return false;
    ++letters;
  }
  return letters >= 2;
}

}  // namespace strabo::events
