// UTF-8 helpers: validation, decoding and byte → code point offset maps.
//
// strabo keeps text as UTF-8 and annotates it with byte offsets; the output
// contract speaks in code points. CodePointMap converts between the two.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace strabo {

// Returns true when `text` is well-formed UTF-8. On failure, *error_offset (if
// given) is the byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view text, size_t* error_offset = nullptr);

// Decodes the code point starting at text[*pos] and advances *pos past it.
// Invalid bytes decode as U+FFFD and advance by one byte, so a loop over
// DecodeUtf8 always terminates.
char32_t DecodeUtf8(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// Number of code points in `text`.
size_t CountCodePoints(std::string_view text);

// Maps byte offsets of one text to code point offsets. Built in one pass;
// lookups are O(1). For pure ASCII text it stores nothing.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view text);

  // The code point offset of byte `byte_offset`, which must be on a code point
  // boundary (or equal text.size()).
  uint32_t operator()(uint32_t byte_offset) const {
    return ascii_ ? byte_offset : cp_of_byte_[byte_offset];
  }

 private:
  bool ascii_ = true;
  std::vector<uint32_t> cp_of_byte_;
};

}  // namespace strabo
