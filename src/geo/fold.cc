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

// Appends the spelling of a word after the Arabic article that does not
// depend on how its long vowels and final ta marbuta are written: "aa"
// becomes "a" and a final "ah" or "eh" becomes "a" ("Hasakah", "Hasakeh"
// and "Hasaka" after "Al").
void AppendWordAfterArticle(std::string_view word, std::string* out) {
  const bool ta_marbuta = word.size() > 3 && (word.ends_with("ah") || word.ends_with("eh"));
  if (ta_marbuta) word.remove_suffix(2);
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == 'a' && i + 1 < word.size() && word[i + 1] == 'a') continue;
    out->push_back(word[i]);
  }
  if (ta_marbuta && out->back() != 'a') out->push_back('a');
}

// Appends one folded word (no spaces) to a key, a space before it when the
// key is not empty. When the key's last word is the Arabic article before
// `word`, that article becomes "al" and `word` is appended in its
// article-context spelling (AppendWordAfterArticle).
void AppendFoldedWord(std::string_view word, std::string* key) {
  if (word.empty()) return;
  if (key->empty()) {
    key->append(word);
    return;
  }
  const size_t last_space = key->rfind(' ');
  const size_t last_start = last_space == std::string::npos ? 0 : last_space + 1;
  const std::string_view last(key->data() + last_start, key->size() - last_start);
  if (IsArabicArticle(last, word)) {
    key->resize(last_start);
    key->append("al ");
    AppendWordAfterArticle(word, key);
    return;
  }
  key->push_back(' ');
  key->append(word);
}

}  // namespace

bool IsArabicArticle(std::string_view word, std::string_view next) {
  if (next.empty()) return false;
  if (word == "al" || word == "el" || word == "ul") return true;
  if (word.size() < 2 || word.size() > 3) return false;
  if (word[0] != 'a' && word[0] != 'e' && word[0] != 'u') return false;
  const std::string_view sun_letter = word.substr(1);
  static constexpr std::string_view kSunLetters[] = {"t", "th", "d",  "dh", "r",
                                                     "z", "s",  "sh", "n"};
  bool is_sun_letter = false;
  for (std::string_view letter : kSunLetters) is_sun_letter |= sun_letter == letter;
  if (!is_sun_letter || next.size() <= sun_letter.size() || !next.starts_with(sun_letter))
    return false;
  // The article's consonant begins a syllable of the word: a vowel or glide
  // follows it, or "h" of "dh", "sh" ("ad Dhale"). Not the Vietnamese "An
  // Nhon" nor the French "Vyle-et-Tharoul".
  const char after = next[sun_letter.size()];
  return std::string_view("aeiouwy").find(after) != std::string_view::npos ||
         (after == 'h' && (sun_letter == "d" || sun_letter == "s"));
}

void AppendFoldedKey(std::string_view text, std::string* out) {
  // Each run of letters and digits is one word, folded into `word` and then
  // joined to *out by AppendFoldedWord.
  std::string word;
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
      AppendFoldedWord(word, out);
      word.clear();
      continue;
    }
    if (cp < 0x80) {
      word.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    } else {
      AppendFoldedCodePoint(cp, &word);
    }
  }
  AppendFoldedWord(word, out);
}

void AppendFoldedWords(std::string_view folded, std::string* out) {
  while (!folded.empty()) {
    const size_t space = folded.find(' ');
    AppendFoldedWord(folded.substr(0, space), out);
    if (space == std::string_view::npos) break;
    folded.remove_prefix(space + 1);
  }
}

}  // namespace strabo::geo
