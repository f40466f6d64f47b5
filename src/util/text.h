// Unicode text helpers built on ICU: character classes, NFC, case folding.
#pragma once

#include <string>
#include <string_view>

namespace strabo {

bool IsLetter(char32_t cp);        // any Unicode letter (L*)
bool IsMark(char32_t cp);          // combining marks (M*)
bool IsDigit(char32_t cp);         // decimal digits (Nd)
bool IsUpper(char32_t cp);         // upper- or titlecase letters
// Whether the first code point of `text` is IsUpper (false when empty).
bool StartsUpper(std::string_view text);
bool IsLower(char32_t cp);
bool IsSpace(char32_t cp);         // white space, including NBSP and line separators
bool IsPunctuation(char32_t cp);   // P* and S* (symbols such as $ € %)
bool IsDash(char32_t cp);          // - ‐ ‑ ‒ – — and friends
bool IsApostrophe(char32_t cp);    // ' and those FoldTypography writes as ': ’ ‘ ‛ ʼ ′

// Returns `text` in Unicode Normalization Form C. Text that is already NFC
// (checked quickly, as nearly all news text is) comes back unchanged.
std::string ToNfc(std::string_view text);

// Lower-cases `text` with full Unicode case folding ("Ä" → "ä", "ß" → "ss").
std::string FoldCase(std::string_view text);

// Upper-cases `text` with full Unicode case mapping ("ñ" → "Ñ", "ß" → "SS").
std::string ToUpper(std::string_view text);

// True when every byte is ASCII.
bool IsAscii(std::string_view text);

// True when `text` is not empty and every byte an ASCII digit ("2023", "1").
bool IsAsciiNumber(std::string_view text);

// `text` with typographic apostrophes (’ ‘ ‛ ʼ ′) written as ' and typographic
// double quotation marks (“ ” „ ‟ ″) as ", the way the training corpora
// (UD EWT, CoNLL) write them, so that "don’t", "O’Brien" and “ read as
// "don't", "O'Brien" and ". Models apply it to a word before hashing it or
// looking it up; the tokens keep their forms as written. Returns `text`
// itself when nothing changes (most words), else a view of *scratch.
std::string_view FoldTypography(std::string_view text, std::string* scratch);

// The same as a string, for callers that keep the result.
inline std::string FoldTypography(std::string_view text) {
  std::string scratch;
  return std::string(FoldTypography(text, &scratch));
}

}  // namespace strabo
