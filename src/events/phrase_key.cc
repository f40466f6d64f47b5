#include "events/phrase_key.h"

#include "events/word_key.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo::events {

std::string NormalizeSpacing(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  bool space = false;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    if (IsSpace(cp)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (IsDash(cp))
      out.push_back('-');
    else
      out.append(text.substr(start, pos - start));
  }
  return out;
}

std::string PhraseKey(std::string_view text) { return NormalizeSpacing(WordKey(text)); }

SurfaceKeys::SurfaceKeys(std::string_view text, std::span<const Token> tokens) {
  keys_.reserve(tokens.size());
  seps_.reserve(tokens.size());
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Span span = tokens[i].span;
    const bool valid = span.end <= text.size() && !span.empty();
    const bool shared = i > 0 && span == tokens[i - 1].span;  // a later part of "del"
    if (!valid || shared) {
      keys_.emplace_back();
      seps_.push_back(0);
      continue;
    }
    bool space = false;
    if (i > 0 && prev_end <= span.begin) {
      size_t pos = prev_end;
      while (pos < span.begin && !space) space = IsSpace(DecodeUtf8(text, &pos));
    }
    keys_.push_back(PhraseKey(text.substr(span.begin, span.size())));
    seps_.push_back(space ? 1 : 0);
    prev_end = span.end;
  }
}

}  // namespace strabo::events
