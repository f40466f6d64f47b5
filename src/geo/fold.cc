#include "geo/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo::geo {
namespace {

// Letters that carry no canonical decomposition but that readers treat as a
// plain Latin letter; values are already lower case.
const char* NonDecomposingLatin(char32_t cp) {
  switch (cp) {
    case U'ø':
    case U'Ø':
      return "o";
    case U'ł':
    case U'Ł':
      return "l";
    case U'đ':
    case U'Đ':
      return "d";
    case U'ð':
    case U'Ð':
      return "d";
    case U'ı':
      return "i";
    case U'æ':
    case U'Æ':
      return "ae";
    case U'œ':
    case U'Œ':
      return "oe";
    case U'þ':
    case U'Þ':
      return "th";
    case U'ħ':
    case U'Ħ':
      return "h";
    case U'ŧ':
    case U'Ŧ':
      return "t";
    default:
      return nullptr;
  }
}

// Appends the folded letters of one non-ASCII code point (no separators).
void AppendFoldedCodePoint(char32_t cp, std::string* out) {
  if (const char* s = NonDecomposingLatin(cp)) {
    out->append(s);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (IsMark(static_cast<char32_t>(c))) continue;
      if (const char* s = NonDecomposingLatin(static_cast<char32_t>(c))) {
        out->append(s);
        continue;
      }
      icu::UnicodeString folded(c);
      folded.foldCase();
      folded.toUTF8String(*out);
    }
    return;
  }
  icu::UnicodeString folded(static_cast<UChar32>(cp));
  folded.foldCase();
  folded.toUTF8String(*out);
}

}  // namespace

void AppendFoldedKey(std::string_view text, std::string* out) {
  // `pending_space` is true when a separator was seen since the last letter;
  // it is emitted only before the next letter, so keys never end in a space.
  bool pending_space = !out->empty();
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    char32_t cp;
    if (byte < 0x80) {
      cp = byte;
      ++pos;
    } else {
      cp = DecodeUtf8(text, &pos);
    }
    if (cp == '\'' || cp == '.' || IsApostrophe(cp) || cp == 0x2018 || IsMark(cp)) continue;
    const bool word_char =
        cp < 0x80 ? ((cp | 0x20) - 'a' < 26 || cp - '0' < 10) : (IsLetter(cp) || IsDigit(cp));
    if (!word_char) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out->empty()) out->push_back(' ');
    pending_space = false;
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      AppendFoldedCodePoint(cp, out);
    }
  }
}

}  // namespace strabo::geo
