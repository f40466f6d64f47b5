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

// strabo codes English and Spanish, and CLD2 needs more than a one-line
// snippet to be sure: it finds no language in "Miles de estudiantes
// protestaron en Santiago contra la reforma." and Galician, reliably, in "La
// policía detuvo a cinco hombres en Kenitra.". For such short texts the
// clean stage asks this vote of function words ("de", "la", "en" against
// "the", "of", "in"...): "en" or "es" when at least two point to one
// language and more than twice as many as to the other, else "".
std::string VoteEnglishOrSpanish(std::string_view text);

}  // namespace strabo
