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

}  // namespace strabo::events
