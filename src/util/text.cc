#include "util/text.h"

#include <unicode/normalizer2.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "util/utf8.h"

namespace strabo {

bool IsLetter(char32_t cp) { return cp < 0x80 ? (((cp | 0x20) - 'a') < 26) : u_isalpha(cp); }
bool IsMark(char32_t cp) { return (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0; }
bool IsDigit(char32_t cp) { return cp < 0x80 ? (cp - '0') < 10 : u_isdigit(cp); }
bool IsUpper(char32_t cp) {
  return cp < 0x80 ? (cp - 'A') < 26 : (u_isupper(cp) || u_istitle(cp));
}

bool StartsUpper(std::string_view text) {
  size_t pos = 0;
  return !text.empty() && IsUpper(DecodeUtf8(text, &pos));
}
bool IsLower(char32_t cp) { return cp < 0x80 ? (cp - 'a') < 26 : u_islower(cp); }
bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(cp) || cp == 0x200B || cp == 0xFEFF;  // zero-width space, BOM
}
bool IsPunctuation(char32_t cp) {
  return (U_GET_GC_MASK(cp) & (U_GC_P_MASK | U_GC_S_MASK)) != 0;
}
bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

// The ASCII character a typographic apostrophe or quotation mark stands for,
// or 0 for any other character. The one table of them (FoldTypography,
// IsApostrophe).
static char AsciiForTypographic(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:  // ‘ ’ ‛ ʼ ′
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:  // “ ” „ ‟ ″
      return '"';
    default:
      return 0;
  }
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || AsciiForTypographic(cp) == '\''; }

bool IsAscii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool IsAsciiNumber(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view FoldTypography(std::string_view text, std::string* scratch) {
  // Every character folded here starts with byte 0xCA (ʼ) or 0xE2 (the
  // others); most words have neither and come back as they are, uncopied.
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c == 0xCA || c == 0xE2) break;
    ++pos;
  }
  if (pos == text.size()) return text;
  scratch->assign(text.substr(0, pos));
  while (pos < text.size()) {
    size_t next = pos;
    const char ascii = AsciiForTypographic(DecodeUtf8(text, &next));
    if (ascii != 0) scratch->push_back(ascii);
    else scratch->append(text.substr(pos, next - pos));
    pos = next;
  }
  return *scratch;
}

std::string ToNfc(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString ustr = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->quickCheck(ustr, status) == UNORM_YES) return std::string(text);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(ustr, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

std::string FoldCase(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  icu::UnicodeString ustr = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  ustr.foldCase();
  std::string out;
  ustr.toUTF8String(out);
  return out;
}

std::string ToUpper(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return out;
  }
  icu::UnicodeString ustr = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  ustr.toUpper(icu::Locale::getRoot());
  std::string out;
  ustr.toUTF8String(out);
  return out;
}

}  // namespace strabo
