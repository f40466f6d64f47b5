#include "core/casing.h"

#include <utility>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo {

bool IsAllCaps(std::span<const Token> tokens) {
  int words = 0;
  int letters = 0;
  for (const Token& t : tokens) {
    bool word = false;
    for (size_t pos = 0; pos < t.form.size();) {
      const char32_t cp = DecodeUtf8(t.form, &pos);
      if (!IsLetter(cp)) continue;
      if (IsLower(cp)) return false;
      ++letters;
      word = true;
    }
    words += word;
  }
  return words >= 3 && letters >= 10;
}

std::vector<std::string> LowerCasedForms(std::span<const Token> tokens) {
  std::vector<std::string> forms;
  forms.reserve(tokens.size());
  for (const Token& t : tokens) forms.push_back(FoldCase(t.form));
  return forms;
}

void ScopedForms::Replace(std::span<Token> tokens, std::vector<std::string> forms) {
  tokens_ = tokens;
  saved_ = std::move(forms);
  for (size_t i = 0; i < tokens_.size() && i < saved_.size(); ++i) std::swap(tokens_[i].form, saved_[i]);
}

ScopedForms::~ScopedForms() {
  for (size_t i = 0; i < tokens_.size() && i < saved_.size(); ++i) tokens_[i].form = std::move(saved_[i]);
}

}  // namespace strabo
