// Per-word values shared by the tagger, the parser and the entity recogniser:
// the lower-cased form, a word shape, affixes, each hashed once per word so
// that feature templates only combine precomputed 64-bit values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace strabo {

struct WordInfo {
  static constexpr int kPrefixes = 3;  // prefixes of 1..3 code points
  static constexpr int kSuffixes = 5;  // suffixes of 1..5 code points
  enum Flag : uint8_t {
    kUpperInitial = 1,
    kAllUpper = 2,
    kHasDigit = 4,
    kHasHyphen = 8,
    kNoLetter = 16,
  };

  std::string lower;     // case-folded form
  uint64_t form = 0;     // hash of the form as written
  uint64_t word = 0;     // hash of `lower`; numbers share the hash of their shape
  uint64_t shape = 0;    // hash of the shape: "Xxxx" → "Xxx", "2,000" → "d,dd"
  uint64_t prefix[kPrefixes] = {};
  uint64_t suffix[kSuffixes] = {};  // suffix[k]: the last k+1 code points (the whole word if shorter)
  uint8_t flags = 0;
};

// Fills *info for `form` (UTF-8, NFC) read through FoldTypography: every
// value, `lower` included, is that of the word with ASCII apostrophes and
// quotation marks ("O’Brien" is described as "O'Brien").
void DescribeWord(std::string_view form, WordInfo* info);

// The shape of `form`: upper-case letters become X, other letters x, digits
// d; other characters stay; runs of one class longer than 2 are cut to 2.
std::string WordShape(std::string_view form);

}  // namespace strabo
