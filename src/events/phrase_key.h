// Phrase keys: how the event lexicons find multiword names and phrases in
// text, independently of how the tokeniser split them.
//
// A phrase is looked up by the folded surface text between token boundaries
// ("al-Qaeda" is one key whether the tokeniser made one token or three;
// Spanish "al" stays "al" although the tokens are "a" + "el").
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "strabo/document.h"

namespace strabo::events {

// WordKey of `text` with every run of white space made one space and every
// dash made '-'.
std::string PhraseKey(std::string_view text);

// White space and dashes normalised as PhraseKey does, without folding.
std::string NormalizeSpacing(std::string_view text);

// Calls visit(j, surface, key) for the spans of tokens [i, j], longest first,
// whose surface text is at most `max_bytes` long (plus slack for spaces), until
// visit returns true. Returns whether it did. `text` is what the tokens'
// spans point into.
template <typename Visit>
bool VisitSpansFrom(std::string_view text, std::span<const Token> tokens, size_t i,
                    size_t max_bytes, Visit&& visit) {
  if (i >= tokens.size() || tokens[i].span.empty() || tokens[i].span.end > text.size())
    return false;
  const uint32_t begin = tokens[i].span.begin;
  size_t last = i;
  while (last + 1 < tokens.size() && tokens[last + 1].span.end <= text.size() &&
         tokens[last + 1].span.end - begin <= max_bytes + 16)
    ++last;
  for (size_t j = last + 1; j-- > i;) {
    if (tokens[j].span.end <= begin) continue;
    const std::string_view surface = text.substr(begin, tokens[j].span.end - begin);
    if (visit(j, surface, PhraseKey(surface))) return true;
  }
  return false;
}

}  // namespace strabo::events
