#include "ml/word_features.h"

#include "util/hash.h"
#include "util/text.h"
#include "util/utf8.h"

namespace strabo {

std::string WordShape(std::string_view form) {
  std::string shape;
  char last = 0;
  int run = 0;
  for (size_t pos = 0; pos < form.size();) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(form, &pos);
    char c;
    if (IsDigit(cp)) c = 'd';
    else if (IsUpper(cp)) c = 'X';
    else if (IsLetter(cp) || IsMark(cp)) c = 'x';
    else c = 0;
    if (c == 0) {
      shape.append(form.substr(start, pos - start));
      last = 0;
      run = 0;
      continue;
    }
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 2) shape.push_back(c);
  }
  return shape;
}

void DescribeWord(std::string_view written, WordInfo* info) {
  // The models learned from corpora that write ' and ": "don’t" is "don't".
  thread_local std::string scratch;
  const std::string_view form = FoldTypography(written, &scratch);
  info->lower = FoldCase(form);
  info->form = Hash64(form, 11);
  uint8_t flags = 0;
  bool any_letter = false, all_upper = true;
  size_t cps = 0;
  for (size_t pos = 0; pos < form.size();) {
    const char32_t cp = DecodeUtf8(form, &pos);
    if (IsLetter(cp)) {
      any_letter = true;
      if (!IsUpper(cp)) all_upper = false;
      if (cps == 0 && IsUpper(cp)) flags |= WordInfo::kUpperInitial;
    } else if (IsDigit(cp)) {
      flags |= WordInfo::kHasDigit;
    } else if (cp == '-') {
      flags |= WordInfo::kHasHyphen;
    }
    ++cps;
  }
  if (any_letter && all_upper) flags |= WordInfo::kAllUpper;
  if (!any_letter) flags |= WordInfo::kNoLetter;
  info->flags = flags;
  const std::string shape = WordShape(form);
  info->shape = Hash64(shape, 13);
  info->word = (flags & WordInfo::kHasDigit) && !any_letter ? Hash64(shape, 17) : Hash64(info->lower, 17);

  // Affixes of the lower-cased form, by code points.
  const std::string_view lower = info->lower;
  size_t boundary[WordInfo::kSuffixes + 1];
  size_t n = 0;  // boundary[k]: byte offset where the last k+1 code points start
  for (size_t end = lower.size(); n < WordInfo::kSuffixes && end > 0;) {
    size_t b = end - 1;
    while (b > 0 && (static_cast<unsigned char>(lower[b]) & 0xC0) == 0x80) --b;
    boundary[n++] = b;
    end = b;
  }
  for (int k = 0; k < WordInfo::kSuffixes; ++k) {
    const size_t start = n == 0 ? 0 : boundary[std::min<size_t>(k, n - 1)];
    info->suffix[k] = Hash64(lower.substr(start), 19 + k);
  }
  size_t pos = 0;
  for (int k = 0; k < WordInfo::kPrefixes; ++k) {
    if (pos < lower.size()) DecodeUtf8(lower, &pos);
    info->prefix[k] = Hash64(lower.substr(0, pos), 29 + k);
  }
}

}  // namespace strabo
