// Headlines in capitals.
//
// Wire copy sets many headlines in capitals ("PAISES NORDICOS PIDEN A FRANCIA
// Y CHINA ...", "MOROCCO ARRESTS FIVE"). Taggers and parsers trained on
// mixed-case treebanks read such a line as a string of names. The tagger reads
// an all-capitals sentence true-cased from its lexicon (Tagger::Tag), the
// parser in lower case (the parse stage); the document keeps its forms as
// written.
#ifndef STRABO_CORE_CASING_H_
#define STRABO_CORE_CASING_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strabo/document.h"

namespace strabo {

// Whether a sentence is set in capitals: at least three words with letters,
// at least ten letters in all, and no lower-case letter.
bool IsAllCaps(std::span<const Token> tokens);
// The same over a sentence's words.
bool IsAllCaps(std::span<const std::string_view> words);

// The tokens' forms in lower case (Unicode case folding).
std::vector<std::string> LowerCasedForms(std::span<const Token> tokens);

// Gives tokens other forms for the object's lifetime: Replace swaps them in,
// the destructor puts the originals back (whatever else the caller wrote in
// the tokens stays). A default-constructed object replaces nothing.
class ScopedForms {
 public:
  ScopedForms() = default;
  ~ScopedForms();
  ScopedForms(const ScopedForms&) = delete;
  ScopedForms& operator=(const ScopedForms&) = delete;

  // forms.size() must equal tokens.size(); at most one call per object.
  void Replace(std::span<Token> tokens, std::vector<std::string> forms);

 private:
  std::span<Token> tokens_;
  std::vector<std::string> saved_;
};

}  // namespace strabo

#endif  // STRABO_CORE_CASING_H_
