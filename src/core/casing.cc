#include "core/casing.h"

#include <utility>

#include "util/text.h"
#include "util/utf8.h"

namespace strabo {

namespace {

template <typename Words, typename FormOf>
bool AllCaps(const Words& words, FormOf form_of) {
  int with_letters = 0;
  int letters = 0;
  for (const auto& word : words) {
    const std::string_view form = form_of(word);
    bool any = false;
    for (size_t pos = 0; pos < form.size();) {
      const char32_t cp = DecodeUtf8(form, &pos);
      if (!IsLetter(cp)) continue;
      if (IsLower(cp)) return false;
      ++letters;
      any = true;
    }
    with_letters += any;
  }
  return with_letters >= 3 && letters >= 10;
}

}  // namespace

bool IsAllCaps(std::span<const Token> tokens) {
  return AllCaps(tokens, [](const Token& t) { return std::string_view(t.form); });
}

bool IsAllCaps(std::span<const std::string_view> words) {
  return AllCaps(words, [](std::string_view w) { return w; });
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
